import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { KasirCore } from '../../../electron/app/core.ts';
import type { EventName } from '../../../shared/ipc/channels.ts';
import type { AppInfo, ErrorCode } from '../../../shared/ipc/contract.ts';
import type { WindowRole } from '../../../shared/ipc/roles.ts';
import type { Result } from '../../../shared/result.ts';

type Answer = { readonly id: number; readonly result: unknown } | { readonly event: EventName; readonly payload: unknown } | { readonly ready: AppInfo; readonly merchantNo: string };

/**
 * TEST-ONLY: a KasirCore whose main side runs in a child process with a D-Bus session and gnome-keyring of its own
 * (./keyring-core-child.ts), locked for real. The browser tests' transport talks to it as to any core; `unlock()`
 * unlocks that keyring the way a person logging in to the desktop would. The shared keyring is never touched.
 */
export class LockedKeyringCore implements KasirCore {
  readonly simulator = undefined;
  /** The secret kept in the child's keyring, for the test's own check that it never reaches the page. */
  readonly secret: string;
  readonly settingsFile: string;
  #info: AppInfo;
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #dir: string;
  readonly #waiting = new Map<number, (result: unknown) => void>();
  readonly #listeners = new Set<(name: EventName, payload: unknown) => void>();
  #nextId = 0;

  private constructor(child: ChildProcessWithoutNullStreams, dir: string, secret: string, info: AppInfo) {
    this.#child = child;
    this.#dir = dir;
    this.secret = secret;
    this.settingsFile = join(dir, 'settings.json');
    this.#info = info;
  }

  static async start(): Promise<LockedKeyringCore> {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-e2e-locked-'));
    const secret = `locked-e2e-${Math.random().toString(36).slice(2)}-secret`;
    const script = 'printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$NODE" "$CHILD"';
    const child = spawn('dbus-run-session', ['--', 'bash', '-c', script], {
      env: {
        ...process.env, HOME: dir, KASIR_DIR: dir, KEYRING_PASSWORD: 'locked-e2e-keyring-password', GATEWAY_SECRET: secret,
        NODE: process.execPath, CHILD: join(import.meta.dirname, 'keyring-core-child.ts'),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const errors: string[] = [];
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
    const lines = createInterface({ input: child.stdout });
    const ready = await new Promise<AppInfo>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the keyring core exited (${String(code)}): ${errors.join('')}`)));
      lines.once('line', (line) => {
        const first = JSON.parse(line) as Answer;
        if ('ready' in first) resolve(first.ready);
        else reject(new Error(`the keyring core began with ${line}`));
      });
    });
    const core = new LockedKeyringCore(child, dir, secret, ready);
    lines.on('line', (line) => core.#receive(JSON.parse(line) as Answer));
    return core;
  }

  get info(): AppInfo {
    return this.#info;
  }

  #receive(answer: Answer): void {
    if ('id' in answer) {
      this.#waiting.get(answer.id)?.(answer.result);
      this.#waiting.delete(answer.id);
    } else if ('event' in answer) {
      if (answer.event === 'appInfoChanged') this.#info = answer.payload as AppInfo;
      for (const listener of this.#listeners) listener(answer.event, answer.payload);
    }
  }

  #send(message: Record<string, unknown>): Promise<unknown> {
    const id = (this.#nextId += 1);
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#child.stdin.write(`${JSON.stringify({ ...message, id })}\n`);
    });
  }

  async invoke(name: string, payload: unknown, role: WindowRole = 'cashier'): Promise<Result<unknown, ErrorCode>> {
    return (await this.#send({ name, payload, role })) as Result<unknown, ErrorCode>;
  }

  onEvent(listener: (name: EventName, payload: unknown) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Unlocks the child's keyring with its password, as logging in to the desktop does. */
  async unlock(): Promise<void> {
    await this.#send({ op: 'unlock' });
  }

  async close(): Promise<void> {
    if (this.#child.exitCode === null) {
      const exited = new Promise((resolve) => this.#child.once('exit', resolve));
      await this.#send({ op: 'close' });
      this.#child.stdin.end();
      await exited;
    }
    await rm(this.#dir, { recursive: true, force: true });
  }
}
