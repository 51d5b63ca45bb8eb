import { portalAndBrowser } from './portal-process';
import { fillDate, londonDate, signInAs, signOut } from './journey-steps';

describe('a referral, triaged to a school, reaches the school practitioner', () => {
  const running = portalAndBrowser();

  it('works end to end through the web client', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext();
    const page = await context.newPage();

    // The front door records the referral.
    await signInAs(page, portal.url, 'frontdoor@northfield.example.org');
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
    await page
      .getByText(/Referral R-\d+ recorded/)
      .first()
      .waitFor();

    // It is triaged to the school that knows the family.
    await page.getByLabel('Level 2 – early help led by a partner agency').check();
    await page.getByLabel('Reason for the decision').fill('The school knows Ivy best and can lead early help.');
    await page.getByLabel('Lead agency').selectOption({ label: 'Oakwood Primary School' });
    await page.getByLabel('Lead practitioner').selectOption({ label: 'Sam Carter, School family practitioner' });
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page
      .getByRole('link', { name: /view the case|C-\d+/i })
      .first()
      .waitFor();
    await signOut(page);

    // The school practitioner finds it in their caseload and records first contact.
    await signInAs(page, portal.url, 'sfp@oakwood.example.org');
    await page.goto(`${portal.url}/cases`);
    const row = page.getByRole('row', { name: /Thornbury family/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Awaiting first contact');
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: /Thornbury family/ }).waitFor();
    await page.getByLabel('Family contacted', { exact: false }).first().check();
    await fillDate(page, 'Date of contact', londonDate());
    await page.getByRole('button', { name: /record first contact/i }).click();
    await page
      .getByText(/First contact with the family/)
      .first()
      .waitFor();
    expect(await page.getByText('Sam Carter').count()).toBeGreaterThan(0);
    await context.close();
  });
});
