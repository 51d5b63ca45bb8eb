import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import {
  closeMeetingAndPublishMinutes,
  inviteOnLawfulBasis,
  openCaseFromCaseload,
  placeConcernOnAgenda,
  raiseEscalationConcern,
  scheduleMeetings,
  signInAs,
  signOut,
  startMeetingToday,
} from './journey-steps';

const CHAIR = 'fpt.manager@northfield.example.org';
const SAM = 'sfp@oakwood.example.org'; // Oakwood, lead practitioner for the Brook family
const HANNAH = 'health.visitor@health.example.org'; // the health visitor, outside the case at first

// Issue 13's journey: a health visitor joins a school-led family's team, raises an escalation
// concern, and sees the chair's Forum decision on it.
describe('a health visitor in a school-led family’s team', () => {
  const running = portalAndBrowser();

  it('joins the team, raises an escalation concern, and sees the chair’s Forum decision on it', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();

    await signInAs(page, portal.url, CHAIR);
    await scheduleMeetings(page, portal.url, 10);
    await signOut(page);

    // The school's lead practitioner invites her.
    await signInAs(page, portal.url, SAM);
    await openCaseFromCaseload(page, portal.url, 'Brook family');
    await inviteOnLawfulBasis(page, {
      agency: 'Northfield Health Visiting Service',
      person: 'Hannah Lee, Health visitor',
      role: 'Health visitor for the baby',
      why: 'Synthetic: the baby has missed two health checks',
    });
    await signOut(page);

    // She accepts, and the case opens to her; she raises a concern from it.
    await signInAs(page, portal.url, HANNAH);
    await page.goto(`${portal.url}/cases`);
    await page.getByRole('link', { name: 'You have 1 invitation to join the team around a family' }).click();
    await page.getByRole('button', { name: /^Accept/ }).waitFor();
    await expectAccessible(page, 'invitations to join a team');
    await page.getByRole('button', { name: /^Accept/ }).click();
    await page.getByRole('heading', { name: 'Brook family' }).waitFor();
    await expectAccessible(page, 'the case page, to a team member');
    await raiseEscalationConcern(
      page,
      'Needs the Forum within days',
      'Synthetic: the baby has lost weight since the last check.',
      'Synthetic: two home visits and a call to the school.',
    );
    await page.getByText('Waiting for the chair').first().waitFor();
    await expectAccessible(page, 'my escalation concerns');
    await signOut(page);

    // The chair places it on the agenda, holds the meeting and records the decision.
    await signInAs(page, portal.url, CHAIR);
    await placeConcernOnAgenda(page, portal.url, 'Brook family');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { name: /Meeting on/ }).waitFor();
    await startMeetingToday(page);
    const item = page.getByRole('region', { name: 'Brook family' });
    await item.getByLabel('Discussion about the Brook family').fill('Synthetic: the Forum discussed the health visitor’s concern.');
    await item.getByLabel('Step up to level 3 – Family Casework').check();
    await item.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Decision recorded for the Brook family').waitFor();
    await expectAccessible(page, 'the chair’s meeting in session');
    // What the partners read comes with the minutes, once the chair publishes them.
    await closeMeetingAndPublishMinutes(page);
    await signOut(page);

    // She sees the decision on her own list of concerns, in plain words.
    await signInAs(page, portal.url, HANNAH);
    await page.goto(`${portal.url}/escalation-concerns`);
    await page.getByText(/Forum decision: Step up to level 3 – Family Casework\./).waitFor();
    const main = await page.getByRole('main').innerText();
    for (const code of ['ON_AGENDA', 'STEP_UP_LEVEL_3', 'WITHIN_DAYS']) expect(main).not.toMatch(new RegExp(`\\b${code}\\b`));
    await page.close();
  });
});
