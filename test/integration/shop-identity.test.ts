import { afterEach, describe, expect, it } from 'vitest';
import type { PaymentView } from '../../shared/ipc/contract.ts';
import type { SandboxTill } from '../support/sandbox-till.ts';
import { openSandboxTill, value } from '../support/sandbox-till.ts';
import { waitFor } from '../support/simulator-client.ts';
import type { ReceiptRequest } from '../../electron/app/devices.ts';
import { receiptRows } from '../../electron/receipts/receipt-content.ts';
import { ok } from '../../shared/result.ts';

/**
 * The shop's own settings at work on real orders (the real core, the simulator on loopback): the returnUrl goes to
 * Paypro, and the shop's NMID keeps a QR for another merchant off the counter.
 */
let till: SandboxTill | undefined;
afterEach(async () => {
  await till?.close();
  till = undefined;
});

async function charge(open: SandboxTill, method: string): Promise<string> {
  const { tradeNo } = await value<PaymentView>(open.core.invoke('startPayment', { amount: 25_000, method }));
  await value(open.core.invoke('cancelPayment', { tradeNo }));
  return tradeNo;
}

describe('returnUrl from the settings', () => {
  it('goes with payIn and with the hosted cashier\'s payment link', async () => {
    till = await openSandboxTill({ settings: { returnUrl: 'https://shop.example/terima-kasih' } });
    for (const method of ['DANA', 'CASHIER']) {
      const tradeNo = await charge(till, method);
      expect(till.sim.order(tradeNo)?.returnUrl, method).toBe('https://shop.example/terima-kasih');
    }
  });

  it('is not sent at all when the manager left it empty', async () => {
    till = await openSandboxTill();
    const tradeNo = await charge(till, 'DANA');
    expect(till.sim.order(tradeNo)).toBeDefined();
    expect(till.sim.order(tradeNo)?.returnUrl).toBeUndefined();
  });
});

describe('the shop\'s NMID', () => {
  it('a QR naming the shop\'s NMID is shown; one naming another merchant never is, and the order is still followed', async () => {
    till = await openSandboxTill();
    const first = await value<PaymentView>(till.core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    const nmid = first.qrisMerchant?.nmid;
    expect(nmid).toMatch(/^ID\d{10,15}$/);
    await value(till.core.invoke('cancelPayment', { tradeNo: first.tradeNo }));
    await till.close();

    till = await openSandboxTill({ settings: { nmid } });
    const same = await value<PaymentView>(till.core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    expect(same).toMatchObject({ state: 'awaiting', qrisMerchant: { nmid } });
    expect(same.qr).toBeDefined();
    await value(till.core.invoke('cancelPayment', { tradeNo: same.tradeNo }));
    await till.close();

    till = await openSandboxTill({ settings: { nmid: 'ID1020029999999' } });
    const other = await value<PaymentView>(till.core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    expect(other).toMatchObject({ state: 'stranded', qr: undefined, failure: { code: 'QR_OTHER_MERCHANT' } });
    // The order exists at Paypro: the till keeps asking about it, so a payment made anyway is not lost.
    expect(till.sim.order(other.tradeNo)).toBeDefined();
    const open = till;
    await waitFor(() => open.sim.requests().find((entry) => entry.endpoint === 'queryPayInResult' && entry.tradeNo === other.tradeNo));
  });
});

describe('the shop\'s NMID on its receipts', () => {
  it('a receipt printed for a paid payment names the NMID from the settings under the store\'s name', async () => {
    const printed: ReceiptRequest[] = [];
    till = await openSandboxTill({
      settings: { storeName: 'Toko Maju' },
      // Printing itself is Electron's (not runnable here): this printer only records what main asked it to print.
      core: { devices: { receipts: { print: async (request) => (printed.push(request), ok({ printedTo: 'pdf' as const, file: undefined })) } } },
    });
    const first = await value<PaymentView>(till.core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    await value(till.core.invoke('cancelPayment', { tradeNo: first.tradeNo }));
    const nmid = first.qrisMerchant?.nmid;
    await till.close();
    till = await openSandboxTill({
      settings: { storeName: 'Toko Maju', nmid },
      core: { devices: { receipts: { print: async (request) => (printed.push(request), ok({ printedTo: 'pdf' as const, file: undefined })) } } },
    });
    const open = till;
    const { tradeNo } = await value<PaymentView>(open.core.invoke('startPayment', { amount: 25_000, method: 'QRIS' }));
    open.sim.settle(tradeNo, 'paid');
    let view = await value<PaymentView>(open.core.invoke('checkPaymentNow', { tradeNo }));
    for (let tries = 0; view.state !== 'paid' && tries < 50; tries += 1) view = await value<PaymentView>(open.core.invoke('checkPaymentNow', { tradeNo }));
    expect(view.state).toBe('paid');
    await value(open.core.invoke('printReceipt', { tradeNo, reprint: false }));
    const text = receiptRows(printed.at(-1) as ReceiptRequest).map((row) => (row.kind === 'pair' ? `${row.label}: ${row.value}` : row.kind === 'rule' ? '-' : row.text));
    expect(text.slice(0, 2)).toEqual(['Toko Maju', `NMID: ${nmid}`]);
  });
});
