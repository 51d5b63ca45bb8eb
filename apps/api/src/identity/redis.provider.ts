import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false });
    // Failed commands reach their callers (sign-in says so); the connection error itself is
    // noted once per outage rather than on every reconnect attempt.
    let warned = false;
    this.redis.on('error', () => {
      if (!warned) new Logger('Redis').warn('Redis is unreachable; sign-in is unavailable until it returns');
      warned = true;
    });
    this.redis.on('ready', () => (warned = false));
    this.prefix = config.redisPrefix;
  }

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
