import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, Socket } from 'node:net';
import { join } from 'node:path';
import { freePort } from './own-redis';
import { apiProcessEnv, startTestPortal, TestPortal } from './test-app';

// SIGTERM drains: the compiled API (npm run build:api) stops taking connections, finishes the
// request it is still reading, then exits 0.
const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await pause(100);
  }
  throw new Error(`Timed out waiting until ${what}`);
}

const answers = (url: string) =>
  fetch(`${url}/health/live`).then(
    (r) => r.ok,
    () => false,
  );

describe('graceful shutdown of the API process', () => {
  let portal: TestPortal;
  let api: ChildProcess;
  let output = '';
  beforeAll(async () => {
    portal = await startTestPortal();
  });
  afterAll(async () => {
    if (api?.exitCode === null) api.kill('SIGKILL');
    await portal.close();
  });

  it('finishes a request in flight after SIGTERM, refuses new connections, and exits 0', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    api = spawn('node', ['-r', join(ROOT, 'scripts', 'runtime-paths.cjs'), MAIN], {
      env: {
        ...apiProcessEnv(portal, port),
        LOG_FORMAT: 'json',
        SHUTDOWN_GRACE_SECONDS: '20',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(() => answers(url), 'the API answers');

    // A request whose body is only half sent when the signal comes.
    const body = JSON.stringify({ query: '{ __typename }' });
    const socket: Socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    let response = '';
    socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 8));
    await pause(300);

    const exited = once(api, 'exit');
    api.kill('SIGTERM');
    await until(async () => !(await answers(url)), 'new connections are refused');
    await pause(300);
    expect(api.exitCode).toBeNull();

    // Written, not ended: a client that closes its side is a client gone (request-scope.middleware.ts).
    socket.write(body.slice(8));
    await once(socket, 'close');
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response).toContain('{"data":{"__typename":"Query"}}');

    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(output).toMatch(/SIGTERM: draining/);
    expect(output).toMatch(/Drained: exiting/);
  });
});
