import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { PortalRequest } from './request-context';

const SAFE_REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

// Each request gets an id that ties its log lines and audit rows together. A caller's own id
// is kept only when it is a harmless token.
export function requestIdMiddleware(req: PortalRequest, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  req.requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', req.requestId);
  next();
}
