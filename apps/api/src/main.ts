import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { offsetClock } from './common/clock';
import { loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { LiveHub } from './live/live-hub';
import { portalLogger } from './operations/access-log';
import { ApiMetrics } from './operations/api-metrics';
import { HealthState } from './operations/health';
import { startMetricsServer } from './operations/metrics-server';
import { drainOnTerminate } from './operations/shutdown';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config, clock: offsetClock(config.clockOffsetDays) }, portalLogger(config.logFormat));
  const logger = new Logger('Portal');
  await app.listen(config.port, config.host);
  logger.log(`Early Help portal listening on http://${config.host}:${config.port}`);
  const metrics =
    config.metricsPort === null
      ? null
      : await startMetricsServer(app.get(ApiMetrics).registry, {
          port: config.metricsPort,
          host: config.metricsHost,
          token: config.metricsToken,
        });
  if (metrics) logger.log(`Metrics on http://${config.metricsHost}:${metrics.port}/metrics`);
  // Not ready from the first moment, so the load balancer sends nothing new; then the HTTP server
  // stops accepting connections and waits for the requests in flight; then the rest closes. The
  // server is closed first because Nest's own close stops Apollo and the other modules before it
  // closes the server, leaving a moment in which a new connection would reach a closing API.
  drainOnTerminate(
    async () => {
      app.get(HealthState).draining = true;
      // Live-update streams never end by themselves: closed now, their browsers reconnect elsewhere.
      app.get(LiveHub).closeAll();
      await metrics?.close();
      const server = app.getHttpServer() as Server;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
    { graceMs: config.shutdownGraceMs, log: logger },
  );
}

main().catch((error: unknown) => {
  new Logger('Portal').error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
