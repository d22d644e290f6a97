import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KasirApi, ManagerState, PaymentView } from '../../../shared/ipc/contract.ts';
import { err, ok } from '../../../shared/result.ts';
import { KasirApiContext } from '../../../renderer/api-context.ts';
import {
  asManager, askForManager, closeManagerPrompt, followManagerChanges, loadManagerState, lockManager, submitNewPin, submitPin,
} from '../../../renderer/manager/manager-actions.ts';
import { ManagerPinDialog } from '../../../renderer/manager/ManagerPinDialog.tsx';
import { acknowledgeLatePayment } from '../../../renderer/payment/payment-actions.ts';
import { TopBar } from '../../../renderer/shell/TopBar.tsx';
import { kasirStore, resetStore } from '../../../renderer/store/index.ts';
import { demoInfo, settledView } from './fixtures.ts';

const state = () => kasirStore.getState();
const manager = (overrides: Partial<ManagerState> = {}): ManagerState => ({ pinSet: true, active: false, retryAt: undefined, locked: false, ...overrides });
const open = manager({ active: true });
/** Lets the promise chains in the actions run up to their next real wait. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  resetStore();
  state().appInfoLoaded(demoInfo);
});

describe('manager slice', () => {
  it('keeps what main last said, and forgets it on reset', () => {
    state().managerStateLoaded(open);
    expect(state().manager).toEqual(open);
    resetStore();
    expect(state()).toMatchObject({ manager: undefined, managerPrompt: undefined });
  });

  it('a MANAGER_ONLY refusal ends the session as the window sees it, and implies a PIN exists', () => {
    state().managerStateLoaded(manager({ active: true, retryAt: 5 }));
    state().managerSessionRefused();
    expect(state().manager).toEqual(manager({ active: false, retryAt: 5 }));
    resetStore();
    state().managerSessionRefused();
    expect(state().manager).toEqual(manager());
  });

  it('the prompt opens for a reason and closes, with main\'s new state when a PIN was accepted', () => {
    state().managerPromptOpened('acknowledgeLate');
    expect(state().managerPrompt).toBe('acknowledgeLate');
    state().managerPromptClosed();
    expect(state()).toMatchObject({ managerPrompt: undefined, manager: undefined });
    state().managerPromptOpened('acknowledgeLate');
    state().managerPromptClosed(open);
    expect(state()).toMatchObject({ managerPrompt: undefined, manager: open });
  });
});

describe('asking for the manager', () => {
  it('an open session answers at once, without a dialog', async () => {
    state().managerStateLoaded(open);
    await expect(askForManager('acknowledgeLate')).resolves.toBe(true);
    expect(state().managerPrompt).toBeUndefined();
  });

  it('otherwise the dialog opens; it answers true once a PIN opened a session, false when closed without one', async () => {
    state().managerStateLoaded(manager());
    const accepted = askForManager('acknowledgeLate');
    expect(state().managerPrompt).toBe('acknowledgeLate');
    state().managerPromptClosed(open);
    await expect(accepted).resolves.toBe(true);

    state().managerStateLoaded(manager());
    const refused = askForManager('acknowledgeLate');
    closeManagerPrompt();
    await expect(refused).resolves.toBe(false);
  });

  it('a manager-only call is not sent when the cashier closes the dialog', async () => {
    const call = vi.fn(async () => ok('done'));
    const result = asManager('acknowledgeLate', call);
    closeManagerPrompt();
    await expect(result).resolves.toBeUndefined();
    expect(call).not.toHaveBeenCalled();
  });

  it('main answering MANAGER_ONLY (the session ran out) asks for the PIN again, then sends the call again', async () => {
    state().managerStateLoaded(open);
    const call = vi.fn().mockResolvedValueOnce(err('MANAGER_ONLY', 'no session')).mockResolvedValueOnce(ok('done'));
    const result = asManager('acknowledgeLate', call);
    await settle();
    expect(call).toHaveBeenCalledTimes(1);
    expect(state()).toMatchObject({ managerPrompt: 'acknowledgeLate', manager: { active: false } });
    state().managerPromptClosed(open);
    await expect(result).resolves.toEqual(ok('done'));
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('gives up after three prompts if main keeps refusing, answering the refusal', async () => {
    const call = vi.fn(async () => err('MANAGER_ONLY', 'no session'));
    const result = asManager('acknowledgeLate', call);
    for (let prompt = 0; prompt < 3; prompt += 1) {
      await settle();
      state().managerPromptClosed(open);
    }
    await expect(result).resolves.toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
    expect(call).toHaveBeenCalledTimes(3);
    expect(state().managerPrompt).toBeUndefined();
  });

  it('"handled" on a late payment is sent only after a PIN opened a session', async () => {
    const late: PaymentView = settledView({ tradeNo: 'late', state: 'paid', lateAfter: 'cancelled', needsAcknowledgement: true, onCounter: false, revision: 5 });
    state().applyPaymentUpdate(late);
    state().managerStateLoaded(manager());
    const acknowledge = vi.fn(async () => ok({ ...late, revision: 6, needsAcknowledgement: false }));
    const done = acknowledgeLatePayment({ acknowledgeLatePayment: acknowledge }, 'late');
    await settle();
    expect(acknowledge).not.toHaveBeenCalled();
    expect(state().latePayments).toHaveProperty('late');
    state().managerPromptClosed(open);
    await done;
    expect(acknowledge).toHaveBeenCalledWith({ tradeNo: 'late' });
    expect(state().latePayments).toEqual({});
  });
});

describe('the PIN calls', () => {
  it('an accepted PIN closes the dialog with main\'s state; setting the first PIN sends it the same way', async () => {
    const unlockManager = vi.fn(async () => ok(open));
    state().managerPromptOpened('acknowledgeLate');
    await expect(submitPin({ unlockManager, getManagerState: async () => ok(open) }, '73915208')).resolves.toBeUndefined();
    expect(unlockManager).toHaveBeenCalledWith({ pin: '73915208' });
    expect(state()).toMatchObject({ managerPrompt: undefined, manager: open });

    const setManagerPin = vi.fn(async () => ok(open));
    await submitNewPin({ setManagerPin, getManagerState: async () => ok(open) }, '73915208');
    expect(setManagerPin).toHaveBeenCalledWith({ pin: '73915208' });
  });

  it('a refusal answers its code, keeps the dialog, and reads main\'s state again (a wait may have started)', async () => {
    const waiting = manager({ retryAt: 10_000 });
    state().managerPromptOpened('acknowledgeLate');
    const getManagerState = vi.fn(async () => ok(waiting));
    await expect(submitPin({ unlockManager: async () => err('WRONG_PIN', 'wrong'), getManagerState }, '11112222')).resolves.toBe('WRONG_PIN');
    expect(state()).toMatchObject({ managerPrompt: 'acknowledgeLate', manager: waiting });
    await expect(submitNewPin({ setManagerPin: async () => err('PIN_TOO_SIMPLE', 'simple'), getManagerState }, '1234')).resolves.toBe('PIN_TOO_SIMPLE');
    await expect(submitPin({ unlockManager: async () => Promise.reject(new Error('ipc broke')), getManagerState }, '11112222')).resolves.toBe('INTERNAL');
  });

  it('loads the state, follows main\'s events, and Lock shows main\'s answer', async () => {
    await loadManagerState({ getManagerState: async () => ok(manager({ pinSet: false })) });
    expect(state().manager).toEqual(manager({ pinSet: false }));
    let emit: (value: ManagerState) => void = () => {};
    const stop = vi.fn();
    const unsubscribe = followManagerChanges({ onManagerChanged: (listener) => ((emit = listener), stop) });
    emit(open);
    expect(state().manager).toEqual(open);
    unsubscribe();
    expect(stop).toHaveBeenCalled();
    await lockManager({ lockManager: async () => ok(manager()) });
    expect(state().manager?.active).toBe(false);
  });
});

describe('what the window shows', () => {
  const api = new Proxy({} as KasirApi, {
    get: () => () => {
      throw new Error('not expected during render');
    },
  });
  const render = (node: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(KasirApiContext, { value: api }, node));

  it('the top bar shows "Mode manajer" and "Kunci" only while a session is open', () => {
    expect(render(createElement(TopBar))).not.toContain('data-testid="manager-mode"');
    state().managerStateLoaded(open);
    const bar = render(createElement(TopBar));
    expect(bar).toContain('Mode manajer');
    expect(bar).toContain('data-testid="manager-lock"');
    expect(bar).toContain('>Kunci</button>');
  });

  it('the dialog sets the first PIN on a till without one, and says why it asks', () => {
    state().managerStateLoaded(manager({ pinSet: false }));
    const dialog = render(createElement(ManagerPinDialog, { reason: 'acknowledgeLate' }));
    expect(dialog).toContain('data-mode="set"');
    expect(dialog).toContain('Buat PIN manajer');
    expect(dialog).toContain('Manajer harus mengonfirmasi ini.');
  });

  it('during the lockout the pad is disabled and the dialog says until when', () => {
    const until = Date.now() + 15 * 60_000;
    state().managerStateLoaded(manager({ retryAt: until, locked: true }));
    const dialog = render(createElement(ManagerPinDialog, { reason: 'acknowledgeLate' }));
    expect(dialog).toContain('data-mode="unlock"');
    expect(dialog).toContain('Terkunci 15 menit');
    expect(dialog).toMatch(/<button[^>]*data-testid="pin-key-5"[^>]*disabled=""/);
  });
});
