import { defaultKeyringLocked } from './linux-keyring.ts';

/**
 * The app secret lives only in the OS keychain (macOS Keychain, Windows Credential Manager, Linux Secret
 * Service) behind this small interface (STYLE.md §6, §7). Storage fails closed: when the keychain cannot be
 * reached, every call throws SecretStoreUnavailableError — never a silent fallback to memory or a file.
 * This is the only module that may import the keychain binding (ESLint enforces it).
 */
export interface SecretStore {
  isAvailable(): Promise<boolean>;
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

export class SecretStoreUnavailableError extends Error {
  readonly code = 'KEYCHAIN_UNAVAILABLE';
  constructor(operation: string, cause: unknown) {
    // The cause's text comes from the keychain library and never contains the secret value.
    super(`The OS keychain is unavailable (${operation}): ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'SecretStoreUnavailableError';
  }
}

/**
 * The keychain answered, but it is locked (Linux: the login keyring was not unlocked, e.g. an automatic login), so
 * it cannot say whether a secret is stored. Unlocking it (logging in to the desktop) and "Try again" fixes it.
 */
export class SecretStoreLockedError extends Error {
  readonly code = 'KEYCHAIN_LOCKED';
  constructor() {
    super('The OS keychain is locked: unlock it (log in to the desktop session), then try again.');
    this.name = 'SecretStoreLockedError';
  }
}

/** The keychain account under which a merchant's app secret is kept. */
export function appSecretAccount(merchantNo: string): string {
  return `paypro-app-secret:${merchantNo}`;
}

async function defaultIsLocked(): Promise<boolean> {
  return process.platform === 'linux' && (await defaultKeyringLocked()) === true;
}

interface KeytarBinding {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

async function loadKeytar(): Promise<KeytarBinding> {
  const loaded: { default?: KeytarBinding } & Partial<KeytarBinding> = await import('@github/keytar');
  const binding = loaded.default ?? (loaded as KeytarBinding);
  if (typeof binding.getPassword !== 'function') throw new Error('keytar binding has no getPassword');
  return binding;
}

export class KeytarSecretStore implements SecretStore {
  private binding: Promise<KeytarBinding> | undefined;
  private readonly service: string;

  private readonly isLocked: () => Promise<boolean>;

  /** `isLocked`: how to tell a locked keychain (Linux: ask the Secret Service; elsewhere the OS prompts itself). */
  constructor(service = 'Kasir', isLocked: () => Promise<boolean> = defaultIsLocked) {
    this.service = service;
    this.isLocked = isLocked;
  }

  async isAvailable(): Promise<boolean> {
    try {
      // Listing our own service's entries proves the daemon answers without reading any value out.
      await (await this.keytar('probe')).findCredentials(`${this.service}:probe`);
      return true;
    } catch {
      return false;
    }
  }

  async get(account: string): Promise<string | undefined> {
    const keytar = await this.keytar('get');
    let found: string | null;
    try {
      found = await keytar.getPassword(this.service, account);
    } catch (error) {
      throw new SecretStoreUnavailableError('get', error);
    }
    // A locked Linux keyring answers "nothing" too: tell the two apart before calling the secret missing.
    if (found === null && (await this.isLocked())) throw new SecretStoreLockedError();
    return found ?? undefined;
  }

  async set(account: string, secret: string): Promise<void> {
    if (secret.length === 0) throw new Error('Refusing to store an empty secret.');
    const keytar = await this.keytar('set');
    try {
      await keytar.setPassword(this.service, account, secret);
    } catch (error) {
      if (await this.isLocked()) throw new SecretStoreLockedError();
      throw new SecretStoreUnavailableError('set', error);
    }
  }

  async delete(account: string): Promise<boolean> {
    const keytar = await this.keytar('delete');
    try {
      return await keytar.deletePassword(this.service, account);
    } catch (error) {
      if (await this.isLocked()) throw new SecretStoreLockedError();
      throw new SecretStoreUnavailableError('delete', error);
    }
  }

  private async keytar(operation: string): Promise<KeytarBinding> {
    this.binding ??= loadKeytar();
    try {
      return await this.binding;
    } catch (error) {
      this.binding = undefined;
      throw new SecretStoreUnavailableError(operation, error);
    }
  }
}
