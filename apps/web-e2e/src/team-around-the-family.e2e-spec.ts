import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { signInAs, signOut } from './journey-steps';

const SAM = 'sfp@oakwood.example.org'; // Oakwood, lead practitioner for the Brook family
const HANNAH = 'health.visitor@health.example.org'; // the health visitor, outside the case

describe('the team around the family', () => {
  const running = portalAndBrowser();

  async function openBrook(page: Page): Promise<void> {
    await page.goto(`${running.portal().url}/cases`);
    await page
      .getByRole('row', { name: /Brook family/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { name: 'Brook family' }).waitFor();
  }

  it('the lead invites the health visitor on a lawful basis; she accepts from her invitations and then sees the case', async () => {
    const page = await (await running.browser().newContext()).newPage();
    const portal = running.portal();

    await signInAs(page, portal.url, SAM);
    await openBrook(page);
    await page.getByRole('heading', { name: 'Team around the family' }).waitFor();
    const invite = page.locator('details', { hasText: 'Invite a professional' });
    await invite.getByText('Invite a professional').click();
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    // The error summary names each missing answer.
    await page.locator('.govuk-error-summary').getByText('Choose the agency').waitFor();
    await invite.getByLabel('Agency', { exact: true }).selectOption({ label: 'Northfield Health Visiting Service' });
    await invite.getByText('The family has not consented to share information with this agency.', { exact: false }).waitFor();
    await invite.getByLabel('Person in that agency').selectOption({ label: 'Hannah Lee, Health visitor' });
    await invite.getByLabel('Role in the team').fill('Health visitor for Oscar');
    await invite.getByLabel('A lawful basis to share without consent').check();
    await invite.getByLabel('Lawful basis', { exact: true }).selectOption({ label: 'Safeguarding a child or adult at risk' });
    await invite.getByLabel('Why the information can be shared without consent').fill('Oscar has missed his developmental checks');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText('Invitation sent').first().waitFor();
    await page.getByText(/Hannah Lee \(Northfield Health Visiting Service\) as Health visitor for Oscar/).waitFor();
    await signOut(page);

    // Before accepting she cannot open the case; her caseload leads her to the invitation.
    await signInAs(page, portal.url, HANNAH);
    await page.goto(`${portal.url}/cases`);
    expect(await page.getByRole('row', { name: /Brook family/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'You have 1 invitation to join the team around a family' }).click();
    await page.getByRole('heading', { name: /B\. family, case C-/ }).waitFor();
    await page.getByText('Sam Carter (Oakwood Primary School) invited you', { exact: false }).waitFor();
    expect(await page.getByText('Leah').count()).toBe(0);
    await page.getByRole('button', { name: /^Accept/ }).click();
    await page.getByRole('heading', { name: 'Brook family' }).waitFor();
    await page.getByText('You have joined the team').first().waitFor();
    await page.getByRole('heading', { name: 'Team around the family' }).waitFor();
    await page.getByText('Lawful basis: Safeguarding a child or adult at risk', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Leave the team' }).waitFor();
    await page.close();
  });
});
