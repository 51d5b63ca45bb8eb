import { portalAndBrowser } from './portal-process';
import { fillDate, signInAs } from './journey-steps';

describe('an information-sharing alert reaches the lead practitioner', () => {
  const running = portalAndBrowser();

  it('arrives in the school lead’s inbox without a page reload', async () => {
    const portal = running.portal();
    const browser = running.browser();
    const school = await (await browser.newContext()).newPage();
    await signInAs(school, portal.url, 'sfp@oakwood.example.org');
    await school.goto(`${portal.url}/inbox`);
    await school.getByRole('main').getByText('0 unread').waitFor();

    const police = await (await browser.newContext()).newPage();
    await signInAs(police, portal.url, 'early.help@police.example.org');
    await police.getByRole('link', { name: 'Alerts' }).click();
    await police.getByRole('link', { name: 'Raise an alert' }).click();
    await police.getByLabel('Child’s first name').fill('Mia');
    await police.getByLabel('Child’s last name').fill('Brook');
    await fillDate(police, 'Child’s date of birth', { day: '2', month: '6', year: '2017' });
    await police.getByLabel('Police call-out').check();
    await police
      .getByLabel('What the other agencies need to know')
      .fill('Officers attended a verbal argument at the home; children were asleep upstairs.');
    await police.getByLabel('No', { exact: true }).check();
    await police.getByRole('button', { name: 'Send the alert' }).click();
    await police.getByText('Alert sent').waitFor();

    // The school page was left open: the count and the list update on their own.
    await school.getByRole('link', { name: 'Inbox 1 unread' }).waitFor({ timeout: 40_000 });
    await school.getByRole('main').getByText('1 unread').waitFor();
    await school.getByRole('link', { name: 'A new information-sharing alert has been shared with you' }).click();
    await school.getByText('Officers attended a verbal argument at the home; children were asleep upstairs.').waitFor();
    await school.getByText('Shared with your agency: Lead agency').waitFor();
  });
});
