import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

// A PostgreSQL server of the test's own, to freeze and thaw without touching the shared one.
// The postmaster is started directly (not through pg_ctl), so its process id is known. Every
// backend calls setsid() when forked, so a signal to the postmaster's process group would stop
// the postmaster alone: the server is frozen by stopping the postmaster (no new backends) and then
// each of its children, found by their parent's id. Only that server is ever signalled.
export interface OwnPostgres {
  readonly port: number;
  freeze(): void;
  thaw(): void;
  // kill -9 of the server and its backends, as a machine failure would; `restart` starts it
  // again on the same data and port (PostgreSQL recovers from its write-ahead log).
  crash(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

// initdb refuses to run as root: the server runs as the machine's postgres user then.
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const found = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (found.status !== 0 || group.status !== 0) throw new Error('Running as root, and there is no postgres user to run a server as');
  return { uid: Number(found.stdout.trim()), gid: Number(group.stdout.trim()) };
}

async function waitUntilReady(port: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited with ${child.exitCode}`);
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres', connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('PostgreSQL did not start within 30 seconds');
}

function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (command) state ppid ...; the command may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return children;
}

// A process that has ended since it was listed is no longer there to signal.
function signal(pid: number, which: NodeJS.Signals): void {
  try {
    process.kill(pid, which);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ESRCH') throw error;
  }
}

function signalServer(pid: number, which: NodeJS.Signals): void {
  if (which === 'SIGSTOP') signal(pid, which);
  for (const child of childrenOf(pid)) signal(child, which);
  if (which !== 'SIGSTOP') signal(pid, which);
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'eh-own-pg-'));
  if (user.uid !== undefined && user.gid !== undefined) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const init = spawnSync(join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    ...user,
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const launch = async () => {
    const started = spawn(
      join(BIN, 'postgres'),
      ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=40'],
      { ...user, detached: true, stdio: 'ignore' },
    );
    if (started.pid === undefined) throw new Error('PostgreSQL did not start');
    const exited = new Promise<void>((resolve) => started.once('exit', () => resolve()));
    await waitUntilReady(port, started);
    return { child: started, pid: started.pid, exited };
  };
  let server = await launch();
  return {
    port,
    freeze: () => signalServer(server.pid, 'SIGSTOP'),
    thaw: () => signalServer(server.pid, 'SIGCONT'),
    async crash() {
      signalServer(server.pid, 'SIGKILL');
      await server.exited;
    },
    async restart() {
      server = await launch();
    },
    async stop() {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        signalServer(server.pid, 'SIGCONT');
        // Fast shutdown: the postmaster ends its backends and exits.
        process.kill(server.pid, 'SIGINT');
        await server.exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
