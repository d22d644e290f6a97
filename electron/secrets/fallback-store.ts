import type { SecretStore } from './secret-store.ts';
import { SecretStoreUnavailableError } from './secret-store.ts';
import type { EncryptedFileSecretStore } from './encrypted-file-store.ts';

/**
 * The OS keychain first. Only when it cannot be reached at all (no Secret Service on a Linux till, say) is the
 * secret kept encrypted by the OS in a file of Kasir's own — and only when that encryption is real; otherwise the
 * keychain's error stands and charging is blocked with the reason. A locked keychain is not "unreachable": the fix
 * is to unlock it, so it never falls back.
 */
export class FallbackSecretStore implements SecretStore {
  readonly #keychain: SecretStore;
  readonly #fallback: EncryptedFileSecretStore;

  constructor(keychain: SecretStore, fallback: EncryptedFileSecretStore) {
    this.#keychain = keychain;
    this.#fallback = fallback;
  }

  async isAvailable(): Promise<boolean> {
    return (await this.#keychain.isAvailable()) || this.#fallback.encrypts();
  }

  get(account: string): Promise<string | undefined> {
    return this.#either((store) => store.get(account));
  }

  set(account: string, secret: string): Promise<void> {
    return this.#either((store) => store.set(account, secret));
  }

  delete(account: string): Promise<boolean> {
    return this.#either((store) => store.delete(account));
  }

  async #either<T>(work: (store: SecretStore) => Promise<T>): Promise<T> {
    try {
      return await work(this.#keychain);
    } catch (error) {
      if (!(error instanceof SecretStoreUnavailableError) || !this.#fallback.encrypts()) throw error;
      return work(this.#fallback);
    }
  }
}
