import type { AuditView, DayReport } from '../../shared/ipc/report.ts';
import { formatRupiah } from '../../shared/money.ts';
import { makePayment, openClosing, paymentOf } from './support/closing.ts';
import { expect, test } from './support/fixtures.ts';
import { readable } from './support/helpers.ts';
import { invocations } from './support/manager.ts';

const DAY = 86_400_000;
/** The audit log's page on screen (renderer/closing/AuditLog.tsx). */
const PAGE = 30;

test.describe('a day later', () => {
  // The page's clock moves with main's, as both read one machine's clock in the app.
  test.use({ pageClock: true });

  test('"Kemarin" shows the payments of the business day before today, and "Hari berikutnya" comes back to today', async ({ page, core, clock, traffic }) => {
    const paid = await makePayment(core, 25_000, 'paid');
    // A day passes on both clocks: that payment now belongs to yesterday's business day.
    clock.advance(DAY);
    await page.clock.fastForward(DAY);

    await openClosing(page);
    await expect(page.getByTestId('closing-today')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(0));
    await expect(page.getByTestId('closing-paid')).toHaveText('0');
    const todayHeading = await page.getByTestId('closing-day').textContent();

    await page.getByTestId('closing-yesterday').click();
    await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(25_000));
    await expect(page.getByTestId('closing-paid')).toHaveText('1');
    await expect(page.getByTestId('closing-method-QRIS')).toContainText(formatRupiah(25_000));
    await expect(page.getByTestId('closing-today')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('closing-day')).not.toHaveText(todayHeading ?? '');
    // What main was asked for and answered: the business day that holds the payment.
    const shown = invocations(traffic, 'getDayReport').at(-1)?.result as { ok: true; value: DayReport };
    expect(shown.value.from).toBeLessThanOrEqual(paid.createdAt);
    expect(shown.value.to).toBeGreaterThan(paid.createdAt);
    expect(readable(await page.getByTestId('closing-day').textContent())).toContain(String(new Date(paid.createdAt).getDate()));

    await expect(page.getByTestId('closing-next')).toBeEnabled();
    await page.getByTestId('closing-next').click();
    await expect(page.getByTestId('closing-received')).toHaveText(formatRupiah(0));
    await expect(page.getByTestId('closing-today')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('closing-next')).toBeDisabled();
    expect((await paymentOf(core, paid.tradeNo)).state).toBe('paid');
  });
});

test('the audit log pages through more entries than a page holds: each "Lebih banyak" adds the next older ones, none twice, none missed', async ({ page, core }) => {
  await openClosing(page);
  // 64 checks of an empty day, each an audit entry: with the PIN set, three pages of the log.
  for (let at = 0; at < 64; at++) expect(await core.invoke('reconcileDay', {}), 'the PIN opened a manager session').toMatchObject({ ok: true });
  const all = await core.invoke('listAuditLog', { limit: 200 });
  if (!all.ok) throw new Error(`listAuditLog: ${all.code}`);
  const ids = (all.value as AuditView[]).map((entry) => `audit-${entry.id}`);
  expect(ids.length).toBeGreaterThan(2 * PAGE);

  await page.getByTestId('closing-tab-audit').click();
  const log = page.getByTestId('closing-audit');
  const shown = () => log.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
  const more = page.getByTestId('audit-more');

  await expect(log.locator('li')).toHaveCount(PAGE);
  expect(await shown(), 'the newest page, newest first').toEqual(ids.slice(0, PAGE));
  await expect(log.locator('li').first()).toContainText('Hari diperiksa ulang dengan Paypro (0 diperiksa)');
  await expect(log.locator('[data-action="pin.set"]'), 'the oldest entry is not on the first page').toHaveCount(0);

  await more.click();
  await expect(log.locator('li')).toHaveCount(2 * PAGE);
  expect(await shown(), 'the next older page follows the first').toEqual(ids.slice(0, 2 * PAGE));
  await expect(more).toBeVisible();

  await more.click();
  await expect(log.locator('li')).toHaveCount(ids.length);
  expect(await shown(), 'the last page ends with the oldest entry').toEqual(ids);
  await expect(log.locator('li').last()).toContainText('PIN manajer dibuat');
  await expect(more, 'nothing older to ask for').toHaveCount(0);
});
