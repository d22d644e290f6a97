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

  it('refuses any and files over 300 lines', async () => {
    const [anyResult] = await eslint.lintText('export const x = (y: any) => y;\n', { filePath: join(root, 'electron/probe.ts') });
    expect(anyResult?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-explicit-any');
    const long = Array.from({ length: 302 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    const [longResult] = await eslint.lintText(`${long}\n`, { filePath: join(root, 'electron/probe.ts') });
    expect(longResult?.messages.map((m) => m.ruleId)).toContain('max-lines');
  });
});
