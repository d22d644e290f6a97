import type { ReceiptRequest } from '../app/devices.ts';
import type { ReceiptOptions } from './receipt-content.ts';
import { receiptRows } from './receipt-content.ts';
import type { ReceiptRow, Roll } from './receipt-layout.ts';
import { FONT_MM, LINE_MM, PADDING_BOTTOM_MM, PADDING_TOP_MM, ROLLS, ROW_SCALE, isStacked, receiptHeightMm } from './receipt-layout.ts';
import { RECEIPT_STRINGS } from './receipt-strings.ts';

export type { ReceiptOptions };

/**
 * A receipt as one self-contained HTML document for Chromium's printing: inline style only, no script, no
 * outside resource (its CSP forbids all three), black on white on the roll's grid (./receipt-layout.ts).
 * Every value is escaped: the store name is typed by a person, and the references come from the gateway.
 */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

export const RECEIPT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const mm = (value: number): string => `${Number(value.toFixed(3))}mm`;

function rowHtml(row: ReceiptRow, roll: Roll): string {
  switch (row.kind) {
    case 'rule':
      return '<hr>';
    case 'heading':
      return `<h1>${escapeHtml(row.text)}</h1>`;
    case 'pair': {
      const layout = isStacked(row, roll) ? 'pair stacked' : 'pair';
      const classes = row.strong === true ? `${layout} strong` : layout;
      return `<div class="${classes}"><span>${escapeHtml(row.label)}</span><span>${escapeHtml(row.value)}</span></div>`;
    }
    default:
      return `<p class="${row.kind}">${escapeHtml(row.text)}</p>`;
  }
}

function style(roll: Roll, heightMm: number): string {
  const side = (roll.paperMm - roll.printableMm) / 2;
  const scaled = (kind: ReceiptRow['kind']) => `font-size:${mm(FONT_MM * ROW_SCALE[kind])};line-height:${mm(LINE_MM * ROW_SCALE[kind])}`;
  return [
    `@page{size:${mm(roll.paperMm)} ${mm(heightMm)};margin:0}`,
    'html,body{margin:0;padding:0;background:#fff;color:#000}',
    `.receipt{box-sizing:border-box;width:${mm(roll.paperMm)};padding:${mm(PADDING_TOP_MM)} ${mm(side)} ${mm(PADDING_BOTTOM_MM)};`
      + `font-family:'DejaVu Sans Mono',Consolas,Menlo,'Liberation Mono','Courier New',monospace;font-size:${mm(FONT_MM)};line-height:${mm(LINE_MM)};`
      + 'overflow-wrap:anywhere;background:#fff;color:#000}',
    '.receipt>*{margin:0;font-weight:400}',
    `.receipt>h1{${scaled('heading')};font-weight:700;text-align:center}`,
    `.banner{${scaled('banner')};font-weight:700;text-align:center}`,
    '.marker{font-weight:700;text-align:center}',
    '.footer{text-align:center}',
    // A dashed rule centred in one line: 1.6 + 0.3 + 1.6 mm.
    `.receipt>hr{height:0;border:0;border-top:0.3mm dashed #000;margin:${mm((LINE_MM - 0.3) / 2)} 0}`,
    '.pair{display:flex;justify-content:space-between;gap:1.5mm}',
    '.pair>span:last-child{text-align:right}',
    '.stacked{display:block}',
    '.stacked>span{display:block}',
    '.strong{font-weight:700}',
  ].join('\n');
}

export function receiptHtml(request: ReceiptRequest, options: ReceiptOptions = {}): string {
  const roll = ROLLS[request.paperWidth];
  const rows = receiptRows(request, options);
  const title = `${RECEIPT_STRINGS[request.locale].title} ${request.payment.tradeNo}`;
  return [
    '<!doctype html>',
    `<html lang="${request.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${RECEIPT_CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${style(roll, receiptHeightMm(rows, roll))}\n</style>`,
    '</head>',
    '<body>',
    `<main class="receipt" data-paper="${request.paperWidth}">`,
    ...rows.map((row) => rowHtml(row, roll)),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
