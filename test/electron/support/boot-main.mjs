// Boots the BUILT main process (dist-electron/main.js) against the fake electron module, in this Node 24
// process, and hands back the fake so a scenario script can drive it and report what main did.
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const fakeUrl = new URL('./fake-electron.mjs', import.meta.url).href;

export async function bootMain() {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'electron') return { url: fakeUrl, shortCircuit: true, format: 'module' };
      return nextResolve(specifier, context);
    },
  });
  const fake = await import(fakeUrl);
  await import(pathToFileURL(join(process.env.FAKE_APP_PATH, 'dist-electron/main.js')).href);
  fake.fireReady();
  return fake;
}

/** Polls until `done()` is true, or fails with `what`. */
export async function waitFor(done, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
