import { expect, test } from './support/fixtures.ts';
import { startedPayment, typeOnKeypad } from './support/helpers.ts';

test('when status checks fail, the screen says the connection to Paypro is interrupted, offers "check now", and recovers by itself', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const status = page.getByTestId('payment-status');
  await expect(status).toHaveAttribute('data-trouble', 'none');

  core.simulator?.setFaults({ drop: true, endpoints: ['queryPayInResult'] });
  await expect(status).toHaveAttribute('data-trouble', 'connection');
  await expect(status).toHaveText('Koneksi ke Paypro terputus. Kasir terus mencoba…');
  const dropped = core.simulator?.requests().filter((entry) => entry.faults?.includes('drop')) ?? [];
  expect(dropped.length, 'the dropped checks really happened').toBeGreaterThanOrEqual(2);

  // "Check now" asks at once, then rests so it cannot hammer the gateway.
  const checkNow = page.getByTestId('check-now');
  await checkNow.click();
  await expect(checkNow).toBeDisabled();

  core.simulator?.setFaults(undefined);
  await expect(status).toHaveAttribute('data-trouble', 'none');
  core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
  await expect(page.getByTestId('paid-screen')).toBeVisible();
});
