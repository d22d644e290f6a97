#!/usr/bin/env node
// Draws build/icon.png (1024×1024): the app icon electron-builder turns into .ico/.icns/Linux icons.
// A QR code's three finder squares and a check mark, so a cashier reads it as "scan to pay, paid".
// Plain Node (zlib) so the icon can be regenerated anywhere: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const NAVY = [15, 23, 42, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [22, 163, 74, 255];
const CLEAR = [0, 0, 0, 0];
const pixels = new Uint8Array(SIZE * SIZE * 4);

function paint(test, colour) {
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) if (test(x + 0.5, y + 0.5)) pixels.set(colour, (y * SIZE + x) * 4);
  }
}
const roundedSquare = (left, top, size, radius) => (x, y) => {
  const dx = Math.max(left + radius - x, 0, x - (left + size - radius));
  const dy = Math.max(top + radius - y, 0, y - (top + size - radius));
  return x >= left && x <= left + size && y >= top && y <= top + size && dx * dx + dy * dy <= radius * radius;
};
const finder = (left, top) => {
  paint(roundedSquare(left, top, 280, 48), NAVY);
  paint(roundedSquare(left + 50, top + 50, 180, 24), WHITE);
  paint(roundedSquare(left + 95, top + 95, 90, 12), NAVY);
};
const nearSegment = (ax, ay, bx, by, width) => (x, y) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2;
};

paint(() => true, CLEAR);
paint(roundedSquare(32, 32, 960, 200), NAVY);
paint(roundedSquare(112, 112, 800, 120), WHITE);
finder(172, 172);
finder(572, 172);
finder(172, 572);
paint(roundedSquare(572, 572, 280, 140), GREEN);
paint(nearSegment(632, 712, 692, 772, 44), WHITE);
paint(nearSegment(692, 772, 800, 640, 44), WHITE);

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rows.set(pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4), y * (SIZE * 4 + 1) + 1);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(import.meta.dirname, '..', 'build', 'icon.png'), png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
