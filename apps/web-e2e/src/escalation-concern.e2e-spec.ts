import { portalAndBrowser } from './portal-process';
import { openCaseFromCaseload, placeConcernOnAgenda, scheduleOneMeeting, signInAs, signOut } from './journey-steps';

const CHAIR = 'fpt.manager@northfield.example.org';
const ALEX = 'early.help@police.example.org';

describe('an escalation concern from a partner', () => {
  const running = portalAndBrowser();

  it('is raised by the police on a case they are named on, placed on the agenda by the chair, and followed by the police', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();

    // The chair has a meeting to place it on.
    await signInAs(page, portal.url, CHAIR);
    await scheduleOneMeeting(page, portal.url, 10);
    await signOut(page);

    // The police raise it from the case page.
    await signInAs(page, portal.url, ALEX);
    await openCaseFromCaseload(page, portal.url, 'Hartley family');
    await page.getByRole('link', { name: 'Raise an escalation concern for the Forum chair' }).click();
    await page.getByRole('heading', { name: 'Raise an escalation concern' }).waitFor();
    await page.getByRole('button', { name: 'Send to the Forum chair' }).click();
    await page.getByRole('link', { name: 'Choose how urgent it is' }).waitFor();
    await page.getByLabel('Needs the Forum within days').check();
    await page.getByRole('button', { name: 'Send to the Forum chair' }).click();
    await page.getByRole('link', { name: 'Say what worries you' }).waitFor();
    await page.getByLabel('What worries you?').fill('Synthetic: two call-outs to the address this week.');
    await page.getByLabel('What has been tried so far?').fill('Synthetic: a joint visit with Harbour.');
    await page.getByRole('button', { name: 'Send to the Forum chair' }).click();
    await page.getByRole('heading', { name: 'My escalation concerns' }).waitFor();
    await page.getByText('Waiting for the chair').first().waitFor();
    await signOut(page);

    // The chair places it on the agenda from the Forum screen.
    await signInAs(page, portal.url, CHAIR);
    await placeConcernOnAgenda(page, portal.url, 'Hartley family');
    await signOut(page);

    // The police see what happened, in plain words.
    await signInAs(page, portal.url, ALEX);
    await page.goto(`${portal.url}/escalation-concerns`);
    await page.getByText('On the Forum agenda', { exact: true }).waitFor();
    const main = await page.getByRole('main').innerText();
    expect(main).toMatch(/On the agenda of the Forum of/);
    for (const code of ['ON_AGENDA', 'WITHIN_DAYS', 'RAISED']) expect(main).not.toMatch(new RegExp(`\\b${code}\\b`));
  });
});
