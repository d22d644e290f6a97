/**
 * The geometry of a thermal receipt, in millimetres, shared by the HTML (./receipt-html.ts) and the page size
 * the printer is given (./print-plan.ts), so the page is always as long as what is printed on it.
 *
 * Thermal printers print 8 dots a millimetre across 48 mm of a 58 mm roll (384 dots) or 72 mm of an 80 mm one
 * (576 dots); their own font is 12 dots wide, 32 or 48 characters a line. The receipt keeps that grid: one
 * column is 1.5 mm, which a monospace font (advance ≈ 0.6 em) fills at 2.45 mm, and every line is 3.5 mm high,
 * so the number of lines a receipt needs, and so its length, is known before it is printed.
 */
export type PaperWidth = 58 | 80;

export interface Roll {
  readonly paperMm: number;
  /** The printable band, centred on the paper (the print head is narrower than the roll). */
  readonly printableMm: number;
  readonly columns: number;
}

export const ROLLS: Readonly<Record<PaperWidth, Roll>> = {
  58: { paperMm: 58, printableMm: 48, columns: 32 },
  80: { paperMm: 80, printableMm: 72, columns: 48 },
};

export const FONT_MM = 2.45;
export const LINE_MM = 3.5;
export const PADDING_TOP_MM = 3;
/** Room after the last line, so it clears the tear bar or cutter before the paper is cut. */
export const PADDING_BOTTOM_MM = 6;

/**
 * One line or block of a receipt. `heading` (the store) is set one and a half times as large, `banner` (LUNAS)
 * twice as large, like a thermal printer's double-size text; everything else is one column a character.
 */
export type ReceiptRow =
  | { readonly kind: 'heading' | 'banner' | 'marker' | 'note' | 'footer'; readonly text: string }
  | {
    readonly kind: 'pair';
    readonly label: string;
    readonly value: string;
    readonly strong?: boolean;
    /** Value below its label even if both would fit on one line (so rows read alike, e.g. the two references). */
    readonly stacked?: boolean;
  }
  | { readonly kind: 'rule' };

export const ROW_SCALE: Readonly<Record<ReceiptRow['kind'], number>> = {
  heading: 1.5,
  banner: 2,
  marker: 1,
  note: 1,
  footer: 1,
  pair: 1,
  rule: 1,
};

/** Characters, not UTF-16 units: a store name may hold letters outside the BMP. */
const length = (text: string): number => [...text].length;

/** How many lines `text` takes when wrapped at word boundaries, a word longer than a line broken anywhere. */
export function wrappedLines(text: string, columns: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const size = length(word);
    const needed = used === 0 ? size : used + 1 + size;
    if (needed <= columns) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.ceil(size / columns) - 1;
    used = size % columns || columns;
  }
  return lines;
}

/** A label and its value share a line when both fit with a space between; otherwise the value goes below. */
export function pairFitsOnOneLine(label: string, value: string, columns: number): boolean {
  return length(label) + 1 + length(value) <= columns;
}

export function isStacked(row: Extract<ReceiptRow, { kind: 'pair' }>, roll: Roll): boolean {
  return row.stacked === true || !pairFitsOnOneLine(row.label, row.value, roll.columns);
}

/** Lines of LINE_MM × the row's scale that one row takes on this roll. */
export function rowLines(row: ReceiptRow, roll: Roll): number {
  const columns = Math.floor(roll.columns / ROW_SCALE[row.kind]);
  switch (row.kind) {
    case 'rule':
      return 1;
    case 'pair':
      return isStacked(row, roll) ? wrappedLines(row.label, columns) + wrappedLines(row.value, columns) : 1;
    default:
      return wrappedLines(row.text, columns);
  }
}

/** The receipt's length from the top of the paper to the tear, in millimetres. */
export function receiptHeightMm(rows: readonly ReceiptRow[], roll: Roll): number {
  const content = rows.reduce((sum, row) => sum + rowLines(row, roll) * LINE_MM * ROW_SCALE[row.kind], 0);
  return Math.ceil(PADDING_TOP_MM + content + PADDING_BOTTOM_MM);
}
