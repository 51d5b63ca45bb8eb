import { portalAndBrowser } from './portal-process';
import { openCaseFromCaseload, signInAs } from './journey-steps';

const SAM = 'sfp@oakwood.example.org';

// A council that says "Early Support" (COUNCIL_TERMS=early-support) sees its own words on a case page.
describe('a council’s own words on the case page', () => {
  const running = portalAndBrowser({ COUNCIL_TERMS: 'early-support' });

  it('names the lead professional and the Early Support Assessment, never My Family Plan', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();
    await signInAs(page, portal.url, SAM);
    await page.goto(`${portal.url}/cases`);
    await page.getByRole('columnheader', { name: 'Lead professional' }).waitFor();
    await openCaseFromCaseload(page, portal.url, 'Brook family');

    const main = page.locator('main');
    await main.getByText('Lead professional', { exact: true }).waitFor();
    await main.getByText('Early Support Assessment due', { exact: true }).waitFor();
    const text = await main.innerText();
    expect(text).not.toContain('My Family Plan');
    expect(text).not.toMatch(/lead practitioner/i);
  });
});
