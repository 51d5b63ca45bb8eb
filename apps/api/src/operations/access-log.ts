import { ConsoleLogger, Logger, LoggerService, LogLevel } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { PortalRequest } from '../common/request-context';

// The process's logger: one JSON object a line (LOG_FORMAT=json, the default), ready to ship, or
// Nest's coloured text for a developer.
export function portalLogger(format: 'json' | 'text', levels: LogLevel[] = ['log', 'warn', 'error']): LoggerService {
  return new ConsoleLogger({ json: format === 'json', logLevels: levels });
}

// Client-side routes carry ids only, but a path is cut short anyway, and the query string (the
// calendar feed's token) is never logged.
const MAX_PATH = 120;

// One line per request, tying it to its request id (echoed in the x-request-id header and kept
// on its audit rows): method, path without query, status, time, GraphQL operation name. No
// address, no user, no variables, no body: nothing about a person. Health checks are not logged.
export function accessLog(logger: Pick<Logger, 'log'> = new Logger('Http')) {
  return (req: PortalRequest, res: Response, next: NextFunction): void => {
    // Read now: a handler mounted on a path (app.use('/graphql', …)) rewrites it while it runs.
    const path = req.path;
    if (path.startsWith('/health/')) return next();
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      logger.log({
        event: 'request',
        requestId: req.requestId ?? null,
        method: req.method,
        path: path.slice(0, MAX_PATH),
        ...(req.operationName ? { operation: req.operationName } : {}),
        status: res.statusCode,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      });
    });
    next();
  };
}
