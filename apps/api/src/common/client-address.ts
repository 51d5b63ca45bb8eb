import { isIP } from 'node:net';
import type { Request } from 'express';

// The client's address as Express gives it under `trust proxy` (create-app.ts): the peer, or, when
// the peer is a proxy on this machine, the address nearest the portal in X-Forwarded-For that is
// not one. A header's text is not an address until parsed: anything but a plain IPv4 or IPv6
// address (a zone id included, which may be any length) is recorded as unknown.
export function clientAddressOf(req: Request): string | null {
  const ip = req.ip;
  return ip !== undefined && isIP(ip) !== 0 && !ip.includes('%') ? ip : null;
}

// Sign-in counts attempts per address; those whose address is unknown share one count.
export function throttleAddressOf(req: Request): string {
  return clientAddressOf(req) ?? 'unknown';
}
