import { expectAccessible } from './accessibility';
import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { fillDate, openCaseFromCaseload, signInAs, signOut } from './journey-steps';

const CHAIR = 'fpt.manager@northfield.example.org'; // the FPT manager, who may change any partner-led case's lead
const FRONT_DOOR = 'frontdoor@northfield.example.org';
const JO = 'dsl@riverside.example.org'; // Riverside Academy

const errorSummary = (page: Page) => page.locator('.govuk-error-summary');

// Offering a case to another agency, and that agency deciding on it; a step-down from children's
// social care offered to a partner. The forms share their parts (offer-fields.tsx, offer-card.tsx,
// family-draft.tsx); these journeys hold them to what they did before.
describe('a case offered to another agency', () => {
  const running = portalAndBrowser();

  async function offerBrookToJo(page: Page, url: string): Promise<void> {
    await signInAs(page, url, CHAIR);
    await openCaseFromCaseload(page, url, 'Brook family');
    await page.getByRole('heading', { name: 'Offer the case to another agency' }).waitFor();
    await page.getByRole('button', { name: 'Offer the case' }).click();
    await errorSummary(page).getByText('Choose the agency to offer the case to').waitFor();
    await errorSummary(page).getByText('Say what the agency needs to know to decide').waitFor();
    await expectAccessible(page, 'offering a case, with errors');
    await page.locator('#toAgencyId').selectOption({ label: 'Riverside Academy' });
    await page.getByLabel('Practitioner there (optional)').selectOption({ label: 'Jo Patel, Designated safeguarding lead' });
    await page.getByLabel('What the agency needs to know to decide').fill('Synthetic: Mia has moved to Riverside Academy.');
    await page.getByRole('button', { name: 'Offer the case' }).click();
    await page.getByText('Case offered to the agency').first().waitFor();
    await page.getByText(/Offered to Riverside Academy on .*The current lead keeps the case until the offer is accepted\./).waitFor();
    await signOut(page);
  }

  it('is declined with a reason, offered again and accepted by the practitioner it was offered to', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();
    await offerBrookToJo(page, portal.url);

    await signInAs(page, portal.url, JO);
    await page.goto(`${portal.url}/cases`);
    await page.getByRole('link', { name: '1 case has been offered to your agency' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases offered to your agency' }).waitFor();
    await page.getByRole('heading', { name: /^Brook family, case C-\d+$/ }).waitFor();
    await page.getByText('Synthetic: Mia has moved to Riverside Academy.').waitFor();
    await page.getByRole('button', { name: 'Decline the case' }).click();
    await page.getByText('Give a reason for declining').first().waitFor();
    await page.getByLabel('Reason for declining').fill('Synthetic: Mia has not started with us yet.');
    await page.getByRole('button', { name: 'Decline the case' }).click();
    await page.getByText('No cases are waiting for your agency to decide.').waitFor();
    await page.getByRole('link', { name: 'Back to your caseload' }).waitFor();
    await signOut(page);

    await offerBrookToJo(page, portal.url);
    await signInAs(page, portal.url, JO);
    await page.goto(`${portal.url}/transfers`);
    await page.getByRole('button', { name: 'Accept the case' }).click();
    await page.getByText('Choose who will lead the case').first().waitFor();
    await page.getByLabel('Who will lead the case').selectOption({ label: 'Jo Patel, Designated safeguarding lead' });
    await page.getByRole('button', { name: 'Accept the case' }).click();
    await page.getByRole('heading', { name: 'Brook family' }).waitFor();
    await page.locator('main').getByText('Riverside Academy', { exact: true }).first().waitFor();
    await page.close();
  });

  it('a step-down from children’s social care is recorded with its family and offered to a partner', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();
    await signInAs(page, portal.url, FRONT_DOOR);
    await page.goto(`${portal.url}/step-downs/new`);
    await page.getByRole('heading', { name: 'Record a step-down from children’s social care' }).waitFor();
    await page.getByRole('button', { name: 'Record and offer to the agency' }).click();
    await errorSummary(page).getByText('Select whether the family agreed to early help').waitFor();
    await errorSummary(page).getByText('Choose the partner agency to offer the lead to').waitFor();

    await page.getByLabel('Address line 1').fill('4 Larch Close');
    await page.getByLabel('Town or city').fill('Northfield');
    await page.getByLabel('Postcode').fill('NF2 4QT');
    await page.getByRole('button', { name: 'Add another family member' }).click();
    for (const [n, first, role, relationship, year] of [
      ['1', 'Tia', 'Child', 'Daughter', '2016'],
      ['2', 'Sara', 'Adult', 'Mother', '1988'],
    ]) {
      const member = page.getByRole('group', { name: `Family member ${n}` });
      await member.getByLabel('First name').fill(first);
      await member.getByLabel('Last name').fill('Quill');
      await fillDate(page, 'Date of birth', { day: '2', month: '5', year }, `Family member ${n}`);
      await member.getByLabel(role, { exact: true }).check();
      await member.getByLabel('Relationship to the child').fill(relationship);
    }
    await page.getByLabel('History from children’s social care').fill('Synthetic: a child in need plan for six months, now ended.');
    await page.getByLabel('What early help should focus on').fill('Synthetic: school attendance and routines.');
    await page.getByRole('group', { name: 'Has the family agreed to early help?' }).getByLabel('No', { exact: true }).check();
    await page.getByLabel('Why the step-down goes ahead without it').fill('Synthetic: the mother will decide at the first visit.');
    await page.getByLabel('Partner agency to offer the lead to').selectOption({ label: 'Riverside Academy' });
    await page.getByLabel('What the agency needs to know to decide').fill('Synthetic: Tia attends Riverside Academy.');
    await page.getByRole('button', { name: 'Record and offer to the agency' }).click();

    await page
      .getByText(/Step-down recorded as case C-\d+ and offered to the agency/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Quill family' }).waitFor();
    await signOut(page);
    await page.close();
  });
});
