import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report, ScanException } from './support/electronegativity-report.ts';
import { describeFinding, exceptionsFileSchema, isHighOrMedium, parseReport, reconcile } from './support/electronegativity-report.ts';

/**
 * Doyensec's Electronegativity over Kasir's SOURCES (it cannot parse the private class fields in the built
 * main.js): no high or medium finding may stand unless test/security/electronegativity-exceptions.json
 * excuses it, check by check and file by file, with a reason; an exception that excuses nothing fails too.
 * The tool runs offline through a --require shim (support/electronegativity-offline.cjs) and exits 0 even
 * with findings, so its CSV report is what counts.
 */
const root = join(import.meta.dirname, '../..');
const shim = join(import.meta.dirname, 'support/electronegativity-offline.cjs');
const exceptionsFile = join(import.meta.dirname, 'electronegativity-exceptions.json');
const requireHere = createRequire(import.meta.url);
const tool = join(dirname(requireHere.resolve('@doyensec/electronegativity/package.json')), 'dist/index.js');
// Main, preload and business code; the renderer and its HTML pages (CSP); package.json for the Electron version.
const SCANNED = /\.(ts|tsx|html)$/;

let workDir: string;
let run: { stdout: string; stderr: string; seconds: number };
let report: Report;

function copySources(into: string): void {
  for (const folder of ['electron', 'renderer']) {
    cpSync(join(root, folder), join(into, folder), {
      recursive: true,
      filter: (source) => statSync(source).isDirectory() || SCANNED.test(source),
    });
  }
  cpSync(join(root, 'package.json'), join(into, 'package.json'));
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kasir-electronegativity-'));
  const sources = join(workDir, 'sources');
  const csv = join(workDir, 'report.csv');
  copySources(sources);
  const started = performance.now();
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--require', shim, tool, '-i', sources, '-o', csv, '-r', '-x', 'AvailableSecurityFixesGlobalCheck'],
    { cwd: workDir, env: { ...process.env, LANG: 'en-US' }, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
  );
  run = { stdout, stderr, seconds: (performance.now() - started) / 1000 };
  report = parseReport(readFileSync(csv, 'utf8'));
}, 120_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function readExceptions(): ScanException[] {
  return exceptionsFileSchema.parse(JSON.parse(readFileSync(exceptionsFile, 'utf8'))).exceptions;
}

const list = (lines: readonly string[]) => lines.map((line) => `\n  - ${line}`).join('');

describe('security: Electronegativity on the sources', () => {
  it('scanned every file and wrote a report that reads whole', () => {
    expect(run.stderr, 'a file Electronegativity could not parse or check is a file it did not look at').not.toMatch(/electronegativity skipped/);
    expect(report.unreadable, `records that are not a whole finding:${list(report.unreadable)}`).toEqual([]);
    // The tool reports the Electron version it read from package.json: proof the scan ran over the copy.
    expect(report.findings.map((finding) => finding.check)).toContain('ELECTRON_VERSION_JSON_CHECK');
    expect(run.seconds, 'the scan should stay a few seconds long').toBeLessThan(60);
  });

  it('keeps its exceptions specific: one check in one existing scanned file, each with a reason', () => {
    for (const exception of readExceptions()) {
      expect(existsSync(join(root, exception.file)), `${exception.file} does not exist`).toBe(true);
    }
  });

  it('finds nothing high or medium beyond the reviewed exceptions', () => {
    const { unexcused } = reconcile(report.findings, readExceptions());
    expect(unexcused.map(describeFinding), `fix these, or add a reviewed exception with its reason:${list(unexcused.map(describeFinding))}`).toEqual([]);
  });

  it('has no stale exception: each still matches a finding', () => {
    const { stale } = reconcile(report.findings, readExceptions());
    const names = stale.map((exception) => `${exception.check} in ${exception.file}`);
    expect(names, `these no longer match any finding; remove them from electronegativity-exceptions.json:${list(names)}`).toEqual([]);
  });
});

describe('security: reading Electronegativity reports', () => {
  const header = 'issue, severity, confidence, filename, location, sample, description, url\n';
  const row = (check: string, severity: string, file: string, sample: string) =>
    `${check},"${severity}","FIRM","${file}","3:4","${sample.replaceAll('"', '""')}","Why it matters, briefly",https://github.com/doyensec/electronegativity/wiki/${check}\n`;

  it('reads quoted fields with commas, doubled quotes and newlines, and CRLF line ends', () => {
    const sample = 'new BrowserWindow({ a: "x, y",\n  b: 1 })';
    const { findings, unreadable } = parseReport((header + row('SANDBOX_JS_CHECK', 'MEDIUM', 'electron\\main\\a.ts', sample)).replaceAll('\n', '\r\n'));
    expect(unreadable).toEqual([]);
    expect(findings).toEqual([
      { check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'electron/main/a.ts', location: '3:4', sample: sample.replaceAll('\n', '\r\n') },
    ]);
  });

  it('flags a row cut short, or a missing header, instead of dropping it in silence', () => {
    const full = row('NODE_INTEGRATION_JS_CHECK', 'HIGH', 'electron/main/a.ts', 'x');
    const cut = parseReport(header + full.slice(20) + row('SANDBOX_JS_CHECK', 'MEDIUM', 'electron/main/b.ts', 'y'));
    expect(cut.unreadable).toHaveLength(1);
    expect(cut.findings.map((finding) => finding.check)).toEqual(['SANDBOX_JS_CHECK']);
    expect(parseReport(full).unreadable).toEqual(['(the header row is missing)']);
    expect(parseReport('').unreadable).toEqual(['(the header row is missing)']);
  });

  it('lets one exception excuse one finding of its check in its file, and reports the rest both ways', () => {
    const finding = (check: string, file: string, severity: Finding['severity'] = 'HIGH'): Finding =>
      ({ check, severity, confidence: 'FIRM', file, location: '1:0', sample: '' });
    const because = (check: string, file: string): ScanException => ({ check, file, reason: 'a reason long enough to be a sentence' });
    const findings = [
      finding('SANDBOX_JS_CHECK', 'electron/main/a.ts'), finding('SANDBOX_JS_CHECK', 'electron/main/a.ts'),
      finding('SANDBOX_JS_CHECK', 'electron/main/b.ts'), finding('CSP_GLOBAL_CHECK', 'renderer/index.html', 'LOW'),
    ];
    const { unexcused, stale } = reconcile(findings, [because('SANDBOX_JS_CHECK', 'electron/main/a.ts'), because('OPEN_EXTERNAL_JS_CHECK', 'electron/main/a.ts')]);
    expect(unexcused.map((item) => item.file)).toEqual(['electron/main/a.ts', 'electron/main/b.ts']);
    expect(stale.map((item) => item.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
    expect(findings.filter(isHighOrMedium)).toHaveLength(3);
  });

  it('refuses wildcard or vague exceptions', () => {
    const parse = (exception: Record<string, string>) => exceptionsFileSchema.safeParse({ about: '', exceptions: [exception] }).success;
    const good = { check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', reason: 'windowOptions() in security.ts sets sandbox: true.' };
    expect(parse(good)).toBe(true);
    expect(parse({ ...good, check: '*' })).toBe(false);
    expect(parse({ ...good, file: 'electron/**' })).toBe(false);
    expect(parse({ ...good, file: 'electron/main/*.ts' })).toBe(false);
    expect(parse({ ...good, file: 'test/security/x.ts' })).toBe(false);
    expect(parse({ ...good, reason: 'ok' })).toBe(false);
    expect(parse({ ...good, line: '3' })).toBe(false);
  });
});
