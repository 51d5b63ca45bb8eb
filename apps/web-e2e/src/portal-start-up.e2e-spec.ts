import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortalProcess } from './portal-process';

// The journeys' start-up wait: a portal that cannot start, or starts without its web client, fails
// the spec at once with the API's own output, rather than as a missing label later on.
jest.setTimeout(120_000);

describe('starting the portal for the browser journeys', () => {
  it('fails with the status and the API output when the web client is not there', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'eh-no-web-'));
    const started = Date.now();
    try {
      await expect(startPortalProcess({ WEB_DIST_DIR: empty })).rejects.toThrow(
        /answers http:\/\/127\.0\.0\.1:\d+\/ with 404 and not the web client's page[\s\S]*Early Help portal listening on/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    // Migrating and seeding take their time; the wait itself does not sit out its 90 seconds.
    expect(Date.now() - started).toBeLessThan(80_000);
  });

  it('fails with the exit and the error when the API stops before answering', async () => {
    // An address this machine does not have: listening fails, the process exits 1.
    await expect(startPortalProcess({ HOST: '192.0.2.1' })).rejects.toThrow(/The API exited \(1\) before it answered:[\s\S]*EADDRNOTAVAIL/);
  });
});
