import { expectAccessible } from './accessibility';
import { readFile } from 'node:fs/promises';
import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { signInAs } from './journey-steps';

// The summary row's value cell (the first column is the row header).
async function summaryValue(page: Page, figure: string): Promise<string> {
  const row = page.getByRole('table', { name: /Figures for/ }).getByRole('row', { name: new RegExp(`^${figure}`) });
  return ((await row.getByRole('cell').first().textContent()) ?? '').trim();
}

describe('the FPT manager reads the impact figures', () => {
  const running = portalAndBrowser();

  it('opens the dashboard, filters by an agency and downloads a table as CSV', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();

    await signInAs(page, portal.url, 'fpt.manager@northfield.example.org');
    await page.getByRole('link', { name: 'Impact figures', exact: true }).click();
    await page.getByRole('heading', { name: 'Impact figures', level: 1 }).waitFor();
    await page.getByTestId('figures-as-at').waitFor();
    expect(await page.getByTestId('figures-as-at').textContent()).toMatch(/^Figures as at \d{1,2} \w+ \d{4} at \d/);

    // The synthetic council: four partner-led cases allocated in the last 45 days, one by Oakwood.
    await page.getByRole('table', { name: /Figures for/ }).waitFor();
    await expectAccessible(page, 'the impact figures');
    expect(await summaryValue(page, 'Cases allocated to partners')).toBe('4');
    expect(await summaryValue(page, 'Cases open at the end of the period')).toBe('4');
    await page.getByText('No cases are drifting.').waitFor();

    await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Oakwood Primary School' });
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(/agencyId=/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tr')].some((tr) => tr.textContent?.startsWith('Cases allocated to partners1')),
    );
    expect(await summaryValue(page, 'Cases allocated to partners')).toBe('1');
    expect(await summaryValue(page, 'Children in open cases')).toBe('2');
    const caseload = page.getByRole('table', { name: /Open cases per lead practitioner/ });
    expect(await caseload.getByRole('row').count()).toBe(2); // the header and Sam Carter
    expect(await caseload.getByRole('row', { name: /Sam Carter/ }).textContent()).toContain('Oakwood Primary School');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV of open cases per lead practitioner/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^impact-\d{4}-\d{2}-to-\d{4}-\d{2}-caseload\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toBe('\uFEFFLead practitioner,Agency,Open cases\r\nSam Carter,Oakwood Primary School,1\r\n');

    const [summary] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV of figures for/ }).click(),
    ]);
    const lines = (await readFile(await summary.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe('\uFEFFFigure,Value,Cases counted,Out of');
    expect(lines).toContain('Cases allocated to partners,1,,');
    expect(lines).toContain('New cases referred by education,1,,');

    // The manager adds a locality; a district already in use is refused by its field.
    await page.getByRole('link', { name: 'Localities and their postcode districts' }).click();
    await page.getByRole('heading', { name: 'Localities', level: 1 }).waitFor();
    await page.getByLabel('Name').fill('East');
    await page.getByLabel('Postcode districts').fill('NF5, NF1');
    await page.getByRole('button', { name: 'Add locality' }).click();
    await page.locator('#postcodeDistricts-error').getByText('NF1 is already in North').waitFor();
    await page.getByLabel('Postcode districts').fill('nf5, NF6');
    await page.getByRole('button', { name: 'Add locality' }).click();
    await page.getByText('East added').waitFor();
    expect(await page.getByRole('row', { name: /^East/ }).textContent()).toContain('NF5, NF6');
    await context.close();
  });
});
