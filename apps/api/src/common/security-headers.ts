import type { NextFunction, Request, Response } from 'express';

// The built client is scripts, styles, fonts and images from this origin only: no inline script or
// style in index.html, GOV.UK Frontend's "supported" class is written into the page, not set by a
// script. Drawings are shown from data: URLs read over GraphQL.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
].join(', ');

// Set first, on every response (API, web client, calendar feed, errors, 404s). Everything is
// no-store unless a later handler knows better: the fingerprinted client files (create-app.ts)
// and the calendar feed, which carries meeting dates only.
export function securityHeaders({ hsts }: { readonly hsts: boolean }) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('permissions-policy', PERMISSIONS_POLICY);
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    res.setHeader('x-permitted-cross-domain-policies', 'none');
    res.setHeader('cache-control', 'no-store');
    if (hsts) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
