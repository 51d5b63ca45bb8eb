import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { fillDate, londonDate, openCaseFromCaseload, scheduleMeetings, signInAs, signOut } from './journey-steps';

const SAM = 'sfp@oakwood.example.org';
const CHRIS = 'worker@harbour.example.org'; // Harbour, lead for the Hartley family
const CHAIR = 'fpt.manager@northfield.example.org';

// Early Help's own words, none of which a council that says "Early Support" should see.
const DEFAULT_WORDS = /early help|lead practitioner|my family plan/i;

// An agency's own name is the agency's, not the council's wording (the demo police team is called
// "Northfield Police Early Help Team"), so names are left out of what is checked.
const AGENCY_NAMES = /Northfield Police Early Help Team/g;

async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(AGENCY_NAMES, '');
}

// A council that says "Early Support" (COUNCIL_TERMS=early-support) sees its own words on every screen.
describe('a council’s own words', () => {
  const running = portalAndBrowser({ COUNCIL_TERMS: 'early-support' });

  it('on the caseload and the case page: the lead professional, the Early Support Assessment and the level of need', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();
    await signInAs(page, portal.url, SAM);
    await page.goto(`${portal.url}/cases`);
    await page.getByRole('columnheader', { name: 'Lead professional' }).waitFor();
    await openCaseFromCaseload(page, portal.url, 'Brook family');

    const main = page.locator('main');
    await main.getByText('Lead professional', { exact: true }).waitFor();
    await main.getByText('Early Support Assessment due', { exact: true }).waitFor();
    await main.getByText('Level 2 – early support led by a partner', { exact: true }).waitFor();
    expect(await mainText(page)).not.toMatch(DEFAULT_WORDS);

    // The home page and the navigation too.
    await page.goto(portal.url);
    await page.getByRole('heading', { level: 1, name: 'Early Support' }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(DEFAULT_WORDS);
  });

  it('on the plan: started, its task list and the chronology in the council’s words', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();
    await signInAs(page, portal.url, SAM);
    await openCaseFromCaseload(page, portal.url, 'Brook family');
    const caseUrl = page.url();

    await page.getByText('Help is voluntary: record whether the family took up the offer of early support.').waitFor();
    await page.getByLabel('Family contacted').check();
    await fillDate(page, 'Date of contact', londonDate());
    await page.getByRole('button', { name: 'Record first contact' }).click();
    await page.getByRole('button', { name: 'Start the Early Support Assessment' }).click();
    await page.getByText('Early Support Assessment started').first().waitFor();
    await page.getByRole('link', { name: 'The family’s story' }).waitFor();
    expect(await mainText(page)).not.toMatch(DEFAULT_WORDS);

    // The case page's plan summary (its status tag) and the chronology line the API wrote.
    await page.goto(caseUrl);
    await page.getByText('In progress', { exact: true }).first().waitFor();
    await page.getByText('Early Support Assessment started', { exact: true }).first().waitFor();
    expect(await mainText(page)).not.toMatch(DEFAULT_WORDS);
  });

  it('on the Forum agenda, the escalation concern and the mentoring request', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();
    await signInAs(page, portal.url, CHAIR);
    await scheduleMeetings(page, portal.url, 7);
    await page.getByRole('heading', { level: 1, name: 'Early Support Forum' }).waitFor();
    expect(await mainText(page)).not.toMatch(DEFAULT_WORDS);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { name: /Meeting on/ }).waitFor();
    const meetingUrl = page.url();
    await signOut(page);

    // The Hartley family's lead brings the case; the agenda's one-page summary names the assessment.
    await signInAs(page, portal.url, CHRIS);
    await page.goto(meetingUrl);
    const cases = page.getByLabel('Case', { exact: true });
    const option = cases.locator('option', { hasText: 'Hartley family' }).first();
    await option.waitFor({ state: 'attached' });
    await cases.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByLabel('Seeking advice').check();
    await page.getByLabel('What has changed for the family').fill('Synthetic update for the Hartley family.');
    await page.getByRole('button', { name: 'Add to the agenda' }).click();
    await page.getByText('Case added to the agenda').waitFor();
    await page.getByText('Early Support Assessment', { exact: true }).first().waitFor();
    expect(await mainText(page)).not.toMatch(DEFAULT_WORDS);

    await openCaseFromCaseload(page, portal.url, 'Hartley family');
    const caseUrl = page.url();
    await page.goto(`${caseUrl}/escalation-concern/new`);
    await page.getByLabel('Can wait for the next Forum').waitFor();
    expect(await mainText(page)).not.toMatch(DEFAULT_WORDS);

    await page.goto(`${caseUrl}/mentoring/new`);
    await page.getByLabel('Early Support Assessment quality').waitFor();
    expect(await mainText(page)).not.toMatch(DEFAULT_WORDS);
  });
});
