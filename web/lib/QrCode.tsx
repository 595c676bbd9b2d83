import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code for a URL, generated locally as an SVG data URL (no service involved). */
export function QrCode({ url, label, size = 96 }: { url: string; label: string; size?: number }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (!cancelled) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => setSource(null));
    return () => {
      cancelled = true;
    };
  }, [url]);
  return source ? <img className="qr-code" src={source} width={size} height={size} alt={label} /> : null;
}
