/* eslint-disable no-empty-pattern -- Playwright reads fixture dependencies from the destructuring pattern */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as plain } from '@playwright/test';
import type { ReceiptPrinter, ReceiptRequest } from '../../electron/app/devices.ts';
import { createKasirCore } from '../../electron/app/core.ts';
import { newPayment } from '../../electron/payments/payment.ts';
import type { Payment } from '../../electron/payments/payment.ts';
import { planReceipt, receiptFileName } from '../../electron/receipts/print-plan.ts';
import { receiptHtml } from '../../electron/receipts/receipt-html.ts';
import { LINE_MM } from '../../electron/receipts/receipt-layout.ts';
import { KeytarSecretStore } from '../../electron/secrets/secret-store.ts';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import { err, ok } from '../../shared/result.ts';
import { CoreHost } from './support/core-host.ts';
import { expect, test } from './support/fixtures.ts';
import { chargeVa, readable, startedPayment, typeOnKeypad } from './support/helpers.ts';
import { expectNothingClipped, screenshotPath } from './support/layout.ts';

/**
 * Receipts. The layouts are rendered by Debian's Chromium — the engine Electron prints with — from the HTML main
 * makes, and compared with golden images (receipt.spec.ts-snapshots/). The till's own screens are driven through
 * the real core with a receipt printer that records what it was asked to print.
 */
const PX_PER_MM = 96 / 25.4;
const JAKARTA = 'Asia/Jakarta';

function receiptPayment(overrides: Partial<Payment>): Payment {
  const created = Date.parse('2026-11-26T14:03:00+07:00');
  return {
    ...newPayment({
      tradeNo: '2026112614030012345678', amount: 25_000, method: 'QRIS', kind: 'qris', channelCode: 'QRIS', wayCode: undefined, bank: undefined,
      methodLabel: 'QRIS', parentTradeNo: undefined,
    }, created),
    state: 'paid', paidAmount: 25_000, platFormTradeNo: 'c167o1itir0fypid', updatedAt: Date.parse('2026-11-26T14:05:00+07:00'),
    ...overrides,
  };
}

const request = (payment: Payment, overrides: Partial<ReceiptRequest> = {}): ReceiptRequest => ({
  payment, reprint: false, storeName: 'Toko Maju Jaya', paperWidth: 58, printerName: undefined, locale: 'id', ...overrides,
});

const CASES: Readonly<Record<string, ReceiptRequest>> = {
  'paid-qris': request(receiptPayment({})),
  'paid-va-copy': request(receiptPayment({
    tradeNo: '2026112609150087654321', amount: 1_250_000, paidAmount: 1_250_000, method: 'VA', kind: 'va', channelCode: 'VA', bank: 'BCA',
    methodLabel: 'BCA', platFormTradeNo: 'PP20261126091500000000012345', updatedAt: Date.parse('2026-11-26T09:21:00+07:00'),
  }), { reprint: true, storeName: 'Warung Bu Sri' }),
  'partial-dana': request(receiptPayment({
    tradeNo: '2026112619450011112222', amount: 150_000, paidAmount: 100_000, state: 'partial', method: 'DANA', kind: 'ewallet',
    channelCode: 'EWALLET', methodLabel: 'DANA', platFormTradeNo: 'd93kq0zz1mx7c2pa', updatedAt: Date.parse('2026-11-26T19:47:00+07:00'),
  })),
  // The longest store name settings allow (40), with characters that must be escaped; English; a late payment.
  'late-cashier-en': request(receiptPayment({
    tradeNo: '2026112523580033334444', amount: 87_500, paidAmount: 87_500, method: 'CASHIER', kind: 'cashier', channelCode: undefined,
    methodLabel: 'Paypro', lateAfter: 'cancelled', updatedAt: Date.parse('2026-11-26T00:12:00+07:00'),
  }), { storeName: 'Toko Sembako & Kelontong <Maju> Jaya 88', locale: 'en' }),
};

plain.describe('receipt layouts against golden images', () => {
  // About the thermal head's 8 dots a millimetre, so the goldens show what the paper will.
  plain.use({ deviceScaleFactor: 2 });

  for (const [name, base] of Object.entries(CASES)) {
    for (const paperWidth of [58, 80] as const) {
      plain(`${name} on ${paperWidth} mm paper`, async ({ page }) => {
        const receipt = { ...base, paperWidth };
        await page.setViewportSize({ width: Math.ceil(paperWidth * PX_PER_MM), height: 900 });
        await page.setContent(receiptHtml(receipt, { timeZone: JAKARTA }));
        const paper = page.locator('main.receipt');

        // Nothing is cut: no line runs past the printable band.
        const cut = await paper.evaluate((main) => {
          const band = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
          return [...main.querySelectorAll('*')].filter((line) => line.getBoundingClientRect().right > band + 0.5).map((line) => line.textContent);
        });
        expect(cut).toEqual([]);
        // Both references whole, each on one line.
        for (const reference of [receipt.payment.tradeNo, receipt.payment.platFormTradeNo ?? '']) {
          const value = paper.locator('span', { hasText: reference });
          await expect(value).toHaveText(reference);
          expect((await value.boundingBox())?.height ?? 0).toBeLessThanOrEqual(LINE_MM * PX_PER_MM + 0.5);
        }
        // The page the printer is given is never shorter than the receipt, and at most a line longer.
        const drawn = (await paper.boundingBox())?.height ?? 0;
        const planned = planReceipt(receipt, '/receipts', { timeZone: JAKARTA }).heightMm * PX_PER_MM;
        expect(drawn).toBeLessThanOrEqual(planned);
        expect(planned - drawn).toBeLessThan(LINE_MM * PX_PER_MM);

        await expect(paper).toHaveScreenshot(`receipt-${name}-${paperWidth}.png`, { scale: 'device' });
      });
    }
  }
});

// ---- The counter: PAID and partial screens with a receipt printer that records what it was asked.

interface PrinterFixtures {
  printerAnswer: 'pdf' | 'printer' | 'fails';
  /** How long the printer takes to answer. */
  printerDelayMs: number;
  printed: ReceiptRequest[];
}

const RECEIPTS_DIR = join(tmpdir(), 'Kasir', 'receipts');

const withPrinter = test.extend<PrinterFixtures>({
  printerAnswer: ['pdf', { option: true }],
  printerDelayMs: [0, { option: true }],
  printed: async ({}, use) => {
    await use([]);
  },
  host: async ({ settingsText, clock, printerAnswer, printerDelayMs, printed }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'kasir-e2e-receipt-'));
    const settingsFile = join(dir, 'settings.json');
    if (settingsText !== undefined) await writeFile(settingsFile, settingsText);
    const receipts: ReceiptPrinter = {
      print: async (asked) => {
        printed.push(asked);
        receiptHtml(asked); // the real document must be makeable from what the core hands over
        await new Promise((resolve) => setTimeout(resolve, printerDelayMs));
        if (printerAnswer === 'fails') return err('PRINT_FAILED', 'Print job failed');
        if (printerAnswer === 'printer') return ok({ printedTo: 'printer' as const, file: undefined });
        return ok({ printedTo: 'pdf' as const, file: join(RECEIPTS_DIR, receiptFileName(asked.payment.tradeNo, asked.reprint)) });
      },
    };
    const host = await CoreHost.start(() =>
      createKasirCore({
        settingsFile, journalFile: join(dir, 'journal.sqlite'), secretStore: new KeytarSecretStore('Kasir-e2e'), clock, devices: { receipts },
        timing: { counterCheckMs: 100, counterBackoffMaxMs: 400, watchedCheckMinMs: 100, watchedCheckMaxMs: 400, checkNowMinIntervalMs: 1_000 },
      }), settingsFile);
    await use(host);
    await host.close();
    await rm(dir, { recursive: true, force: true });
  },
});

const printRequests = (traffic: readonly { kind: string; name?: string; request?: unknown }[]) =>
  traffic.filter((entry) => entry.kind === 'invoke' && entry.name === 'printReceipt').map((entry) => entry.request);

withPrinter.describe('with a receipt printer', () => {
  withPrinter.use({ viewport: { width: 1024, height: 768 }, settingsText: JSON.stringify({ storeName: 'Toko <Maju>', receipt: { paperWidth: 58 } }) });

  withPrinter('LUNAS shows both references and the time; Print saves a PDF, then Reprint prints a copy marked as one', async ({ page, core, traffic, printed }) => {
    await typeOnKeypad(page, '25000');
    await page.getByTestId('charge-qris').click();
    await expect(page.getByTestId('qris-canvas')).toBeVisible();
    const { tradeNo } = startedPayment(traffic);
    core.simulator?.settle(tradeNo, 'paid');
    await expect(page.getByTestId('paid-screen')).toBeVisible();
    const paid = await core.invoke('getPayment', { tradeNo });
    const { platFormTradeNo, paidAt } = paid.ok ? (paid.value as PaymentView) : { platFormTradeNo: 'missing', paidAt: 0 };
    // The time the payment was paid, in the till's zone (this process and the browser share the machine's).
    const paidTime = new Date(paidAt ?? 0);
    const time = [paidTime.getHours(), paidTime.getMinutes()].map((part) => String(part).padStart(2, '0')).join(':');
    expect(readable(await page.getByTestId('payment-refs').textContent())).toBe(`Ref. Kasir ${tradeNo}Ref. Paypro ${platFormTradeNo ?? ''}${time}`);
    await expect(page.getByTestId('new-sale'), 'the primary action stays "New sale"').toBeFocused();

    const print = page.getByTestId('print-receipt');
    await expect(print).toHaveText('Cetak struk');
    await print.click();
    await expect(page.getByTestId('print-outcome')).toHaveText(`Disimpan sebagai PDF: ${tradeNo}.pdf`);
    await expect(print).toHaveText('Cetak ulang');
    await page.screenshot({ path: screenshotPath('paid-printed', 1024) });
    await expectNothingClipped(page);
    await print.click();
    await expect(page.getByTestId('print-outcome')).toHaveText(`Disimpan sebagai PDF: ${tradeNo}-copy.pdf`);

    expect(printRequests(traffic)).toEqual([{ tradeNo, locale: 'id' }, { tradeNo, reprint: true, locale: 'id' }]);
    expect(printed.map((asked) => [asked.payment.tradeNo, asked.payment.state, asked.reprint])).toEqual([[tradeNo, 'paid', false], [tradeNo, 'paid', true]]);
    expect(printed[0]).toMatchObject({ storeName: 'Toko <Maju>', paperWidth: 58, printerName: undefined, locale: 'id' });
    const html = receiptHtml(printed[1] as ReceiptRequest);
    for (const text of [tradeNo, platFormTradeNo, 'Toko &lt;Maju&gt;', 'SALINAN']) expect(html).toContain(text);
  });

  withPrinter.describe('printed on the configured printer, in English', () => {
    withPrinter.use({ printerAnswer: 'printer' });

    withPrinter('the partial screen prints too, and still fits with "collect the rest"', async ({ page, core, traffic, printed }) => {
      await page.getByTestId('language-en').click();
      await typeOnKeypad(page, '1250000');
      await chargeVa(page);
      await expect(page.getByTestId('va-number')).toBeVisible();
      const { tradeNo } = startedPayment(traffic);
      core.simulator?.settle(tradeNo, 'partial', { payAmount: 1_000_000 });
      await expect(page.getByTestId('partial-screen')).toBeVisible();
      await expect(page.getByTestId('collect-rest')).toBeFocused();
      await expect(page.getByTestId('payment-refs')).toContainText(`Kasir ref. ${tradeNo}`);

      await page.getByTestId('print-receipt').click();
      await expect(page.getByTestId('print-outcome')).toHaveText('Receipt printed');
      await expect(page.getByTestId('print-receipt')).toHaveText('Reprint');
      await page.screenshot({ path: screenshotPath('partial-printed', 1024) });
      expect(printed.map((asked) => [asked.payment.state, asked.payment.paidAmount, asked.reprint, asked.locale])).toEqual([['partial', 1_000_000, false, 'en']]);
      await expectNothingClipped(page);
    });
  });

  withPrinter.describe('when the printer fails', () => {
    withPrinter.use({ printerAnswer: 'fails', printerDelayMs: 500 });

    withPrinter('the cashier reads why, and the next press is still the first print, not a copy; a press while printing does nothing', async ({ page, core, traffic }) => {
      await typeOnKeypad(page, '25000');
      await page.getByTestId('charge-qris').click();
      await expect(page.getByTestId('qris-canvas')).toBeVisible();
      const { tradeNo } = startedPayment(traffic);
      core.simulator?.settle(tradeNo, 'paid');
      await page.getByTestId('print-receipt').click();
      await expect(page.getByTestId('print-receipt')).toBeDisabled();
      await page.getByTestId('print-receipt').click({ force: true });
      await expect(page.getByTestId('print-outcome')).toHaveText('Struk tidak tercetak. Periksa kertas dan printer, lalu cetak ulang.');
      await expect(page.getByTestId('print-receipt')).toHaveText('Cetak struk');
      await page.screenshot({ path: screenshotPath('paid-print-failed', 1024) });
      await page.getByTestId('print-receipt').click();
      await expect.poll(() => printRequests(traffic)).toEqual([{ tradeNo, locale: 'id' }, { tradeNo, locale: 'id' }]);
      await expectNothingClipped(page);
    });
  });
});

test('a till without a receipt printer says so when Print is pressed', async ({ page, core, traffic }) => {
  await typeOnKeypad(page, '25000');
  await page.getByTestId('charge-qris').click();
  await expect(page.getByTestId('qris-canvas')).toBeVisible();
  core.simulator?.settle(startedPayment(traffic).tradeNo, 'paid');
  await page.getByTestId('print-receipt').click();
  await expect(page.getByTestId('print-outcome')).toHaveText('Belum ada printer struk di kasir ini. Minta manajer memasangnya di Pengaturan.');
});
