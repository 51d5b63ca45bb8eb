import { Page } from 'playwright-core';
import { addDevice, currentStep, deviceOf, nextCode } from './authenticator';

export const DEMO_PASSWORD = 'Demo-EarlyHelp-2026';

const CODE_LABEL = 'Enter the 6-digit code from your authenticator app';
const SECOND_STEP = /^(Set up your authenticator app|Check your authenticator app)$/;

export async function enterPassword(page: Page, url: string, email: string): Promise<'SET_UP' | 'CODE'> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const heading = page.getByRole('heading', { level: 1, name: SECOND_STEP });
  await heading.waitFor();
  return (await heading.textContent()) === 'Set up your authenticator app' ? 'SET_UP' : 'CODE';
}

// First sign-in: read the setup key off the page (as a person would type it into an app), give
// the app's code, and keep the recovery codes shown once. Returns them.
export async function setUpAuthenticator(page: Page, url: string, email: string): Promise<string[]> {
  const setupKey = ((await page.locator('#setup-key').textContent()) ?? '').trim();
  const step = currentStep();
  const device = { setupKey, recoveryCodes: [] as string[], lastStep: step - 1 };
  await page.getByLabel(CODE_LABEL).fill(nextCode(device) ?? '');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
  const codes = (await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents()).map((c) => c.trim());
  device.recoveryCodes.push(...codes);
  addDevice(url, email, device);
  await page.getByRole('button', { name: 'I have saved these codes' }).click();
  return codes;
}

// Signs in with the password and the second factor, setting up the authenticator on the first
// sign-in; later ones use the app's code (or a recovery code if both usable steps are spent).
export async function signInAs(page: Page, url: string, email: string): Promise<void> {
  if ((await enterPassword(page, url, email)) === 'SET_UP') {
    await setUpAuthenticator(page, url, email);
  } else {
    const device = deviceOf(url, email);
    if (!device) throw new Error(`${email} has an authenticator this journey did not set up`);
    const code = nextCode(device);
    if (code) {
      await page.getByLabel(CODE_LABEL).fill(code);
    } else {
      await page.getByRole('link', { name: 'Use a recovery code instead' }).click();
      await page.getByLabel('Recovery code').fill(device.recoveryCodes.shift() ?? '');
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('link', { name: 'Sign out' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Sign out' }).click();
  await page.getByLabel('Email address').waitFor();
}

export interface DateFields {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export function londonDate(offsetDays = 0): DateFields {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(Date.now() + offsetDays * 86_400_000));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}

// Fills a GOV.UK date input found by its legend, optionally inside a named group.
export async function fillDate(page: Page, legend: string, date: DateFields, within?: string): Promise<void> {
  const root = within ? page.getByRole('group', { name: within }) : page;
  const fieldset = root.getByRole('group', { name: legend, exact: true });
  await fieldset.getByLabel('Day').fill(date.day);
  await fieldset.getByLabel('Month').fill(date.month);
  await fieldset.getByLabel('Year').fill(date.year);
}

// Opens a family's case from the signed-in person's caseload.
export async function openCaseFromCaseload(page: Page, url: string, family: string): Promise<void> {
  await page.goto(`${url}/cases`);
  await page
    .getByRole('row', { name: new RegExp(family) })
    .getByRole('link')
    .first()
    .click();
  await page.getByRole('heading', { name: family }).waitFor();
}
