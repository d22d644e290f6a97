import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrImage } from '../../electron/payments/qr-image.ts';
import type { QrImage } from '../../shared/ipc/contract.ts';

/** Paints the modules as a phone camera would see them (4 pixels a module, a quiet zone) and decodes them. */
function decode(qr: QrImage): string | undefined {
  const scale = 4;
  const span = (qr.size + 8) * scale;
  const pixels = new Uint8ClampedArray(span * span * 4).fill(255);
  for (let y = 0; y < span; y++) {
    for (let x = 0; x < span; x++) {
      const row = Math.floor(y / scale) - 4;
      const column = Math.floor(x / scale) - 4;
      const dark = row >= 0 && column >= 0 && row < qr.size && column < qr.size && qr.modules[row * qr.size + column] === '1';
      if (dark) pixels.fill(0, (y * span + x) * 4, (y * span + x) * 4 + 3);
    }
  }
  return jsQR(pixels, span, span)?.data;
}

describe('QR encoded in main for the windows to draw', () => {
  it('gives a square of modules that a phone decodes back to the QRIS text', () => {
    const text = '00020101021226570011ID.CO.QRIS.WWW01189360091100000000000215ID10200000000000303UMI5204541153033605405250005802ID5911TOKO BU SRI6007BANDUNG6304ABCD';
    const qr = qrImage(text);
    expect(qr).toBeDefined();
    if (qr === undefined) return;
    expect(qr.modules).toMatch(/^[01]+$/);
    expect(qr.modules.length).toBe(qr.size * qr.size);
    expect(decode(qr)).toBe(text);
  });

  it('encodes a payment link too', () => {
    const qr = qrImage('https://pay.example.test/c/abc123?lang=id');
    expect(qr && decode(qr)).toBe('https://pay.example.test/c/abc123?lang=id');
  });

  it('remembers the last codes, so rebuilding a view each status check does not encode again', () => {
    expect(qrImage('KASIR-REMEMBER')).toBe(qrImage('KASIR-REMEMBER'));
  });

  it('gives nothing for text longer than any QR holds, so the screen can say so', () => {
    expect(qrImage('9'.repeat(8_000))).toBeUndefined();
  });
});
