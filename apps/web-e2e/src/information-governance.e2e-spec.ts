import { expectAccessible } from './accessibility';
import { readFile } from 'node:fs/promises';
import { portalAndBrowser } from './portal-process';
import { fillDate, signInAs, signOut } from './journey-steps';

describe('the FPT manager as information governance officer', () => {
  const running = portalAndBrowser();

  it('changes a retention period, places and lifts a legal hold, and downloads a subject access export', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();

    await signInAs(page, portal.url, 'fpt.manager@northfield.example.org');
    await page.getByRole('link', { name: 'Information governance', exact: true }).click();
    await page.getByRole('heading', { name: 'Information governance', level: 1 }).waitFor();
    await expectAccessible(page, 'information governance');
    const caseRow = page.getByRole('row', { name: /Closed or declined early help case/ });
    expect(await caseRow.textContent()).toContain('Until the youngest child’s 25th birthday');

    // The retention schedule: a bad period is refused by its field; a good one is saved.
    await page
      .getByRole('row', { name: /Referral closed with no further action/ })
      .getByRole('link', { name: /Change/ })
      .click();
    await page.getByRole('heading', { name: 'Change how long a record is kept' }).waitFor();
    await page.getByLabel('Number of years', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#period-error').getByText('Period must be a number of years from 1 to 100').waitFor();
    await expectAccessible(page, 'a retention change with errors');
    await page.getByLabel('Number of years', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Retention changed: 3 years after it ends').waitFor();
    expect(await page.getByRole('row', { name: /Referral closed with no further action/ }).textContent()).toContain('by Daniel Okafor');

    // A legal hold on a case, from the case page (which fills in its reference), then lifted.
    await page.getByRole('link', { name: 'Partner-led cases' }).click();
    await page.getByRole('link', { name: 'C-1001', exact: true }).click();
    await page.getByRole('link', { name: 'Place a legal hold on this case' }).click();
    expect(await page.getByLabel('Case reference').inputValue()).toBe('C-1001');
    await page.getByLabel('Why the records must be kept').fill('Complaint under investigation');
    await page.getByRole('button', { name: 'Place legal hold' }).click();
    await page.getByText('Legal hold placed on C-1001').waitFor();
    const holdRow = page.getByRole('row', { name: /Complaint under investigation/ });
    await holdRow.getByRole('button', { name: 'Lift legal hold on C-1001' }).click();
    await page.getByText('Legal hold on C-1001 lifted').waitFor();
    // The list reloads without the lifted hold.
    await page.getByRole('row', { name: /Complaint under investigation/ }).waitFor({ state: 'detached' });

    // A subject access export for Mia Brook, found by name and date of birth.
    await page.getByLabel('Last name').fill('Brook');
    await fillDate(page, 'Date of birth (optional)', { day: '2', month: '6', year: '2017' });
    await page.getByRole('button', { name: 'Find person' }).click();
    const person = page.getByRole('row', { name: /Mia Brook/ });
    await person.waitFor();
    expect(await page.getByRole('row', { name: /Oscar Brook/ }).count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      person.getByRole('button', { name: 'Download export for Mia Brook' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^subject-access-EH-\d+-\d{4}-\d{2}-\d{2}\.html$/);
    const file = await readFile(await download.path(), 'utf8');
    expect(file).toContain('<h1>Subject access export: Mia Brook</h1>');
    expect(file).toContain('Mia is often tired and hungry in the mornings.');
    expect(file).toContain('<mark class="redact" title="Another family member">Leah Brook</mark>');
    expect(file).toContain('<mark class="redact" title="A practitioner">Sam Carter</mark>');
    expect(file).not.toContain('Hartley');
    await page.getByText(/Export for Mia Brook downloaded\. \d+ passages are marked/).waitFor();
    await signOut(page);

    // A partner has no way in.
    await signInAs(page, portal.url, 'sfp@oakwood.example.org');
    expect(await page.getByRole('link', { name: 'Information governance', exact: true }).count()).toBe(0);
    await page.goto(`${portal.url}/information-governance`);
    await page.getByRole('heading', { name: 'You cannot view this page' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Place legal hold' }).count()).toBe(0);
    await context.close();
  });
});
