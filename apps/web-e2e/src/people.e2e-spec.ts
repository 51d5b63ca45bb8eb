import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import { signInAs } from './journey-steps';

const MANAGER = 'fpt.manager@northfield.example.org';
const ALEX = 'early.help@police.example.org'; // police, named professional on Hartley (led by Harbour)

describe('the FPT manager moves a practitioner to another agency', () => {
  const running = portalAndBrowser();

  it('signs the practitioner out at once, ends their access to the case, and refuses to move a lead practitioner', async () => {
    const portal = running.portal();
    const alexPage = await (await running.browser().newContext()).newPage();
    const page = await (await running.browser().newContext()).newPage();

    // Alex is signed in and can open Hartley.
    await signInAs(alexPage, portal.url, ALEX);
    await alexPage.goto(`${portal.url}/cases`);
    await alexPage
      .getByRole('row', { name: /Hartley family/ })
      .getByRole('link')
      .first()
      .click();
    await alexPage.getByRole('heading', { name: 'Hartley family' }).waitFor();
    const hartleyUrl = alexPage.url();

    await signInAs(page, portal.url, MANAGER);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { name: 'People', exact: true }).waitFor();
    await expectAccessible(page, 'people');

    // Sam leads Brook: the move is refused and says why.
    await page.getByRole('link', { name: 'Move to another agency (Sam Carter)' }).click();
    await page.getByRole('heading', { name: 'Move Sam Carter to another agency' }).waitFor();
    await page.getByLabel('Which agency are they moving to?').selectOption({ label: 'Riverside Academy' });
    await page.getByRole('button', { name: 'Move Sam Carter' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'There is a problem' })
      .getByText(/lead practitioner for 1 open case/)
      .waitFor();
    await page.getByRole('link', { name: 'Cancel' }).click();

    // Alex moves to Oakwood Primary School, after the confirm page.
    await page.getByRole('link', { name: 'Move to another agency (Alex Morgan)' }).click();
    await page.getByRole('heading', { name: 'Move Alex Morgan to another agency' }).waitFor();
    await page.getByRole('button', { name: 'Move Alex Morgan' }).click();
    await page.locator('#agencyId-error').getByText('Choose the agency they are moving to').waitFor();
    await page.getByLabel('Which agency are they moving to?').selectOption({ label: 'Oakwood Primary School' });
    await page.getByRole('button', { name: 'Move Alex Morgan' }).click();
    await page.getByText('Alex Morgan moved to Oakwood Primary School').waitFor();
    const oakwood = page.locator('table', { has: page.locator('caption', { hasText: 'Oakwood Primary School' }) });
    await oakwood.getByRole('rowheader', { name: 'Alex Morgan' }).waitFor();

    // Alex's next request is refused: the portal asks them to sign in.
    await alexPage.reload();
    await alexPage.getByLabel('Email address').waitFor();
    // Signed in again, Hartley is no longer theirs to see, and Oakwood's caseload is.
    await signInAs(alexPage, portal.url, ALEX);
    await alexPage.goto(hartleyUrl);
    await alexPage.getByRole('heading', { name: 'Page not found' }).waitFor();
    await alexPage.goto(`${portal.url}/cases`);
    await alexPage.getByRole('row', { name: /Brook family/ }).waitFor();
    expect(await alexPage.getByRole('row', { name: /Hartley family/ }).count()).toBe(0);
  });
});
