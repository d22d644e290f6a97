import { readFile } from 'node:fs/promises';
import type { SecretStore } from './secret-store.ts';
import { SecretStoreUnavailableError } from './secret-store.ts';
import { writeFileWhole } from '../files/write-whole.ts';

/**
 * The app secret encrypted by the operating system (Electron's safeStorage: DPAPI on Windows, the Keychain's key
 * on macOS, the desktop's secret store on Linux) in a file of the till's own. Only for a till whose keychain
 * cannot be reached — and only when that encryption is real: Linux's `basic_text` backend encrypts with a
 * password written into Chromium itself, which is plain text in disguise, so it is refused. Never plain text.
 */
export interface SecretCipher {
  /** Can the OS encrypt for this user now? */
  isAvailable(): boolean;
  /** Linux: which backend encrypts ('gnome_libsecret', 'kwallet5', 'basic_text', …); elsewhere undefined. */
  backend(): string | undefined;
  encrypt(plain: string): Buffer;
  decrypt(encrypted: Buffer): string;
}

/** Backends that do not really protect anything (Electron's names). */
const NOT_ENCRYPTING = new Set(['basic_text', 'unknown']);

interface SecretsFile {
  readonly version: 1;
  readonly entries: Readonly<Record<string, string>>;
}

export class EncryptedFileSecretStore implements SecretStore {
  readonly #file: string;
  readonly #cipher: SecretCipher;

  constructor(file: string, cipher: SecretCipher) {
    this.#file = file;
    this.#cipher = cipher;
  }

  /** Is there real encryption to keep a secret with? */
  encrypts(): boolean {
    const backend = this.#cipher.backend();
    return this.#cipher.isAvailable() && (backend === undefined || !NOT_ENCRYPTING.has(backend));
  }

  async isAvailable(): Promise<boolean> {
    return this.encrypts();
  }

  async get(account: string): Promise<string | undefined> {
    this.#demandEncryption('get');
    const encrypted = (await this.#read()).entries[account];
    if (encrypted === undefined) return undefined;
    try {
      return this.#cipher.decrypt(Buffer.from(encrypted, 'base64'));
    } catch (error) {
      throw new SecretStoreUnavailableError('decrypt', error);
    }
  }

  async set(account: string, secret: string): Promise<void> {
    if (secret.length === 0) throw new Error('Refusing to store an empty secret.');
    this.#demandEncryption('set');
    const current = await this.#read();
    await this.#write({ version: 1, entries: { ...current.entries, [account]: this.#cipher.encrypt(secret).toString('base64') } });
  }

  async delete(account: string): Promise<boolean> {
    const current = await this.#read();
    if (!(account in current.entries)) return false;
    const { [account]: _removed, ...rest } = current.entries;
    await this.#write({ version: 1, entries: rest });
    return true;
  }

  #demandEncryption(operation: string): void {
    if (!this.encrypts()) {
      throw new SecretStoreUnavailableError(operation, new Error(`no OS encryption to keep the secret with (backend: ${this.#cipher.backend() ?? 'none'}); Kasir never stores it in plain text`));
    }
  }

  async #read(): Promise<SecretsFile> {
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, entries: {} };
      throw new SecretStoreUnavailableError('read', error);
    }
    const parsed: unknown = JSON.parse(text);
    const entries = (parsed as { entries?: unknown }).entries;
    if (typeof entries !== 'object' || entries === null) throw new SecretStoreUnavailableError('read', new Error(`${this.#file} is not a secrets file`));
    return { version: 1, entries: Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) };
  }

  async #write(contents: SecretsFile): Promise<void> {
    await writeFileWhole(this.#file, `${JSON.stringify(contents)}\n`, { ownerOnly: true });
  }
}
