import type { KasirCore } from '../../../electron/app/core.ts';

/**
 * Holds the main-side core the page talks to, and can restart it on the same settings and journal, as quitting
 * and reopening Kasir would. The test-only transport follows whichever core is current.
 */
export class CoreHost {
  #core: KasirCore;
  readonly #make: () => Promise<KasirCore>;
  readonly #listeners = new Set<(core: KasirCore) => void>();
  /** The settings file the core reads, for a test that repairs or changes it while the till is open. */
  readonly settingsFile: string;

  private constructor(core: KasirCore, make: () => Promise<KasirCore>, settingsFile: string) {
    this.#core = core;
    this.#make = make;
    this.settingsFile = settingsFile;
  }

  static async start(make: () => Promise<KasirCore>, settingsFile: string): Promise<CoreHost> {
    return new CoreHost(await make(), make, settingsFile);
  }

  get core(): KasirCore {
    return this.#core;
  }

  onSwap(listener: (core: KasirCore) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Closes the running core (journal included) and starts a new one over the same files. */
  async restart(): Promise<KasirCore> {
    await this.#core.close();
    this.#core = await this.#make();
    for (const listener of this.#listeners) listener(this.#core);
    return this.#core;
  }

  close(): Promise<void> {
    return this.#core.close();
  }
}
