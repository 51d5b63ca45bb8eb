import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import { fillDate, londonDate, signInAs, signOut } from './journey-steps';

describe('a school DSL makes a referral, and the front door sees it to triage', () => {
  const running = portalAndBrowser();

  it('works end to end through the web client', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext();
    const page = await context.newPage();

    // Riverside's designated safeguarding lead refers from their home page.
    await signInAs(page, portal.url, 'dsl@riverside.example.org');
    await page.getByRole('link', { name: 'Make a referral' }).first().click();
    await page.getByRole('heading', { name: 'Make a referral' }).waitFor();
    await expectAccessible(page, 'a partner’s referral form');
    // A partner is offered no search of other families' records.
    expect(await page.getByRole('button', { name: 'Check for existing records' }).count()).toBe(0);
    await page.getByLabel('Address line 1').fill('9 Rowan Gardens');
    await page.getByLabel('Town or city').fill('Northfield');
    await page.getByLabel('Postcode').fill('NF5 1AB');
    const member = page.getByRole('group', { name: 'Family member 1' });
    await member.getByLabel('First name').fill('Nia');
    await member.getByLabel('Last name').fill('Ashdown');
    await fillDate(page, 'Date of birth', { day: '3', month: '9', year: '2015' }, 'Family member 1');
    await member.getByLabel('Child', { exact: true }).check();
    await member.getByLabel('Relationship to the child').fill('Daughter');
    await page.getByLabel('What are you worried about?').fill('Synthetic test concern: Nia is withdrawn and often late.');
    await page.getByLabel('The family’s own words (optional)').fill('Mum says: “we need help with mornings”.');
    // Without an answer on consent the form names the field.
    await page.getByRole('button', { name: 'Send referral to the front door' }).click();
    await page.getByRole('link', { name: 'Select whether the family agreed to the referral' }).waitFor();
    await expectAccessible(page, 'a partner’s referral form with errors');
    await page.getByLabel('Yes, the family agreed').check();
    await fillDate(page, 'When did the family agree?', londonDate());
    await page.getByRole('button', { name: 'Send referral to the front door' }).click();
    await page
      .getByText(/Referral R-\d+ sent to the front door/)
      .first()
      .waitFor();
    const mine = page.getByRole('table', { name: 'My referrals' });
    await mine.getByRole('row', { name: /Ashdown family/ }).waitFor();
    expect(await mine.getByRole('row', { name: /Ashdown family/ }).textContent()).toContain('waiting for the front door to triage it');
    await signOut(page);

    // The front door finds it on its triage list, with the family's own words.
    await signInAs(page, portal.url, 'frontdoor@northfield.example.org');
    await page.goto(`${portal.url}/referrals?status=AWAITING_TRIAGE`);
    const row = page.getByRole('row', { name: /Ashdown family/ });
    await row.waitFor();
    await row.getByRole('link').first().click();
    await page.getByText('we need help with mornings').first().waitFor();
    expect(await page.getByText('Riverside Academy').count()).toBeGreaterThan(0);
    await context.close();
  });
});
