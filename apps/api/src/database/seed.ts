import { DataSource } from 'typeorm';
import {
  addCalendarDays,
  CaseStatus,
  firstContactDueDate,
  LevelOfNeed,
  londonToday,
  myFamilyPlanDueDate,
  PersonRole,
  TriageDecision,
} from '@eh/domain';
import { hashPassword } from '../identity/passwords';
import { refreshImpactFigures } from '../impact/impact-refresh';
import { DEMO_AGENCIES, DEMO_FAMILIES, DEMO_LOCALITIES, DEMO_PASSWORD, DEMO_USERS, DemoFamily } from './seed-data';

export interface SeededIds {
  readonly agencies: Record<string, string>;
  readonly users: Record<string, string>;
  readonly referrals: Record<string, string>;
  readonly cases: Record<string, string>;
  readonly localities: Record<string, string>;
}

const DECISIONS = {
  3: TriageDecision.LEVEL_3_FAMILY_CASEWORK,
  4: TriageDecision.LEVEL_4_CHILDRENS_SOCIAL_CARE,
  NFA: TriageDecision.NO_FURTHER_ACTION,
} as const;

async function insertId(db: DataSource, sql: string, params: unknown[]): Promise<string> {
  const rows: { id: string }[] = await db.query(sql, params);
  return rows[0].id;
}

// Loads the synthetic demo council. Does nothing when agencies already exist, so the start
// command can run it every time.
export async function seedDemoData(db: DataSource, now: Date = new Date()): Promise<SeededIds | null> {
  const [{ count }]: { count: string }[] = await db.query('SELECT count(*) FROM agency');
  if (Number(count) > 0) return null;
  const today = londonToday(now);
  const ids: SeededIds = { agencies: {}, users: {}, referrals: {}, cases: {}, localities: {} };

  for (const a of DEMO_AGENCIES) {
    ids.agencies[a.key] = await insertId(
      db,
      'INSERT INTO agency (name, agency_type, is_council_team) VALUES ($1, $2, $3) RETURNING id',
      [a.name, a.agencyType, a.council],
    );
  }
  for (const u of DEMO_USERS) {
    ids.users[u.key] = await insertId(
      db,
      `INSERT INTO app_user (email, display_name, job_title, role, agency_id, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [u.email, u.name, u.jobTitle, u.role, ids.agencies[u.agency], await hashPassword(DEMO_PASSWORD)],
    );
  }
  for (const l of DEMO_LOCALITIES) {
    ids.localities[l.name] = await insertId(db, 'INSERT INTO locality (name, postcode_districts) VALUES ($1, $2) RETURNING id', [
      l.name,
      [...l.districts],
    ]);
  }
  for (const family of DEMO_FAMILIES) await seedFamily(db, family, ids, today);
  await refreshImpactFigures(db, now);
  return ids;
}

// Recorded at referral by the front door from the family's postcode district.
function localityOf(postcode: string, ids: SeededIds): string | null {
  const district = postcode.split(' ')[0];
  const locality = DEMO_LOCALITIES.find((l) => (l.districts as readonly string[]).includes(district));
  return locality ? ids.localities[locality.name] : null;
}

async function seedFamily(db: DataSource, family: DemoFamily, ids: SeededIds, today: string): Promise<void> {
  const familyId = await insertId(
    db,
    `INSERT INTO family (reference, address_line1, town, postcode, locality_id)
     VALUES ('EH-' || nextval('family_reference_seq'), $1, $2, $3, $4) RETURNING id`,
    [...family.address, localityOf(family.address[2], ids)],
  );
  for (const p of family.people) {
    await db.query(
      `INSERT INTO person (family_id, first_name, last_name, date_of_birth, role, relationship) VALUES ($1, $2, $3, $4, $5, $6)`,
      [familyId, p.first, p.last, p.dob, p.child ? PersonRole.CHILD : PersonRole.ADULT, p.relationship],
    );
  }
  const frontDoor = ids.users.frontDoor;
  const referralId = await insertId(
    db,
    `INSERT INTO referral (reference, family_id, recorded_by, self_referral, referrer_agency_id, referrer_name, concerns,
                           consent_given, received_at)
     VALUES ('R-' || nextval('referral_reference_seq'), $1, $2, $3, $4, $5, $6, true, $7::date) RETURNING id`,
    [
      familyId,
      frontDoor,
      family.referrer === 'self',
      family.referrer === 'self' ? null : ids.agencies[family.referrer],
      family.referrerName,
      family.concerns,
      addCalendarDays(today, -((family.triage?.level === 2 ? family.triage.allocatedDaysAgo : 0) + 1)),
    ],
  );
  ids.referrals[family.key] = referralId;
  const triage = family.triage;
  if (!triage) return;
  if (triage.level !== 2) {
    await db.query(
      `UPDATE referral SET status = 'DECIDED', decision = $2, decision_reason = $3, decided_by = $4, decided_at = now()
        WHERE id = $1`,
      [referralId, DECISIONS[triage.level], triage.reason, frontDoor],
    );
    return;
  }
  const lead = DEMO_USERS.find((u) => u.key === triage.lead);
  if (!lead) throw new Error(`Unknown demo user ${triage.lead}`);
  const agencyId = ids.agencies[lead.agency];
  const leadId = ids.users[lead.key];
  const allocatedOn = addCalendarDays(today, -triage.allocatedDaysAgo);
  await db.query(
    `UPDATE referral SET status = 'DECIDED', decision = $2, decision_reason = $3, decided_by = $4, decided_at = $7::date,
            lead_agency_id = $5, lead_practitioner_id = $6 WHERE id = $1`,
    [referralId, TriageDecision.LEVEL_2_PARTNER_LED, 'Needs can be met by early help led by the agency that knows the family best.',
      frontDoor, agencyId, leadId, allocatedOn],
  );
  const caseId = await insertId(
    db,
    `INSERT INTO early_help_case (reference, family_id, referral_id, level, status, lead_agency_id, lead_practitioner_id,
                                  allocated_on, first_contact_due, my_family_plan_due, created_at)
     VALUES ('C-' || nextval('case_reference_seq'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $7::date) RETURNING id`,
    [familyId, referralId, LevelOfNeed.PartnerLedEarlyHelp, CaseStatus.AWAITING_FIRST_CONTACT, agencyId, leadId, allocatedOn,
      firstContactDueDate(allocatedOn), myFamilyPlanDueDate(allocatedOn)],
  );
  ids.cases[family.key] = caseId;
  await db.query(`INSERT INTO case_professional (case_id, user_id, role) VALUES ($1, $2, 'Lead practitioner')`, [caseId, leadId]);
  for (const named of triage.named ?? []) {
    await db.query(`INSERT INTO case_professional (case_id, user_id, role) VALUES ($1, $2, 'Named professional')`, [
      caseId,
      ids.users[named],
    ]);
  }
  await db.query(
    `INSERT INTO case_event (case_id, event_type, summary, actor_id, occurred_at) VALUES ($1, 'CASE_OPENED', $2, $3, $4::date)`,
    [caseId, `Level 2 – early help led by a partner: allocated to ${lead.name} at triage`, frontDoor, allocatedOn],
  );
}
