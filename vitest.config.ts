import { defineConfig } from 'vitest/config';

// Node-side suites: unit, integration (real loopback HTTP, real keychain), security, build-output checks.
// The browser suite runs under Playwright (playwright.config.ts), not here.
export default defineConfig({
  test: {
    include: ['test/{unit,integration,security,keychain,build,electron,fault}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    restoreMocks: true,
  },
});
