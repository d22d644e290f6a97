import { INVOKE_NAMES } from '../../shared/ipc/channels.ts';
import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';

// Every channel of the contract, called from inside the page, valid and hostile; the automatic
// "security check" step then searches all of that traffic for the app secret.
test('security: every IPC channel answers the page without ever carrying the app secret', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const { tradeNo } = startedPayment(traffic);

  const answers = await page.evaluate(async (no) => {
    const { kasir } = window;
    return {
      info: await kasir.getAppInfo(),
      payment: await kasir.getPayment({ tradeNo: no }),
      open: await kasir.getOpenPayment(),
      unknown: await kasir.getPayment({ tradeNo: 'no_such_trade' }),
      secondCharge: await kasir.startPayment({ amount: 25_000, method: 'QRIS' }),
      hostile: await (kasir.startPayment as (request: unknown) => Promise<unknown>)({ amount: '1e9', method: 'QRIS', secret: true }),
      simulated: await kasir.simulateCustomerPayment({ tradeNo: no, outcome: 'paid' }),
    };
  }, tradeNo);

  expect(answers.info).toMatchObject({ ok: true, value: { mode: 'demo' } });
  expect(answers.payment).toMatchObject({ ok: true, value: { tradeNo, state: 'awaiting' } });
  expect(answers.open).toMatchObject({ ok: true, value: { tradeNo, state: 'awaiting' } });
  expect(answers.unknown).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect(answers.secondCharge).toMatchObject({ ok: false, code: 'PAYMENT_IN_PROGRESS' });
  expect(answers.hostile).toMatchObject({ ok: false, code: 'INVALID_REQUEST' });
  expect(answers.simulated).toMatchObject({ ok: true });
  await expect(page.getByTestId('paid-screen')).toBeVisible();

  const called = new Set(traffic.flatMap((entry) => (entry.kind === 'invoke' ? [entry.name] : [])));
  expect([...called].sort()).toEqual([...INVOKE_NAMES].sort());
  expect(core.simulator?.ledger()).toHaveLength(1);
});
