import { parseArgs } from 'node:util';
import type { SaltComposition } from '../../shared/paypro/sign.ts';
import { SALT_COMPOSITIONS } from '../../shared/paypro/sign.ts';
import { startSimulator } from './server.ts';
import { SETTLE_OUTCOMES } from './types.ts';
import type { SettleOutcome, SimulatorOptions } from './types.ts';

/**
 * `npm run simulator`: a Paypro gateway on loopback for demos and manual testing. Prints what the app's
 * settings need (base URL, merchant number, secret) and runs until SIGINT/SIGTERM. Exit codes: 0 after a
 * clean stop, 1 if the server cannot start, 2 for bad flags.
 */
const USAGE = `Usage: npm run simulator -- [options]
  --port N                 listen port (default 0 = any free port)
  --host H                 loopback address to bind (default 127.0.0.1)
  --merchant NO            merchant number (default 8729248847)
  --secret S               app secret (default: random)
  --base-path P            base URL path (default /indonesia-pay)
  --time-scale X           multiply the notify retry ladder (default 1)
  --auto-settle-ms N       settle every new order after N ms
  --auto-settle-outcome O  ${SETTLE_OUTCOMES.join('|')} (default paid)
  --order-ttl-ms N         pending orders expire after N ms (default 900000)
  --salt-composition C     ${SALT_COMPOSITIONS.join('|')} (default append)
  --merchant-name NAME     name in the QRIS payload (default KASIR DEMO)
  --merchant-city CITY     city in the QRIS payload (default JAKARTA)
  --numbers-as-strings     answer amounts in queries as strings ("25000.00")
  --help                   show this text`;

class UsageError extends Error {}

function wholeNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,15}$/.test(text)) throw new UsageError(`--${flag} must be a whole number, got "${text}"`);
  return Number(text);
}

function parseCommandLine(argv: string[]): SimulatorOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        merchant: { type: 'string' },
        secret: { type: 'string' },
        'base-path': { type: 'string' },
        'time-scale': { type: 'string' },
        'auto-settle-ms': { type: 'string' },
        'auto-settle-outcome': { type: 'string' },
        'order-ttl-ms': { type: 'string' },
        'salt-composition': { type: 'string' },
        'merchant-name': { type: 'string' },
        'merchant-city': { type: 'string' },
        'numbers-as-strings': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return 'help';
  const options: SimulatorOptions = {};
  const port = wholeNumber('port', values.port);
  if (port !== undefined) options.port = port;
  if (values.host !== undefined) options.host = values.host;
  if (values.merchant !== undefined) options.merchantNo = values.merchant;
  if (values.secret !== undefined) options.secret = values.secret;
  if (values['base-path'] !== undefined) options.basePath = values['base-path'];
  const scaleText = values['time-scale'];
  if (scaleText !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(scaleText)) throw new UsageError(`--time-scale must be a non-negative number, got "${scaleText}"`);
    options.timeScale = Number(scaleText);
  }
  const outcomeText = values['auto-settle-outcome'];
  const outcome = SETTLE_OUTCOMES.find((candidate) => candidate === (outcomeText ?? 'paid'));
  if (outcome === undefined) throw new UsageError(`--auto-settle-outcome must be one of ${SETTLE_OUTCOMES.join(', ')}`);
  const afterMs = wholeNumber('auto-settle-ms', values['auto-settle-ms']);
  if (afterMs !== undefined) options.autoSettle = { afterMs, outcome: outcome satisfies SettleOutcome };
  else if (outcomeText !== undefined) throw new UsageError('--auto-settle-outcome needs --auto-settle-ms');
  const ttl = wholeNumber('order-ttl-ms', values['order-ttl-ms']);
  if (ttl !== undefined) options.orderTtlMs = ttl;
  const composition = values['salt-composition'];
  if (composition !== undefined) {
    const known = SALT_COMPOSITIONS.find((candidate): candidate is SaltComposition => candidate === composition);
    if (known === undefined) throw new UsageError(`--salt-composition must be one of ${SALT_COMPOSITIONS.join(', ')}`);
    options.saltComposition = known;
  }
  if (values['merchant-name'] !== undefined) options.merchantName = values['merchant-name'];
  if (values['merchant-city'] !== undefined) options.merchantCity = values['merchant-city'];
  if (values['numbers-as-strings'] === true) options.numbersAsStrings = true;
  return options;
}

async function main(): Promise<void> {
  let options: SimulatorOptions | 'help';
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`simulator: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let simulator;
  try {
    simulator = await startSimulator(options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`simulator: ${message}\n`);
    // Option mistakes are usage errors; anything else (port in use, …) is a start failure.
    process.exitCode = error instanceof RangeError ? 2 : 1;
    return;
  }
  const running = simulator;
  const stop = (signal: NodeJS.Signals): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void running.close().then(() => {
      process.stdout.write(`Simulator stopped (${signal}).\n`);
      // close() should leave nothing running; if something still holds the loop, do not hang the terminal.
      setTimeout(() => {
        process.stderr.write('simulator: handles still open after close(); exiting anyway\n');
        process.exit(0);
      }, 2_000).unref();
    });
  };
  // Handlers go in before the banner: whoever reads the banner may signal at once.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(
    [
      'Paypro simulator running (loopback only). Press Ctrl+C to stop.',
      `Base URL: ${simulator.baseUrl}`,
      `Merchant No: ${simulator.merchantNo}`,
      `Secret: ${simulator.secret}`,
      `Control URL: ${simulator.controlUrl}`,
      `Notify sink: ${simulator.controlUrl}/notify-sink`,
      '',
    ].join('\n'),
  );
}

await main();
