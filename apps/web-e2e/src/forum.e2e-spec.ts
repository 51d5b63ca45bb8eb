import { Page } from 'playwright-core';
import { portalAndBrowser } from './portal-process';
import { fillDate, londonDate, signInAs, signOut } from './journey-steps';

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
    const families = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    await signOut(page);
    return families.sort();
  }

  it('takes cases from two partners, records a step up and a step down, and shares minutes by entitlement', async () => {
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
    const meetingUrl = page.url();
    await signOut(page);

    // Two partners bring their cases.
    await bringCase(page, portal.url, meetingUrl, 'sfp@oakwood.example.org', 'Brook family', 'Considering step down');
    await bringCase(page, portal.url, meetingUrl, 'worker@harbour.example.org', 'Hartley family', 'Considering escalation');

    // The chair runs the meeting.
    await signInAs(page, portal.url, CHAIR);
    await page.goto(meetingUrl);
    for (const family of ['Brook family', 'Hartley family']) {
      await page.getByRole('button', { name: `Accept ${family}` }).click();
      await page.getByText(`${family} accepted`).waitFor();
    }
    const decide = async (family: string, decision: string) => {
      const item = page.getByRole('region', { name: family });
      await item.getByLabel(`Discussion about the ${family}`).fill(`The Forum discussed the ${family}.`);
      await item.getByLabel(decision).check();
      await item.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByText(`Decision recorded for the ${family}`).waitFor();
    };
    await decide('Brook family', 'Step down to universal services');
    await decide('Hartley family', 'Step up to level 4 – Children’s Social Care');
    await page.goto(`${portal.url}/handovers`);
    await page.getByRole('cell', { name: 'Children’s Social Care (level 4)' }).waitFor();
    await signOut(page);

    const minutesUrl = `${meetingUrl}/minutes`;
    expect(await minutesFor(page, portal.url, minutesUrl, CHAIR)).toEqual(['Brook family', 'Hartley family']);
    expect(await minutesFor(page, portal.url, minutesUrl, 'sfp@oakwood.example.org')).toEqual(['Brook family']);
    expect(await minutesFor(page, portal.url, minutesUrl, 'worker@harbour.example.org')).toEqual(['Hartley family']);
    expect(await minutesFor(page, portal.url, minutesUrl, 'early.help@police.example.org')).toEqual(['Hartley family']);
    expect(await minutesFor(page, portal.url, minutesUrl, 'health.visitor@health.example.org')).toEqual([]);
  });
});
