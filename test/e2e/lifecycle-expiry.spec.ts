import { expect, test } from './support/fixtures.ts';
import { typeOnKeypad } from './support/helpers.ts';

test.use({ pageClock: true });

test('the QR counts down its 15 minutes; at zero a calm "time is up" screen, and one tap charges again', async ({ page, clock, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const countdown = page.getByTestId('countdown');
  await expect(countdown).toHaveAttribute('data-remaining', /^1[45]:\d\d$/);

  // Ten minutes pass, for the page and for main alike.
  await page.clock.fastForward('10:00');
  clock.advance(10 * 60_000);
  await expect(countdown).toHaveAttribute('data-remaining', /^0[45]:\d\d$/);
  await expect(page.getByTestId('qris-screen')).toBeVisible();

  await page.clock.fastForward('05:01');
  clock.advance(5 * 60_000 + 1_000);
  const expired = page.getByTestId('expired-screen');
  await expect(expired).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-screen', 'expired');
  await expect(page.getByTestId('charge-again')).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  const charges = traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'startPayment');
  expect(charges.map((entry) => entry.kind === 'invoke' && entry.request)).toEqual([{ amount: 25_000, method: 'QRIS' }, { amount: 25_000, method: 'QRIS' }]);
  const ledger = core.simulator?.ledger() ?? [];
  expect(ledger).toHaveLength(2);
  // The first order is only expired on the till; main keeps watching it at the gateway.
  const first = ledger[0]?.tradeNo ?? '';
  expect(await core.invoke('getPayment', { tradeNo: first })).toMatchObject({ ok: true, value: { state: 'expired', onCounter: false } });
});
