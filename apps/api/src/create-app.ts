import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { INestApplication, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express from 'express';
import { AppModule, AppModuleOptions } from './app.module';
import { queryLengthLimit } from './common/graphql-limits';
import { inFlightLimit } from './common/in-flight-limit';
import { requestIdMiddleware } from './common/request-id.middleware';
import { securityHeaders } from './common/security-headers';
import { Db } from './database/db';
import { RedisClient } from './identity/redis.provider';
import { LiveHub } from './live/live-hub';
import { accessLog } from './operations/access-log';
import { ApiMetrics } from './operations/api-metrics';
import { HealthState, healthRoutes } from './operations/health';

// Everything the server sends is compressed when the client accepts it (the built client's script
// and stylesheet, GraphQL answers), except event streams, which must reach the browser as written.
function compressible(req: express.Request, res: express.Response): boolean {
  if (String(res.getHeader('content-type') ?? '').startsWith('text/event-stream')) return false;
  return compression.filter(req, res);
}

// Builds the HTTP application; main.ts and the integration tests share it.
export async function createApp(
  options: AppModuleOptions,
  logger: LoggerService | LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { logger, bodyParser: false });
  // First, so that every response carries them, including the body parser's refusals: the request
  // id (echoed as x-request-id, on the access log line and the audit rows) and the security headers.
  app.use(requestIdMiddleware);
  app.use(securityHeaders({ hsts: options.config.cookieSecure }));
  app.use(app.get(ApiMetrics).httpMiddleware());
  app.use(accessLog());
  // Health checks: before anything that reads a session or a body (README, "Operations").
  app.use(
    '/health',
    healthRoutes({
      db: app.get(Db).kysely,
      redis: app.get(RedisClient).redis,
      timeoutMs: options.config.readyTimeoutMs,
      state: app.get(HealthState),
    }),
  );
  // The live channel (server-sent events), signed in by the session cookie: before compression,
  // which would hold events back.
  app.use('/events', app.get(LiveHub).handler());
  app.use(compression({ filter: compressible }));
  // Before the body is read: a refusal when saturated must cost next to nothing.
  app.use('/graphql', inFlightLimit(options.config.maxRequestsInFlight));
  // Room for one child's drawing (2 MB, base64-encoded) in a GraphQL request; nothing larger.
  app.useBodyParser('json', { limit: '3mb' });
  app.use('/graphql', queryLengthLimit);
  app.set('trust proxy', options.config.trustProxy);
  // GraphQL answers are POSTs, never revalidated: no ETag hashed over every answer (the web
  // client's files keep theirs, from express.static).
  app.set('etag', false);
  app.disable('x-powered-by');
  const webDist = options.config.webDistDir;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    // Vite fingerprints what it puts in assets/, so those may be kept; anything else is asked for again.
    app.use(
      express.static(webDist, {
        index: false,
        cacheControl: false,
        setHeaders: (res, path) => {
          if (relative(webDist, path).startsWith(`assets${sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    // Client-side routes all load the single page; /graphql is left to the API. The page is named
    // relative to the dist folder (`root`): `send` refuses any path with a dot-segment in it, so an
    // absolute path would answer 404 for a portal installed under a hidden folder (e.g. ~/.local).
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (
        req.method !== 'GET' ||
        req.path.startsWith('/graphql') ||
        req.path.startsWith('/calendar/') ||
        req.path.startsWith('/health/') ||
        req.path === '/events'
      )
        return next();
      res.sendFile('index.html', { root: webDist, cacheControl: false });
    });
  }
  // No Nest shutdown hooks: main.ts drains on SIGTERM itself (operations/shutdown.ts).
  return app;
}
