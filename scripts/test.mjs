#!/usr/bin/env node
// `npm test`: builds the app, type-checks and lints it, runs every suite (Vitest: unit, integration, keychain, security, build, electron;
// Playwright: end to end in Chromium) and ends with one line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

// The suites run on Node 24 (the Node inside Electron 45), which `npm install` puts in node_modules/.bin.
// npm scripts find it first on PATH; when this file is started some other way, hand over to it.
if (Number(process.versions.node.split('.')[0]) < 24) {
  const handOver = spawnSync(bin('node'), process.argv.slice(1), { stdio: 'inherit' });
  process.exit(handOver.status ?? 1);
}
process.env.PATH = `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`;
const results = join(root, 'test-results');
const strict = process.env.CI === 'true' || process.env.CI === '1';
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Playwright's JSON report: every test whose outcome was 'unexpected', as file › title. */
function playwrightFailures(report) {
  const names = [];
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) if (test.status === 'unexpected') names.push(`${spec.file ?? file} › ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
  };
  for (const suite of report?.suites ?? []) walk(suite, suite.file);
  return names;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

if (run('build (vite)', bin('vite'), ['build', '--logLevel', 'warn']) !== 0) {
  console.log('\nThe build failed, so no suite can run.\n0 passed, 1 failed');
  process.exit(1);
}

// Static checks count as one test each: a type error or a broken layer rule fails the run like a test does.
for (const [label, command, args] of [
  ['typecheck (tsc: node, web, test configs)', 'npm', ['run', '--silent', 'typecheck']],
  ['lint (eslint with layer rules)', 'npm', ['run', '--silent', 'lint']],
]) {
  if (run(label, command, args) === 0) totals.passed += 1;
  else totals.failed += 1;
}

const vitestJson = join(results, 'vitest.json');
const vitestStatus = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A file that fails to load has no tests in the counts; make it count.
  totals.failed += (vitest.testResults ?? []).filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
}
if (!vitest || (vitestStatus !== 0 && vitest.numFailedTests === 0 && totals.failed === 0)) totals.failed += 1;

const chromium = process.env.KASIR_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium) && !strict) {
  console.log(`\n[skip] end-to-end suite: Chromium not found at ${chromium} (apt-get install chromium, or set KASIR_CHROMIUM)`);
  totals.skipped += 1;
} else {
  const e2eJson = join(results, 'e2e.json');
  const status = run('playwright (e2e)', bin('playwright'), ['test']);
  const e2e = readJson(e2eJson);
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (status !== 0 && e2e.stats.unexpected === 0) totals.failed += 1;
  } else {
    totals.failed += 1;
  }
}

// The names of what failed, just above the last line, so that a log cut to its tail still says what broke.
const failures = [
  ...(vitest?.testResults ?? []).flatMap((file) => [
    ...(file.status === 'failed' && file.assertionResults.length === 0 ? [`${relative(root, file.name)} (did not load)`] : []),
    ...file.assertionResults.filter((test) => test.status === 'failed').map((test) => `${relative(root, file.name)} › ${test.fullName}`),
  ]),
  ...playwrightFailures(readJson(join(results, 'e2e.json'))),
];
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((name) => `  ✗ ${name}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
