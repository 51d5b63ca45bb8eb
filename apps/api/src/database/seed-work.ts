import { randomUUID } from 'node:crypto';
import {
  addCalendarDays,
  ClosureOutcome,
  EncompassResponse,
  EncompassStage,
  londonInstant,
  NotSharingReason,
  nextSchoolDayStart,
  PlanStatus,
  ShareDecision,
  ShareDecisionSource,
  ShareLawfulBasis,
} from '@eh/domain';
import { nextFamilyReference } from '../referrals/family.repository';
import { nextReferralReference } from '../referrals/referral.repository';
import { Database, startOfDay } from './kysely';
import { DEMO_USERS, DEMO_WORK_FAMILIES, DemoStage, DemoWorkFamily } from './seed-data';
import type { SeededIds } from './seed';

type SeedFamily = (db: Database, family: DemoWorkFamily, ids: SeededIds, today: string) => Promise<void>;

const at = startOfDay;

async function event(db: Database, caseId: string, type: string, summary: string, actorId: string, on: string): Promise<void> {
  await db
    .insertInto('case_event')
    .values({ case_id: caseId, event_type: type, summary, actor_id: actorId, occurred_at: at(on) })
    .execute();
}

// The share and don't-share ledger (issue 14): decisions recorded on the demonstration's cases over
// the last few months, on each lawful basis, so the impact page's count by basis has something to show.
async function shareLedger(db: Database, ids: SeededIds, today: string): Promise<void> {
  const entries: readonly {
    readonly case: string;
    readonly by: string;
    readonly daysAgo: number;
    readonly decision: ShareDecision;
    readonly basis: ShareLawfulBasis;
    readonly reason?: NotSharingReason;
    readonly reasonText?: string;
    readonly what: string;
    readonly withAgency?: string;
    readonly withOther?: string;
  }[] = [
    {
      case: 'brook',
      by: 'schoolPractitioner',
      daysAgo: 70,
      decision: ShareDecision.SHARE,
      basis: ShareLawfulBasis.CONSENT,
      what: 'Attendance since September',
      withAgency: 'health',
    },
    {
      case: 'brook',
      by: 'schoolPractitioner',
      daysAgo: 12,
      decision: ShareDecision.NOT_SHARE,
      basis: ShareLawfulBasis.DUTY_TO_SHARE,
      reason: NotSharingReason.MORE_DETRIMENTAL,
      what: 'What the older child said in a worry box note',
      withAgency: 'police',
    },
    {
      case: 'byrne',
      by: 'harbour',
      daysAgo: 40,
      decision: ShareDecision.SHARE,
      basis: ShareLawfulBasis.SAFEGUARDING,
      what: 'The ex-partner has the new address',
      withAgency: 'police',
    },
    {
      case: 'byrne',
      by: 'harbour',
      daysAgo: 9,
      decision: ShareDecision.SHARE,
      basis: ShareLawfulBasis.DUTY_TO_SHARE,
      what: 'Safety plan for the school day',
      withAgency: 'oakwood',
    },
    {
      case: 'fletcher',
      by: 'police',
      daysAgo: 30,
      decision: ShareDecision.SHARE,
      basis: ShareLawfulBasis.OPERATION_ENCOMPASS,
      what: 'Call-out to the home overnight',
      withAgency: 'riverside',
    },
    {
      case: 'fletcher',
      by: 'police',
      daysAgo: 3,
      decision: ShareDecision.NOT_SHARE,
      basis: ShareLawfulBasis.PUBLIC_TASK,
      reason: NotSharingReason.OTHER,
      reasonText: 'The family’s GP already holds it',
      what: 'Outcome of the welfare check',
      withOther: 'The family’s GP surgery',
    },
  ];
  for (const e of entries) {
    const row = await db.selectFrom('early_help_case').select('family_id').where('id', '=', ids.cases[e.case]).executeTakeFirstOrThrow();
    const user = await db.selectFrom('app_user').select('agency_id').where('id', '=', ids.users[e.by]).executeTakeFirstOrThrow();
    await db
      .insertInto('share_decision')
      .values({
        id: randomUUID(),
        family_id: row.family_id,
        case_id: ids.cases[e.case],
        source: 'RECORDED',
        decision: e.decision,
        lawful_basis: e.basis,
        reason: e.reason ?? null,
        reason_text: e.reasonText ?? null,
        what_shared: e.what,
        shared_with_agency_id: e.withAgency ? ids.agencies[e.withAgency] : null,
        shared_with_other: e.withOther ?? null,
        decided_by: ids.users[e.by],
        decided_by_agency_id: user.agency_id,
        decided_at: londonInstant(addCalendarDays(today, -e.daysAgo), '11:00'),
      })
      .execute();
  }
}

// Moves a freshly allocated demo case on to its stage, with the chronology lines the portal would
// have written on the way.
async function advance(db: Database, family: DemoWorkFamily, ids: SeededIds, today: string): Promise<void> {
  const caseId = ids.cases[family.key];
  const triage = family.triage;
  if (!triage || triage.level !== 2) throw new Error(`Demo work family ${family.key} must be partner-led`);
  const lead = ids.users[triage.lead];
  const manager = ids.users.fptManager;
  const allocatedOn = addCalendarDays(today, -triage.allocatedDaysAgo);
  const contactOn = addCalendarDays(allocatedOn, 2);
  const stage: DemoStage = family.stage;
  await db.updateTable('early_help_case').set({ status: 'OPEN', first_contact_on: contactOn }).where('id', '=', caseId).execute();
  await event(db, caseId, 'FIRST_CONTACT', `First contact with the family on ${contactOn}: home visit arranged`, lead, contactOn);
  const startedOn = addCalendarDays(contactOn, 1);
  const plan = {
    case_id: caseId,
    started_by: lead,
    started_at: at(startedOn),
    status: PlanStatus.DRAFT as string,
    submitted_at: null as null | ReturnType<typeof at>,
    approved_at: null as null | ReturnType<typeof at>,
    approved_by: null as string | null,
  };
  await event(db, caseId, 'PLAN_STARTED', 'My Family Plan started', lead, startedOn);
  if (stage !== 'OPEN_DRAFT_PLAN') {
    const submittedOn = addCalendarDays(startedOn, stage === 'PLAN_SUBMITTED' ? 20 : 14);
    plan.status = PlanStatus.SUBMITTED;
    plan.submitted_at = at(submittedOn);
    await event(db, caseId, 'PLAN_SUBMITTED', 'My Family Plan submitted for quality assurance', lead, submittedOn);
    if (stage !== 'PLAN_SUBMITTED') {
      const approvedOn = addCalendarDays(submittedOn, 3);
      plan.status = PlanStatus.ACTIVE;
      plan.approved_at = at(approvedOn);
      plan.approved_by = manager;
      await event(db, caseId, 'PLAN_APPROVED', 'My Family Plan approved', manager, approvedOn);
      const reviewOn = addCalendarDays(approvedOn, 28);
      await db
        .insertInto('case_review')
        .values({
          case_id: caseId,
          kind: 'TEAM_AROUND_FAMILY',
          held_on: reviewOn,
          attendees: 'The family, the lead practitioner and the school',
          family_view: 'Things feel calmer at home; mornings are still hard.',
          goal_progress: 'Routines agreed; attendance improving.',
          child_views: JSON.stringify([]),
          // A review due within days of the seed's clock for the case still open.
          next_review_on: stage === 'PLAN_APPROVED_REVIEW_DUE' ? addCalendarDays(today, 3) : addCalendarDays(reviewOn, 42),
          recorded_by: lead,
        })
        .execute();
      await event(db, caseId, 'REVIEW_RECORDED', `Team Around the Family review held on ${reviewOn}`, lead, reviewOn);
    }
  }
  await db.insertInto('my_family_plan').values(plan).execute();
  if (stage === 'MAINTENANCE') {
    // Its 1-month maintenance review falls due within the week: the reminder and the case page show it.
    const from = addCalendarDays(today, -27);
    await db.updateTable('early_help_case').set({ status: 'MAINTENANCE', maintenance_started_on: from }).where('id', '=', caseId).execute();
    await event(db, caseId, 'MAINTENANCE_STARTED', 'Moved into maintenance: reviews at 1, 3, 6 and 12 months', lead, from);
  }
  if (stage === 'CLOSED') {
    const closedOn = addCalendarDays(today, -10);
    const reason = 'The family’s goals are met and the father is connected to his recovery group.';
    await db
      .updateTable('early_help_case')
      .set({ status: 'CLOSED', closed_on: closedOn, closure_outcome: ClosureOutcome.NEEDS_MET, closure_reason: reason })
      .where('id', '=', caseId)
      .execute();
    await event(db, caseId, 'CASE_CLOSED', `Case closed: needs met. ${reason}`, lead, closedOn);
  }
}

// A fortnightly Forum series around the seed's clock: one meeting held a week ago with its minutes
// published, one next week (scheduled) with a case on its agenda, one a fortnight after; and an
// escalation concern waiting for the chair.
async function forumSeries(db: Database, ids: SeededIds, today: string): Promise<void> {
  const manager = ids.users.fptManager;
  const place = 'Northfield Family Hub, Room 2';
  const [held, next] = await db
    .insertInto('forum_meeting')
    .values([-7, 7, 21].map((days) => ({ meets_on: addCalendarDays(today, days), starts_at: '14:00', place, created_by: manager })))
    .returning(['id', 'meets_on'])
    .execute()
    .then((rows) => [...rows].sort((a, b) => a.meets_on.localeCompare(b.meets_on)));
  const heldOn = held.meets_on;
  await db
    .insertInto('agenda_item')
    .values({
      meeting_id: held.id,
      case_id: ids.cases.fletcher,
      added_by: ids.users.police,
      reason: 'SEEKING_ADVICE',
      summary: 'Noah is still out late some nights; the plan is with quality assurance.',
      status: 'DISCUSSED',
      position: 1,
      discussion: 'The Forum agreed the plan is proportionate; the youth service will offer Noah a mentor.',
      decision: 'CONTINUE_LEVEL_2',
      decided_at: at(heldOn),
    })
    .execute();
  const attendance = [
    { agency: 'fpt', names: ['Daniel Okafor', 'Priya Shah'] },
    { agency: 'police', names: ['Alex Morgan'] },
    { agency: 'oakwood', names: ['Sam Carter'] },
  ];
  await db
    .insertInto('forum_attendance')
    .values(
      attendance.flatMap((a) => a.names.map((name) => ({ meeting_id: held.id, agency_id: ids.agencies[a.agency], attendee_name: name }))),
    )
    .execute();
  await db
    .updateTable('forum_meeting')
    .set({
      status: 'MINUTES_PUBLISHED',
      started_at: at(heldOn),
      held_at: at(heldOn),
      published_at: at(addCalendarDays(heldOn, -3)),
      minutes_signed_off_at: at(addCalendarDays(heldOn, 1)),
      minutes_signed_off_by: manager,
    })
    .where('id', '=', held.id)
    .execute();
  await event(db, ids.cases.fletcher, 'FORUM_DECISION', `Early Help Forum of ${heldOn}: continue at level 2`, manager, heldOn);
  await db
    .insertInto('agenda_item')
    .values({
      meeting_id: next.id,
      case_id: ids.cases.dunn,
      added_by: ids.users.schoolPractitioner,
      reason: 'CONSIDERING_STEP_DOWN',
      summary: 'Lily’s attendance is back to 96%; the family feel ready to manage with universal support.',
      status: 'PROPOSED',
      position: 1,
    })
    .execute();
  await db
    .insertInto('escalation_concern')
    .values({
      case_id: ids.cases.fletcher,
      raised_by: ids.users.police,
      raised_at: at(addCalendarDays(today, -1)),
      worry: 'Noah was found in a car with older boys at 2am on Saturday; he says he owes them money.',
      tried: 'A home visit with Mum, a referral to the youth service mentor, and a curfew agreed in the plan.',
      urgency: 'WITHIN_DAYS',
    })
    .execute();
  await event(
    db,
    ids.cases.fletcher,
    'ESCALATION_CONCERN_RAISED',
    'Escalation concern raised for the Forum chair (needs the Forum within days)',
    ids.users.police,
    addCalendarDays(today, -1),
  );
}

// The Marsh family, stepped up to the Family Casework Team by the urgent route seven weeks ago (as
// eh_step_up_to_family_casework leaves a case: level 3, the caseworker leading, Riverside's DSL
// still in the family's team), and on next week's Forum agenda to consider a step down.
async function familyCasework(db: Database, ids: SeededIds, today: string): Promise<void> {
  const caseId = ids.cases.marsh;
  const caseworker = ids.users.caseworker;
  const steppedUpOn = addCalendarDays(today, -49);
  await db
    .updateTable('early_help_case')
    .set({ level: 3, lead_agency_id: ids.agencies.casework, lead_practitioner_id: caseworker })
    .where('id', '=', caseId)
    .execute();
  await db
    .updateTable('case_professional')
    .set({ role: 'Lead practitioner before the step up' })
    .where('case_id', '=', caseId)
    .where('user_id', '=', ids.users.schoolDsl)
    .execute();
  await db.insertInto('case_professional').values({ case_id: caseId, user_id: caseworker, role: 'Lead practitioner' }).execute();
  await db
    .insertInto('case_level_change')
    .values({
      case_id: caseId,
      movement: 'STEP_UP_TO_LEVEL_3',
      from_level: 2,
      to_level: 3,
      agency_id: ids.agencies.riverside, // counted for the partner that led it, as the step-up function records
      route: 'URGENT_SAFEGUARDING',
      changed_on: steppedUpOn,
      recorded_by: ids.users.frontDoor,
    })
    .execute();
  await event(
    db,
    caseId,
    'STEPPED_UP_TO_LEVEL_3',
    'Stepped up to the Family Casework Team (level 3) by the urgent route',
    ids.users.frontDoor,
    steppedUpOn,
  );
  const next = await db
    .selectFrom('forum_meeting')
    .select(['id', 'meets_on'])
    .where('meets_on', '>', today)
    .orderBy('meets_on')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('agenda_item')
    .values({
      meeting_id: next.id,
      case_id: caseId,
      added_by: caseworker,
      reason: 'CONSIDERING_STEP_DOWN',
      summary: 'Gemma is engaging with her GP and the food bank; Riverside could lead again with the school nurse.',
      status: 'PROPOSED',
      position: 2,
    })
    .execute();
  await event(db, caseId, 'FORUM_ITEM_ADDED', `Brought to the Early Help Forum of ${next.meets_on}`, caseworker, today);
}

// A referral Riverside's designated safeguarding lead made in the portal, waiting for triage.
async function partnerReferral(db: Database, ids: SeededIds, today: string): Promise<void> {
  const familyId = (
    await db
      .insertInto('family')
      .values({
        reference: nextFamilyReference(),
        address_line1: '7 Sorrel Way',
        town: 'Northfield',
        postcode: 'NF3 2CD',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('person')
    .values([
      { family_id: familyId, first_name: 'Tara', last_name: 'Quinn', date_of_birth: '1994-05-12', role: 'ADULT', relationship: 'Mother' },
      { family_id: familyId, first_name: 'Leo', last_name: 'Quinn', date_of_birth: '2018-09-03', role: 'CHILD', relationship: 'Son' },
    ])
    .execute();
  await db
    .insertInto('referral')
    .values({
      reference: nextReferralReference(),
      family_id: familyId,
      recorded_by: ids.users.schoolDsl,
      self_referral: false,
      referrer_agency_id: ids.agencies.riverside,
      referrer_name: 'Jo Patel',
      concerns: 'Leo has missed 9 days this half term and arrives without breakfast; mum has started a night shift job.',
      family_words: 'Tara says: “I need someone to help with mornings while I’m on nights.”',
      consent_given: true,
      consent_on: addCalendarDays(today, -1),
      made_by_partner: true,
      received_at: at(today),
    })
    .execute();
}

// The team around the Dunn family, led by Sam Carter at Oakwood: the family agreed to share with
// the health visiting service, whose health visitor joined the team and came to the last review;
// the police early help officer has an invitation waiting, on a recorded lawful basis.
async function dunnTeam(db: Database, ids: SeededIds, today: string): Promise<void> {
  const caseId = ids.cases.dunn;
  const lead = ids.users.schoolPractitioner;
  const hv = DEMO_USERS.find((u) => u.key === 'healthVisitor');
  const police = DEMO_USERS.find((u) => u.key === 'police');
  const father = await db
    .selectFrom('person as p')
    .innerJoin('early_help_case as c', 'c.family_id', 'p.family_id')
    .select('p.id')
    .where('c.id', '=', caseId)
    .where('p.first_name', '=', 'Mark')
    .executeTakeFirstOrThrow();
  const consentOn = addCalendarDays(today, -60);
  await db
    .insertInto('consent')
    .values({ case_id: caseId, given_by_person_id: father.id, agency_ids: [ids.agencies.health], given_on: consentOn, recorded_by: lead })
    .execute();
  await event(
    db,
    caseId,
    'CONSENT_RECORDED',
    'Consent to share with Northfield Health Visiting Service given by Mark Dunn',
    lead,
    consentOn,
  );
  const joinedOn = addCalendarDays(today, -55);
  await db
    .insertInto('case_team_invitation')
    .values({
      case_id: caseId,
      invitee_id: ids.users.healthVisitor,
      invitee_agency_id: ids.agencies.health,
      role: 'Health visitor',
      basis: 'CONSENT',
      invited_by: lead,
      invited_at: at(addCalendarDays(joinedOn, -1)),
      status: 'ACCEPTED',
      decided_at: at(joinedOn),
      version: 2,
    })
    .execute();
  await db
    .insertInto('case_professional')
    .values({ case_id: caseId, user_id: ids.users.healthVisitor, role: 'Health visitor', joined_on_consent: true })
    .execute();
  await event(
    db,
    caseId,
    'TEAM_INVITATION_SENT',
    `${hv?.name} (Northfield Health Visiting Service) invited to the team as Health visitor, on the family’s consent to share with their agency`,
    lead,
    addCalendarDays(joinedOn, -1),
  );
  await event(
    db,
    caseId,
    'TEAM_MEMBER_JOINED',
    `${hv?.name} (Northfield Health Visiting Service) joined the team as Health visitor`,
    ids.users.healthVisitor,
    joinedOn,
  );
  await db
    .updateTable('case_review')
    .set({
      attendance: JSON.stringify([
        { userId: ids.users.healthVisitor, name: hv?.name, agencyName: 'Northfield Health Visiting Service', attendance: 'PRESENT' },
      ]),
    })
    .where('case_id', '=', caseId)
    .execute();
  const invitedOn = addCalendarDays(today, -2);
  await db
    .insertInto('case_team_invitation')
    .values({
      case_id: caseId,
      invitee_id: ids.users.police,
      invitee_agency_id: ids.agencies.police,
      role: 'Police early help officer',
      basis: 'LAWFUL_BASIS',
      lawful_basis: 'PUBLIC_TASK',
      lawful_basis_reason: 'Two call-outs to the father’s address; the police early help team’s statutory role',
      invited_by: lead,
      invited_at: at(invitedOn),
    })
    .execute();
  await event(
    db,
    caseId,
    'TEAM_INVITATION_SENT',
    `${police?.name} (Northfield Police Early Help Team) invited to the team as Police early help officer, on lawful basis: public task (a statutory function of the agency)`,
    lead,
    invitedOn,
  );
}

// Two Operation Encompass notifications from the police (synthetic): one about Ella Hartley two days
// ago, read and acknowledged by Riverside's DSL before the school day; one about Jack Ward last
// night, awaiting Riverside's DSL (the worker escalates it if the school day starts first).
async function encompassNotifications(db: Database, ids: SeededIds, today: string): Promise<void> {
  const notifications = [
    {
      child: 'Ella',
      incidentReference: 'NF-DEMO-2026-0112',
      recordedAt: londonInstant(addCalendarDays(today, -2), '21:40'),
      summary: 'Officers attended a report of a verbal argument between the parents at the home. Ella was present and upset; no injuries.',
      acknowledged: EncompassResponse.SILENT_SUPPORT,
    },
    {
      child: 'Jack',
      incidentReference: 'NF-DEMO-2026-0131',
      recordedAt: londonInstant(today, '00:20'),
      summary: 'Officers attended after a neighbour heard shouting. Jack was at home; his father was arrested and released on bail.',
      acknowledged: null,
    },
  ];
  for (const n of notifications) {
    const [person] = await db
      .selectFrom('person as p')
      .innerJoin('person_education_setting as ps', (join) => join.onRef('ps.person_id', '=', 'p.id').on('ps.ended_on', 'is', null))
      .innerJoin('education_setting as s', 's.id', 'ps.setting_id')
      .leftJoin('early_help_case as c', (join) =>
        join.onRef('c.family_id', '=', 'p.family_id').on('c.status', 'in', ['AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE']),
      )
      .select([
        'p.id',
        'p.family_id',
        'p.first_name',
        'p.last_name',
        'p.date_of_birth',
        'p.nhs_number',
        'ps.setting_id',
        's.agency_id',
        's.school_day_starts_at',
        'c.id as case_id',
      ])
      .where('p.first_name', '=', n.child)
      .execute();
    if (!person) continue;
    const id = randomUUID();
    const dueAt = nextSchoolDayStart({ schoolDayStartsAt: person.school_day_starts_at, closureDays: new Set() }, n.recordedAt);
    await db
      .insertInto('encompass_notification')
      .values({
        id,
        incident_reference: n.incidentReference,
        occurred_at: new Date(n.recordedAt.getTime() - 90 * 60_000),
        summary: n.summary,
        recorded_by: ids.users.police,
        recorded_by_agency_id: ids.agencies.police,
        recorded_at: n.recordedAt,
        council_agency_id: ids.agencies.fpt,
      })
      .execute();
    await db
      .insertInto('encompass_child')
      .values({
        id: randomUUID(),
        notification_id: id,
        position: 0,
        first_name: person.first_name,
        last_name: person.last_name,
        date_of_birth: person.date_of_birth,
        nhs_number: person.nhs_number,
        person_id: person.id,
        match_reason: 'NHS_NUMBER',
        family_id: person.family_id,
        case_id: person.case_id,
        setting_id: person.setting_id,
      })
      .execute();
    const read = new Date(dueAt.getTime() - 50 * 60_000);
    await db
      .insertInto('encompass_route')
      .values({
        id: randomUUID(),
        notification_id: id,
        setting_id: person.setting_id,
        with_council_contact: false,
        due_at: dueAt,
        stage: n.acknowledged ? EncompassStage.ACKNOWLEDGED : EncompassStage.AWAITING,
        ...(n.acknowledged
          ? {
              first_read_at: read,
              acknowledged_at: new Date(read.getTime() + 5 * 60_000),
              acknowledged_by: ids.users.schoolDsl,
              response: n.acknowledged,
            }
          : {}),
      })
      .execute();
    await db
      .insertInto('share_decision')
      .values({
        id: randomUUID(),
        family_id: person.family_id,
        case_id: person.case_id,
        person_id: person.id,
        source: ShareDecisionSource.OPERATION_ENCOMPASS,
        source_id: id,
        decision: ShareDecision.SHARE,
        lawful_basis: ShareLawfulBasis.OPERATION_ENCOMPASS,
        what_shared: 'Operation Encompass notification: the incident’s summary and the child’s details',
        shared_with_agency_id: person.agency_id,
        decided_by: ids.users.police,
        decided_by_agency_id: ids.agencies.police,
        decided_at: n.recordedAt,
      })
      .execute();
  }
}

// The demonstration system's work in progress: cases at every stage, a Forum series, a partner's
// referral, a team around the family and a mentoring request waiting for the Family Partnership Team.
export async function seedDemoWork(db: Database, ids: SeededIds, today: string, seedFamily: SeedFamily): Promise<void> {
  for (const family of DEMO_WORK_FAMILIES) {
    await seedFamily(db, family, ids, today);
    await advance(db, family, ids, today);
  }
  await forumSeries(db, ids, today);
  await familyCasework(db, ids, today);
  await partnerReferral(db, ids, today);
  await dunnTeam(db, ids, today);
  await encompassNotifications(db, ids, today);
  await shareLedger(db, ids, today);
  // Riverside's designated safeguarding lead manages its cases: she can move a case to another
  // practitioner there, and decide on a case another agency offers to Riverside.
  await db.updateTable('app_user').set({ agency_manager: true }).where('id', '=', ids.users.schoolDsl).execute();
  const harbour = DEMO_USERS.find((u) => u.key === 'harbour');
  await db
    .insertInto('mentoring_request')
    .values({
      case_id: ids.cases.byrne,
      requested_by: ids.users.harbour,
      topic: 'DOMESTIC_ABUSE',
      question: 'The ex-partner has found the new address: how should the maintenance plan change?',
    })
    .execute();
  await event(
    db,
    ids.cases.byrne,
    'MENTORING_REQUESTED',
    `Mentoring requested by ${harbour?.name ?? 'the lead practitioner'}`,
    ids.users.harbour,
    today,
  );
}
