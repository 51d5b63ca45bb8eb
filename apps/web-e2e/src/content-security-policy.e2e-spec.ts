import { portalAndBrowser } from './portal-process';
import { signInAs } from './journey-steps';

// The API sends a strict Content-Security-Policy (self only, no inline script or style). The
// client must work under it: every screen a front-door officer opens renders, and Chromium
// reports no violation on the way.
describe('the web client under its Content-Security-Policy', () => {
  const running = portalAndBrowser();

  it('renders the main screens with no policy violation', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) console.push(message.text());
    });

    const first = await page.goto(`${portal.url}/sign-in`);
    expect(first?.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self'/);
    await signInAs(page, portal.url, 'frontdoor@northfield.example.org');
    for (const [link, heading] of [
      ['Referrals', 'Referrals'],
      ['Partner-led cases', 'Partner-led cases'],
      ['Forum', 'Early Help Forum'],
      ['Agencies', 'Partner agencies'],
    ]) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    await page.getByRole('link', { name: 'Referrals', exact: true }).click();
    await page
      .getByRole('link', { name: /^R-\d+/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1 }).waitFor();

    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect([...violations, ...console]).toEqual([]);
    await context.close();
  });
});
