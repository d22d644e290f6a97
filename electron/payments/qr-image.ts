import { create } from 'qrcode/lib/core/qrcode.js';
import type { QrImage } from '../../shared/ipc/contract.ts';

/**
 * Main encodes the QR once and the windows only draw its modules, so the counter and the customer display
 * show the very same code and neither carries an encoder. Medium error correction survives a scratched or
 * glare-washed screen without making the code too dense for an older phone camera.
 */
const REMEMBERED = 16;
const remembered = new Map<string, QrImage | undefined>();

function encode(text: string): QrImage | undefined {
  try {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let bits = '';
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) bits += modules.get(row, column) ? '1' : '0';
    }
    return { size: modules.size, modules: bits };
  } catch {
    // Longer than any QR version holds: the screen says the code cannot be shown rather than drawing nothing.
    return undefined;
  }
}

/** The QR for `text`, kept for the few payments a till has open so a view rebuilt each status check costs nothing. */
export function qrImage(text: string): QrImage | undefined {
  if (remembered.has(text)) return remembered.get(text);
  const image = encode(text);
  if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value ?? '');
  remembered.set(text, image);
  return image;
}
