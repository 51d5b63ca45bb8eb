import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import { signInAs, signOut } from './journey-steps';

const AGENCY = 'Northfield Young Carers Service';

describe('the FPT manager adds a partner agency that everyone can see', () => {
  const running = portalAndBrowser();

  it('adds an agency, refuses it twice, and shows the list without the form to a partner', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext();
    const page = await context.newPage();

    // The FPT manager adds the agency from the Agencies page.
    await signInAs(page, portal.url, 'fpt.manager@northfield.example.org');
    await page.getByRole('link', { name: 'Agencies', exact: true }).click();
    await page.getByRole('heading', { name: 'Partner agencies' }).waitFor();
    await expectAccessible(page, 'partner agencies');
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.locator('#name-error').getByText('Enter the agency’s name').waitFor();
    await page.locator('#agencyType-error').getByText('Enter the type of agency').waitFor();
    await expectAccessible(page, 'an agency’s form with errors');
    await page.getByLabel('Agency name').fill(AGENCY);
    await page.getByLabel('Type of agency').fill('Voluntary sector');
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.getByText(`${AGENCY} added`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(AGENCY) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Voluntary sector');
    expect(await page.getByLabel('Agency name').inputValue()).toBe('');

    // The same name again is refused, by the name field and in the error summary.
    await page.getByLabel('Agency name').fill(AGENCY);
    await page.getByLabel('Type of agency').fill('Voluntary sector');
    await page.getByRole('button', { name: 'Add agency' }).click();
    const duplicate = 'An agency with this name already exists';
    await page.locator('#name-error').getByText(duplicate).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'There is a problem' }).textContent()).toContain(duplicate);
    expect(await page.getByText(`${AGENCY} added`).count()).toBe(0);
    await signOut(page);

    // A school practitioner sees the list, but not the form.
    await signInAs(page, portal.url, 'sfp@oakwood.example.org');
    expect(await page.getByRole('link', { name: 'Agencies', exact: true }).count()).toBe(0);
    await page.goto(`${portal.url}/agencies`);
    await page.getByRole('heading', { name: 'Partner agencies' }).waitFor();
    await page.getByRole('row', { name: new RegExp(AGENCY) }).waitFor();
    expect(await page.getByRole('heading', { name: 'Add an agency' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add agency' }).count()).toBe(0);
    await context.close();
  });
});
