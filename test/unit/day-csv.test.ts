import { describe, expect, it } from 'vitest';
import { csvField } from '../../electron/reports/day-csv.ts';

describe('a CSV field', () => {
  it('is quoted when it holds the separator, a quote or a line break, with quotes doubled', () => {
    expect(csvField('QRIS')).toBe('QRIS');
    expect(csvField('Toko; Jaya')).toBe('"Toko; Jaya"');
    expect(csvField('Toko "Jaya"')).toBe('"Toko ""Jaya"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('never hands a spreadsheet a formula: a leading = + - @ is kept as text', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+62812')).toBe("'+62812");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('25.000')).toBe('25.000');
  });
});
