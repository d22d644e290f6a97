import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { call, dataOf } from '../support/simulator-client.ts';

/** The CLI and close() as separate Node 24 processes: only a real process shows whether anything stays open. */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const running = new Set<ChildProcessWithoutNullStreams>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

function start(args: string[]): { child: ChildProcessWithoutNullStreams; output: { stdout: string; stderr: string }; done: Promise<Finished> } {
  const child = spawn(node, args, { cwd: repoRoot, stdio: 'pipe' });
  running.add(child);
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));
  const done = new Promise<Finished>((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal, ...output });
    });
  });
  return { child, output, done };
}

/** Resolves with the process's result, or rejects if it is still running after ms (then it is killed). */
function within(ms: number, done: Promise<Finished>): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`process still running after ${ms} ms`)), ms);
    void done.then((finished) => {
      clearTimeout(timer);
      resolve(finished);
    });
  });
}

async function waitForLine(output: { stdout: string }, label: string, done: Promise<Finished>): Promise<string> {
  let exited = false;
  void done.then(() => (exited = true));
  const pattern = new RegExp(`^${label}: (\\S+)$`, 'm');
  for (let i = 0; i < 500; i++) {
    const match = pattern.exec(output.stdout);
    if (match?.[1]) return match[1];
    if (exited) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no "${label}:" line; stdout was: ${output.stdout}`);
}

describe('simulator CLI', () => {
  it('prints its coordinates, answers a signed call, and exits cleanly on SIGTERM', async () => {
    const { child, output, done } = start(['electron/simulator/cli.ts', '--port', '0', '--merchant', '1234567890', '--secret', 'cli-test-secret']);
    const baseUrl = await waitForLine(output, 'Base URL', done);
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/indonesia-pay$/);
    expect(await waitForLine(output, 'Merchant No', done)).toBe('1234567890');
    expect(await waitForLine(output, 'Secret', done)).toBe('cli-test-secret');
    expect(await waitForLine(output, 'Control URL', done)).toMatch(/\/__sim$/);

    const balance = await call({ baseUrl, merchantNo: '1234567890', secret: 'cli-test-secret' }, 'queryBalance', {});
    expect(dataOf(balance)).toHaveProperty('availablAmount', 0);

    child.kill('SIGTERM');
    const finished = await within(5_000, done);
    expect(finished).toMatchObject({ code: 0, signal: null });
    expect(finished.stdout).toMatch(/Simulator stopped/);
    expect(finished.stderr).toBe('');
  });

  it('also stops on SIGINT and honours --base-path', async () => {
    const { child, output, done } = start(['electron/simulator/cli.ts', '--port', '0', '--base-path', 'sandbox/id']);
    expect(await waitForLine(output, 'Base URL', done)).toMatch(/\/sandbox\/id$/);
    child.kill('SIGINT');
    expect(await within(5_000, done)).toMatchObject({ code: 0, signal: null });
  });

  it.each([
    ['an unknown flag', ['--bogus']],
    ['a non-numeric port', ['--port', 'abc']],
    ['an out-of-range port', ['--port', '70000']],
    ['a non-loopback host', ['--host', '0.0.0.0']],
    ['a bad time scale', ['--time-scale', 'fast']],
    ['a bad auto-settle outcome', ['--auto-settle-ms', '10', '--auto-settle-outcome', 'refund']],
    ['a stray argument', ['serve']],
  ])('exits with code 2 and a message on %s', async (_name, args) => {
    const { done } = start(['electron/simulator/cli.ts', ...args]);
    const finished = await within(5_000, done);
    expect(finished.code).toBe(2);
    expect(finished.stderr).toMatch(/^simulator: \S/);
    expect(finished.stdout).toBe('');
  });
});

describe('close()', () => {
  it('leaves nothing running: a busy simulator process exits on its own after close()', async () => {
    const { done } = start(['test/support/simulator-close-probe.ts']);
    const finished = await within(5_000, done);
    expect(finished.stderr).toBe('');
    expect(finished.code).toBe(0);
    const report = JSON.parse(finished.stdout) as { closed: boolean; resources: string[] };
    expect(report.closed).toBe(true);
    // Only the probe's own stdio pipes may remain: no server, socket or timer.
    expect(report.resources.filter((resource) => resource !== 'PipeWrap' && resource !== 'TTYWrap')).toEqual([]);
  });
});
