import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './own-redis';
import { apiProcessEnv } from './api-process';
import { startTestPortal, TestPortal } from './test-app';

// The portal installed under a folder whose path has a hidden folder in it (a home directory's
// .local): the compiled API (npm run build:api) and the built client (npm run build:web) are copied
// there and started as the start command starts them. Every client-side route loads the page.
const ROOT = join(__dirname, '..', '..', '..');
const BUILT_API = join(ROOT, 'dist', 'api');
const BUILT_WEB = join(ROOT, 'apps', 'web', 'dist');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the portal installed under a hidden folder', () => {
  let portal: TestPortal;
  let scratch: string;
  let install: string;
  let api: ChildProcess | undefined;
  let output = '';
  let url: string;

  beforeAll(async () => {
    for (const built of [join(BUILT_API, 'apps', 'api', 'src', 'main.js'), join(BUILT_WEB, 'index.html')])
      if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build:api and npm run build:web first`);
    portal = await startTestPortal();
    scratch = mkdtempSync(join(tmpdir(), 'eh-home-'));
    install = join(scratch, '.local', 'portal');
    mkdirSync(join(install, 'scripts'), { recursive: true });
    cpSync(BUILT_API, join(install, 'dist', 'api'), { recursive: true });
    cpSync(BUILT_WEB, join(install, 'apps', 'web', 'dist'), { recursive: true });
    cpSync(join(ROOT, 'scripts', 'runtime-paths.cjs'), join(install, 'scripts', 'runtime-paths.cjs'));
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'));

    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = spawn(
      'node',
      ['-r', join(install, 'scripts', 'runtime-paths.cjs'), join(install, 'dist', 'api', 'apps', 'api', 'src', 'main.js')],
      {
        cwd: install,
        env: {
          ...apiProcessEnv(portal, port),
          WEB_DIST_DIR: join(install, 'apps', 'web', 'dist'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; ; i++) {
      const live = await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (live) break;
      if (api.exitCode !== null || i >= 300) throw new Error(`The API started from ${install} did not answer:\n${output}`);
      await pause(100);
    }
  });
  afterAll(async () => {
    if (api && api.exitCode === null && api.signalCode === null) {
      const exited = once(api, 'exit');
      api.kill('SIGTERM');
      await exited;
    }
    await portal?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('answers a deep link with the page, from a path with a hidden folder in it', async () => {
    expect(install).toContain(`${join('.local', 'portal')}`);
    const response = await fetch(`${url}/cases/123`);
    const page = await response.text();
    expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
      status: 200,
      type: expect.stringMatching(/^text\/html/),
    });
    // The page the build wrote, not an error page.
    expect(page).toBe(readFileSync(join(BUILT_WEB, 'index.html'), 'utf8'));
  });

  it("serves the page's own script and stylesheet from there too", async () => {
    const page = await (await fetch(`${url}/`)).text();
    const assets = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await fetch(`${url}${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('still refuses to serve hidden files asked for by name', async () => {
    writeFileSync(join(install, 'apps', 'web', 'dist', '.secret'), 'not for the browser');
    const response = await fetch(`${url}/.secret`);
    const body = await response.text();
    expect(body).not.toContain('not for the browser');
    // The request gets the single page, whose router answers for unknown addresses.
    expect(body).toContain('<div id="root">');
  });
});
