import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules are enforced by ESLint (STYLE.md §9); these cases prove the rules fire, not just exist. */
const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: layer rules', () => {
  it('renderer/ may not import electron/, electron or Node modules', async () => {
    expect((await restrictedImports('renderer/probe.ts', "import { appPaths } from '../electron/main/paths.ts';\nexport const x = appPaths;\n")).join()).toMatch(/renderer\/ must not import electron\//);
    expect(await restrictedImports('renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).not.toEqual([]);
    expect(await restrictedImports('renderer/probe.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n")).not.toEqual([]);
    expect(await restrictedImports('renderer/probe.ts', "import { formatRupiah } from '../shared/money.ts';\nexport const x = formatRupiah;\n")).toEqual([]);
  });

  it('shared/ imports neither electron/ nor renderer/, nor Node modules', async () => {
    expect(await restrictedImports('shared/probe.ts', "import { PayproClient } from '../electron/paypro/client.ts';\nexport const x = PayproClient;\n")).not.toEqual([]);
    expect(await restrictedImports('shared/probe.ts', "import { App } from '../renderer/App.tsx';\nexport const x = App;\n")).not.toEqual([]);
    expect(await restrictedImports('shared/probe.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n")).not.toEqual([]);
    expect(await restrictedImports('shared/probe.ts', "import { createHash } from 'crypto';\nexport const x = createHash;\n")).not.toEqual([]);
  });

  it('only the secret store may load the keychain binding', async () => {
    const code = "import keytar from '@github/keytar';\nexport const x = keytar;\n";
    expect(await restrictedImports('electron/paypro/probe.ts', code)).not.toEqual([]);
    expect(await restrictedImports('electron/secrets/secret-store.ts', code)).toEqual([]);
  });

  it('business modules inside electron/ never import electron; main/ may', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    for (const folder of ['payments', 'journal', 'paypro', 'settings', 'secrets', 'app', 'simulator', 'receipts', 'manager']) {
      expect((await restrictedImports(`electron/${folder}/probe.ts`, code)).join(), folder).toMatch(/Business modules stay plain Node/);
    }
    expect(await restrictedImports('electron/secrets/secret-store.ts', code), 'the keytar adapter too').not.toEqual([]);
    expect(await restrictedImports('electron/main/probe.ts', code)).toEqual([]);
    // The keychain rule still holds where the electron rule was added.
    expect(await restrictedImports('electron/payments/probe.ts', "import keytar from '@github/keytar';\nexport const x = keytar;\n")).not.toEqual([]);
  });

  it('the payment core imports neither the simulator nor the SQLite journal (it owns the journal interface)', async () => {
    expect((await restrictedImports('electron/payments/probe.ts', "import { startSimulator } from '../simulator/index.ts';\nexport const x = startSimulator;\n")).join()).toMatch(/never depends on the simulator/);
    expect((await restrictedImports('electron/payments/probe.ts', "import { SqliteJournal } from '../journal/index.ts';\nexport const x = SqliteJournal;\n")).join()).toMatch(/owns the PaymentJournal interface/);
    expect(await restrictedImports('electron/payments/probe.ts', "import { JournalError } from './journal.ts';\nexport const x = JournalError;\n")).toEqual([]);
    expect(await restrictedImports('electron/app/probe.ts', "import { SqliteJournal } from '../journal/index.ts';\nexport const x = SqliteJournal;\n")).toEqual([]);
  });

  it('the preload imports nothing from Node', async () => {
    for (const module of ['node:fs', 'fs', 'node:path', 'child_process']) {
      expect((await restrictedImports('electron/preload/probe.ts', `import * as m from '${module}';\nexport const x = m;\n`)).join(), module).toMatch(/sandboxed preload has no Node/);
    }
    expect(await restrictedImports('electron/preload/probe.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n")).toEqual([]);
  });

  it('refuses any and files over 300 lines', async () => {
    const [anyResult] = await eslint.lintText('export const x = (y: any) => y;\n', { filePath: join(root, 'electron/probe.ts') });
    expect(anyResult?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-explicit-any');
    const long = Array.from({ length: 302 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    const [longResult] = await eslint.lintText(`${long}\n`, { filePath: join(root, 'electron/probe.ts') });
    expect(longResult?.messages.map((m) => m.ruleId)).toContain('max-lines');
  });
});
