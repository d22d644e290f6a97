import { toCanvas } from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';

/**
 * Drawn at a fixed resolution and scaled by CSS (pixelated, so module edges stay sharp). Four modules of
 * white quiet zone and pure black on white give phone cameras the contrast they need under shop lighting.
 */
const QR_PIXELS = 720;

interface QrCanvasProps {
  readonly text: string;
  readonly label: string;
}

export function QrCanvas({ text, label }: QrCanvasProps) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [drawnText, setDrawnText] = useState<string | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let current = true;
    toCanvas(canvas, text, {
      errorCorrectionLevel: 'M',
      margin: 4,
      width: QR_PIXELS,
      color: { dark: '#000000ff', light: '#ffffffff' },
    })
      .then(() => {
        if (!current) return;
        // qrcode pins the CSS size to the pixel size; the stylesheet sizes it to the screen instead.
        canvas.style.removeProperty('width');
        canvas.style.removeProperty('height');
        setDrawnText(text);
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [text]);

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
      data-ready={drawnText === text ? 'true' : 'false'}
    />
  );
}
