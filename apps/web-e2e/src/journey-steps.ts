import { expectAccessible } from './accessibility';
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
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectAccessible(page, `the page after signing in as ${email}`);
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
  const row = page.getByRole('row', { name: new RegExp(family) });
  await row.waitFor();
  await expectAccessible(page, 'the caseload');
  await row.getByRole('link').first().click();
  await page.getByRole('heading', { name: family }).waitFor();
  await expectAccessible(page, `the case page of the ${family}`);
}

// The Brook family's lead records today's Team Around the Family review from the case page.
export async function recordBrookReviewToday(page: Page, caseUrl: string): Promise<void> {
  await page.goto(caseUrl);
  await page.getByRole('link', { name: 'Record a review' }).click();
  await fillDate(page, 'Date of the review', londonDate());
  await page.getByLabel('Who attended').fill('Leah, Grandma, Sam Carter');
  await page.getByLabel('Progress on each goal').fill('Mia was on time four days out of five.');
  await page.getByLabel('The family’s view').fill('Mornings feel calmer.');
  await page.getByLabel('Mia’s view').fill('I like breakfast club.');
  await page.getByLabel('Oscar’s view').fill('Mummy is less cross.');
  await page.getByRole('button', { name: 'Record the review' }).click();
  await page.getByText('Review recorded').waitFor();
}

// The Forum chair schedules `count` fortnightly meetings, the first `inDays` from today, to place items on.
export async function scheduleMeetings(page: Page, url: string, inDays: number, count = 1): Promise<void> {
  await page.goto(`${url}/forum`);
  await fillDate(page, 'Date of the first meeting', londonDate(inDays));
  await page.getByLabel('Place or online link').fill('Northfield Family Hub, Room 2');
  await page.getByLabel('How many meetings').fill(String(count));
  await page.getByRole('button', { name: 'Schedule meetings' }).click();
  await page.getByRole('table').getByRole('link').first().waitFor();
}

// From the case page: the lead invites a professional of another agency on a lawful basis.
export async function inviteOnLawfulBasis(
  page: Page,
  invitee: { readonly agency: string; readonly person: string; readonly role: string; readonly why: string },
): Promise<void> {
  const invite = page.locator('details', { hasText: 'Invite a professional' });
  await invite.getByText('Invite a professional').click();
  await invite.getByLabel('Agency', { exact: true }).selectOption({ label: invitee.agency });
  await invite.getByLabel('Person in that agency').selectOption({ label: invitee.person });
  await invite.getByLabel('Role in the team').fill(invitee.role);
  await invite.getByLabel('A lawful basis to share without consent').check();
  await invite.getByLabel('Lawful basis', { exact: true }).selectOption({ label: 'Safeguarding a child or adult at risk' });
  await invite.getByLabel('Why the information can be shared without consent').fill(invitee.why);
  await invite.getByRole('button', { name: 'Send the invitation' }).click();
  await page.getByText('Invitation sent').first().waitFor();
}

// From the case page: a partner raises an escalation concern for the Forum chair.
export async function raiseEscalationConcern(page: Page, urgency: string, worry: string, tried: string): Promise<void> {
  await page.getByRole('link', { name: 'Raise an escalation concern for the Forum chair' }).click();
  await page.getByRole('heading', { name: 'Raise an escalation concern' }).waitFor();
  await page.getByLabel(urgency).check();
  await page.getByLabel('What worries you?').fill(worry);
  await page.getByLabel('What has been tried so far?').fill(tried);
  await page.getByRole('button', { name: 'Send to the Forum chair' }).click();
  await page.getByRole('heading', { name: 'My escalation concerns' }).waitFor();
}

// On the Forum screen, the chair places a family's concern on an agenda: the meeting its urgency
// allows, which comes preselected, or the scheduled meeting at `pick` (0 for the first). Returns
// the date of the meeting it went on, as the screen writes it.
export async function placeConcernOnAgenda(page: Page, url: string, family: string, pick?: number): Promise<string> {
  await page.goto(`${url}/forum`);
  const concern = page.getByRole('region', { name: `Concern about the ${family}` });
  await concern.getByLabel('Place on the agenda').check();
  const meetings = concern.getByRole('group', { name: 'Which meeting?' });
  await meetings.getByRole('radio').first().waitFor();
  if (pick !== undefined) await meetings.getByRole('radio').nth(pick).check();
  const chosen = meetings.locator('.govuk-radios__item', { has: page.locator('input:checked') }).locator('label');
  const meetsOn = /^\d{1,2} \w+ \d{4}/.exec((await chosen.textContent()) ?? '')?.[0] ?? '';
  await concern.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText(`${family} placed on the agenda of ${meetsOn}`).waitFor();
  return meetsOn;
}

// On a scheduled meeting's page: a meeting is started on its day, not before, so a journey that
// cannot wait for the day has the chair bring the meeting to today, then start it.
export async function startMeetingToday(page: Page): Promise<void> {
  await page.getByText(/^You can start the meeting on .+, the day it meets\.$/).waitFor();
  expect(await page.getByRole('button', { name: 'Start the meeting' }).count()).toBe(0);
  await fillDate(page, 'New date', londonDate(0));
  await page.getByRole('button', { name: 'Move the meeting' }).click();
  await page.getByText('Meeting moved').waitFor();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByText('Meeting started').waitFor();
}

// On a meeting's page in session: the chair records the council team's attendance, closes the
// meeting (it is then held) and publishes its minutes.
export async function closeMeetingAndPublishMinutes(page: Page): Promise<void> {
  const meetingUrl = page.url();
  await page.getByRole('button', { name: 'Close the meeting (mark it held)' }).click();
  await page.getByRole('link', { name: 'Record who attended before closing the meeting' }).waitFor();
  const agency = page.getByLabel('Agency', { exact: true });
  const fpt = agency.locator('option', { hasText: 'Family Partnership Team' }).first();
  await fpt.waitFor({ state: 'attached' });
  await agency.selectOption((await fpt.getAttribute('value')) ?? '');
  await page.getByLabel('Names, separated by commas').fill('Daniel Okafor, Priya Shah');
  await page.getByRole('button', { name: 'Record attendance' }).click();
  await page.getByText('Attendance recorded').waitFor();
  await page.getByRole('button', { name: 'Close the meeting (mark it held)' }).click();
  await page.getByText('Meeting closed and marked as held').waitFor();
  await page.goto(`${meetingUrl}/minutes`);
  await page.getByRole('button', { name: 'Publish the minutes' }).click();
  await page.getByText('Minutes signed off').waitFor();
}
