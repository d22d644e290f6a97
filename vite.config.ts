import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';

// One build for the three parts of the app:
//   renderer → dist/renderer (served to the window through the app:// protocol)
//   main     → dist-electron/main.js (ESM)
//   preload  → dist-electron/preload.cjs (CommonJS: a sandboxed preload cannot be an ES module)
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
  },
  plugins: [
    react(),
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
