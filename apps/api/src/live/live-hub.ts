import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RedisClient } from '../identity/redis.provider';
import { SESSION_COOKIE, SessionService } from '../identity/session.service';
import { ApiMetrics } from '../operations/api-metrics';
import { LiveSignal, liveChannel, parseLiveSignal } from './live-signals';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// How soon a browser tries again after its stream is cut (EventSource's `retry`).
const RETRY_MS = 3000;

// One browser tab's stream on this replica.
interface LiveStream {
  readonly res: Response;
  readonly sessionId: string;
  readonly userId: string;
  // The Forum meeting whose page the tab shows, if any (`/events?meeting=`).
  readonly meetingId: string | null;
}

// The event a stream is sent for a signal, or null if the signal is not for it.
function eventFor(stream: LiveStream, signal: LiveSignal): { event: string; data: object } | null {
  switch (signal.kind) {
    case 'inbox':
      return signal.userId === stream.userId ? { event: 'inbox', data: {} } : null;
    case 'meeting':
      return signal.meetingId === stream.meetingId
        ? { event: 'meeting', data: { meetingId: signal.meetingId, itemId: signal.itemId, current: signal.current } }
        : null;
    case 'session-ended':
    case 'sessions-ended':
      return null;
  }
}

function write(res: Response, event: string, data: object): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

// The live channel of this replica: GET /events, a server-sent event stream per browser tab,
// signed in by the session cookie like GraphQL. Signals arrive from every replica and the worker
// over one Redis channel, on a connection of its own (a subscribing connection can do nothing
// else). Nothing a stream needs lives only here: a tab whose replica goes away reconnects to
// another and reads again (docs/decisions.md, "Live updates across replicas").
@Injectable()
export class LiveHub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Live');
  private readonly streams = new Set<LiveStream>();
  private subscriber: Redis | null = null;
  // Whether signals are arriving now; while not, browsers poll faster and read again on return.
  private live = false;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;

  constructor(
    private readonly redis: RedisClient,
    private readonly sessions: SessionService,
    private readonly metrics: ApiMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const subscriber = this.redis.redis.duplicate({ maxRetriesPerRequest: null, lazyConnect: false });
    this.subscriber = subscriber;
    subscriber.on('error', () => undefined); // the 'close' below says it once
    subscriber.on('ready', () => {
      // ioredis subscribes again by itself after a reconnection; the first subscription is here.
      subscriber.subscribe(liveChannel(this.redis.prefix)).then(
        () => this.setLive(true),
        () => undefined,
      );
    });
    subscriber.on('close', () => this.setLive(false));
    subscriber.on('message', (_channel: string, message: string) => {
      const signal = parseLiveSignal(message);
      if (signal) this.deliver(signal);
    });
    this.timers = [
      setInterval(() => this.heartbeat(), this.config.liveHeartbeatSeconds * 1000),
      setInterval(() => void this.checkSessions(), this.config.liveSessionCheckSeconds * 1000),
    ];
    for (const timer of this.timers) timer.unref();
  }

  get openStreams(): number {
    return this.streams.size;
  }

  // The Express handler for GET /events.
  handler(): RequestHandler {
    const cookies = cookieParser();
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path !== '/') return next();
      cookies(req, res, () => void this.open(req, res).catch(next));
    };
  }

  private async open(req: Request, res: Response): Promise<void> {
    const meeting = req.query.meeting;
    if (meeting !== undefined && (typeof meeting !== 'string' || !UUID.test(meeting))) {
      res.status(400).json({ error: 'meeting must be a meeting id' });
      return;
    }
    if (this.closed) {
      res.status(503).setHeader('retry-after', '1').json({ error: 'shutting down' });
      return;
    }
    // The session cookie, as for GraphQL (identity/session.strategy.ts): a session still waiting
    // for its second factor is not signed in.
    const token: unknown = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    const found = typeof token === 'string' && token.length > 0 && token.length <= 200 ? await this.sessions.find(token) : null;
    if (!found || found.pending) {
      res.status(401).json({ error: 'sign in to continue' });
      return;
    }
    // Gone while its session was looked up: nothing to hold open.
    if (req.socket.destroyed) return;
    const stream: LiveStream = { res, sessionId: found.sessionId, userId: found.actor.userId, meetingId: meeting ?? null };
    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-store, no-transform');
    res.setHeader('connection', 'keep-alive');
    // nginx: pass each event on as it is written.
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    req.socket.setKeepAlive(true);
    req.socket.setNoDelay(true);
    res.write(`retry: ${RETRY_MS}\n\n`);
    write(res, 'ready', { live: this.live });
    this.streams.add(stream);
    this.metrics.liveStreams.set(this.streams.size);
    res.on('close', () => {
      this.streams.delete(stream);
      this.metrics.liveStreams.set(this.streams.size);
    });
  }

  private deliver(signal: LiveSignal): void {
    if (signal.kind === 'session-ended' || signal.kind === 'sessions-ended') {
      for (const stream of this.streams) {
        if (signal.kind === 'session-ended' ? stream.sessionId === signal.sessionId : stream.userId === signal.userId) this.end(stream);
      }
      return;
    }
    for (const stream of this.streams) {
      const event = eventFor(stream, signal);
      if (!event) continue;
      write(stream.res, event.event, event.data);
      this.metrics.liveSignals.inc({ kind: signal.kind });
    }
  }

  // The session is over: the tab is told so (it stops trying again) and the stream closes.
  private end(stream: LiveStream): void {
    this.streams.delete(stream);
    this.metrics.liveStreams.set(this.streams.size);
    write(stream.res, 'ended', {});
    stream.res.end();
  }

  // Signals stopped (Redis went) or started again: browsers poll meanwhile, and on return read
  // everything again, since what was signalled meanwhile was lost.
  private setLive(live: boolean): void {
    if (this.live === live) return;
    this.live = live;
    if (!live && !this.closed) this.logger.warn('Live signals paused: Redis is unreachable; browsers poll until it returns');
    for (const stream of this.streams) write(stream.res, live ? 'resync' : 'paused', { live });
  }

  private heartbeat(): void {
    for (const stream of this.streams) stream.res.write(': keep-alive\n\n');
  }

  // Idle, expired, revoked or moved sessions lose their streams here at the latest; sign-out and
  // removal end them at once by signal.
  async checkSessions(): Promise<void> {
    if (this.streams.size === 0) return;
    const ids = [...new Set([...this.streams].map((s) => s.sessionId))];
    let live: Set<string>;
    try {
      live = await this.sessions.stillLive(ids);
    } catch {
      return; // the database is away: checked again next time
    }
    for (const stream of this.streams) if (!live.has(stream.sessionId)) this.end(stream);
  }

  // Draining (SIGTERM): every stream is closed so the HTTP server can close; browsers reconnect,
  // through the proxy, to another replica.
  closeAll(): void {
    this.closed = true;
    for (const stream of this.streams) stream.res.end();
    this.streams.clear();
    this.metrics.liveStreams.set(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.closeAll();
    for (const timer of this.timers) clearInterval(timer);
    const subscriber = this.subscriber;
    this.subscriber = null;
    if (!subscriber) return;
    if (subscriber.status === 'ready') await subscriber.quit().catch(() => subscriber.disconnect());
    else subscriber.disconnect();
  }
}
