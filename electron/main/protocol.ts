import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, mimeType, resolveAppUrl } from './paths.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

/** Must run before app `ready`: app:// behaves like a secure, standard origin (fetch, relative URLs). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://kasir/, with the CSP as a header as well as the page's meta tag. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppUrl(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': mimeType(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
