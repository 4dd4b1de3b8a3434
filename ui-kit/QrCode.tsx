import { useEffect, useState } from 'preact/hooks';
import { toString as qrSvg } from 'qrcode';

/**
 * A URL as a QR code (a ticket's tracking page, a device's address in the console), drawn as SVG
 * (sharp at any size) and shown through an <img>, so no markup from a string is ever put into the page.
 */
export function QrCode(props: { text: string; label: string; size: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    qrSvg(props.text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
      .then((svg) => {
        if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (current) setSrc(null);
      });
    return () => {
      current = false;
    };
  }, [props.text]);
  if (!src) return <div class="qr-placeholder" style={{ width: props.size, height: props.size }} />;
  return <img class="qr" src={src} width={props.size} height={props.size} alt={props.label} />;
}
