import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import type { PaymentView } from '../../../shared/ipc/contract.ts';
import { expect } from './fixtures.ts';
import type { TrafficEntry } from './transport.ts';

/** Intl writes "Rp 25.000" with a no-break space; tests compare what a person reads. */
export function readable(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
}

export async function typeOnKeypad(page: Page, digits: string): Promise<void> {
  for (const key of digits.match(/000|\d/g) ?? []) await page.getByTestId(`key-${key}`).click();
}

/** Charge by VA: the button, then the customer's bank (the default catalogue offers several). */
export async function chargeVa(page: Page, bank = 'BCA'): Promise<void> {
  await page.getByTestId('charge-va').click();
  await page.getByTestId(`bank-${bank}`).click();
}

/** The startPayment result the renderer received, as the transport recorded it. */
export function startedPayment(traffic: readonly TrafficEntry[]): PaymentView {
  const entry = traffic.findLast((item) => item.kind === 'invoke' && item.name === 'startPayment');
  expect(entry, 'no startPayment call was recorded').toBeDefined();
  const result = entry?.kind === 'invoke' ? (entry.result as { ok: boolean; value?: PaymentView }) : undefined;
  expect(result?.ok, 'startPayment failed').toBe(true);
  return result?.value as PaymentView;
}

/** Reads the QR canvas's pixels out of the page and decodes them here, the way a customer's phone would. */
export async function decodeQrOnScreen(page: Page): Promise<string> {
  const canvas = page.getByTestId('qris-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  const image = await canvas.evaluate((element) => {
    const qr = element as HTMLCanvasElement;
    const context = qr.getContext('2d');
    if (!context) throw new Error('the QR canvas has no 2d context');
    const { data } = context.getImageData(0, 0, qr.width, qr.height);
    let binary = '';
    for (let offset = 0; offset < data.length; offset += 0x8000) {
      binary += String.fromCharCode(...data.subarray(offset, offset + 0x8000));
    }
    return { width: qr.width, height: qr.height, base64: btoa(binary) };
  });
  const pixels = new Uint8ClampedArray(Buffer.from(image.base64, 'base64'));
  const decoded = jsQR(pixels, image.width, image.height);
  expect(decoded, 'the QR on screen did not decode').not.toBeNull();
  return decoded?.data ?? '';
}
