/**
 * Run as its own Node process by simulator-cli.test.ts: puts the simulator into its busiest state (a notify
 * retry pending, a blackholed socket, a delayed answer, an auto-settle and expiry timer), calls close(), and
 * then just ends. If anything were left running the process would not exit, which the test detects.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signFields } from '../../electron/paypro/sign.ts';
import { PAYPRO_PATHS } from '../../shared/paypro/types.ts';
import type { PayproEndpoint } from '../../shared/paypro/types.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import type { Simulator } from '../../electron/simulator/index.ts';

function post(sim: Simulator, endpoint: PayproEndpoint, fields: Record<string, string | number>): void {
  const unsigned = { timestamp: Date.now(), ...fields };
  const body = JSON.stringify({ ...unsigned, sign: signFields(unsigned, sim.secret) });
  // agent: false, so the probe's own client keeps no pooled socket alive.
  const outgoing = request(`${sim.baseUrl}${PAYPRO_PATHS[endpoint]}`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', merchantNo: sim.merchantNo },
  });
  outgoing.on('error', () => undefined);
  outgoing.on('response', (response) => response.resume());
  outgoing.end(body);
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!check()) throw new Error('probe setup did not reach the busy state');
}

const merchant = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('not yet'));
});
await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
const notifyUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/notify`;

const sim = await startSimulator({ autoSettle: { afterMs: 600_000, outcome: 'paid' }, orderTtlMs: 900_000 });
const payer = { username: 'Probe', mobile: '081234567890', email: 'probe@example.com', channelCode: 'QRIS', amount: 25_000, notifyUrl };

post(sim, 'payIn', { ...payer, tradeNo: 'probe-notify' });
await until(() => sim.order('probe-notify') !== undefined);
sim.settle('probe-notify', 'paid');
await until(() => sim.notifications().length === 1);

sim.setFaults({ blackhole: true, endpoints: ['payIn'] });
post(sim, 'payIn', { ...payer, tradeNo: 'probe-blackhole' });
await until(() => sim.order('probe-blackhole') !== undefined);

sim.setFaults({ latencyMs: 600_000, endpoints: ['queryBalance'] });
post(sim, 'queryBalance', {});
await until(() => sim.requests().some((entry) => entry.endpoint === 'queryBalance'));

await sim.close();
await sim.close();
await new Promise<void>((resolve) => {
  merchant.close(() => resolve());
  merchant.closeAllConnections();
});
// Handles finish closing on the next turns of the loop; give them a moment before looking.
await new Promise((resolve) => setTimeout(resolve, 50));
process.stdout.write(`${JSON.stringify({ closed: true, resources: process.getActiveResourcesInfo() })}\n`);
