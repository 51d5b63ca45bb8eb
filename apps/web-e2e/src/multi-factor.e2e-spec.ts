import { expectAccessible } from './accessibility';
import { codeFor, currentStep, deviceOf } from './authenticator';
import { enterPassword, setUpAuthenticator, signOut } from './journey-steps';
import { portalAndBrowser } from './portal-process';

const HANNAH = 'health.visitor@health.example.org';
const CODE_LABEL = 'Enter the 6-digit code from your authenticator app';

describe('signing in with a second factor', () => {
  const running = portalAndBrowser();

  it('sets up an authenticator app from a QR code on first sign-in, then signs in with its code or a recovery code', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext();
    const page = await context.newPage();

    // First sign-in: nothing of the portal is shown until the app is set up.
    expect(await enterPassword(page, portal.url, HANNAH)).toBe('SET_UP');
    expect(await page.getByRole('link', { name: 'Sign out' }).count()).toBe(0);
    const qr = page.getByRole('img', { name: /^QR code to scan with your authenticator app/ });
    await qr.waitFor();
    await expectAccessible(page, 'setting up an authenticator');
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const setupKey = ((await page.locator('#setup-key').textContent()) ?? '').trim();
    expect(setupKey).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/);

    // A wrong code is refused at the field and in the error summary.
    await page.getByLabel(CODE_LABEL).fill(codeFor(setupKey, currentStep() + 5));
    await page.getByRole('button', { name: 'Continue' }).click();
    const wrong = 'The code is not right, or it has already been used';
    await page.locator('#code-error').getByText(wrong).waitFor();
    await expectAccessible(page, 'a wrong code');
    expect(await page.getByRole('alert').filter({ hasText: 'There is a problem' }).textContent()).toContain(wrong);

    // The right code: ten recovery codes, shown once, then the portal.
    const recoveryCodes = await setUpAuthenticator(page, portal.url, HANNAH);
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    await page.getByRole('link', { name: 'Sign out' }).waitFor();
    expect(await page.getByText('Hannah Lee').count()).toBeGreaterThan(0);
    await signOut(page);

    // Later: the password, then the app's current code.
    expect(await enterPassword(page, portal.url, HANNAH)).toBe('CODE');
    await page.goto(`${portal.url}/cases`);
    await page.getByLabel('Email address').waitFor();
    expect(await enterPassword(page, portal.url, HANNAH)).toBe('CODE');
    const device = deviceOf(portal.url, HANNAH)!;
    const step = Math.max(currentStep(), device.lastStep + 1);
    device.lastStep = step;
    await page.getByLabel(CODE_LABEL).fill(codeFor(setupKey, step));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Sign out' }).waitFor();
    await signOut(page);

    // Without the phone: a recovery code, which works once.
    await enterPassword(page, portal.url, HANNAH);
    await page.getByRole('link', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Sign out' }).waitFor();
    await signOut(page);

    await enterPassword(page, portal.url, HANNAH);
    await page.getByRole('link', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#code-error').getByText(wrong).waitFor();
    expect(await page.getByRole('link', { name: 'Sign out' }).count()).toBe(0);
    await context.close();
  });
});
