import type { SecretStore } from './secret-store.ts';
import { SecretStoreUnavailableError } from './secret-store.ts';

/** A test double for unit tests only (STYLE.md §7); production always uses KeytarSecretStore. */
export class MemorySecretStore implements SecretStore {
  private readonly entries = new Map<string, string>();
  available = true;

  async isAvailable(): Promise<boolean> {
    return this.available;
  }
  async get(account: string): Promise<string | undefined> {
    this.check();
    return this.entries.get(account);
  }
  async set(account: string, secret: string): Promise<void> {
    this.check();
    this.entries.set(account, secret);
  }
  async delete(account: string): Promise<boolean> {
    this.check();
    return this.entries.delete(account);
  }
  private check(): void {
    if (!this.available) throw new SecretStoreUnavailableError('test double', 'switched off');
  }
}
