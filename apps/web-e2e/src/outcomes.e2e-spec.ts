import { Client } from 'pg';
import { expectAccessible } from './accessibility';
import { fillDate, londonDate, openCaseFromCaseload, recordBrookReviewToday, signInAs, signOut } from './journey-steps';
import { portalAndBrowser } from './portal-process';

const SAM = 'sfp@oakwood.example.org';
const CHAIR = 'fpt.manager@northfield.example.org';
const NEEDS = [
  {
    heading: 'Getting a good education',
    who: 'Mia Brook',
    need: 'Mia is late most days and misses breakfast.',
    evidence: 'Attendance 78% this term',
  },
  { heading: 'Improved family relationships', who: 'Leah Brook', need: 'Mornings end in arguments.', evidence: 'Leah’s own account' },
];

// The Brook family's plan stands approved (first contact made, a goal with an action): the plan's
// own journey (my-family-plan.e2e-spec) records all that through the pages, so this one starts
// after it, written as the seed writes its work in progress.
async function approvedPlan(databaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const {
      rows: [c],
    } = await db.query(
      `SELECT c.id, c.lead_practitioner_id AS lead, m.id AS manager FROM early_help_case c
         JOIN family f ON f.id = c.family_id JOIN person p ON p.family_id = f.id
         CROSS JOIN (SELECT id FROM app_user WHERE role = 'FPT_MANAGER' LIMIT 1) m
        WHERE p.last_name = 'Brook' LIMIT 1`,
    );
    await db.query(`UPDATE early_help_case SET status = 'OPEN', first_contact_on = allocated_on WHERE id = $1`, [c.id]);
    const {
      rows: [plan],
    } = await db.query(
      `INSERT INTO my_family_plan (case_id, status, started_by, submitted_at, approved_at, approved_by)
       VALUES ($1, 'ACTIVE', $2, now() - interval '2 days', now() - interval '1 day', $3) RETURNING id`,
      [c.id, c.lead, c.manager],
    );
    const goals = {
      kind: 'GOALS',
      goals: {
        goals: [
          {
            goal: 'Mia is in school on time',
            actions: [{ who: 'Leah', what: 'Alarm at 7am', byWhen: '2030-01-01', status: 'IN_PROGRESS' }],
          },
        ],
      },
    };
    await db.query(
      `INSERT INTO plan_section (plan_id, section_key, kind, content, saved_by, version) VALUES ($1, 'GOALS', 'GOALS', $2, $3, 1)`,
      [plan.id, JSON.stringify(goals), c.lead],
    );
  } finally {
    await db.end();
  }
}

describe('outcomes that can be evidenced: needs, progress, closure, the sustainment check and the evidence pack', () => {
  const running = portalAndBrowser();

  it('records needs, progress and outcomes, asks the former lead six months on, and puts the family in the evidence pack', async () => {
    const portal = running.portal();
    await approvedPlan(portal.databaseUrl);
    const page = await (await running.browser().newContext()).newPage();
    await signInAs(page, portal.url, SAM);
    await openCaseFromCaseload(page, portal.url, 'Brook family');
    const caseUrl = page.url();

    // Needs coded against the framework, on the family members they concern, with evidence.
    await page.getByRole('link', { name: 'Needs and outcomes' }).click();
    await page.getByRole('heading', { name: 'Needs and outcomes' }).waitFor();
    await page.getByRole('button', { name: 'Add the need' }).click();
    await page.getByText('Choose a heading of the outcome framework').first().waitFor();
    await expectAccessible(page, 'the needs page with its errors');
    for (const n of NEEDS) {
      await page.getByLabel(n.heading).check();
      await page.getByLabel(n.who).check();
      await page.getByLabel('The need', { exact: true }).fill(n.need);
      await page.getByLabel('Evidence of the need').fill(n.evidence);
      await page.getByLabel('Which agency is the evidence from?').selectOption({ label: 'Oakwood Primary School' });
      await fillDate(page, 'Date the need was identified', londonDate());
      await page.getByRole('button', { name: 'Add the need' }).click();
      await page.getByRole('heading', { name: n.heading, level: 3 }).waitFor();
    }
    await expectAccessible(page, 'the needs page with two needs');

    // A review, then progress on each need at it.
    await recordBrookReviewToday(page, caseUrl);
    await page.goto(`${caseUrl}/needs`);
    await page.getByRole('link', { name: 'Record progress at a review' }).click();
    await page.getByRole('heading', { name: 'Record progress at a review' }).waitFor();
    for (const n of NEEDS) {
      await page
        .getByRole('group', { name: `Progress on ${n.heading}` })
        .getByLabel('Some progress')
        .check();
      await page.getByLabel(`Evidence for ${n.heading}`).fill('Four days out of five on time');
    }
    await expectAccessible(page, 'progress at a review');
    await page.getByRole('button', { name: 'Record progress' }).click();
    await page.getByText('Progress recorded').waitFor();

    // Closing, then the outcome of each need.
    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Close the case' }).click();
    await page.getByLabel('Needs met').check();
    await page.getByLabel('Close the case').check();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Case closed', { exact: true }).waitFor();
    await page.goto(`${caseUrl}/needs`);
    await page.getByRole('link', { name: 'Record the outcome of each need' }).click();
    for (const n of NEEDS) {
      await page
        .getByRole('group', { name: `Outcome on ${n.heading}` })
        .getByLabel('Significant progress')
        .check();
      await page.getByLabel(`Evidence for ${n.heading}`).fill('On time every day for the last month');
    }
    await page.getByRole('button', { name: 'Record the outcomes' }).click();
    await page.getByText('Outcomes recorded').waitFor();

    // The FPT manager signs in now: second factors are checked against the portal's clock, which
    // is about to move (a session itself lives on in PostgreSQL, by real time).
    const chair = await (await running.browser().newContext()).newPage();
    await signInAs(chair, portal.url, CHAIR);

    // Seven months on: the worker (started again with the calendar moved) asks the former lead.
    await portal.restart({ PORTAL_CLOCK_OFFSET_DAYS: '213' });
    const reminder = page.getByRole('link', { name: /Please confirm whether the progress made on case .* has lasted/ });
    for (let attempt = 0; ; attempt += 1) {
      await page.goto(`${portal.url}/inbox`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if ((await reminder.count()) > 0 || attempt >= 30) break;
      await page.waitForTimeout(1000);
    }
    // The home page lists it too, for the former lead.
    await page.goto(portal.url);
    await page.getByRole('heading', { name: 'Has the progress lasted?' }).waitFor();
    await expectAccessible(page, 'the home page with a sustainment check waiting');
    await page.goto(`${portal.url}/inbox`);
    await reminder.click();
    await page.getByRole('heading', { name: 'Has the family’s progress lasted?' }).waitFor();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page
      .getByText(/Say whether progress on/)
      .first()
      .waitFor();
    await expectAccessible(page, 'the sustainment check with its errors');
    for (const n of NEEDS) {
      await page
        .getByRole('group', { name: `Has the progress on ${n.heading} held?` })
        .getByLabel('Yes')
        .check();
      await page.getByLabel(`Where did you find this for ${n.heading}?`).selectOption({ label: 'School attendance records' });
      await page.getByLabel(`What you found for ${n.heading}`).fill('Attendance 97% this term');
    }
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Thank you: the sustainment check is recorded').waitFor();
    await signOut(page);

    // The FPT manager finds the family in the evidence pack, with its printable page.
    await chair.goto(portal.url);
    await chair.getByRole('link', { name: 'Evidence pack' }).click();
    const meeting = chair.getByRole('table', { name: 'Families meeting the claim rule (1)' });
    await meeting.waitFor();
    await expectAccessible(chair, 'the evidence pack');
    await meeting.getByRole('link').first().click();
    await chair.getByText('Meets the claim rule').waitFor();
    for (const n of NEEDS) await chair.getByText(n.need).waitFor();
    await chair.getByRole('cell', { name: 'No new referral since closure' }).waitFor();
    await expectAccessible(chair, 'a family’s evidence page');
  });
});
