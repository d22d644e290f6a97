import { INVOKE_NAMES } from '../../shared/ipc/channels.ts';
import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';
import { MANAGER_PIN, expectPinNeverReturned } from './support/manager.ts';

// Every channel of the contract, called from inside the page, valid and hostile; the automatic
// "security check" step then searches all of that traffic for the app secret.
test('security: every IPC channel answers the page without ever carrying the app secret or the manager PIN', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);

  const answers = await page.evaluate(async ([no, pin]) => {
    const { kasir } = window;
    return {
      info: await kasir.getAppInfo(),
      // A till that charges is not reopened: the answer is its info, unchanged.
      retried: await kasir.retrySetup(),
      payment: await kasir.getPayment({ tradeNo: no }),
      open: await kasir.getCounterPayment(),
      late: await kasir.listLatePayments(),
      tooEarlyToDismiss: await kasir.dismissPayment({ tradeNo: no }),
      // Manager-only without a session; then the first PIN (a too simple one refused) opens one.
      managerOnly: await kasir.acknowledgeLatePayment({ tradeNo: no }),
      managerBefore: await kasir.getManagerState(),
      simplePin: await kasir.setManagerPin({ pin: '1111' }),
      pinSet: await kasir.setManagerPin({ pin }),
      notLate: await kasir.acknowledgeLatePayment({ tradeNo: no }),
      locked: await kasir.lockManager(),
      wrongPin: await kasir.unlockManager({ pin: '00000000' }),
      unlocked: await kasir.unlockManager({ pin }),
      noRest: await kasir.collectRest({ tradeNo: no }),
      history: await kasir.listHistory({ limit: 5 }),
      detail: await kasir.getPaymentDetail({ tradeNo: no }),
      report: await kasir.getDayReport({}),
      exported: await kasir.exportDayReport({ locale: 'en' }),
      reconciled: await kasir.reconcileDay({}),
      audit: await kasir.listAuditLog({ limit: 10 }),
      diagnostics: await kasir.exportDiagnostics(),
      // No feed in the settings, no updater and no app around this core: updates are off, and nothing quits.
      updateStatus: await kasir.getUpdateStatus(),
      update: await kasir.checkForUpdate(),
      install: await kasir.installUpdate(),
      quit: await kasir.quitApp(),
      settings: await kasir.getSettings(),
      badSettings: await kasir.saveSettings({ values: { merchantNo: '12ab' } }),
      secretWithoutMerchant: await kasir.setAppSecret({ secret: 'typed-in-the-page' }),
      removeWithoutMerchant: await kasir.removeAppSecret(),
      connection: await kasir.testConnection({ merchantNo: '8729248847', environment: 'sandbox', baseUrl: 'http://127.0.0.1:9/pay', saltComposition: 'append', secret: 'typed-in-the-page' }),
      checked: await kasir.checkPaymentNow({ tradeNo: no }),
      // No printer and no customer display in this core: each device says it is missing.
      receipt: await kasir.printReceipt({ tradeNo: no }),
      display: await kasir.toggleCustomerView(),
      unknown: await kasir.getPayment({ tradeNo: 'no_such_trade' }),
      secondCharge: await kasir.startPayment({ amount: 25_000, method: 'QRIS' }),
      hostile: await (kasir.startPayment as (request: unknown) => Promise<unknown>)({ amount: '1e9', method: 'QRIS', secret: true }),
      simulated: await kasir.simulateCustomerPayment({ tradeNo: no, outcome: 'paid' }),
      cancelPaid: await (async () => {
        // Wait for LUNAS to reach main, then try to cancel what is already paid.
        for (let i = 0; i < 50; i++) {
          const now = await kasir.getPayment({ tradeNo: no });
          if (now.ok && now.value.state === 'paid') break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return kasir.cancelPayment({ tradeNo: no });
      })(),
    };
  }, [tradeNo, MANAGER_PIN] as const);

  expect(answers.info).toMatchObject({ ok: true, value: { mode: 'demo' } });
  expect(answers.retried).toEqual(answers.info);
  expect(answers.payment).toMatchObject({ ok: true, value: { tradeNo, state: 'awaiting' } });
  expect(answers.open).toMatchObject({ ok: true, value: { tradeNo, state: 'awaiting' } });
  expect(answers.late).toEqual({ ok: true, value: [] });
  expect(answers.tooEarlyToDismiss).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
  expect(answers.managerOnly).toMatchObject({ ok: false, code: 'MANAGER_ONLY' });
  expect(answers.managerBefore).toEqual({ ok: true, value: { pinSet: false, active: false, retryAt: undefined, locked: false } });
  expect(answers.simplePin).toMatchObject({ ok: false, code: 'PIN_TOO_SIMPLE' });
  expect(answers.pinSet).toMatchObject({ ok: true, value: { pinSet: true, active: true } });
  expect(answers.notLate).toMatchObject({ ok: false, code: 'NOT_LATE' });
  expect(answers.locked).toMatchObject({ ok: true, value: { active: false } });
  expect(answers.wrongPin).toMatchObject({ ok: false, code: 'WRONG_PIN' });
  expect(answers.unlocked).toMatchObject({ ok: true, value: { active: true } });
  expect(answers.noRest).toMatchObject({ ok: false, code: 'REST_UNAVAILABLE' });
  expect(answers.history).toMatchObject({ ok: true, value: { payments: [{ tradeNo }] } });
  expect(answers.report).toMatchObject({ ok: true, value: { openCount: 1, received: 0 } });
  expect(answers.exported).toMatchObject({ ok: true, value: { rows: 1 } });
  expect(answers.reconciled).toMatchObject({ ok: true, value: { rows: [{ payment: { tradeNo }, before: 'awaiting', finding: 'unchanged' }] } });
  expect(answers.audit.ok && answers.audit.value.map((entry) => entry.action)).toEqual([
    'day.reconciled', 'report.exported', 'manager.unlocked', 'manager.wrongPin', 'manager.locked', 'pin.set',
  ]);
  expect(answers.diagnostics).toMatchObject({ ok: true, value: { entries: ['settings.json', 'journal.json', 'versions.json'] } });
  expect(answers.settings).toMatchObject({ ok: true, value: { source: 'defaults', secret: { stored: false } } });
  expect(answers.updateStatus).toMatchObject({ ok: true, value: { state: 'off' } });
  expect(answers.update).toMatchObject({ ok: true, value: { state: 'off' } });
  expect(answers.install).toMatchObject({ ok: true, value: { state: 'off' } });
  expect(answers.quit).toEqual({ ok: true, value: { quitting: false } });
  // The QR is still on the counter: nothing that reopens the till is done under it.
  expect(answers.badSettings).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
  expect(answers.secretWithoutMerchant).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
  expect(answers.removeWithoutMerchant).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
  expect(answers.connection).toMatchObject({ ok: true, value: { kind: 'unreachable', cause: 'refused' } });
  expect(JSON.stringify(answers), 'a secret typed in the page never comes back').not.toContain('typed-in-the-page');
  expect(answers.detail).toMatchObject({ ok: true, value: { payment: { tradeNo }, events: [{ type: 'begun' }, { type: 'created' }] } });
  expect(answers.checked).toMatchObject({ ok: true, value: { tradeNo, state: 'awaiting' } });
  expect(answers.cancelPaid).toMatchObject({ ok: false, code: 'PAYMENT_NOT_OPEN' });
  expect(answers.receipt).toMatchObject({ ok: false, code: 'PRINTER_UNAVAILABLE' });
  expect(answers.display).toMatchObject({ ok: false, code: 'DISPLAY_UNAVAILABLE' });
  expect(answers.unknown).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect(answers.secondCharge).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
  expect(answers.hostile).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
  expect(answers.simulated).toMatchObject({ ok: true });
  await expect(page.getByTestId('paid-screen')).toBeVisible();

  const called = new Set(traffic.flatMap((entry) => (entry.kind === 'invoke' ? [entry.name] : [])));
  expect([...called].sort()).toEqual([...INVOKE_NAMES].sort());
  expect(core.simulator?.ledger()).toHaveLength(1);
  await expectPinNeverReturned(page, traffic, [MANAGER_PIN]);
});
