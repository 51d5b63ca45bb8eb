import { expectAccessible } from './accessibility';
import { portalAndBrowser } from './portal-process';
import { fillDate, londonDate, signInAs } from './journey-steps';

const SUMMARY = 'Officers attended a report of shouting at the home; Ella was present and upset. No injuries.';

describe('an Operation Encompass notification from the police to the school', () => {
  const running = portalAndBrowser();

  it('is recorded by the police, read and acknowledged by the DSL, and starts an early help referral with the child filled in', async () => {
    const portal = running.portal();
    const browser = running.browser();

    // The police officer records the incident.
    const police = await (await browser.newContext()).newPage();
    await signInAs(police, portal.url, 'early.help@police.example.org');
    await police.getByRole('link', { name: 'Encompass notifications' }).click();
    await police.getByRole('link', { name: 'Record an Encompass notification' }).click();
    await police.getByRole('heading', { name: 'Record an Encompass notification' }).waitFor();
    // Sent with nothing filled in: each problem is named, nothing is recorded.
    await police.getByRole('button', { name: 'Send to the children’s schools' }).click();
    await police.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(police, 'the Encompass form with its errors');
    await police.getByLabel('Incident reference').fill('NF-E2E-0457');
    await fillDate(police, 'Date of the incident', londonDate());
    await police.getByLabel('Time of the incident').fill('00:01');
    await police.getByLabel('Short factual summary').fill(SUMMARY);
    await police.getByLabel('First name').fill('Ella');
    await police.getByLabel('Last name').fill('Hartley');
    await fillDate(police, 'Date of birth', { day: '8', month: '4', year: '2014' });
    await police.getByRole('button', { name: 'Send to the children’s schools' }).click();
    await police.getByText('Encompass notification NF-E2E-0457 recorded').waitFor();
    // The officer sees where it went and that it awaits the DSL; never whom it matched.
    await police.getByText('Riverside Academy: Awaiting the DSL').first().waitFor();
    await expectAccessible(police, 'an Encompass notification as its officer sees it');

    // Riverside's DSL signs in, reads it and acknowledges it: the school will consider early help.
    const dsl = await (await browser.newContext()).newPage();
    await signInAs(dsl, portal.url, 'dsl@riverside.example.org');
    await dsl.getByRole('link', { name: 'Encompass notifications' }).click();
    const row = dsl.getByRole('row', { name: /NF-E2E-0457/ });
    await row.getByText('Riverside Academy: Awaiting the DSL').waitFor();
    await expectAccessible(dsl, 'the DSL’s Encompass notifications');
    await row.getByRole('link', { name: 'NF-E2E-0457' }).click();
    await dsl.getByText(SUMMARY).waitFor();
    await dsl.getByRole('row', { name: /Ella Hartley/ }).waitFor();
    await expectAccessible(dsl, 'an Encompass notification with its acknowledgement form');
    await dsl.getByLabel('Consider early help').check();
    await dsl.getByRole('button', { name: 'Acknowledge' }).click();

    // The referral form opens with the child and what happened filled in.
    await dsl.getByRole('heading', { name: 'Make a referral' }).waitFor();
    await expectAccessible(dsl, 'the referral form filled in from an Encompass notification');
    const child = dsl.getByRole('group', { name: 'Family member 1' });
    expect(await child.getByLabel('First name').inputValue()).toBe('Ella');
    expect(await child.getByLabel('Last name').inputValue()).toBe('Hartley');
    expect(await child.getByLabel('Child', { exact: true }).isChecked()).toBe(true);
    expect(await dsl.getByLabel('What are you worried about?').inputValue()).toContain(SUMMARY);

    // The police see it acknowledged.
    await police.goto(`${portal.url}/encompass`);
    await police
      .getByRole('row', { name: /NF-E2E-0457/ })
      .getByText('Riverside Academy: Acknowledged')
      .waitFor();
  });

  it('goes to the council’s contact for a school outside the council, who marks it passed on; the police see that', async () => {
    const portal = running.portal();
    const browser = running.browser();

    const police = await (await browser.newContext()).newPage();
    await signInAs(police, portal.url, 'early.help@police.example.org');
    await police.goto(`${portal.url}/encompass`);
    await police.getByRole('link', { name: 'Record an Encompass notification' }).click();
    await police.getByLabel('Incident reference').fill('NF-E2E-0801');
    await fillDate(police, 'Date of the incident', londonDate());
    await police.getByLabel('Time of the incident').fill('00:01');
    await police.getByLabel('Short factual summary').fill('Officers attended a report of a disturbance; Imran was present.');
    await police.getByLabel('First name').fill('Imran');
    await police.getByLabel('Last name').fill('Khan');
    await fillDate(police, 'Date of birth', { day: '15', month: '7', year: '2011' });
    await police.getByRole('button', { name: 'Send to the children’s schools' }).click();
    await police.getByText('Encompass notification NF-E2E-0801 recorded').waitFor();
    const hillside = 'Hillside Church of England Primary School';

    // The front door (the council's contact) telephones the DSL, then records it.
    const contact = await (await browser.newContext()).newPage();
    await signInAs(contact, portal.url, 'frontdoor@northfield.example.org');
    await contact.goto(`${portal.url}/encompass`);
    await contact
      .getByRole('row', { name: /NF-E2E-0801/ })
      .getByRole('link', { name: 'NF-E2E-0801' })
      .click();
    await contact.getByRole('heading', { name: `Pass on to ${hillside}` }).waitFor();
    await contact.getByRole('button', { name: 'Mark as passed on' }).click();
    await contact.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAccessible(contact, 'an Encompass notification with the pass-on form and its error');
    await contact.getByLabel('How was it passed on?').fill('Telephoned the DSL at 08:05.');
    await contact.getByRole('button', { name: 'Mark as passed on' }).click();
    await contact.getByText('Marked as passed on').waitFor();
    // Read from the reloaded record's summary (the textarea's own text holds the note too).
    await contact.getByRole('definition').filter({ hasText: 'Telephoned the DSL at 08:05.' }).waitFor();
    expect(await contact.getByRole('button', { name: 'Mark as passed on' }).count()).toBe(0);
    await expectAccessible(contact, 'an Encompass notification passed on by the council');

    await police.goto(`${portal.url}/encompass`);
    await police
      .getByRole('row', { name: /NF-E2E-0801/ })
      .getByText(`${hillside}: Passed on by the council`)
      .waitFor();
  });
});
