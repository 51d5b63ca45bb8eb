import { expectAccessible } from './accessibility';
import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { closeMeetingAndPublishMinutes, fillDate, londonDate, signInAs, signOut, startMeetingToday } from './journey-steps';

const CHAIR = 'fpt.manager@northfield.example.org';

describe('the Early Help Forum, run in the portal', () => {
  const running = portalAndBrowser();

  async function bringCase(page: Page, url: string, meetingUrl: string, email: string, family: string, reason: string): Promise<void> {
    await signInAs(page, url, email);
    await page.goto(meetingUrl);
    const cases = page.getByLabel('Case', { exact: true });
    const option = cases.locator('option', { hasText: family }).first();
    await option.waitFor({ state: 'attached' });
    await cases.selectOption((await option.getAttribute('value')) ?? '');
    await page.getByLabel(reason).check();
    await page.getByLabel('What has changed for the family').fill(`Synthetic update for the ${family}.`);
    await page.getByRole('button', { name: 'Add to the agenda' }).click();
    await page.getByText('Case added to the agenda').waitFor();
    await signOut(page);
  }

  async function minutesFor(page: Page, url: string, minutesUrl: string, email: string): Promise<string[]> {
    await signInAs(page, url, email);
    await page.goto(minutesUrl);
    await page.getByRole('heading', { name: /Minutes of/ }).waitFor();
    await expectAccessible(page, 'the published minutes');
    const families = await page.getByRole('main').locator('section h2').allTextContents();
    await signOut(page);
    return families.sort();
  }

  it('takes cases from two partners, records a step up and a step down, shows no raw codes, holds the meeting (start, attendance, close), shares minutes by entitlement once published, and asks before cancelling', async () => {
    const portal = running.portal();
    const page = await (await running.browser().newContext()).newPage();

    await signInAs(page, portal.url, CHAIR);
    await page.goto(`${portal.url}/forum`);
    await fillDate(page, 'Date of the first meeting', londonDate(7));
    await page.getByLabel('Place or online link').fill('Northfield Family Hub, Room 2');
    await page.getByLabel('How many meetings').fill('2');
    await page.getByRole('button', { name: 'Schedule meetings' }).click();
    const firstMeeting = page.getByRole('table').getByRole('link').first();
    await firstMeeting.waitFor();
    await firstMeeting.click();
    await page.getByRole('heading', { name: /Meeting on/ }).waitFor();
    await expectAccessible(page, 'the chair’s meeting page');
    const meetingUrl = page.url();
    await signOut(page);

    // Two partners bring their cases.
    await bringCase(page, portal.url, meetingUrl, 'sfp@oakwood.example.org', 'Brook family', 'Considering step down');
    await bringCase(page, portal.url, meetingUrl, 'worker@harbour.example.org', 'Hartley family', 'Considering escalation');

    // The chair runs the meeting.
    await signInAs(page, portal.url, CHAIR);
    await page.goto(meetingUrl);
    for (const family of ['Brook family', 'Hartley family']) {
      await page.getByRole('button', { name: `Accept the ${family}` }).click();
      await page.getByText(`${family} accepted`).waitFor();
    }
    // Decisions wait for the meeting to start, and the meeting waits for its day.
    expect(await page.getByRole('button', { name: 'Record the decision' }).count()).toBe(0);
    await startMeetingToday(page);
    const decide = async (family: string, decision: string) => {
      const item = page.getByRole('region', { name: family });
      await item.getByLabel(`Discussion about the ${family}`).fill(`The Forum discussed the ${family}.`);
      await item.getByLabel(decision).check();
      await item.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByText(`Decision recorded for the ${family}`).waitFor();
    };
    await decide('Brook family', 'Step down to universal services');
    await decide('Hartley family', 'Step up to level 4 – Children’s Social Care');
    // The one-page summaries speak plainly: no raw codes.
    const main = await page.getByRole('main').innerText();
    for (const code of [
      'DRAFT',
      'SUBMITTED',
      'ACTIVE',
      'AWAITING_FIRST_CONTACT',
      'OPEN',
      'CLOSED',
      'STEP_DOWN_UNIVERSAL',
      'CONSIDERING_ESCALATION',
    ]) {
      expect(main).not.toMatch(new RegExp(`\\b${code}\\b`));
    }
    await page.goto(`${portal.url}/handovers`);
    await page.getByRole('cell', { name: 'Children’s Social Care (level 4)' }).waitFor();
    await signOut(page);

    // Until the chair signs them off, the minutes are a draft no partner reads.
    const minutesUrl = `${meetingUrl}/minutes`;
    expect(await minutesFor(page, portal.url, minutesUrl, 'sfp@oakwood.example.org')).toEqual([]);
    await signInAs(page, portal.url, CHAIR);
    await page.goto(meetingUrl);
    await closeMeetingAndPublishMinutes(page);

    // Cancelling a meeting asks first.
    await page.goto(`${portal.url}/forum`);
    await page.getByRole('table').getByRole('link').nth(1).click();
    await page.getByRole('link', { name: 'Cancel this meeting' }).click();
    await page.getByRole('heading', { name: /Cancel the meeting on/ }).waitFor();
    await page.getByRole('link', { name: 'No, keep it' }).click();
    await page.getByRole('heading', { name: /Meeting on/ }).waitFor();
    await page.getByRole('link', { name: 'Cancel this meeting' }).click();
    await page.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await page.getByRole('cell', { name: 'Cancelled' }).waitFor();
    await signOut(page);

    expect(await minutesFor(page, portal.url, minutesUrl, CHAIR)).toEqual(['Brook family', 'Hartley family']);
    expect(await minutesFor(page, portal.url, minutesUrl, 'sfp@oakwood.example.org')).toEqual(['Brook family']);
    expect(await minutesFor(page, portal.url, minutesUrl, 'worker@harbour.example.org')).toEqual(['Hartley family']);
    expect(await minutesFor(page, portal.url, minutesUrl, 'early.help@police.example.org')).toEqual(['Hartley family']);
    expect(await minutesFor(page, portal.url, minutesUrl, 'health.visitor@health.example.org')).toEqual([]);
  });
});
