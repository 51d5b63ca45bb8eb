import { expectAccessible } from './accessibility';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { openCaseFromCaseload, signInAs, signOut } from './journey-steps';

// The summary row's value cell (the first column is the row header).
async function summaryValue(page: Page, figure: string): Promise<string> {
  const row = page.getByRole('table', { name: /Figures for/ }).getByRole('row', { name: new RegExp(`^${figure}`) });
  return ((await row.getByRole('cell').first().textContent()) ?? '').trim();
}

// One of the synthetic council's cases (not Oakwood's) closed today, written as the lead would
// record it: two needs coded against the framework, education closed with significant progress
// and housing with some; its sustainment check is six months away. The figures are then refreshed,
// as the worker does every 10 minutes.
async function closedWithNeeds(databaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const {
      rows: [c],
    } = await db.query(
      `SELECT c.id, c.lead_agency_id AS agency, c.lead_practitioner_id AS lead FROM early_help_case c JOIN agency a ON a.id = c.lead_agency_id
        WHERE a.name <> 'Oakwood Primary School' AND c.level = 2 ORDER BY c.reference LIMIT 1`,
    );
    await db.query(
      `UPDATE early_help_case SET status = 'CLOSED', first_contact_on = allocated_on, closure_outcome = 'NEEDS_MET',
              closed_on = (now() AT TIME ZONE 'Europe/London')::date WHERE id = $1`,
      [c.id],
    );
    for (const [key, outcome] of [
      ['EDUCATION', 'SIGNIFICANT_PROGRESS'],
      ['HOUSING', 'SOME_PROGRESS'],
    ]) {
      await db.query(
        `INSERT INTO plan_need (case_id, heading_id, description, evidence, evidence_agency_id, identified_on, recorded_by, outcome,
                                outcome_evidence, outcome_recorded_by, outcome_recorded_at)
         SELECT $1, h.id, 'Synthetic need', 'Synthetic evidence', $2, c.allocated_on, $3, $4, 'Synthetic outcome', $3, now()
           FROM outcome_heading h, early_help_case c WHERE h.key = $5 AND c.id = $1`,
        [c.id, c.agency, c.lead, outcome, key],
      );
    }
    await db.query(`SELECT eh_refresh_impact_figures()`);
  } finally {
    await db.end();
  }
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

  it('shows where families came from and went to, the days to allocation, and the share ledger by lawful basis', async () => {
    const portal = running.portal();
    const context = await running.browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();

    // The school's lead records a decision not to share, on the duty to share.
    await signInAs(page, portal.url, 'sfp@oakwood.example.org');
    await openCaseFromCaseload(page, portal.url, 'Brook family');
    await page.getByLabel('No, I decided not to share it').check();
    await page.getByLabel('What information was it?').fill('What the older child wrote in the worry box');
    await page
      .getByLabel('Which agency was it shared with, or not shared with?')
      .selectOption({ label: 'Northfield Police Early Help Team' });
    await page.getByLabel('Duty to share (section 16LA, Children Act 2004)').check();
    await page.getByLabel('Sharing would be more detrimental to the child than not sharing').check();
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Decision recorded').first().waitFor();
    await signOut(page);

    await signInAs(page, portal.url, 'fpt.manager@northfield.example.org');
    await page.goto(`${portal.url}/impact`);
    // The synthetic council: four cases allocated in the last 45 days, each the day after its
    // referral; no family has a history with social care.
    const history = page.getByRole('table', { name: /where families came from and went to/ });
    await history.waitFor();
    await expectAccessible(page, 'the impact measures');
    const value = async (table: typeof history, row: string, cell = 0) =>
      (
        (await table
          .getByRole('row', { name: new RegExp(`^${row}`) })
          .getByRole('cell')
          .nth(cell)
          .textContent()) ?? ''
      ).trim();
    expect(await value(history, 'Cases allocated \\(levels 2 and 3\\)')).toBe('4');
    expect(await value(history, 'Previously open to children’s social care')).toBe('0.0%');
    expect(await value(history, 'Previously open to children’s social care', 2)).toBe('4');
    expect(await value(history, 'Median days from referral to allocation')).toBe('1');
    const days = page.getByRole('table', { name: 'Cases by days from referral to allocation' });
    expect(await value(days, '1 day')).toBe('4');
    expect(await value(days, 'Same day')).toBe('0');
    await page.getByRole('heading', { name: 'History and destinations by month' }).waitFor();

    // The ledger's decision, counted live, by lawful basis.
    const sharing = page.getByRole('table', { name: /Decisions to share information or not/ });
    expect(await value(sharing, 'Duty to share')).toBe('0');
    expect(await value(sharing, 'Duty to share', 1)).toBe('1');
    expect(await value(sharing, 'Duty to share', 3)).toBe('1');
    expect(await value(sharing, 'Consent', 3)).toBe('0');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV of decisions to share information or not/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^impact-\d{4}-\d{2}-to-\d{4}-\d{2}-share-decisions\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFLawful basis,Shared,Not shared: sharing would be more detrimental to the child than not sharing,Not shared: another reason,All decisions',
    );
    expect(lines).toContain('"Duty to share (section 16LA, Children Act 2004)",0,1,0,1');
    await context.close();
  });
  it('shows the needs met by heading in the cases closed in the period, and downloads them as CSV', async () => {
    const portal = running.portal();
    await closedWithNeeds(portal.databaseUrl);
    const context = await running.browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, portal.url, 'fpt.manager@northfield.example.org');
    await page.goto(`${portal.url}/impact`);

    const needs = page.getByRole('table', { name: /Needs in cases closed from .* by heading of the outcome framework/ });
    await needs.waitFor();
    await page.getByRole('heading', { name: 'Needs met by heading', level: 2 }).waitFor();
    await expectAccessible(page, 'needs met by heading');
    const value = async (row: string, cell: number) =>
      (
        (await needs
          .getByRole('row', { name: new RegExp(`^${row}`) })
          .getByRole('cell')
          .nth(cell)
          .textContent()) ?? ''
      ).trim();
    // Education: one need, met; its check has not come yet, so nothing to say about sustainment.
    expect(await value('Getting a good education', 0)).toBe('1');
    expect(await value('Getting a good education', 1)).toBe('100.0%');
    expect(await value('Getting a good education', 3)).toBe('0');
    expect(await value('Getting a good education', 4)).toBe('No data');
    // Housing: one need, some progress only: not met.
    expect(await value('Secure housing', 0)).toBe('1');
    expect(await value('Secure housing', 1)).toBe('0.0%');
    // Every heading of the framework is listed, with no data where no closed case had the need.
    expect(await needs.getByRole('row').count()).toBe(11); // the header and ten headings
    expect(await value('Crime prevention and tackling crime', 1)).toBe('No data');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV of needs in cases closed from/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^impact-\d{4}-\d{2}-to-\d{4}-\d{2}-needs-met\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFOutcome heading,Needs,Met (closed with significant progress),Needs met,Needs met whose sustainment check is done,Sustained (progress held),Needs sustained',
    );
    expect(lines).toContain('Getting a good education,1,100.0%,1,0,No data,0');
    expect(lines).toContain('Secure housing,1,0.0%,0,0,No data,0');
    await context.close();
  });
});
