import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KeytarSecretStore, appSecretAccount } from '../secrets/secret-store.ts';
import type { MethodSetting } from './methods.ts';
import { readSecret } from './secret-input.ts';
import { loadSettings } from './settings-file.ts';
import { parseSettings } from './settings.ts';
import { SETTINGS_FILE_NAME, userDataDir } from './user-data.ts';
import { writeFileWhole } from '../files/write-whole.ts';

/**
 * `npm run configure -- …`: the store IT person's way to connect a till to Paypro until the manager
 * settings screen exists. The app secret is typed at a prompt that does not show it, piped in, or read from a
 * file (./secret-input.ts), and goes only into the OS keychain; it is never an argument (shell history), never
 * printed, never written to settings.json.
 */
const USAGE = `Usage: npm run configure -- [options]
  --merchant NO           Paypro merchant number (10 digits); then the app secret is asked for (typing is not
                          shown), or read from standard input when it is piped in
  --secret-file FILE      read the app secret from FILE instead (delete the file afterwards)
  --environment ENV       sandbox | production
  --production-url URL    production base URL (Paypro does not publish it; ask them)
  --sandbox-url URL       override the sandbox base URL
  --notify-url URL        notifyUrl sent with every order (Paypro requires one; Kasir itself polls)
  --va-bank NAME          bank name shown for virtual accounts
  --va-waycode CODE       Paypro wayCode for that bank (not published by Paypro; ask them)
  --salt MODE             append | prepend | ampersandKey (signing salt placement; default append)
  --demo                  forget the merchant number: back to demo mode (the keychain entry stays)
  --show                  print the current settings and whether a secret is stored
  --settings FILE         settings file (default: the app's own, ${join(userDataDir(process.platform, process.env, homedir()), SETTINGS_FILE_NAME)})`;

/** `--va-bank NAME --va-waycode CODE`: the till's VA collects through that one bank. */
function withVaBank(methods: readonly MethodSetting[], bankName: string | undefined, wayCode: string | undefined): MethodSetting[] {
  return methods.map((method) => {
    if (method.kind !== 'va') return method;
    const current = method.banks[0];
    const name = bankName ?? current?.name ?? 'Virtual Account';
    // A code typed here came from Paypro; one kept from before keeps its standing; another bank's is not carried.
    const sameBank = name === current?.name;
    const code = wayCode ?? (sameBank ? current.wayCode : undefined);
    const toConfirm = wayCode === undefined && (!sameBank || current.toConfirm);
    const id = name.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || 'VA';
    return { ...method, banks: [{ id, name, toConfirm, ...(code === undefined ? {} : { wayCode: code }) }] };
  });
}

function fail(message: string): never {
  process.stderr.write(`configure: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        merchant: { type: 'string' }, environment: { type: 'string' }, 'production-url': { type: 'string' },
        'sandbox-url': { type: 'string' }, 'notify-url': { type: 'string' }, 'va-bank': { type: 'string' },
        'va-waycode': { type: 'string' }, salt: { type: 'string' }, demo: { type: 'boolean' }, show: { type: 'boolean' },
        settings: { type: 'string' }, help: { type: 'boolean' }, 'secret-file': { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const file = parsed.settings ?? join(userDataDir(process.platform, process.env, homedir()), SETTINGS_FILE_NAME);
  const current = await loadSettings(file);
  if (!current.ok) fail(`the existing settings are broken (${current.message}); fix or delete ${file}`);
  const store = new KeytarSecretStore('Kasir');

  if (parsed.show) {
    const merchantNo = current.settings.merchantNo;
    const secretSet = merchantNo === undefined ? false : (await store.get(appSecretAccount(merchantNo)).catch(() => undefined)) !== undefined;
    process.stdout.write(`${JSON.stringify({ file, ...current.settings, appSecretStored: secretSet }, null, 2)}\n`);
    return;
  }

  const next: Record<string, unknown> = current.fromFile ? JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as Record<string, unknown> : {};
  if (parsed.merchant !== undefined) next['merchantNo'] = parsed.merchant;
  if (parsed.demo) delete next['merchantNo'];
  if (parsed.environment !== undefined) next['environment'] = parsed.environment;
  if (parsed['production-url'] !== undefined) next['productionBaseUrl'] = parsed['production-url'];
  if (parsed['sandbox-url'] !== undefined) next['sandboxBaseUrl'] = parsed['sandbox-url'];
  if (parsed['notify-url'] !== undefined) next['notifyUrl'] = parsed['notify-url'];
  if (parsed.salt !== undefined) next['saltComposition'] = parsed.salt;
  if (parsed['va-bank'] !== undefined || parsed['va-waycode'] !== undefined) {
    next['methods'] = withVaBank(current.settings.methods, parsed['va-bank'], parsed['va-waycode']);
  }
  const checked = parseSettings(next);
  if (!checked.ok) fail(checked.message);

  if (parsed['secret-file'] !== undefined && parsed.merchant === undefined) fail('--secret-file goes with --merchant');
  if (parsed.merchant !== undefined) {
    let secret: string;
    try {
      secret = await readSecret({ file: parsed['secret-file'], input: process.stdin, output: process.stderr });
    } catch (error) {
      fail(`could not read the app secret: ${(error as Error).message}`);
    }
    if (secret.length === 0) fail('no app secret was given; nothing was changed');
    try {
      await store.set(appSecretAccount(parsed.merchant), secret);
    } catch (error) {
      fail(`${(error as Error).message}. Nothing was changed: Kasir keeps the secret only in the OS keychain.`);
    }
  }
  await writeFileWhole(file, `${JSON.stringify(next, null, 2)}\n`, { ownerOnly: true });
  const mode = checked.settings.merchantNo === undefined ? 'demo' : checked.settings.environment;
  process.stdout.write(`Saved ${file} (mode: ${mode}${parsed.merchant !== undefined ? ', app secret stored in the OS keychain' : ''}).\n`);
}

await main();
