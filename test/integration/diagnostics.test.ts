import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { DiagnosticsExport } from '../../shared/ipc/diagnostics.ts';
import type { AuditView } from '../../shared/ipc/report.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { SCHEMA_VERSION } from '../../electron/journal/schema.ts';
import { createFileSink } from '../../electron/logging/file-sink.ts';
import { createLogger } from '../../electron/logging/logger.ts';
import { MemorySecretStore } from '../../electron/secrets/memory-store.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';

/**
 * The manager's diagnostics archive through main: the real core in sandbox mode, real payments against the
 * simulator on loopback, the real journal and log files. The archive is read by an independent reader, Python's
 * zipfile (testzip() checks every entry's CRC), never by Kasir's own code.
 */
const PAYER = { username: 'Budi', mobile: '081234567891', email: 'budi.santoso@tokojaya.example' };
const PIN = '5829';
const READER = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    print(json.dumps({"bad": archive.testzip(), "names": archive.namelist(),
                      "contents": {name: archive.read(name).decode("utf-8") for name in archive.namelist()}}))
`;

interface Unpacked {
  readonly bad: string | null;
  readonly names: string[];
  readonly contents: Record<string, string>;
}

function unpack(file: string): Unpacked {
  // Info-ZIP's unzip as a second reader where the system has it: it also checks each local header, which Python skips.
  if (existsSync('/usr/bin/unzip')) execFileSync('/usr/bin/unzip', ['-tq', file], { encoding: 'utf8' });
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', READER, file], { encoding: 'utf8' })) as Unpacked;
}

let logDir: string;
let till: SandboxTill | undefined;

beforeEach(async () => {
  logDir = await mkdtemp(join(tmpdir(), 'kasir-diag-logs-'));
});
afterEach(async () => {
  await till?.close();
  till = undefined;
  await rm(logDir, { recursive: true, force: true });
});

describe('the diagnostics archive', () => {
  it('holds the logs, settings, journal health and versions — counts, not rows, and never the secret', async () => {
    const log = createLogger(createFileSink(electronLog, { dir: logDir }));
    till = await openSandboxTill({ settings: { payer: PAYER }, core: { log, logDir, appVersion: '9.8.7' } });
    const { core, sim, dir } = till;
    const sale = async (amount: number, outcome: 'paid' | 'cancel'): Promise<string> => {
      const { tradeNo } = await value<PaymentView>(core.invoke('startPayment', { amount, method: 'QRIS' }));
      if (outcome === 'cancel') {
        await value(core.invoke('cancelPayment', { tradeNo }));
        return tradeNo;
      }
      sim.settle(tradeNo, 'paid');
      await expect.poll(async () => (await value<PaymentView>(core.invoke('getPayment', { tradeNo }))).state).toBe('paid');
      await value(core.invoke('dismissPayment', { tradeNo }));
      return tradeNo;
    };
    const tradeNos = [await sale(25_000, 'paid'), await sale(40_000, 'paid'), await sale(15_000, 'cancel')];
    // A line written before this run knew the secret (say, by an older Kasir): the archive must scrub it anyway.
    await appendFile(join(logDir, 'kasir.1.log'), `[old] secret was ${sim.secret} for ${PAYER.email}\n`);

    expect(await core.invoke('exportDiagnostics', undefined), 'no manager session').toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(await core.invoke('exportDiagnostics', undefined, 'customer')).toMatchObject({ ok: false, code: 'FORBIDDEN_ROLE' });
    await value(core.invoke('setManagerPin', { pin: PIN }));
    expect(await core.invoke('exportDiagnostics', { folder: '/tmp' })).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
    const exported = await value<DiagnosticsExport>(core.invoke('exportDiagnostics', undefined));

    expect(dirname(exported.file)).toBe(join(dir, 'reports'));
    expect(basename(exported.file)).toMatch(/^kasir-diagnostik-\d{8}-\d{6}\.zip$/);
    const archive = unpack(exported.file);
    expect(archive.bad, 'every CRC checks out').toBeNull();
    expect(archive.names.sort()).toEqual(['journal.json', 'logs/kasir.1.log', 'logs/kasir.log', 'settings.json', 'versions.json']);
    expect([...exported.entries].sort()).toEqual(archive.names);

    const journal = JSON.parse(archive.contents['journal.json'] ?? '') as Record<string, unknown>;
    expect(journal).toMatchObject({
      open: true, inMemory: false, integrity: ['ok'], schemaVersion: SCHEMA_VERSION, payments: 3, file: 'journal.sqlite',
      counts: [{ method: 'QRIS', state: 'cancelled', count: 1 }, { method: 'QRIS', state: 'paid', count: 2 }],
    });
    expect(journal['fileSizeBytes']).toBeGreaterThan(0);
    for (const tradeNo of tradeNos) expect(archive.contents['journal.json'], 'no rows').not.toContain(tradeNo);
    expect(archive.contents['logs/kasir.log'], 'the log is there to follow the payments').toContain(tradeNos[0]);

    expect(JSON.parse(archive.contents['versions.json'] ?? '')).toMatchObject({
      kasir: '9.8.7', node: process.versions.node, electron: null, os: { platform: process.platform, arch: process.arch }, mode: 'sandbox',
    });
    expect(JSON.parse(archive.contents['settings.json'] ?? '')).toMatchObject({
      merchantNo: sim.merchantNo, payer: { username: 'Budi', mobile: '*********891', email: 'b***@tokojaya.example' },
    });

    const raw = await readFile(exported.file);
    expect(raw.includes(sim.secret)).toBe(false);
    for (const [name, content] of Object.entries(archive.contents)) {
      expect(content, name).not.toContain(sim.secret);
      expect(content, name).not.toContain(PAYER.mobile);
      expect(content, name).not.toContain(PAYER.email);
    }
    const audit = await value<AuditView[]>(core.invoke('listAuditLog', {}));
    expect(audit[0]).toMatchObject({ action: 'diagnostics.exported', detail: { entries: 5 } });
  });

  it('an archive that cannot be written is answered INTERNAL and logged as a bug', async () => {
    const log = createLogger(createFileSink(electronLog, { dir: logDir }));
    const blocker = join(logDir, 'not-a-folder');
    await writeFile(blocker, 'a file where the reports folder should be');
    till = await openSandboxTill({ core: { log, logDir, reportsDir: blocker } });
    await value(till.core.invoke('setManagerPin', { pin: PIN }));
    expect(await till.core.invoke('exportDiagnostics', undefined)).toMatchObject({ ok: false, code: 'INTERNAL' });
    const logged = await readFile(join(logDir, 'kasir.log'), 'utf8');
    expect(logged).toMatch(/\[error\]\s+\{"event":"bug","operation":"exportDiagnostics","error":\{"name":"Error","message":"[^"]*EEXIST/);
  });

  it('is written for a blocked till too, saying why it has no journal open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-diag-blocked-'));
    await writeFile(join(dir, 'settings.json'), '{ "merchantNo": "12ab", "payer": { "mobile": "081299988877" ');
    const log = createLogger(createFileSink(electronLog, { dir: logDir }));
    const core = await createKasirCore({
      settingsFile: join(dir, 'settings.json'), journalFile: join(dir, 'journal.sqlite'), secretStore: new MemorySecretStore(), log, logDir,
    });
    try {
      expect(core.info).toMatchObject({ ready: false, blockedReason: 'SETTINGS_INVALID' });
      await value(core.invoke('setManagerPin', { pin: PIN }));
      const archive = unpack((await value<DiagnosticsExport>(core.invoke('exportDiagnostics', undefined))).file);
      expect(archive.bad).toBeNull();
      expect(JSON.parse(archive.contents['journal.json'] ?? '')).toMatchObject({ open: false, blockedReason: 'SETTINGS_INVALID', integrity: null });
      expect(archive.contents['settings.json'], 'a damaged file is kept as text, payer data masked').toContain('"merchantNo": "12ab"');
      expect(archive.contents['settings.json']).not.toContain('081299988877');
      expect(archive.contents['logs/kasir.log']).toContain('"blockedReason":"SETTINGS_INVALID"');
    } finally {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
