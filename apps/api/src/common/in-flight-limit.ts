import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { SERVICE_UNAVAILABLE_BODY, serviceUnavailableHttp } from './service-unavailable';

// At most `max` GraphQL requests are worked on at once; one more is refused at once, before its
// body is read, with 503 and Retry-After, rather than queued without limit behind the database
// pool (where it would wait, and be worked on long after its client had given up).
export function inFlightLimit(max: number): RequestHandler {
  let inFlight = 0;
  return (_req: Request, res: Response, next: NextFunction) => {
    if (inFlight >= max) {
      const { status, headers } = serviceUnavailableHttp();
      res.status(status).setHeader('cache-control', 'no-store');
      for (const [name, value] of headers) res.setHeader(name, value);
      res.json(SERVICE_UNAVAILABLE_BODY);
      return;
    }
    inFlight += 1;
    // Once per response, whether it was sent or its client went first.
    res.once('close', () => {
      inFlight -= 1;
    });
    next();
  };
}
