import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';

// One build for the three parts of the app:
//   renderer → dist/renderer (served to the window through the app:// protocol)
//   main     → dist-electron/main.js (ESM)
//   preload  → dist-electron/preload.cjs (CommonJS: a sandboxed preload cannot be an ES module)
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

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
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
      preload: {
        input: resolve(import.meta.dirname, 'electron/preload/index.ts'),
        vite: {
          build: {
            outDir: resolve(import.meta.dirname, 'dist-electron'),
            rolldownOptions: {
              external: ['electron'],
              output: { format: 'cjs', entryFileNames: 'preload.cjs' },
            },
          },
        },
      },
    }),
  ],
});
