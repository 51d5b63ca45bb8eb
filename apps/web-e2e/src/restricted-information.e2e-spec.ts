import { expectAccessible } from './accessibility';
import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { openCaseFromCaseload, signInAs, signOut } from './journey-steps';

const ALEX = 'early.help@police.example.org'; // police, named professional on Hartley
const CHRIS = 'worker@harbour.example.org'; // Harbour, lead practitioner for Hartley
const MANAGER = 'fpt.manager@northfield.example.org';
const INTELLIGENCE = 'Synthetic journey intelligence: a former partner has been seen near the address.';

describe('restricted information on a case', () => {
  const running = portalAndBrowser();

  async function openHartley(page: Page): Promise<void> {
    await openCaseFromCaseload(page, running.portal().url, 'Hartley family');
    await page.getByRole('heading', { name: 'Restricted information', exact: true }).waitFor();
  }

  it('is recorded by the police, read by the lead it was shared with, and shown only as held to the FPT', async () => {
    const page = await (await running.browser().newContext()).newPage();
    const portal = running.portal();

    await signInAs(page, portal.url, ALEX);
    await openHartley(page);
    expect(await page.getByText('No restricted information has been recorded.').count()).toBe(1);
    await page.getByRole('button', { name: 'Record restricted information' }).click();
    await page.locator('#category-error').getByText('Select what kind of information this is').waitFor();
    await expectAccessible(page, 'restricted information with errors');
    await page.getByLabel('Police intelligence').check();
    await page.getByLabel('The information').fill(INTELLIGENCE);
    await page.getByLabel('Chris Evans, the lead practitioner').check();
    await page
      .getByRole('group', { name: 'The lawful basis for sharing it' })
      .getByLabel('Safeguarding (Data Protection Act 2018, Schedule 1, paragraph 18)')
      .check();
    await page.getByRole('button', { name: 'Record restricted information' }).click();
    await page.getByText('Restricted information recorded').first().waitFor();
    await page.getByText(INTELLIGENCE).waitFor();
    expect(await page.getByLabel('The information').inputValue()).toBe('');
    await signOut(page);

    // Shared with the lead practitioner: Chris reads it.
    await signInAs(page, portal.url, CHRIS);
    await openHartley(page);
    await page.getByText(INTELLIGENCE).waitFor();
    await signOut(page);

    // The FPT manager sees that the police hold it, and whom to ask, but not what it says.
    await signInAs(page, portal.url, MANAGER);
    await openHartley(page);
    await page.getByText(/Police intelligence held by Northfield Police Early Help Team, recorded .*ask them if you need it\./).waitFor();
    expect(await page.getByText(INTELLIGENCE).count()).toBe(0);
    await page.close();
  });
});
