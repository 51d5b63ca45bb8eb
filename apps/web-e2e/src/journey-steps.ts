import { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Demo-EarlyHelp-2026';

export async function signInAs(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
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
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
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
