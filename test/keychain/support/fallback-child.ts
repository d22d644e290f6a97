/**
 * Runs with no D-Bus session (../secret-fallback.test.ts clears it), so the real keytar binding cannot reach any
 * keychain. The OS encryption Electron's safeStorage would give is played by AES-256-GCM with a key of this run:
 * safeStorage itself needs the Electron runtime. Prints one JSON line: what each step saw.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SecretCipher } from '../../../electron/secrets/encrypted-file-store.ts';
import { EncryptedFileSecretStore } from '../../../electron/secrets/encrypted-file-store.ts';
import { FallbackSecretStore } from '../../../electron/secrets/fallback-store.ts';
import { KeytarSecretStore, SecretStoreUnavailableError } from '../../../electron/secrets/secret-store.ts';

const key = randomBytes(32);
function aes(backend: string | undefined): SecretCipher {
  return {
    isAvailable: () => true,
    backend: () => backend,
    encrypt: (plain) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt: (encrypted) => {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
const outcome = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    return { value: await work() };
  } catch (error) {
    return { error: error instanceof SecretStoreUnavailableError ? 'unavailable' : String(error) };
  }
};

const SECRET = process.env['FALLBACK_SECRET'] ?? '';
const dir = await mkdtemp(join(tmpdir(), 'kasir-fallback-'));
const keychain = new KeytarSecretStore('Kasir-fallback-test');
const steps: Record<string, unknown> = {};
steps['keychainAlone'] = await outcome(() => keychain.get('account'));

const encrypted = new FallbackSecretStore(keychain, new EncryptedFileSecretStore(join(dir, 'secret.enc.json'), aes('gnome_libsecret')));
steps['set'] = await outcome(() => encrypted.set('account', SECRET));
// Compared here, so the secret itself never reaches the output.
steps['get'] = await outcome(async () => (await encrypted.get('account')) === SECRET);
steps['fileHoldsPlainText'] = (await readFile(join(dir, 'secret.enc.json'), 'utf8')).includes(SECRET);
steps['deleted'] = await outcome(() => encrypted.delete('account'));
steps['afterDelete'] = await outcome(() => encrypted.get('account'));

const basicText = new FallbackSecretStore(keychain, new EncryptedFileSecretStore(join(dir, 'basic.enc.json'), aes('basic_text')));
steps['basicTextSet'] = await outcome(() => basicText.set('account', SECRET));
steps['basicTextFile'] = await outcome(() => readFile(join(dir, 'basic.enc.json'), 'utf8'));
steps['basicTextAvailable'] = await basicText.isAvailable();
process.stdout.write(`${JSON.stringify(steps)}\n`);
