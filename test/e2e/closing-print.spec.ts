import type { Page } from '@playwright/test';
import { formatRupiah } from '../../shared/money.ts';
import { makeDay, openClosing } from './support/closing.ts';
import { expect, test } from './support/fixtures.ts';
import { readable } from './support/helpers.ts';
import { screenshotPath } from './support/layout.ts';

/**
 * "Cetak" prints the page as it is, so the print stylesheet alone decides what reaches the paper: the report (the
 * store, the day, the money and counts, the table by method), black on white and whole; none of the till around
 * it. Checked in print media, then on a real PDF from Chromium's own print path.
 */
const STORE = 'Toko Sinar Jaya';
test.use({ settingsText: JSON.stringify({ storeName: STORE }) });

const PRINTED = ['closing-report', 'closing-store', 'closing-day', 'closing-received', 'closing-paid', 'closing-partial', 'closing-unpaid', 'closing-open-count', 'closing-settled', 'closing-by-method', 'closing-method-QRIS', 'closing-partials'];
const NOT_PRINTED = [
  'menu-open', 'closing-back', 'closing-tab-report', 'closing-tab-audit', 'closing-previous', 'closing-today', 'closing-yesterday', 'closing-next',
  'closing-print', 'closing-export', 'closing-reconcile', 'closing-notice', 'closing-findings', 'amount-display',
];

/** Everything in the report that is not where the paper shows it whole, or not black on white. */
async function printProblems(page: Page) {
  return page.getByTestId('closing-report').evaluate((report) => {
    const clipped: string[] = [];
    const notBlack: string[] = [];
    const notWhite: string[] = [];
    const name = (element: Element) => (element instanceof HTMLElement && element.dataset['testid']) || `${element.tagName.toLowerCase()}.${element.className}`;
    const opaque = (colour: string) => !/^rgba\(.*, 0\)$/.test(colour) && colour !== 'transparent';
    const page = { left: 0, right: document.documentElement.clientWidth };
    for (const element of [report, ...report.querySelectorAll('*')]) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < page.left - 0.5 || box.right > page.right + 0.5) clipped.push(`${name(element)} is outside the page's width`);
      // An ancestor that hides its overflow cuts off whatever of the report lies outside it.
      for (let at = element.parentElement; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const frame = at.getBoundingClientRect();
        if (box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5 || box.left < frame.left - 0.5 || box.right > frame.right + 0.5) {
          clipped.push(`${name(element)} is cut off by ${name(at)}`);
        }
      }
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') clipped.push(`${name(element)} scrolls sideways`);
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible') clipped.push(`${name(element)} is hidden`);
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim() !== '');
      if (hasText && style.color !== 'rgb(0, 0, 0)') notBlack.push(`${name(element)}: ${style.color}`);
      if (opaque(style.backgroundColor) && style.backgroundColor !== 'rgb(255, 255, 255)') notWhite.push(`${name(element)}: ${style.backgroundColor}`);
    }
    // What shows through behind the report, as far as the paper.
    for (let at = report.parentElement; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.visibility === 'visible' && opaque(style.backgroundColor) && style.backgroundColor !== 'rgb(255, 255, 255)') notWhite.push(`behind: ${name(at)}: ${style.backgroundColor}`);
    }
    return { clipped, notBlack, notWhite };
  });
}

/** Pages in a PDF: its page objects (`/Type /Page`), not the page tree's nodes (`/Type /Pages`). */
const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

test('printed, the report shows whole and black on white — store, day, money, counts, the table by method — and nothing else of the till does', async ({ page, core }) => {
  const { received } = await makeDay(core);
  await openClosing(page);
  // Findings and a notice on screen, so the check knows they stay off the paper.
  await page.getByTestId('closing-reconcile').click();
  await expect(page.getByTestId('closing-checked')).toBeVisible();
  const onScreenBefore = await page.getByTestId('closing-report').boundingBox();

  await page.emulateMedia({ media: 'print' });
  for (const id of PRINTED) await expect(page.getByTestId(id), `${id} is printed`).toBeVisible();
  for (const id of NOT_PRINTED) await expect(page.getByTestId(id), `${id} is not printed`).toBeHidden();
  await expect(page.getByTestId('closing-store')).toHaveText(STORE);
  expect(readable(await page.getByTestId('closing-received').textContent())).toBe(readable(formatRupiah(received)));
  await expect(page.getByTestId('closing-by-method').locator('th')).toHaveText(['Metode', 'Jumlah', 'Uang diterima', 'QRIS']);
  expect(await printProblems(page)).toEqual({ clipped: [], notBlack: [], notWhite: [] });
  // As wide as A4 lays it out between Chromium's default margins (210 mm less 2 × 10 mm, at 96 px an inch).
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 718, height: 1_040 });
  expect(await printProblems(page), 'on A4').toEqual({ clipped: [], notBlack: [], notWhite: [] });
  await page.screenshot({ path: screenshotPath('closing-print', 718) });
  if (viewport) await page.setViewportSize(viewport);

  // Back on screen, it is the screen again.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('closing-reconcile')).toBeVisible();
  expect(await page.getByTestId('closing-report').boundingBox()).toEqual(onScreenBefore);
});

for (const locale of ['id', 'en'] as const) {
  test(`a normal day prints on one page (${locale})`, async ({ page, core }) => {
    await makeDay(core);
    await openClosing(page);
    await page.getByTestId('closing-reconcile').click();
    await expect(page.getByTestId('closing-checked')).toBeVisible();
    if (locale === 'en') {
      await page.getByTestId('language-en').click();
      await expect(page.getByTestId('closing-day')).toContainText('Business day');
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1_000);
    expect(pageCount(pdf), 'the report of a normal day fits one sheet').toBe(1);
  });
}
