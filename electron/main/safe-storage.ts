import { safeStorage } from 'electron';
import type { SecretCipher } from '../secrets/encrypted-file-store.ts';

/** Electron's safeStorage as the fallback secret store's cipher (../secrets/encrypted-file-store.ts decides when). */
export function safeStorageCipher(): SecretCipher {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (encrypted) => safeStorage.decryptString(encrypted),
  };
}
