import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { APP_ORIGIN, mimeType, resolveAppUrl } from '../../../electron/main/paths.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security.ts';

/**
 * The renderer as Vite built it; the e2e suite always drives the real bundle, never the dev server.
 * KASIR_RENDERER_DIR points at another build (`vite build --outDir …`), so two people can build and test at once.
 */
export const RENDERER_DIR = process.env['KASIR_RENDERER_DIR'] ?? resolve(import.meta.dirname, '../../../dist/renderer');

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** A loopback-only file server for dist/renderer, standing in for the app:// protocol of the real app. */
export async function serveRenderer(root = RENDERER_DIR): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${join(root, 'index.html')} is missing: run \`npx vite build\` before \`npx playwright test\` (npm run test:e2e does both).`);
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    // Chromium asks for a favicon on its own; the app has none, and a 404 would read as a renderer error.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    // The same mapping and headers as main's app:// handler (electron/main/protocol.ts).
    const file = resolveAppUrl(`${APP_ORIGIN}${path}`, root);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}
