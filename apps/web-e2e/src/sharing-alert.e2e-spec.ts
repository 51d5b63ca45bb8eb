import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import { fillDate, openCaseFromCaseload, signInAs } from './journey-steps';

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
    await expectAccessible(school, 'an information-sharing alert');
    await school.getByText('Shared with your agency: Lead agency').waitFor();

    // The share is in the family's ledger on the case page, and the lead records a decision not to share.
    await openCaseFromCaseload(school, portal.url, 'Brook family');
    const ledger = school.getByRole('table', { name: 'Decisions to share or not to share' });
    await ledger
      .getByRole('row', {
        name: /Shared\s+Information-sharing alert: police call-out\s+Oakwood Primary School\s+Public task\s+Alex Morgan/,
      })
      .waitFor();
    await school.getByLabel('No, I decided not to share it').check();
    await school.getByLabel('What information was it?').fill('What Mia said about home at breakfast club');
    await school
      .getByLabel('Which agency was it shared with, or not shared with?')
      .selectOption({ label: 'Northfield Health Visiting Service' });
    await school.getByLabel('Duty to share (section 16LA, Children Act 2004)').check();
    await school.getByLabel('Sharing would be more detrimental to the child than not sharing').check();
    await school.getByRole('button', { name: 'Record the decision' }).click();
    await school.getByText('Decision recorded').first().waitFor();
    await ledger
      .getByRole('row', {
        name: /Not shared\s+What Mia said about home at breakfast club\s+Northfield Health Visiting Service\s+Duty to share/,
      })
      .waitFor();
  });
});
