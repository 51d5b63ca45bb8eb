import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { Database } from '../database/kysely';
import { operationsRepository } from './operations.repository';

// Set when the process has been asked to stop: /health/ready answers 503 from then on, so a load
// balancer sends no new requests while those in flight finish (shutdown.ts).
@Injectable()
export class HealthState {
  draining = false;
}

type Check = 'up' | 'down' | 'timeout';

async function within(timeoutMs: number, probe: () => Promise<unknown>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Check>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    return await Promise.race([
      probe().then(
        (): Check => 'up',
        (): Check => 'down',
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// /health/live: the process is up and its event loop turns. /health/ready: PostgreSQL and Redis
// answer within `timeoutMs`; otherwise 503 naming the one that did not. Neither needs signing in,
// neither reads or says anything about a person, and neither is audited or logged.
export function healthRoutes(deps: {
  readonly db: Database;
  readonly redis: Redis;
  readonly timeoutMs: number;
  readonly state: HealthState;
}) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/live') {
      res.status(200).json({ status: 'live' });
      return;
    }
    if (req.path !== '/ready') return next();
    if (deps.state.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const [postgres, redis] = await Promise.all([
      within(deps.timeoutMs, () => operationsRepository.ping(deps.db)),
      within(deps.timeoutMs, () => deps.redis.ping()),
    ]);
    const ready = postgres === 'up' && redis === 'up';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', checks: { postgres, redis } });
  };
}
