import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { err } from '../../shared/result.ts';
import { asManager } from '../manager/manager-actions.ts';
import { kasirStore } from '../store/index.ts';

/**
 * One manager-only call of the closing screen: asks for the PIN when no session is open (undefined when the dialog
 * was closed: nothing was sent), and turns a failed transport into INTERNAL so the screen always has a result.
 */
export async function asClosingManager<T>(call: () => Promise<Result<T, ErrorCode>>): Promise<Result<T, ErrorCode> | undefined> {
  try {
    return await asManager('closing', call);
  } catch {
    return err('INTERNAL', 'the call failed');
  }
}

/** Back to the keypad (Kembali, Esc, or the PIN dialog closed when the screen opened). */
export function closeClosing(): void {
  kasirStore.getState().backOfficeClosed();
}
