import { Browser, Page } from 'playwright-core';
import { launchChromium, RunningPortal, startPortalProcess } from './portal-process';

const PASSWORD = 'Demo-EarlyHelp-2026';

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Sign out' }).waitFor();
}

async function fillDate(page: Page, group: string, date: { day: string; month: string; year: string }, scope?: string): Promise<void> {
  const root = scope ? page.getByRole('group', { name: scope }) : page;
  const fieldset = root.getByRole('group', { name: group });
  await fieldset.getByLabel('Day').fill(date.day);
  await fieldset.getByLabel('Month').fill(date.month);
  await fieldset.getByLabel('Year').fill(date.year);
}

describe('a referral, triaged to a school, reaches the school practitioner', () => {
  let portal: RunningPortal;
  let browser: Browser;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortalProcess(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('works end to end through the web client', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();

    // The front door records the referral.
    await signIn(page, portal.url, 'frontdoor@northfield.example.org');
    await page.getByRole('link', { name: 'Record a referral' }).first().click();
    await page.getByLabel('Address line 1').fill('21 Larch Avenue');
    await page.getByLabel('Town or city').fill('Northfield');
    await page.getByLabel('Postcode').fill('NF6 3EE');
    const member = page.getByRole('group', { name: 'Family member 1' });
    await member.getByLabel('First name').fill('Ivy');
    await member.getByLabel('Last name').fill('Thornbury');
    await fillDate(page, 'Date of birth', { day: '14', month: '2', year: '2016' }, 'Family member 1');
    await member.getByLabel('Child', { exact: true }).check();
    await member.getByLabel('Relationship to the child').fill('Daughter');
    await page.getByLabel('A professional from an agency').check();
    await page.getByLabel('Referring agency').selectOption({ label: 'Northfield Police Early Help Team' });
    await page.getByLabel('Name of the person who made the referral').fill('Alex Morgan');
    await page.getByLabel('What are the concerns?').fill('Synthetic test concern: repeated lateness and low mood.');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Record referral' }).click();
    await page.getByText(/Referral R-\d+ recorded/).first().waitFor();

    // It is triaged to the school that knows the family.
    await page.getByLabel('Level 2 – early help led by a partner agency').check();
    await page.getByLabel('Reason for the decision').fill('The school knows Ivy best and can lead early help.');
    await page.getByLabel('Lead agency').selectOption({ label: 'Oakwood Primary School' });
    await page.getByLabel('Lead practitioner').selectOption({ label: 'Sam Carter, School family practitioner' });
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByRole('link', { name: /view the case|C-\d+/i }).first().waitFor();
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.getByLabel('Email address').waitFor();

    // The school practitioner finds it in their caseload and records first contact.
    await signIn(page, portal.url, 'sfp@oakwood.example.org');
    await page.goto(`${portal.url}/cases`);
    const row = page.getByRole('row', { name: /Thornbury family/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Awaiting first contact');
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: /Thornbury family/ }).waitFor();
    await page.getByLabel('Family contacted', { exact: false }).first().check();
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(new Date());
    const part = (type: string) => today.find((p) => p.type === type)?.value ?? '';
    await fillDate(page, 'Date of contact', { day: part('day'), month: part('month'), year: part('year') });
    await page.getByRole('button', { name: /record first contact/i }).click();
    await page.getByText(/First contact with the family/).first().waitFor();
    expect(await page.getByText('Sam Carter').count()).toBeGreaterThan(0);
    await context.close();
  });
});
