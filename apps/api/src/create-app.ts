import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AppModule, AppModuleOptions } from './app.module';
import { queryLengthLimit } from './common/graphql-limits';
import { inFlightLimit } from './common/in-flight-limit';
import { securityHeaders } from './common/security-headers';

// Builds the HTTP application; main.ts and the integration tests share it.
export async function createApp(
  options: AppModuleOptions,
  logger: LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { logger, bodyParser: false });
  // First, so that every response carries them, including the body parser's refusals.
  app.use(securityHeaders({ hsts: options.config.cookieSecure }));
  // Before the body is read: a refusal when saturated must cost next to nothing.
  app.use('/graphql', inFlightLimit(options.config.maxRequestsInFlight));
  // Room for one child's drawing (2 MB, base64-encoded) in a GraphQL request; nothing larger.
  app.useBodyParser('json', { limit: '3mb' });
  app.use('/graphql', queryLengthLimit);
  app.set('trust proxy', 'loopback');
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
    // Client-side routes all load the single page; /graphql is left to the API.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/calendar/')) return next();
      res.sendFile(join(webDist, 'index.html'), { cacheControl: false });
    });
  }
  app.enableShutdownHooks();
  return app;
}
