import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KasirCore, KasirCoreOptions } from '../../electron/app/core.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';
import type { Simulator } from '../../electron/simulator/index.ts';
import { startSimulator } from '../../electron/simulator/index.ts';
import { OffsetClock } from './offset-clock.ts';

/**
 * A till in sandbox mode as the integration tests drive it: the real core, the Paypro simulator on loopback, a
 * real settings file and journal in a temp folder, and a clock the test can move. (Demo mode would journal in
 * memory; these tests read the journal's file.)
 */
export interface SandboxTill {
  readonly dir: string;
  readonly sim: Simulator;
  readonly clock: OffsetClock;
  readonly core: KasirCore;
  /** Closes the till, then the simulator, and removes the folder. */
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** Extra settings.json fields beside the merchant number, sandbox URL and notifyUrl. */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly core?: Partial<KasirCoreOptions>;
}

const SECRET = 'sandbox-till-secret-0123456789';

export async function openSandboxTill(options: SandboxOptions = {}): Promise<SandboxTill> {
  const dir = await mkdtemp(join(tmpdir(), 'kasir-sandbox-'));
  const sim = await startSimulator({ secret: SECRET });
  const clock = new OffsetClock();
  await writeFile(join(dir, 'settings.json'), JSON.stringify({
    merchantNo: sim.merchantNo, sandboxBaseUrl: sim.baseUrl, notifyUrl: 'https://shop.example/notify', ...options.settings,
  }));
  const store = new MemorySecretStore();
  await store.set(`paypro-app-secret:${sim.merchantNo}`, SECRET);
  const core = await createKasirCore({
    settingsFile: join(dir, 'settings.json'), journalFile: join(dir, 'journal.sqlite'), secretStore: store, clock, timing: { counterCheckMs: 50 },
    ...options.core,
  });
  if (core.info.mode !== 'sandbox' || !core.info.ready) throw new Error(`the sandbox till did not open: ${JSON.stringify(core.info.blockedReason)}`);
  return {
    dir, sim, clock, core,
    async close() {
      await core.close();
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The value of a successful answer; a refusal fails the test with its code. */
export async function value<T>(answer: Promise<unknown>): Promise<T> {
  const settled = (await answer) as { ok: boolean; value?: T; code?: string };
  if (!settled.ok) throw new Error(`refused: ${settled.code}`);
  return settled.value as T;
}
