import { DataSource } from 'typeorm';
import {
  CaseStatus,
  EARLY_HELP_TERMS,
  firstContactDueDate,
  IsoDate,
  LevelOfNeed,
  myFamilyPlanDueDate,
  PersonRole,
  sentenceCase,
  TriageDecision,
} from '@eh/domain';
import { createKysely, startOfDay } from '../src/database/kysely';
import { DemoUserKey } from '../src/database/seed-data';
import { nextFamilyReference } from '../src/referrals/family.repository';
import { nextCaseReference, nextReferralReference } from '../src/referrals/referral.repository';
import { TEST_TODAY } from './test-clock';

// Test data with sensible defaults, written straight to a test portal's database as its owner
// (typed by schema.ts, with the references the repositories use): a family with its people, a
// referral, a case. Each takes only what the test is about; the rest is synthetic and plausible.
// Nothing here is audited or notified: this is the state a test starts from, not an action.
interface Portalish {
  readonly db: DataSource;
  readonly ids: { readonly users: Record<string, string> };
}

export interface PersonDraft {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly dateOfBirth?: IsoDate;
  readonly child?: boolean;
  readonly relationship?: string;
}

export interface FamilyDraft {
  readonly addressLine1?: string;
  readonly town?: string;
  readonly postcode?: string;
  readonly localityId?: string | null;
  // Default: a mother and one child.
  readonly people?: readonly PersonDraft[];
}

export interface MadeFamily {
  readonly id: string;
  readonly reference: string;
  readonly personIds: readonly string[];
}

const DEFAULT_PEOPLE: readonly PersonDraft[] = [
  { firstName: 'Alex', lastName: 'Testfamily', dateOfBirth: '1990-04-12', child: false, relationship: 'Mother' },
  { firstName: 'Sam', lastName: 'Testfamily', dateOfBirth: '2016-09-03', child: true, relationship: 'Son' },
];

export async function aFamily(portal: Portalish, draft: FamilyDraft = {}): Promise<MadeFamily> {
  const db = createKysely(portal.db);
  const family = await db
    .insertInto('family')
    .values({
      reference: nextFamilyReference(),
      address_line1: draft.addressLine1 ?? '1 Test Street',
      town: draft.town ?? 'Northfield',
      postcode: draft.postcode ?? 'NF1 1AA',
      locality_id: draft.localityId ?? null,
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
  const personIds: string[] = [];
  for (const p of draft.people ?? DEFAULT_PEOPLE) {
    const child = p.child ?? true;
    const person = await db
      .insertInto('person')
      .values({
        family_id: family.id,
        first_name: p.firstName ?? (child ? 'Sam' : 'Alex'),
        last_name: p.lastName ?? 'Testfamily',
        date_of_birth: p.dateOfBirth ?? (child ? '2016-09-03' : '1990-04-12'),
        role: child ? PersonRole.CHILD : PersonRole.ADULT,
        relationship: p.relationship ?? (child ? 'Son' : 'Mother'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    personIds.push(person.id);
  }
  return { ...family, personIds };
}

export interface ReferralDraft {
  // Default: a new family (aFamily's defaults).
  readonly familyId?: string;
  readonly recordedBy?: DemoUserKey;
  readonly concerns?: string;
  readonly receivedAt?: Date;
  // Default: awaiting triage; 'partnerLed' is decided at level 2 with `lead` as lead practitioner.
  readonly decided?: 'partnerLed';
  readonly lead?: DemoUserKey;
}

export interface MadeReferral {
  readonly id: string;
  readonly reference: string;
  readonly familyId: string;
}

async function agencyOf(portal: Portalish, user: DemoUserKey): Promise<string> {
  const row = await createKysely(portal.db)
    .selectFrom('app_user')
    .select('agency_id')
    .where('id', '=', portal.ids.users[user])
    .executeTakeFirstOrThrow();
  return row.agency_id;
}

export async function aReferral(portal: Portalish, draft: ReferralDraft = {}): Promise<MadeReferral> {
  const familyId = draft.familyId ?? (await aFamily(portal)).id;
  const recordedBy = portal.ids.users[draft.recordedBy ?? 'frontDoor'];
  const lead = draft.lead ?? 'schoolPractitioner';
  const decision =
    draft.decided === 'partnerLed'
      ? {
          status: 'DECIDED',
          decision: TriageDecision.LEVEL_2_PARTNER_LED,
          decision_reason: 'Needs can be met by a partner agency.',
          decided_by: recordedBy,
          decided_at: startOfDay(TEST_TODAY),
          lead_agency_id: await agencyOf(portal, lead),
          lead_practitioner_id: portal.ids.users[lead],
        }
      : {};
  const referral = await createKysely(portal.db)
    .insertInto('referral')
    .values({
      reference: nextReferralReference(),
      family_id: familyId,
      recorded_by: recordedBy,
      self_referral: true,
      referrer_agency_id: null,
      referrer_name: 'Parent',
      concerns: draft.concerns ?? 'Synthetic concerns about school attendance.',
      consent_given: true,
      ...(draft.receivedAt ? { received_at: draft.receivedAt } : {}),
      ...decision,
    })
    .returning(['id', 'reference', 'family_id'])
    .executeTakeFirstOrThrow();
  return { id: referral.id, reference: referral.reference, familyId: referral.family_id };
}

export interface CaseDraft {
  // Default: a new family.
  readonly familyId?: string;
  // The lead practitioner (default the school's family practitioner); the lead agency is theirs.
  readonly lead?: DemoUserKey;
  readonly status?: CaseStatus;
  // Default: the test day; the first-contact and plan deadlines follow from it.
  readonly allocatedOn?: IsoDate;
  readonly firstContactOn?: IsoDate | null;
}

export interface MadeCase {
  readonly id: string;
  readonly reference: string;
  readonly familyId: string;
  readonly referralId: string;
}

// A level 2 case led by `lead`, from a referral decided for it, with the lead on its team around
// the family and its opening in the chronology, as triage leaves it.
export async function aCase(portal: Portalish, draft: CaseDraft = {}): Promise<MadeCase> {
  const lead = draft.lead ?? 'schoolPractitioner';
  const referral = await aReferral(portal, { familyId: draft.familyId, decided: 'partnerLed', lead });
  const allocatedOn = draft.allocatedOn ?? TEST_TODAY;
  const db = createKysely(portal.db);
  const made = await db
    .insertInto('early_help_case')
    .values({
      reference: nextCaseReference(),
      family_id: referral.familyId,
      referral_id: referral.id,
      level: LevelOfNeed.PartnerLedEarlyHelp,
      status: draft.status ?? CaseStatus.AWAITING_FIRST_CONTACT,
      lead_agency_id: await agencyOf(portal, lead),
      lead_practitioner_id: portal.ids.users[lead],
      allocated_on: allocatedOn,
      first_contact_due: firstContactDueDate(allocatedOn),
      my_family_plan_due: myFamilyPlanDueDate(allocatedOn),
      first_contact_on: draft.firstContactOn ?? null,
      created_at: startOfDay(allocatedOn),
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('case_professional')
    .values({ case_id: made.id, user_id: portal.ids.users[lead], role: sentenceCase(EARLY_HELP_TERMS.leadPractitioner) })
    .execute();
  await db
    .insertInto('case_event')
    .values({
      case_id: made.id,
      event_type: 'CASE_OPENED',
      summary: 'Allocated at triage',
      actor_id: portal.ids.users.frontDoor,
      occurred_at: startOfDay(allocatedOn),
    })
    .execute();
  return { id: made.id, reference: made.reference, familyId: referral.familyId, referralId: referral.id };
}
