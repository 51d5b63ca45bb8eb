import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

const PEOPLE_FOUND = 50;

export interface EncompassSubjectChild {
  readonly personId: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
}

export interface EncompassSubjectRoute {
  readonly settingName: string | null;
  readonly withCouncilContact: boolean;
  readonly stage: string;
  readonly dueAt: string;
  readonly firstReadAt: string | null;
  readonly acknowledgedAt: string | null;
  readonly acknowledgedBy: string | null;
  readonly response: string | null;
  readonly responseNote: string | null;
  readonly passedOnAt: string | null;
  readonly passedOnBy: string | null;
  readonly passedOnNote: string | null;
}

// `column = ANY(ids)`: false for no ids, where `in ()` would not be SQL.
const anyOf = (column: string, ids: readonly string[]) => sql<boolean>`${sql.ref(column)} = ANY(${[...ids]}::uuid[])`;

// What a subject access request reads: the person it is about, and every record that refers to
// them or their family. The export's reads take the transaction's handle, so they share one
// snapshot with the audit row written beside them. Reads by case ids expect at least one id.
@Injectable()
export class SubjectAccessRepository {
  constructor(private readonly db: Db) {}

  // By last name, and first name and date of birth when given; letter case aside.
  searchPeople(lastName: string, firstName: string | null, dateOfBirth: string | null) {
    let query = this.db.kysely
      .selectFrom('person as p')
      .innerJoin('family as f', 'f.id', 'p.family_id')
      .select(['p.id', 'p.first_name', 'p.last_name', 'p.date_of_birth', 'p.role', 'f.reference', 'f.id as family_id'])
      .where(sql<string>`lower(p.last_name)`, '=', sql<string>`lower(${lastName})`);
    if (firstName !== null) query = query.where(sql<string>`lower(p.first_name)`, '=', sql<string>`lower(${firstName})`);
    if (dateOfBirth !== null) query = query.where('p.date_of_birth', '=', dateOfBirth);
    return query.orderBy('p.last_name').orderBy('p.first_name').orderBy('p.date_of_birth').limit(PEOPLE_FOUND).execute();
  }

  subject(personId: string) {
    return this.db.kysely
      .selectFrom('person as p')
      .innerJoin('family as f', 'f.id', 'p.family_id')
      .selectAll('p')
      .select(['f.reference as family_reference', 'f.address_line1', 'f.address_line2', 'f.town', 'f.postcode'])
      .where('p.id', '=', personId)
      .executeTakeFirst();
  }

  members(tx: Database, familyId: string) {
    return tx.selectFrom('person').selectAll().where('family_id', '=', familyId).orderBy('date_of_birth').execute();
  }

  users(tx: Database) {
    return tx
      .selectFrom('app_user as u')
      .innerJoin('agency as g', 'g.id', 'u.agency_id')
      .select(['u.id', 'u.display_name', 'g.name as agency'])
      .execute();
  }

  agencies(tx: Database) {
    return tx.selectFrom('agency').select(['id', 'name']).execute();
  }

  referrals(tx: Database, familyId: string) {
    return tx.selectFrom('referral').selectAll().where('family_id', '=', familyId).orderBy('received_at').execute();
  }

  cases(tx: Database, familyId: string) {
    return tx.selectFrom('early_help_case').selectAll().where('family_id', '=', familyId).orderBy('allocated_on').execute();
  }

  // The names of everyone who attended a Forum meeting that discussed one of these cases.
  forumAttendees(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('forum_attendance as a')
      .innerJoin('agenda_item as i', 'i.meeting_id', 'a.meeting_id')
      .select('a.attendee_name')
      .distinct()
      .where('i.case_id', 'in', [...caseIds])
      .execute();
  }

  namedProfessionals(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('case_professional')
      .select(['case_id', 'user_id', 'role'])
      .where('case_id', 'in', [...caseIds])
      .orderBy('role')
      .execute();
  }

  plans(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('my_family_plan')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .execute();
  }

  // Every saved version of every section.
  planSectionVersions(tx: Database, planIds: readonly string[]) {
    return tx
      .selectFrom('plan_section_version')
      .selectAll()
      .where('plan_id', 'in', [...planIds])
      .orderBy('plan_id')
      .orderBy('section_key')
      .orderBy('version')
      .execute();
  }

  // Whom each section is about.
  planSections(tx: Database, planIds: readonly string[]) {
    return tx
      .selectFrom('plan_section')
      .select(['plan_id', 'section_key', 'kind', 'person_id'])
      .where('plan_id', 'in', [...planIds])
      .execute();
  }

  planQaComments(tx: Database, planIds: readonly string[]) {
    return tx
      .selectFrom('plan_qa_comment')
      .selectAll()
      .where('plan_id', 'in', [...planIds])
      .orderBy('made_at')
      .execute();
  }

  reviews(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('case_review')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('held_on')
      .execute();
  }

  consents(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('consent')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('given_on')
      .execute();
  }

  // What each drawing is, not the picture.
  drawings(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('child_drawing')
      .select(['id', 'case_id', 'person_id', 'content_type', 'size_bytes', 'uploaded_by', 'uploaded_at'])
      .where('case_id', 'in', [...caseIds])
      .orderBy('uploaded_at')
      .execute();
  }

  chronology(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('case_event')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
  }

  // Agenda items with the day of their meeting.
  agendaItems(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('agenda_item as i')
      .innerJoin('forum_meeting as m', 'm.id', 'i.meeting_id')
      .selectAll('i')
      .select('m.meets_on')
      .where('i.case_id', 'in', [...caseIds])
      .orderBy('m.meets_on')
      .execute();
  }

  forumActions(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('forum_action')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('due_on')
      .execute();
  }

  handovers(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('handover')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('requested_at')
      .execute();
  }

  // The team around the family: every invitation and how it ended (former members included).
  teamInvitations(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('case_team_invitation')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('invited_at')
      .execute();
  }

  // Offers to move a case to another agency or level, whatever became of them.
  transfers(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('case_transfer')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('offered_at')
      .execute();
  }

  levelChanges(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('case_level_change')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('changed_on')
      .execute();
  }

  maintenanceReviews(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('maintenance_review')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('due_on')
      .execute();
  }

  // Needs coded against the outcome framework, with their outcome and whether progress held.
  needs(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('plan_need as n')
      .innerJoin('outcome_heading as h', 'h.id', 'n.heading_id')
      .leftJoin('need_sustainment as s', 's.need_id', 'n.id')
      .select([
        'n.case_id',
        'h.name as heading',
        'n.description',
        'n.evidence',
        'n.evidence_agency_id',
        'n.identified_on',
        'n.recorded_by',
        'n.outcome',
        'n.outcome_evidence',
        's.held',
        's.source',
        's.evidence as sustainment_evidence',
      ])
      .where('n.case_id', 'in', [...caseIds])
      .orderBy('n.identified_on')
      .execute();
  }

  escalationConcerns(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('escalation_concern')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('raised_at')
      .execute();
  }

  // Written contributions to the Forum on the family's agenda items.
  forumContributions(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('forum_contribution as c')
      .innerJoin('agenda_item as i', 'i.id', 'c.item_id')
      .selectAll('c')
      .select('i.case_id')
      .where('i.case_id', 'in', [...caseIds])
      .orderBy('c.sent_at')
      .execute();
  }

  mentoringRequests(tx: Database, caseIds: readonly string[]) {
    return tx
      .selectFrom('mentoring_request')
      .selectAll()
      .where('case_id', 'in', [...caseIds])
      .orderBy('requested_at')
      .execute();
  }

  mentoringSessions(tx: Database, requestIds: readonly string[]) {
    return tx
      .selectFrom('mentoring_session')
      .selectAll()
      .where('request_id', 'in', [...requestIds])
      .orderBy('held_on')
      .execute();
  }

  // Alerts about the family or any of its cases.
  alerts(tx: Database, familyId: string, caseIds: readonly string[]) {
    return tx
      .selectFrom('sharing_alert')
      .selectAll()
      .where((eb) => eb.or([eb('family_id', '=', familyId), anyOf('case_id', caseIds)]))
      .orderBy('raised_at')
      .execute();
  }

  shares(tx: Database, alertIds: readonly string[]) {
    return tx
      .selectFrom('sharing_record')
      .selectAll()
      .where('alert_id', 'in', [...alertIds])
      .execute();
  }

  // The family's share and don't-share ledger.
  shareDecisions(tx: Database, familyId: string) {
    return tx.selectFrom('share_decision').selectAll().where('family_id', '=', familyId).orderBy('decided_at').orderBy('id').execute();
  }

  // The Operation Encompass notifications the police made about this person (matched to them),
  // with their children and each setting's route (eh_encompass_subject_access: the FPT manager only).
  encompassNotifications(tx: Database, personId: string) {
    return tx
      .selectFrom(
        sql<{
          id: string;
          incident_reference: string;
          occurred_at: Date;
          summary: string;
          recorded_by: string;
          recorded_by_agency_id: string;
          recorded_at: Date;
          children: EncompassSubjectChild[];
          routes: EncompassSubjectRoute[];
        }>`eh_encompass_subject_access(${personId}::uuid)`.as('n'),
      )
      .selectAll()
      .execute();
  }

  notifications(tx: Database, entityIds: readonly string[]) {
    return tx
      .selectFrom('notification')
      .selectAll()
      .where('entity_id', 'in', [...entityIds])
      .orderBy('created_at')
      .execute();
  }

  // Holds on the family, any of its cases or any of its people.
  legalHolds(tx: Database, familyId: string, caseIds: readonly string[]) {
    return tx
      .selectFrom('legal_hold')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('family_id', '=', familyId),
          anyOf('case_id', caseIds),
          eb('person_id', 'in', eb.selectFrom('person').select('id').where('family_id', '=', familyId)),
        ]),
      )
      .orderBy('placed_at')
      .execute();
  }

  // Every audit row about the family, the person or any of these records, those naming them
  // among others (a list view's family_ids and entity_ids) included, in the order written.
  auditTrail(tx: Database, familyId: string, personId: string, entityIds: readonly string[]) {
    return tx
      .selectFrom('audit_event')
      .select(['occurred_at', 'actor_id', 'action', 'entity_type', 'outcome'])
      .where((eb) =>
        eb.or([
          eb('family_id', '=', familyId),
          eb('entity_id', '=', personId),
          anyOf('entity_id', entityIds),
          sql<boolean>`family_ids @> ARRAY[${familyId}]::uuid[]`,
          sql<boolean>`entity_ids && array_append(${[...entityIds]}::uuid[], ${personId}::uuid)`,
        ]),
      )
      .orderBy('seq')
      .execute();
  }
}
