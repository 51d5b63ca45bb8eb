import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// A Redis of a test's own, on a free port, without persistence: each start is empty. A test that
// kills or stops Redis uses this and kills only it, by its pid, never the shared one.
export class OwnRedis {
  private server: ChildProcess | null = null;
  constructor(readonly port: number) {}

  static async onFreePort(): Promise<OwnRedis> {
    return new OwnRedis(await freePort());
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  // Empty every time: no RDB snapshot, no AOF.
  async start(): Promise<void> {
    this.server = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      {
        stdio: 'ignore',
      },
    );
    for (let i = 0; i < 100; i++) {
      const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      // Refused while it starts: the answer below says so.
      probe.on('error', () => undefined);
      const up = await probe.connect().then(
        () => probe.ping(),
        () => null,
      );
      probe.disconnect();
      if (up === 'PONG') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('Test Redis did not start');
  }

  // kill -9, by its pid.
  async kill(): Promise<void> {
    const server = this.server;
    if (!server?.pid) return;
    process.kill(server.pid, 'SIGKILL');
    if (server.exitCode === null && server.signalCode === null) await once(server, 'exit');
    this.server = null;
  }
}
