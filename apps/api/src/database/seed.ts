import { DataSource } from 'typeorm';
import {
  addCalendarDays,
  CaseStatus,
  firstContactDueDate,
  LevelOfNeed,
  londonToday,
  myFamilyPlanDueDate,
  nhsNumberCheckDigit,
  PersonRole,
  TriageDecision,
  upnCheckLetter,
  CouncilTerms,
  describeDecision,
  EARLY_HELP_TERMS,
  inRunningText,
  sentenceCase,
} from '@eh/domain';
import { hashPassword } from '../identity/passwords';
import { refreshImpactFigures } from '../impact/impact-refresh';
import { nextFamilyReference } from '../referrals/family.repository';
import { nextCaseReference, nextReferralReference } from '../referrals/referral.repository';
import { createKysely, Database, startOfDay } from './kysely';
import { seedDemoWork } from './seed-work';
import { DEMO_AGENCIES, DEMO_EDUCATION_SETTINGS, DEMO_FAMILIES, DEMO_LOCALITIES, DEMO_PASSWORD, DEMO_USERS, DemoFamily } from './seed-data';

export interface SeededIds {
  readonly agencies: Record<string, string>;
  readonly users: Record<string, string>;
  readonly referrals: Record<string, string>;
  readonly cases: Record<string, string>;
  readonly localities: Record<string, string>;
  readonly settings: Record<string, string>;
  // Counts the demo people given synthetic identifiers (syntheticIdentifiers).
  readonly syntheticPeople: { n: number };
}

const DECISIONS = {
  3: TriageDecision.LEVEL_3_FAMILY_CASEWORK,
  4: TriageDecision.LEVEL_4_CHILDRENS_SOCIAL_CARE,
  NFA: TriageDecision.NO_FURTHER_ACTION,
} as const;

// Loads the synthetic demo council. Does nothing when agencies already exist, so the start
// command can run it every time. Typed inserts, each returning the id the next one needs. With
// `work`, the demonstration system's work in progress too (seed-work.ts): the seed command loads
// it; the tests' and benchmarks' councils keep to the families above.
export async function seedDemoData(
  dataSource: DataSource,
  now: Date = new Date(),
  options: { readonly work?: boolean; readonly terms?: CouncilTerms } = {},
): Promise<SeededIds | null> {
  const terms = options.terms ?? EARLY_HELP_TERMS;
  const seedOne = (db: Database, family: DemoFamily, ids: SeededIds, today: string) => seedFamily(db, family, ids, today, terms);
  const db = createKysely(dataSource);
  const { count } = await db
    .selectFrom('agency')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  if (Number(count) > 0) return null;
  const today = londonToday(now);
  const ids: SeededIds = { agencies: {}, users: {}, referrals: {}, cases: {}, localities: {}, settings: {}, syntheticPeople: { n: 0 } };

  for (const a of DEMO_AGENCIES) {
    ids.agencies[a.key] = (
      await db
        .insertInto('agency')
        .values({ name: a.name, agency_type: a.agencyType, is_council_team: a.council, family_casework: a.key === 'casework' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  for (const u of DEMO_USERS) {
    const user = {
      email: u.email,
      display_name: u.name,
      job_title: u.jobTitle,
      role: u.role,
      agency_id: ids.agencies[u.agency],
      password_hash: await hashPassword(DEMO_PASSWORD),
    };
    ids.users[u.key] = (await db.insertInto('app_user').values(user).returning('id').executeTakeFirstOrThrow()).id;
  }
  for (const l of DEMO_LOCALITIES) {
    ids.localities[l.name] = (
      await db
        .insertInto('locality')
        .values({ name: l.name, postcode_districts: [...l.districts] })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  for (const s of DEMO_EDUCATION_SETTINGS) await seedEducationSetting(db, s, ids);
  for (const family of DEMO_FAMILIES) await seedOne(db, family, ids, today);
  if (options.work) await seedDemoWork(db, ids, today, seedOne);
  await refreshImpactFigures(dataSource, now);
  return ids;
}

async function seedEducationSetting(db: Database, s: (typeof DEMO_EDUCATION_SETTINGS)[number], ids: SeededIds): Promise<void> {
  const setting = {
    name: s.name,
    urn: s.urn,
    phase: s.phase,
    address_line1: s.address[0],
    town: s.address[1],
    postcode: s.address[2],
    school_day_starts_at: s.startsAt,
    in_council: s.agency !== null,
    agency_id: s.agency === null ? null : ids.agencies[s.agency],
    contact_email: s.contactEmail,
  };
  const id = (await db.insertInto('education_setting').values(setting).returning('id').executeTakeFirstOrThrow()).id;
  ids.settings[s.key] = id;
  for (const day of s.closureDays) await db.insertInto('education_setting_closure').values({ setting_id: id, closed_on: day }).execute();
  for (const lead of s.leads) {
    await db.insertInto('education_setting_staff').values({ setting_id: id, user_id: ids.users[lead.user], role: lead.role }).execute();
  }
}

// Recorded at referral by the front door from the family's postcode district.
function localityOf(postcode: string, ids: SeededIds): string | null {
  const district = postcode.split(' ')[0];
  const locality = DEMO_LOCALITIES.find((l) => (l.districts as readonly string[]).includes(district));
  return locality ? ids.localities[locality.name] : null;
}

// Identifiers for the demo people that pass the portal's checks and are plainly not real: NHS
// numbers in the 999 range, which the NHS keeps for testing and never issues; UPNs of LA "999",
// which no authority has; council numbers marked SYN. A UPN only for children.
export function syntheticIdentifiers(child: boolean, counter: { n: number }) {
  let check: number | null = null;
  let nine = '';
  while (check === null) {
    counter.n += 1;
    nine = `999${String(counter.n).padStart(6, '0')}`;
    check = nhsNumberCheckDigit(nine);
  }
  const upn = `999${String(counter.n).padStart(9, '0')}`;
  return {
    nhs_number: `${nine}${check}`,
    unique_pupil_number: child ? `${upnCheckLetter(upn)}${upn}` : null,
    council_person_number: `SYN-${String(counter.n).padStart(6, '0')}`,
  };
}

// The case's opening words are the council's (COUNCIL_TERMS), as triage in the portal writes them.
async function seedFamily(db: Database, family: DemoFamily, ids: SeededIds, today: string, terms: CouncilTerms): Promise<void> {
  const familyRow = {
    reference: nextFamilyReference(),
    address_line1: family.address[0],
    town: family.address[1],
    postcode: family.address[2],
    locality_id: localityOf(family.address[2], ids),
  };
  const familyId = (await db.insertInto('family').values(familyRow).returning('id').executeTakeFirstOrThrow()).id;
  for (const p of family.people) {
    const role = p.child ? PersonRole.CHILD : PersonRole.ADULT;
    const personId = (
      await db
        .insertInto('person')
        .values({
          family_id: familyId,
          first_name: p.first,
          last_name: p.last,
          date_of_birth: p.dob,
          role,
          relationship: p.relationship,
          ...syntheticIdentifiers(p.child, ids.syntheticPeople),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const settings = p.settings ?? [];
    for (const [index, at] of settings.entries()) {
      const row = {
        person_id: personId,
        setting_id: ids.settings[at.setting],
        started_on: at.from,
        ended_on: settings[index + 1]?.from ?? null,
        recorded_by: ids.users.frontDoor,
      };
      await db.insertInto('person_education_setting').values(row).execute();
    }
  }
  const frontDoor = ids.users.frontDoor;
  const referral = {
    reference: nextReferralReference(),
    family_id: familyId,
    recorded_by: frontDoor,
    self_referral: family.referrer === 'self',
    referrer_agency_id: family.referrer === 'self' ? null : ids.agencies[family.referrer],
    referrer_name: family.referrerName,
    concerns: family.concerns,
    consent_given: true,
    received_at: startOfDay(addCalendarDays(today, -((family.triage?.level === 2 ? family.triage.allocatedDaysAgo : 0) + 1))),
  };
  const referralId = (await db.insertInto('referral').values(referral).returning('id').executeTakeFirstOrThrow()).id;
  ids.referrals[family.key] = referralId;
  const triage = family.triage;
  if (!triage) return;
  if (triage.level !== 2) {
    const decided = {
      status: 'DECIDED',
      decision: DECISIONS[triage.level],
      decision_reason: triage.reason,
      decided_by: frontDoor,
      decided_at: new Date(),
    };
    await db.updateTable('referral').set(decided).where('id', '=', referralId).execute();
    return;
  }
  const lead = DEMO_USERS.find((u) => u.key === triage.lead);
  if (!lead) throw new Error(`Unknown demo user ${triage.lead}`);
  const agencyId = ids.agencies[lead.agency];
  const leadId = ids.users[lead.key];
  const allocatedOn = addCalendarDays(today, -triage.allocatedDaysAgo);
  await db
    .updateTable('referral')
    .set({
      status: 'DECIDED',
      decision: TriageDecision.LEVEL_2_PARTNER_LED,
      decision_reason: `Needs can be met by ${inRunningText(terms.earlyHelp)} led by the agency that knows the family best.`,
      decided_by: frontDoor,
      decided_at: startOfDay(allocatedOn),
      lead_agency_id: agencyId,
      lead_practitioner_id: leadId,
    })
    .where('id', '=', referralId)
    .execute();
  const earlyHelpCase = {
    reference: nextCaseReference(),
    family_id: familyId,
    referral_id: referralId,
    level: LevelOfNeed.PartnerLedEarlyHelp,
    status: CaseStatus.AWAITING_FIRST_CONTACT,
    lead_agency_id: agencyId,
    lead_practitioner_id: leadId,
    allocated_on: allocatedOn,
    first_contact_due: firstContactDueDate(allocatedOn),
    my_family_plan_due: myFamilyPlanDueDate(allocatedOn),
    created_at: startOfDay(allocatedOn),
  };
  const caseId = (await db.insertInto('early_help_case').values(earlyHelpCase).returning('id').executeTakeFirstOrThrow()).id;
  ids.cases[family.key] = caseId;
  const professionals = [
    { case_id: caseId, user_id: leadId, role: sentenceCase(terms.leadPractitioner) },
    ...(triage.named ?? []).map((named) => ({ case_id: caseId, user_id: ids.users[named], role: 'Named professional' })),
  ];
  await db.insertInto('case_professional').values(professionals).execute();
  const opened = {
    case_id: caseId,
    event_type: 'CASE_OPENED',
    summary: `${describeDecision(TriageDecision.LEVEL_2_PARTNER_LED, terms)}: allocated to ${lead.name} at triage`,
    actor_id: frontDoor,
    occurred_at: startOfDay(allocatedOn),
  };
  await db.insertInto('case_event').values(opened).execute();
}
