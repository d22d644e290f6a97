import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Simulator } from '../../../electron/simulator/index.ts';
import type { KillPoint, TillCommand, TillReport } from './till-process.ts';

/** The parent's side of a till process (./till-process.ts): start it, talk to it, wait for its reports, kill it. */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const node = fileURLToPath(new URL('../../../node_modules/.bin/node', import.meta.url));
const tillScript = fileURLToPath(new URL('./till-process.ts', import.meta.url));

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** One till process on a journal and a simulator, and every report it has made so far. */
export class Till {
  readonly reports: TillReport[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #listeners = new Set<() => void>();
  #stderr = '';
  #nextId = 1;
  #dead = false;

  constructor(journalFile: string, sim: Simulator, killAt?: KillPoint) {
    this.#child = spawn(node, [tillScript], {
      cwd: repoRoot, stdio: 'pipe',
      env: {
        ...process.env, KASIR_TILL_JOURNAL: journalFile, KASIR_TILL_GATEWAY: sim.baseUrl, KASIR_TILL_MERCHANT: sim.merchantNo,
        KASIR_TILL_SECRET: sim.secret, KASIR_TILL_NOTIFY_URL: `${sim.controlUrl}/notify-sink`, KASIR_KILL_AT: killAt,
      },
    });
    let partialLine = '';
    this.#child.stderr.on('data', (chunk: Buffer) => (this.#stderr += chunk.toString('utf8')));
    this.#child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partialLine + chunk.toString('utf8')).split('\n');
      partialLine = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') this.reports.push(parseReport(line));
      for (const listener of [...this.#listeners]) listener();
    });
    this.#child.stdin.on('error', () => undefined); // a write to a till that was just killed is not the test's failure
    this.exited = new Promise((resolve) => {
      this.#child.on('close', (code, signal) => {
        this.#dead = true;
        for (const listener of [...this.#listeners]) listener();
        resolve({ code, signal });
      });
    });
  }

  /** The first report (past or future) that `pick` maps to a value; fails if the till exits or takes too long first. */
  until<T>(pick: (report: TillReport) => T | undefined, what: string, timeoutMs = 5_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const finish = (outcome: () => void): void => {
        clearTimeout(timer);
        this.#listeners.delete(look);
        outcome();
      };
      const failure = (why: string) => new Error(`${why}; reports: ${JSON.stringify(this.reports)}; stderr: ${this.#stderr}`);
      const look = (): void => {
        const found = this.reports.map(pick).find((value) => value !== undefined);
        if (found !== undefined) finish(() => resolve(found));
        else if (this.#dead) finish(() => reject(failure(`the till exited before ${what}`)));
      };
      const timer = setTimeout(() => finish(() => reject(failure(`no ${what} within ${timeoutMs} ms`))), timeoutMs);
      this.#listeners.add(look);
      look();
    });
  }

  send(command: WithoutId<TillCommand>): number {
    const id = this.#nextId++;
    this.#child.stdin.write(`${JSON.stringify({ ...command, id })}\n`);
    return id;
  }

  async ask(command: WithoutId<TillCommand>): Promise<unknown> {
    const id = this.send(command);
    const answer = await this.until((report) => ('id' in report && report.id === id ? { result: report.result } : undefined), `the answer to ${command.do}`);
    return answer.result;
  }

  /** SIGKILL, like a power cut; resolves once the process is gone. */
  kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.#child.kill('SIGKILL');
    return this.exited;
  }
}

/** Anything on the till's stdout that is not a report fails the test as clearly as a crash would. */
function parseReport(line: string): TillReport {
  try {
    return JSON.parse(line) as TillReport;
  } catch {
    return { fatal: `not a report: ${line}` };
  }
}

