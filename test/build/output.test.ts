import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, resolveAppUrl } from '../../electron/main/paths.ts';
import { META_CONTENT_SECURITY_POLICY } from '../../electron/main/security.ts';

/** What `vite build` emits (npm test builds first), checked against the paths the main process computes. */
const root = join(import.meta.dirname, '../..');
const paths = appPaths(root);
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };

describe('build output', () => {
  it('has every file the main process loads, where main looks for it', () => {
    expect(join(root, packageJson.main)).toBe(join(root, 'dist-electron/main.js'));
    for (const file of [join(root, packageJson.main), paths.preload, paths.customerPreload, paths.rendererIndex, paths.rendererCustomer]) {
      expect(existsSync(file), `${file} missing — run npm run build`).toBe(true);
    }
  });

  it('has every asset index.html references, reachable through the app:// protocol', () => {
    const html = readFileSync(paths.rendererIndex, 'utf8');
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference, 'assets must be relative so app:// can serve them').not.toMatch(/^(\/|https?:)/);
      const file = resolveAppUrl(new URL(reference, 'app://kasir/index.html').href, paths.rendererRoot);
      expect(file && existsSync(file), `${reference} not in dist/renderer`).toBe(true);
    }
  });

  it('ships the CSP in both pages (the header adds frame-ancestors), and no inline script', () => {
    for (const page of [paths.rendererIndex, paths.rendererCustomer]) {
      const html = readFileSync(page, 'utf8');
      const meta = /<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/i.exec(html);
      expect(meta?.[1], page).toBe(META_CONTENT_SECURITY_POLICY);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('gives the customer display its own page and entry chunk, reachable over app://, that the counter never loads', () => {
    const scripts = (page: string) => [...readFileSync(page, 'utf8').matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
    const counter = scripts(paths.rendererIndex);
    const customer = scripts(paths.rendererCustomer);
    for (const file of customer) expect(existsSync(resolveAppUrl(`app://kasir/${file}`, paths.rendererRoot) ?? ''), file).toBe(true);
    // The customer display's own entry, and English (which it shows beside Indonesian from the start).
    const customerOnly = customer.filter((file) => !counter.includes(file));
    expect(customerOnly.map((file) => file.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['assets/customer', 'assets/en']);
    // What the counter loads at start carries none of the customer display's screens, nor the English words.
    const counterCode = counter.map((file) => readFileSync(join(paths.rendererRoot, file), 'utf8')).join('\n');
    expect(counterCode).not.toContain('customer-welcome');
    expect(counterCode).toContain('Memuat Kasir…');
    expect(counterCode).not.toContain('Loading Kasir…');
    expect(readFileSync(join(paths.rendererRoot, customerOnly[0] ?? ''), 'utf8')).toContain('customer-welcome');
  });

  it('bundles everything into main except Electron, the keychain binding and Node built-ins', () => {
    const main = readFileSync(join(root, packageJson.main), 'utf8');
    const imported = [...main.matchAll(/(?:^|\n)\s*import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/g), ...main.matchAll(/import\(['"]([^'"]+)['"]\)/g)]
      .map((match) => match[1] ?? '');
    const allowed = new Set(['electron', '@github/keytar', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const relative = imported.filter((name) => name.startsWith('.'));
    for (const name of relative) expect(existsSync(join(root, 'dist-electron', name)), name).toBe(true);
    expect(imported.filter((name) => !name.startsWith('.') && !allowed.has(name))).toEqual([]);
    // The native keychain binding must be loaded from node_modules (unpacked from the asar), never inlined.
    expect(imported).toContain('@github/keytar');
    expect(main).not.toContain('keytar.node');
  });

  it('leaves no test-only transport or simulator control page in the renderer bundle', () => {
    const assets = readdirSync(join(paths.rendererRoot, 'assets')).filter((file) => file.endsWith('.js'));
    const code = assets.map((file) => readFileSync(join(paths.rendererRoot, 'assets', file), 'utf8')).join('\n');
    expect(code).not.toContain('__kasirInvoke');
    expect(code).not.toContain('exposeBinding');
  });
});
