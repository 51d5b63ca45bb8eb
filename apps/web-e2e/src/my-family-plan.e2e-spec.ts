import { expectAccessible } from './accessibility';
import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { fillDate, londonDate, openCaseFromCaseload, recordBrookReviewToday, signInAs, signOut } from './journey-steps';

const SAM = 'sfp@oakwood.example.org';
const CHAIR = 'fpt.manager@northfield.example.org';

describe('a school practitioner’s My Family Plan, from first contact to closing', () => {
  const running = portalAndBrowser();

  async function openSection(page: Page, planUrl: string, title: string): Promise<void> {
    await page.goto(planUrl);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title }).waitFor();
  }

  async function saveSection(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Save and return to the plan' }).click();
    await page
      .getByText(/ saved$/)
      .first()
      .waitFor();
  }

  it('is completed, returned, fixed, approved, reviewed and closed', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();
    await signInAs(page, portal.url, SAM);
    await openCaseFromCaseload(page, portal.url, 'Brook family');
    const caseUrl = page.url();
    const planUrl = `${caseUrl}/plan`;

    await page.getByLabel('Family contacted').check();
    await fillDate(page, 'Date of contact', londonDate());
    await page.getByRole('button', { name: 'Record first contact' }).click();
    await page.getByRole('button', { name: 'Start the My Family Plan' }).click();
    await page.getByText('My Family Plan started').waitFor();
    await expectAccessible(page, 'the plan, started');

    await openSection(page, planUrl, 'The family’s story');
    await page.getByLabel('The family’s story, in their words').fill('Leah says mornings have been hard since her shifts changed.');
    await page.getByLabel('Language the family need').fill('English');
    await page.getByLabel('No', { exact: true }).check();
    await saveSection(page);

    await openSection(page, planUrl, 'Signs of Safety');
    await page.getByLabel('What are we worried about?').fill('Mia is often late and hungry.');
    await page.getByLabel('What’s working well?').fill('Grandma helps on Tuesdays.');
    await page.getByLabel('What needs to happen?').fill('A calm morning routine.');
    await saveSection(page);

    for (const child of ['Mia', 'Oscar']) {
      await openSection(page, planUrl, `${child}’s three houses`);
      await page.getByLabel('House of worries').fill(`${child} worries about being late.`);
      await page.getByLabel('House of good things').fill('Friends and football.');
      await page.getByLabel('House of dreams').fill('A dog called Biscuit.');
      await saveSection(page);
    }

    await openSection(page, planUrl, 'Family goals and actions');
    await page.getByLabel('Goal', { exact: true }).fill('Mia is in school on time every day.');
    await page.getByRole('button', { name: 'Add an action to goal 1' }).click();
    await page.getByLabel('Who').fill('Leah');
    await page.getByLabel('What').fill('Set an alarm for 7am.');
    await fillDate(page, 'By when', londonDate(14));
    await page.getByLabel('Status').selectOption({ label: 'Not started' });
    await saveSection(page);

    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Record consent' }).click();
    await page.getByLabel('Leah Brook').check();
    await page.getByLabel('Northfield Health Visiting Service').check();
    await fillDate(page, 'Date consent was given', londonDate());
    await page.getByRole('button', { name: 'Record consent' }).click();
    await page.getByText('Consent recorded').waitFor();

    await page.goto(planUrl);
    await page.getByRole('button', { name: 'Submit for quality assurance' }).click();
    await page.getByText('Plan submitted for quality assurance').waitFor();
    await signOut(page);

    // The FPT returns it with a comment on Signs of Safety.
    await signInAs(page, portal.url, CHAIR);
    await page.goto(planUrl);
    await page.getByLabel('Section the comment is about').selectOption({ label: 'Signs of Safety' });
    await page.getByLabel('What needs to change').fill('Say what could happen if mornings stay chaotic.');
    await page.getByRole('button', { name: 'Return with comments' }).click();
    await page.getByText('Plan returned to the practitioner with your comments').waitFor();
    await signOut(page);

    // The practitioner sees the comment, fixes the section and resubmits.
    await signInAs(page, portal.url, SAM);
    await page.goto(planUrl);
    await page.getByText('Say what could happen if mornings stay chaotic.').waitFor();
    await openSection(page, planUrl, 'Signs of Safety');
    await page.getByLabel('What are we worried about?').fill('Mia is often late and hungry; she is missing phonics and falling behind.');
    await saveSection(page);
    await page.getByRole('button', { name: 'Submit for quality assurance' }).click();
    await page.getByText('Plan submitted for quality assurance').waitFor();
    await signOut(page);

    await signInAs(page, portal.url, CHAIR);
    await page.goto(planUrl);
    await page.getByRole('button', { name: 'Approve the plan' }).click();
    await page.getByText('Plan approved: it is now active').waitFor();
    await signOut(page);

    // A review, then closing with an outcome.
    await signInAs(page, portal.url, SAM);
    await recordBrookReviewToday(page, caseUrl);

    await page.getByRole('link', { name: 'Close the case' }).click();
    await page.getByLabel('Needs met').check();
    await page.getByLabel('Close the case').check();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Case closed', { exact: true }).waitFor();
    expect(await page.getByText('Needs met').count()).toBeGreaterThan(0);
  });
});
