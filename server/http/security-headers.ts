/**
 * Security headers on every page and answer (helmet). The Content-Security-Policy allows only the
 * hall's own scripts, styles, fonts, images and sockets: the built front ends load nothing else (QR
 * codes and audio are drawn or decoded from data: and blob: URLs). The hall is served over plain HTTP on
 * its LAN, so nothing may ask browsers to upgrade to HTTPS (no HSTS, no upgrade-insecure-requests).
 */
import helmet from 'helmet';

export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
