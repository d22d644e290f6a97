// Layer rules live here so that tooling, not memory, keeps the architecture honest (STYLE.md §9).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'http', 'https', 'crypto', 'os', 'child_process', 'net'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      eqeqeq: 'error',
    },
  },
  {
    files: ['electron/**', 'scripts/**', 'test/**', '*.config.*', 'build/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to main only through window.kasir (the preload API).' }],
        patterns: [
          { group: ['**/electron/**', '**/electron'], message: 'renderer/ must not import electron/ (main-process code).' },
          { group: nodeBuiltins, message: 'renderer/ runs sandboxed in the browser: no Node modules.' },
        ],
      }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'shared/ is runtime-neutral: no electron.' }],
        patterns: [
          { group: ['**/electron/**', '**/electron'], message: 'shared/ must not import electron/.' },
          { group: ['**/renderer/**', '**/renderer', 'react', 'react-dom', 'zustand'], message: 'shared/ must not import renderer code or UI libraries.' },
          { group: nodeBuiltins, message: 'shared/ is runtime-neutral: no node: modules.' },
        ],
      }],
    },
  },
  // electron/: business modules are plain Node (they run under Node tests without Electron); only main/ and
  // preload/ touch Electron; only the secret store loads the keychain binding. Each file gets ONE rule list
  // (a later flat-config block replaces an earlier one for the same rule), built from these pieces.
  ...electronLayers(),
);

function electronLayers() {
  const keytar = { name: '@github/keytar', message: 'Only electron/secrets/secret-store.ts talks to the keychain.' };
  const electron = { name: 'electron', message: 'Business modules stay plain Node: only electron/main/ and electron/preload/ use Electron.' };
  const business = ['payments', 'journal', 'paypro', 'settings', 'secrets', 'app', 'simulator', 'receipts', 'manager', 'updates', 'history', 'reports', 'logging', 'diagnostics', 'files'].map((folder) => `electron/${folder}/**`);
  const rule = (paths, patterns = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });
  return [
    { files: ['electron/**'], rules: rule([keytar]) },
    { files: business, rules: rule([keytar, electron]) },
    { files: ['electron/secrets/secret-store.ts'], rules: rule([electron]) },
    {
      files: ['electron/payments/**'],
      rules: rule([keytar, electron], [
        { group: ['**/simulator/**', '**/simulator'], message: 'The payment core never depends on the simulator: it talks to any Paypro gateway.' },
        { group: ['**/journal/**', '**/journal'], message: 'The payment core owns the PaymentJournal interface; the SQLite journal plugs in from app/core.ts.' },
      ]),
    },
    {
      files: ['electron/preload/**'],
      rules: rule([keytar], [{ group: nodeBuiltins, message: 'The sandboxed preload has no Node: it imports only electron and shared/ channel names.' }]),
    },
  ];
}
