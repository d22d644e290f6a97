import type { ErrorCode, KasirApi, ManagerState } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/result.ts';
import { kasirStore } from '../store/index.ts';
import type { ManagerReason } from '../store/manager-slice.ts';

/**
 * Manager mode, asked of main. Main holds the PIN's hash, the waits after wrong PINs and the session, and checks
 * the session on every manager-only call; the window only shows it and asks for the PIN when it is needed.
 */
export async function loadManagerState(api: Pick<KasirApi, 'getManagerState'>): Promise<void> {
  try {
    const result = await api.getManagerState();
    if (result.ok) kasirStore.getState().managerStateLoaded(result.value);
  } catch {
    // Without main's word the window shows no manager mode; a manager-only call still asks for the PIN.
  }
}

/** Main's news about the session: opened, locked, run out after five idle minutes, a wait after wrong PINs. */
export function followManagerChanges(api: Pick<KasirApi, 'onManagerChanged'>): () => void {
  return api.onManagerChanged((state) => kasirStore.getState().managerStateLoaded(state));
}

/**
 * Resolves true once a manager session is open — at once if one is, else after the PIN dialog accepted a PIN —
 * and false when the cashier closed the dialog without one.
 */
export function askForManager(reason: ManagerReason): Promise<boolean> {
  const state = kasirStore.getState();
  if (state.manager?.active === true) return Promise.resolve(true);
  state.managerPromptOpened(reason);
  return new Promise((resolve) => {
    const stop = kasirStore.subscribe((now) => {
      if (now.managerPrompt !== undefined) return;
      stop();
      resolve(now.manager?.active === true);
    });
  });
}

export function closeManagerPrompt(): void {
  kasirStore.getState().managerPromptClosed();
}

/** How many times one manager-only action asks for the PIN before it gives up (the session kept running out). */
const MAX_PROMPTS = 3;

/**
 * Runs a manager-only call in a manager session, asking for the PIN first when none is open. Main is the judge:
 * when it answers MANAGER_ONLY (the session ran out before the window heard), the PIN is asked for again.
 * Undefined when the cashier closed the dialog: nothing was sent.
 */
export async function asManager<T>(reason: ManagerReason, call: () => Promise<Result<T, ErrorCode>>): Promise<Result<T, ErrorCode> | undefined> {
  let result: Result<T, ErrorCode> | undefined;
  for (let asked = 0; asked < MAX_PROMPTS; asked++) {
    if (!(await askForManager(reason))) return undefined;
    result = await call();
    if (result.ok || result.code !== 'MANAGER_ONLY') return result;
    kasirStore.getState().managerSessionRefused();
  }
  return result;
}

/**
 * Sends a PIN; on success the dialog closes with main's new state. A refusal answers its code for the dialog to
 * show, and main's state is read again: a wrong PIN may have started a wait, and PIN_WAIT carries no state.
 */
async function sendPin(api: Pick<KasirApi, 'getManagerState'>, call: () => Promise<Result<ManagerState, ErrorCode>>): Promise<ErrorCode | undefined> {
  let result: Result<ManagerState, ErrorCode>;
  try {
    result = await call();
  } catch {
    return 'INTERNAL';
  }
  if (result.ok) {
    kasirStore.getState().managerPromptClosed(result.value);
    return undefined;
  }
  await loadManagerState(api);
  return result.code;
}

/** The first PIN on a till without one; main opens the session with it. */
export function submitNewPin(api: Pick<KasirApi, 'setManagerPin' | 'getManagerState'>, pin: string): Promise<ErrorCode | undefined> {
  return sendPin(api, () => api.setManagerPin({ pin }));
}

export function submitPin(api: Pick<KasirApi, 'unlockManager' | 'getManagerState'>, pin: string): Promise<ErrorCode | undefined> {
  return sendPin(api, () => api.unlockManager({ pin }));
}

/** "Kunci / Lock": ends the session now; the next manager-only action asks for the PIN again. */
export async function lockManager(api: Pick<KasirApi, 'lockManager'>): Promise<void> {
  try {
    const result = await api.lockManager();
    if (result.ok) kasirStore.getState().managerStateLoaded(result.value);
  } catch {
    // Main's managerChanged event says whether the session ended.
  }
}
