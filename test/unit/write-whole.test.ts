import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileWhole } from '../../electron/files/write-whole.ts';

/** Settings, the PIN hash, the encrypted secret, CSV exports and the diagnostics archive are all written this way. */
describe('writeFileWhole', () => {
  it('makes the folder, writes the content, and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-whole-'));
    const file = join(dir, 'reports', 'kasir-2026-11-26.csv');
    await writeFileWhole(file, 'a;b\r\n');
    expect(await readFile(file, 'utf8')).toBe('a;b\r\n');
    expect(await readdir(join(dir, 'reports'))).toEqual(['kasir-2026-11-26.csv']);
  });

  it('replaces an existing file whole; an owner-only file is readable by its owner alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-whole-'));
    const file = join(dir, 'manager.json');
    await writeFile(file, 'the old, longer content');
    await writeFileWhole(file, 'new', { ownerOnly: true });
    expect(await readFile(file, 'utf8')).toBe('new');
    const other = join(dir, 'other.json');
    await writeFileWhole(other, 'x', { ownerOnly: true });
    expect((await stat(other)).mode & 0o777).toBe(0o600);
  });

  it('keeps the old file as it was when the new content cannot be written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-whole-'));
    const file = join(dir, 'settings.json');
    await writeFile(file, '{"storeName":"Toko Maju"}');
    // The temporary file's name is taken by a folder: the write fails before anything replaces the old file.
    await mkdir(`${file}.tmp`);
    await expect(writeFileWhole(file, '{}')).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('{"storeName":"Toko Maju"}');
  });
});
