import { useEffect, useRef, useState } from 'react';
import type { QrImage } from '../../shared/ipc/contract.ts';
import { useT } from '../i18n/useT.ts';

/**
 * Drawn at a fixed resolution and scaled by CSS (pixelated, so module edges stay sharp). Four modules of
 * white quiet zone and pure black on white give phone cameras the contrast they need under shop lighting.
 */
const QR_PIXELS = 720;
const QUIET_ZONE_MODULES = 4;

/** Whole pixels per module, so every module edge lands on a pixel edge. Main encoded it (electron/payments/qr-image.ts). */
function drawQr(canvas: HTMLCanvasElement, qr: QrImage): void {
  if (qr.size < 21 || qr.modules.length !== qr.size * qr.size) throw new Error('QR modules do not fill the square');
  const span = qr.size + 2 * QUIET_ZONE_MODULES;
  const scale = Math.max(1, Math.floor(QR_PIXELS / span));
  canvas.width = span * scale;
  canvas.height = span * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context for the QR');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000000';
  for (let row = 0; row < qr.size; row++) {
    for (let column = 0; column < qr.size; column++) {
      if (qr.modules[row * qr.size + column] === '1') context.fillRect((column + QUIET_ZONE_MODULES) * scale, (row + QUIET_ZONE_MODULES) * scale, scale, scale);
    }
  }
}

interface QrCanvasProps {
  readonly qr: QrImage;
  readonly label: string;
}

export function QrCanvas({ qr, label }: QrCanvasProps) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState<QrImage | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    try {
      drawQr(canvas, qr);
      setDrawn(qr);
      setFailed(false);
    } catch {
      // Modules that do not make a square, or no canvas: say so instead of showing a blank square.
      setFailed(true);
    }
  }, [qr]);

  if (failed) {
    return (
      <p className="qr-failed" role="alert" data-testid="qr-failed">
        {t('payment.qrFailed')}
      </p>
    );
  }
  return (
    <canvas
      ref={canvasRef}
      className="qr-canvas"
      role="img"
      aria-label={label}
      data-testid="qris-canvas"
      data-ready={drawn === qr ? 'true' : 'false'}
    />
  );
}
