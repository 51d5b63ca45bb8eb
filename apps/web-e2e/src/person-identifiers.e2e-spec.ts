import { expectAccessible } from './accessibility';
import type { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { fillDate, signInAs } from './journey-steps';

// The front door records a child's NHS number at referral (a wrong one is refused by field),
// changes the child's identifiers on the family record, and the duplicate check at the next
// referral finds the child by NHS number under another name, saying so.
async function describeChild(page: Page, first: string, last: string, nhsNumber: string): Promise<void> {
  await page.getByLabel('Address line 1').fill('4 Rowan Court');
  await page.getByLabel('Town or city').fill('Northfield');
  await page.getByLabel('Postcode').fill('NF6 3EE');
  const member = page.getByRole('group', { name: 'Family member 1' });
  await member.getByLabel('First name').fill(first);
  await member.getByLabel('Last name').fill(last);
  await fillDate(page, 'Date of birth', { day: '9', month: '5', year: '2015' }, 'Family member 1');
  await member.getByLabel('Child', { exact: true }).check();
  await member.getByLabel('Relationship to the child').fill('Daughter');
  await member.getByLabel('NHS number (optional)').fill(nhsNumber);
}

describe('identifiers on each person', () => {
  const running = portalAndBrowser();

  it('the front door records, corrects and changes a child’s identifiers, and the duplicate check finds her by NHS number', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext();
    const page = await context.newPage();
    await signInAs(page, portal.url, 'frontdoor@northfield.example.org');

    await page.getByRole('link', { name: 'Record a referral' }).first().click();
    await describeChild(page, 'Wren', 'Ashdown', '943 476 5918');
    await page.getByLabel('The family (self-referral)').check();
    await page.getByLabel('Name of the person who made the referral').fill('Parent');
    await page.getByLabel('What are the concerns?').fill('Synthetic test concern.');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Record referral' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('NHS number is not valid: check it and enter it again').waitFor();
    await expectAccessible(page, 'a referral with an invalid NHS number');
    await page.getByRole('group', { name: 'Family member 1' }).getByLabel('NHS number (optional)').fill('943 476 5919');
    await page.getByRole('button', { name: 'Record referral' }).click();
    await page
      .getByText(/Referral R-\d+ recorded/)
      .first()
      .waitFor();
    const members = page.getByRole('table', { name: 'Family members' });
    await members.getByText('NHS number 943 476 5919').waitFor();

    // On the family record: a wrong UPN is refused by field, a right one is saved.
    await page.getByRole('button', { name: 'Change identifiers for Wren Ashdown' }).click();
    await page.getByLabel('Unique pupil number (optional)').fill('W801200115001');
    await page.getByRole('button', { name: 'Save identifiers' }).click();
    await summary.getByText('Unique pupil number is not valid: check it and enter it again').waitFor();
    await page.getByLabel('Unique pupil number (optional)').fill('v801200115001');
    await page.getByRole('button', { name: 'Save identifiers' }).click();
    await page.getByText('Identifiers saved for Wren Ashdown').first().waitFor();
    await members.getByText('UPN V801200115001').waitFor();

    // The next referral names her differently, with her NHS number: matched on the number first.
    await page.goto(`${portal.url}/referrals/new`);
    await describeChild(page, 'Jenny', 'Ashdown-Price', '9434765919');
    await page.getByRole('button', { name: 'Check for existing records' }).click();
    await page.getByText('Wren Ashdown, born 9 May 2015 (same NHS number)').waitFor();
    await context.close();
  });
});
