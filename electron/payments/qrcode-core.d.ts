/**
 * The qrcode package's encoder alone (its `create`), without the canvas, SVG, PNG and data-URL renderers that
 * `import 'qrcode'` brings along: main encodes, the windows only draw the modules (electron/payments/qr-image.ts).
 */
declare module 'qrcode/lib/core/qrcode.js' {
  export interface QrModules {
    readonly size: number;
    get(row: number, column: number): number | boolean;
  }
  export function create(text: string, options?: { readonly errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): { readonly modules: QrModules };
}
