import type { StateCreator } from 'zustand/vanilla';
import type { ManagerState } from '../../shared/ipc/contract.ts';
import type { KasirState } from './types.ts';

/** Why the manager PIN is being asked for: the dialog says it, so the manager knows what they confirm. */
export type ManagerReason = 'acknowledgeLate' | 'history' | 'reprint' | 'settings' | 'closing' | 'diagnostics' | 'updates';

/**
 * Manager mode as this window knows it: main's last word on the session (main checks it again on every
 * manager-only call; this only decides what to show), and whether the PIN dialog is open. The PIN itself is
 * never stored here: the dialog keeps what is typed in its own state and forgets it when it closes.
 */
export interface ManagerData {
  readonly manager: ManagerState | undefined;
  /** The PIN dialog is open, for this reason. */
  readonly managerPrompt: ManagerReason | undefined;
}

export interface ManagerSlice extends ManagerData {
  /** What main said, from getManagerState, a PIN call's result or the managerChanged event. */
  managerStateLoaded(state: ManagerState): void;
  /** Main refused a manager-only call (MANAGER_ONLY): whatever this window thought, no session is open. */
  managerSessionRefused(): void;
  managerPromptOpened(reason: ManagerReason): void;
  /** The dialog closed: the PIN was accepted (the session state arrives with it) or the cashier gave up. */
  managerPromptClosed(state?: ManagerState): void;
}

export const initialManagerData = (): ManagerData => ({ manager: undefined, managerPrompt: undefined });

export const createManagerSlice: StateCreator<KasirState, [], [], ManagerSlice> = (set, get) => ({
  ...initialManagerData(),
  managerStateLoaded(state) {
    set({ manager: state });
  },
  managerSessionRefused() {
    const { manager } = get();
    // A till that refuses a manager-only call has a PIN: only a session can be missing.
    set({ manager: { pinSet: true, retryAt: undefined, locked: false, ...manager, active: false } });
  },
  managerPromptOpened(reason) {
    set({ managerPrompt: reason });
  },
  managerPromptClosed(state) {
    set(state ? { manager: state, managerPrompt: undefined } : { managerPrompt: undefined });
  },
});
