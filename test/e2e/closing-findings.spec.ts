import type { KasirCore } from '../../electron/app/core.ts';
import type { OffsetClock } from '../support/offset-clock.ts';
import { formatRupiah } from '../../shared/money.ts';
import { makePayment, openClosing, paymentOf } from './support/closing.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * What "Periksa ulang dengan Paypro" finds, on screen, against the simulator: an order paid at Paypro after the till
 * gave up on it, and a gateway that does not answer. Let-go payments are asked about at a till's own slow pace, so
 * the check, not the till's watch, is what meets the simulator's change; the watch ends after one minute, and the
 * business day turns twelve hours from now, so the minutes the clock is moved stay inside one day.
 */
test.use({
  slowWatch: true,
  settingsText: JSON.stringify({ watchGraceMinutes: 1, businessDayStartHour: (new Date().getHours() + 12) % 24 }),
});

/** A payment cancelled at the till and watched until the till gives up on it: unpaid, and asked about no more. */
async function givenUp(core: KasirCore, clock: OffsetClock, amount: number): Promise<string> {
  const { tradeNo } = await makePayment(core, amount, 'cancelled');
  clock.advance(2 * 60_000);
  await expect.poll(async () => (await paymentOf(core, tradeNo)).state).toBe('unpaid');
  return tradeNo;
}

test('an order paid at Paypro after the till gave up is shown as "paid at Paypro", in red, and the till\'s record is left as it was', async ({ page, core, clock }) => {
  await makePayment(core, 25_000, 'paid');
  const tradeNo = await givenUp(core, clock, 30_000);
  core.simulator?.settle(tradeNo, 'paid');

  await openClosing(page);
  await expect(page.getByTestId('closing-unpaid')).toHaveText('1');
  await page.getByTestId('closing-reconcile').click();
  const finding = page.getByTestId(`finding-${tradeNo}`);
  await expect(finding).toHaveAttribute('data-finding', 'paidAtGateway');
  await expect(finding).toContainText(formatRupiah(30_000));
  await expect(finding).toContainText('Paypro mencatat lunas, kasir tidak: periksa di back office Paypro.');
  await expect(finding).toHaveClass(/closing__finding--paidAtGateway/);
  await expect(page.getByTestId('closing-checked')).toHaveText('Diperiksa: 1 pembayaran. Berubah: 0. Tanpa jawaban: 0.');
  // Only reported: the money the till counts and the payment's state stay as the till knows them.
  await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(25_000));
  await expect(page.getByTestId('closing-unpaid')).toHaveText('1');
  expect((await paymentOf(core, tradeNo)).state).toBe('unpaid');

  await page.getByTestId('language-en').click();
  await expect(finding).toContainText('Paypro says paid, the till does not: check in the Paypro back office.');
  await expect(page.getByTestId('closing-checked')).toHaveText('Payments checked: 1. Changed: 0. No answer: 0.');
});

test('a gateway that does not answer leaves each doubtful payment "no answer"; checked again once it answers, the change shows', async ({ page, core, clock }) => {
  const old = await givenUp(core, clock, 20_000);
  // Cancelled a moment ago and still watched (its next look is a minute away).
  const { tradeNo: recent } = await makePayment(core, 30_000, 'cancelled');
  await openClosing(page);

  core.simulator?.setFaults({ http5xx: true, endpoints: ['queryPayInResult'] });
  await page.getByTestId('closing-reconcile').click();
  await expect(page.getByTestId('closing-checked')).toHaveText('Diperiksa: 2 pembayaran. Berubah: 0. Tanpa jawaban: 2.');
  for (const tradeNo of [old, recent]) {
    await expect(page.getByTestId(`finding-${tradeNo}`)).toHaveAttribute('data-finding', 'noAnswer');
    await expect(page.getByTestId(`finding-${tradeNo}`)).toContainText('Paypro tidak menjawab: coba lagi nanti.');
  }
  await expect(page.getByTestId('closing-notice'), 'the check itself went through: no failure notice').toHaveText('');

  // Paypro answers again, and the customer has paid the recent one meanwhile.
  core.simulator?.setFaults(undefined);
  core.simulator?.settle(recent, 'paid');
  await page.getByTestId('closing-reconcile').click();
  await expect(page.getByTestId(`finding-${recent}`)).toHaveAttribute('data-finding', 'changed');
  await expect(page.getByTestId(`finding-${recent}`)).toContainText('Berubah: Dibatalkan → Lunas');
  await expect(page.getByTestId(`finding-${old}`), 'an unchanged payment is not listed').toHaveCount(0);
  await expect(page.getByTestId('closing-checked')).toHaveText('Diperiksa: 2 pembayaran. Berubah: 1. Tanpa jawaban: 0.');
  await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(30_000));
});
