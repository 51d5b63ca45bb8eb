import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import { openCaseFromCaseload, placeConcernOnAgenda, scheduleMeetings, signInAs, signOut } from './journey-steps';

const CHAIR = 'fpt.manager@northfield.example.org';
const ALEX = 'early.help@police.example.org';

describe('an escalation concern from a partner', () => {
  const running = portalAndBrowser();

  it('is raised by the police on a case they are named on, placed on the agenda by the chair, and followed by the police', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();

    // The chair has two meetings to place it on.
    await signInAs(page, portal.url, CHAIR);
    await scheduleMeetings(page, portal.url, 10, 2);
    await signOut(page);

    // The police raise it from the case page.
    await signInAs(page, portal.url, ALEX);
    await openCaseFromCaseload(page, portal.url, 'Hartley family');
    await page.getByRole('link', { name: 'Raise an escalation concern for the Forum chair' }).click();
    await page.getByRole('heading', { name: 'Raise an escalation concern' }).waitFor();
    await page.getByRole('button', { name: 'Send to the Forum chair' }).click();
    await page.getByRole('link', { name: 'Choose how urgent it is' }).waitFor();
    await expectAccessible(page, 'an escalation concern with errors');
    await page.getByLabel('Needs the Forum within days').check();
    await page.getByRole('button', { name: 'Send to the Forum chair' }).click();
    await page.getByRole('link', { name: 'Say what worries you' }).waitFor();
    await page.getByLabel('What worries you?').fill('Synthetic: two call-outs to the address this week.');
    await page.getByLabel('What has been tried so far?').fill('Synthetic: a joint visit with Harbour.');
    await page.getByRole('button', { name: 'Send to the Forum chair' }).click();
    await page.getByRole('heading', { name: 'My escalation concerns' }).waitFor();
    await expectAccessible(page, 'my escalation concerns');
    await page.getByText('Waiting for the chair').first().waitFor();
    await signOut(page);

    // The chair places it on the agenda from the Forum screen: the next meeting is offered first
    // (its agenda open), and the chair picks the one after.
    await signInAs(page, portal.url, CHAIR);
    await page.goto(`${portal.url}/forum`);
    const concern = page.getByRole('region', { name: 'Concern about the Hartley family' });
    await concern.getByLabel('Place on the agenda').check();
    const meetings = concern.getByRole('group', { name: 'Which meeting?' });
    expect(await meetings.getByRole('radio').count()).toBe(2);
    expect(await meetings.getByRole('radio').first().isChecked()).toBe(true);
    const later = /^\d{1,2} \w+ \d{4}/.exec((await meetings.locator('label').nth(1).textContent()) ?? '')?.[0];
    const placedOn = await placeConcernOnAgenda(page, portal.url, 'Hartley family', 1);
    expect(placedOn).toBe(later);
    await signOut(page);

    // The police see what happened, in plain words.
    await signInAs(page, portal.url, ALEX);
    await page.goto(`${portal.url}/escalation-concerns`);
    await page.getByText('On the Forum agenda', { exact: true }).waitFor();
    const main = await page.getByRole('main').innerText();
    expect(main).toContain(`On the agenda of the Forum of ${placedOn}`);
    for (const code of ['ON_AGENDA', 'WITHIN_DAYS', 'RAISED']) expect(main).not.toMatch(new RegExp(`\\b${code}\\b`));
  });
});
