import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { AppModule, AppModuleOptions } from './app.module';

// Builds the HTTP application; main.ts and the integration tests share it.
export async function createApp(options: AppModuleOptions, logger: LogLevel[] | false = ['log', 'warn', 'error']): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { logger, bodyParser: false });
  // Room for one child's drawing (2 MB, base64-encoded) in a GraphQL request; nothing larger.
  app.useBodyParser('json', { limit: '3mb' });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use((_req: express.Request, res: express.Response, next: express.NextFunction) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    res.setHeader('x-frame-options', 'DENY');
    next();
  });
  const webDist = options.config.webDistDir;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes all load the single page; /graphql is left to the API.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/calendar/')) return next();
      res.setHeader('cache-control', 'no-store');
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  app.enableShutdownHooks();
  return app;
}
