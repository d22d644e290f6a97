import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';

// One build for the three parts of the app:
//   renderer → dist/renderer (served to the windows through the app:// protocol): index.html is the cashier's
//              counter, customer.html the customer display; each has its own entry chunk, so the counter never
//              loads the customer's screens (what both use, React and the QR encoder, is a shared chunk)
//   main     → dist-electron/main.js (ESM)
//   preloads → dist-electron/preload.cjs (cashier) and customer-preload.cjs (customer display): CommonJS, since a
//              sandboxed preload cannot be an ES module, and each built on its own, since it cannot load a chunk
// Only for `npm run dev`: Vite's dev server injects an inline React-refresh script, <style> tags and a
// websocket, which the shipped CSP forbids. A build never gets this (test/build checks the built CSP).
const devServerCsp: Plugin = {
  name: 'kasir-dev-server-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*"),
};

function preloadBuild(entry: string, fileName: string) {
  return {
    input: resolve(import.meta.dirname, entry),
    vite: {
      build: {
        outDir: resolve(import.meta.dirname, 'dist-electron'),
        rolldownOptions: {
          external: ['electron'],
          output: { format: 'cjs' as const, entryFileNames: fileName },
        },
      },
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'renderer/index.html'),
        customer: resolve(import.meta.dirname, 'renderer/customer.html'),
      },
      output: {
        codeSplitting: {
          // Everything but the two pages' own code goes into one chunk that both load, so the counter's start-up
          // code is one file, as it was before the customer display (splitting it costs compression), and
          // the customer display's screens never reach it.
          // English is left out too: the counter loads it only when a cashier picks it (renderer/i18n/translate.ts);
          // so are the history, settings, closing and updates screens (with their own words) and the manager PIN dialog, loaded the first time they open (renderer/App.tsx).
          groups: [{ name: 'kasir', test: (id: string) => !/[\\/]renderer[\\/](customer[\\/]|history[\\/]|settings[\\/]|closing[\\/]|updates[\\/]|manager[\\/](ManagerPinDialog|PinPad)\.tsx$|manager[\\/]pin-entry\.ts$|styles[\\/](customer|history[\w-]*|settings[\w-]*|closing[\w-]*|updates)\.css|main\.tsx$|[^\\/]+\.html$|i18n[\\/](en|en-menu|[\w-]+-settings|[\w-]+-closing|[\w-]+-updates)\.ts$)/.test(id) }],
        },
      },
    },
  },
  plugins: [
    react(),
    devServerCsp,
    electron({
      main: {
        entry: resolve(import.meta.dirname, 'electron/main/index.ts'),
        vite: {
          build: {
            outDir: resolve(import.meta.dirname, 'dist-electron'),
            lib: { entry: resolve(import.meta.dirname, 'electron/main/index.ts'), formats: ['es'], fileName: () => 'main.js' },
            rolldownOptions: { external: ['electron', '@github/keytar'] },
          },
        },
      },
      preload: [
        preloadBuild('electron/preload/index.ts', 'preload.cjs'),
        preloadBuild('electron/preload/customer.ts', 'customer-preload.cjs'),
      ],
    }),
  ],
});
