import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import { scheduleMeetings, signInAs, signOut, startMeetingToday } from './journey-steps';

const CHAIR = 'fpt.manager@northfield.example.org';
const SCHOOL = 'sfp@oakwood.example.org';

// The live Forum meeting (issue 15, part 2): two browsers, the chair's and an attendee's. The
// chair takes the meeting to an item and records its decision; the attendee's page, never
// reloaded, follows: the item being discussed, then the decision and the minutes so far, each by
// a read of the one item the signal names.
describe('the live Forum meeting', () => {
  const running = portalAndBrowser();

  it('shows an attendee, without reloading, the item the chair moves to and the decision the chair records', async () => {
    const portal = running.portal();
    const chairPage = await (await running.browser().newContext()).newPage();
    const attendeePage = await (await running.browser().newContext()).newPage();

    // The chair schedules a meeting; the school practitioner brings the Brook family to it.
    await signInAs(chairPage, portal.url, CHAIR);
    await scheduleMeetings(chairPage, portal.url, 7);
    await chairPage.getByRole('table').getByRole('link').first().click();
    await chairPage.getByRole('heading', { name: /Meeting on/ }).waitFor();
    const meetingUrl = chairPage.url();

    await signInAs(attendeePage, portal.url, SCHOOL);
    await attendeePage.goto(meetingUrl);
    const cases = attendeePage.getByLabel('Case', { exact: true });
    const option = cases.locator('option', { hasText: 'Brook family' }).first();
    await option.waitFor({ state: 'attached' });
    await cases.selectOption((await option.getAttribute('value')) ?? '');
    await attendeePage.getByLabel('Considering step down').check();
    await attendeePage.getByLabel('What has changed for the family').fill('Synthetic update for the Brook family.');
    await attendeePage.getByRole('button', { name: 'Add to the agenda' }).click();
    await attendeePage.getByText('Case added to the agenda').waitFor();

    // The chair accepts it and starts the meeting on its day.
    await chairPage.reload();
    await chairPage.getByRole('button', { name: 'Accept the Brook family' }).click();
    await chairPage.getByText('Brook family accepted').waitFor();
    await startMeetingToday(chairPage);

    // The attendee's page follows from here on without being loaded again: a mark left on its
    // window would be gone after any reload.
    await attendeePage.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
    const nowDiscussing = attendeePage.locator('.app-now-discussing');
    await nowDiscussing.getByText('No item: the chair is between items').waitFor();
    await nowDiscussing.getByText('This page follows the meeting as the chair records it.').waitFor();
    // From here on each signal names the item that changed: the page reads that item alone, not
    // the whole agenda again.
    const agendaReads: string[] = [];
    attendeePage.on('request', (request) => {
      const operation = /^\{"query":"(?:query|mutation) (\w+)/.exec(request.postData() ?? '')?.[1];
      if (request.url().endsWith('/graphql') && operation?.startsWith('LiveAgenda')) agendaReads.push(operation);
    });

    await chairPage.getByRole('button', { name: 'Next item: Brook family' }).click();
    await chairPage.getByText('The meeting has moved on').waitFor();
    await nowDiscussing.getByRole('link', { name: /^Brook family \(/ }).waitFor({ timeout: 5000 });
    const item = attendeePage.getByRole('region', { name: 'Brook family' });
    await item.getByText('Now discussing').waitFor();

    const chairItem = chairPage.getByRole('region', { name: 'Brook family' });
    await chairItem.getByLabel('Discussion about the Brook family').fill('The Forum agreed the family is ready for universal services.');
    await chairItem.getByLabel('Step down to universal services').check();
    await chairItem.getByRole('button', { name: 'Record the decision' }).click();
    await chairPage.getByText('Decision recorded for the Brook family').waitFor();

    await item.getByText('Decision: Step down to universal services.', { exact: false }).waitFor({ timeout: 5000 });
    const minutesSoFar = attendeePage.getByRole('region', { name: 'Minutes so far' });
    await minutesSoFar.getByText(/Brook family \(.+\): Step down to universal services\. The Forum agreed/).waitFor();
    expect(await attendeePage.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    // One read of the one item for the move, one for the decision.
    expect(agendaReads).toEqual(['LiveAgendaItem', 'LiveAgendaItem']);
    await expectAccessible(attendeePage, 'an attendee’s page following the live meeting');

    await signOut(attendeePage);
    await signOut(chairPage);
  });
});
