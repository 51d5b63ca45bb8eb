import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import { fillDate, londonDate, openCaseFromCaseload, signInAs, signOut } from './journey-steps';

const SETTING = 'Moorgate Academy';

describe('the directory of education settings and a child’s setting', () => {
  const running = portalAndBrowser();

  it('the front door adds a setting outside the council; the lead practitioner records a child’s move to it', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext();
    const page = await context.newPage();

    // The front door adds a setting; the form names each field that is wrong.
    await signInAs(page, portal.url, 'frontdoor@northfield.example.org');
    await page.getByRole('link', { name: 'Education settings', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Education settings' }).waitFor();
    await expectAccessible(page, 'the education settings directory');
    await page
      .getByRole('row', { name: /Riverside Academy/ })
      .getByText('Jo Patel (DSL)')
      .waitFor();
    await page.getByRole('link', { name: 'Add a setting' }).click();
    await page.getByLabel('Unique reference number (URN)').fill('13900');
    await page.getByRole('radio', { name: 'No, it is outside the council' }).check();
    await page.getByRole('button', { name: 'Add setting' }).click();
    await page.locator('#name-error').getByText('Enter the setting’s name').waitFor();
    await page.locator('#urn-error').getByText('Enter the URN as 6 digits').waitFor();
    await expectAccessible(page, 'a setting’s form with errors');
    await page.locator('#contactEmail-error').getByText('Enter a contact email address').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'There is a problem' }).textContent()).toContain('Choose the setting’s phase');

    await page.getByLabel('Name', { exact: true }).fill(SETTING);
    await page.getByLabel('Unique reference number (URN)').fill('139001');
    await page.getByLabel('Phase').selectOption({ label: 'Secondary' });
    await page.getByLabel('Address line 1').fill('2 Moor Road');
    await page.getByLabel('Town or city').fill('Westby');
    await page.getByLabel('Postcode').fill('WB2 1MA');
    await page.getByLabel('Time the school day starts').fill('08:30');
    await page.getByLabel('Closure days (optional)').fill('4/1/2027');
    await page.getByLabel('Contact email address').fill('dsl@moorgate.example.org');
    await page.getByRole('button', { name: 'Add setting' }).click();
    await page.getByText(`${SETTING} added`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(SETTING) });
    expect(await row.textContent()).toContain('dsl@moorgate.example.org');
    await signOut(page);

    // The lead practitioner records that Mia Brook has moved to it; her old setting ends that day.
    await signInAs(page, portal.url, 'sfp@oakwood.example.org');
    await openCaseFromCaseload(page, portal.url, 'Brook family');
    const members = page.getByRole('table', { name: 'Family members' });
    await members
      .getByRole('row', { name: /Mia Brook/ })
      .getByText('Oakwood Primary School, since 2 September 2021')
      .waitFor();
    await page.getByRole('button', { name: 'Record setting' }).click();
    await page.locator('#personId-error').getByText('Select the child').waitFor();
    await page.getByRole('radio', { name: 'Mia Brook' }).check();
    await page.getByLabel('Setting', { exact: true }).selectOption({ label: `${SETTING} (Westby)` });
    const today = londonDate();
    await fillDate(page, 'When did the child start there?', today);
    await page.getByRole('button', { name: 'Record setting' }).click();
    await page.getByText(`Mia Brook’s setting recorded: ${SETTING}`).waitFor();
    await members
      .getByRole('row', { name: /Mia Brook/ })
      .getByText(new RegExp(`${SETTING}, since`))
      .waitFor();
    const history = page.getByRole('table', { name: 'Each child’s settings' });
    expect(
      await history
        .getByRole('row', { name: /Oakwood Primary School/ })
        .first()
        .textContent(),
    ).not.toContain('Current');
    expect(await history.getByRole('row', { name: new RegExp(SETTING) }).textContent()).toContain('Current');
    await context.close();
  });
});
