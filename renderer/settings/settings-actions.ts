import type { ErrorCode, KasirApi } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { err } from '../../shared/result.ts';
import { asManager } from '../manager/manager-actions.ts';
import { kasirStore } from '../store/index.ts';

export type SettingsApi = Pick<KasirApi, 'getSettings' | 'saveSettings' | 'setAppSecret' | 'removeAppSecret' | 'testConnection'>;

/**
 * One manager-only settings call: asks for the PIN when no session is open (undefined when the dialog was closed:
 * nothing was sent), and turns a failed transport into INTERNAL so the screen always has a result to show.
 */
export async function asSettingsManager<T>(call: () => Promise<Result<T, ErrorCode>>): Promise<Result<T, ErrorCode> | undefined> {
  try {
    return await asManager('settings', call);
  } catch {
    return err('INTERNAL', 'the call failed');
  }
}

/** Back to the keypad (Kembali, Esc, or the PIN dialog closed when the screen opened). */
export function closeSettings(): void {
  kasirStore.getState().backOfficeClosed();
}
