import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { auditTrail } from './audit-trail.repository';
import { Db } from '../database/db';
import { Database, kyselyOn } from '../database/kysely';
import { currentRequestScope } from '../database/request-scope';
import { RequestContext } from '../common/request-context';

export enum AuditAction {
  ReadCase = 'READ_CASE',
  ListCaseload = 'LIST_CASELOAD',
  ReadReferral = 'READ_REFERRAL',
  ListReferrals = 'LIST_REFERRALS',
  SearchFamilies = 'SEARCH_FAMILIES',
  RecordReferral = 'RECORD_REFERRAL',
  TriageReferral = 'TRIAGE_REFERRAL',
  OpenCase = 'OPEN_CASE',
  RecordFirstContact = 'RECORD_FIRST_CONTACT',
  StartPlan = 'START_PLAN',
  SavePlanSection = 'SAVE_PLAN_SECTION',
  ReadPlanVersion = 'READ_PLAN_VERSION',
  SubmitPlan = 'SUBMIT_PLAN',
  ReturnPlan = 'RETURN_PLAN',
  ApprovePlan = 'APPROVE_PLAN',
  RecordConsent = 'RECORD_CONSENT',
  WithdrawConsent = 'WITHDRAW_CONSENT',
  RecordReview = 'RECORD_REVIEW',
  CloseCase = 'CLOSE_CASE',
  ReopenCase = 'REOPEN_CASE',
  UploadDrawing = 'UPLOAD_DRAWING',
  ReadDrawing = 'READ_DRAWING',
  AddAgendaItem = 'ADD_AGENDA_ITEM',
  ReadAgenda = 'READ_AGENDA',
  ForumDecision = 'FORUM_DECISION',
  UrgentStepUp = 'URGENT_STEP_UP',
  AcceptHandover = 'ACCEPT_HANDOVER',
  RequestMentoring = 'REQUEST_MENTORING',
  UpdateMentoring = 'UPDATE_MENTORING',
  RaiseAlert = 'RAISE_ALERT',
  ReadAlert = 'READ_ALERT',
  RecordRestrictedInformation = 'RECORD_RESTRICTED_INFORMATION',
  ReadRestrictedInformation = 'READ_RESTRICTED_INFORMATION',
  MoveUser = 'MOVE_USER',
  RemoveUser = 'REMOVE_USER',
  EndNamedProfessional = 'END_NAMED_PROFESSIONAL',
  UpdateRetentionPolicy = 'UPDATE_RETENTION_POLICY',
  PlaceLegalHold = 'PLACE_LEGAL_HOLD',
  LiftLegalHold = 'LIFT_LEGAL_HOLD',
  PurgeRecord = 'PURGE_RECORD',
  SearchPeople = 'SEARCH_PEOPLE',
  SubjectAccessExport = 'SUBJECT_ACCESS_EXPORT',
  ListDriftingCases = 'LIST_DRIFTING_CASES',
  AddReferralToCase = 'ADD_REFERRAL_TO_CASE',
  ChangeLead = 'CHANGE_LEAD',
  OfferTransfer = 'OFFER_TRANSFER',
  WithdrawTransfer = 'WITHDRAW_TRANSFER',
  AcceptTransfer = 'ACCEPT_TRANSFER',
  DeclineTransfer = 'DECLINE_TRANSFER',
  ListTransferOffers = 'LIST_TRANSFER_OFFERS',
  SetAgencyManager = 'SET_AGENCY_MANAGER',
  AddForumContribution = 'ADD_FORUM_CONTRIBUTION',
  RaiseEscalationConcern = 'RAISE_ESCALATION_CONCERN',
  ReadEscalationConcerns = 'READ_ESCALATION_CONCERNS',
  DecideEscalationConcern = 'DECIDE_ESCALATION_CONCERN',
  MakeReferral = 'MAKE_REFERRAL',
  RecordMaintenanceReview = 'RECORD_MAINTENANCE_REVIEW',
  AcceptStepUp = 'ACCEPT_STEP_UP',
  RecordStepDown = 'RECORD_STEP_DOWN',
  InviteToTeam = 'INVITE_TO_TEAM',
  WithdrawTeamInvitation = 'WITHDRAW_TEAM_INVITATION',
  AcceptTeamInvitation = 'ACCEPT_TEAM_INVITATION',
  DeclineTeamInvitation = 'DECLINE_TEAM_INVITATION',
  LeaveTeam = 'LEAVE_TEAM',
  RemoveFromTeam = 'REMOVE_FROM_TEAM',
  ListTeamInvitations = 'LIST_TEAM_INVITATIONS',
  AssignPlanSection = 'ASSIGN_PLAN_SECTION',
  AddCaseNote = 'ADD_CASE_NOTE',
  RecordShareDecision = 'RECORD_SHARE_DECISION',
  ReadShareDecisions = 'READ_SHARE_DECISIONS',
  RecordChildSetting = 'RECORD_CHILD_SETTING',
  UpdatePersonIdentifiers = 'UPDATE_PERSON_IDENTIFIERS',
  RecordEncompassNotification = 'RECORD_ENCOMPASS_NOTIFICATION',
  ReadEncompassNotification = 'READ_ENCOMPASS_NOTIFICATION',
  ListEncompassNotifications = 'LIST_ENCOMPASS_NOTIFICATIONS',
  AcknowledgeEncompassNotification = 'ACKNOWLEDGE_ENCOMPASS_NOTIFICATION',
  PassOnEncompassNotification = 'PASS_ON_ENCOMPASS_NOTIFICATION',
  ChangeOutcomeFramework = 'CHANGE_OUTCOME_FRAMEWORK',
  RecordNeed = 'RECORD_NEED',
  RemoveNeed = 'REMOVE_NEED',
  RecordNeedProgress = 'RECORD_NEED_PROGRESS',
  RecordNeedOutcomes = 'RECORD_NEED_OUTCOMES',
  ListSustainmentChecks = 'LIST_SUSTAINMENT_CHECKS',
  ConfirmSustainment = 'CONFIRM_SUSTAINMENT',
  ReadEvidencePack = 'READ_EVIDENCE_PACK',
  ReadNationalReturn = 'READ_NATIONAL_RETURN',
}

export enum AuditEntity {
  Case = 'CASE',
  Referral = 'REFERRAL',
  Family = 'FAMILY',
  Plan = 'PLAN',
  Consent = 'CONSENT',
  Review = 'REVIEW',
  Drawing = 'DRAWING',
  Alert = 'ALERT',
  RestrictedInformation = 'RESTRICTED_INFORMATION',
  User = 'USER',
  Person = 'PERSON',
  RetentionPolicy = 'RETENTION_POLICY',
  LegalHold = 'LEGAL_HOLD',
  ShareDecision = 'SHARE_DECISION',
  EncompassNotification = 'ENCOMPASS_NOTIFICATION',
  OutcomeHeading = 'OUTCOME_HEADING',
  // An agenda item asked for by its id and refused (a read allowed names the item's case).
  AgendaItem = 'AGENDA_ITEM',
}

export interface AuditEntry {
  readonly action: AuditAction;
  readonly entityType: AuditEntity;
  readonly entityId: string | null;
  readonly familyId: string | null;
  readonly allowed: boolean;
  // A list view: every record it showed, in one row.
  readonly entityIds?: readonly string[];
  readonly familyIds?: readonly string[];
}

// One audit row as written: actor, action, entity type, entity id, family id, outcome, request
// id, client address, the ids a list showed and their families.
export type AuditRow = readonly [
  string | null,
  AuditAction,
  AuditEntity,
  string | null,
  string | null,
  'ALLOWED' | 'DENIED',
  string,
  string | null,
  string[] | null,
  string[] | null,
];

// Append-only trail of every read and write of a family's record: ids and actions, never the
// values. Inside a request the rows wait for the end of the request and are written in its one
// transaction just before it commits (request-transaction.ts), so a read is never answered
// without its row, and a refused or failed write still leaves its row. A write may pass its own
// transaction's manager so the row commits or rolls back with that change alone.
@Injectable()
export class AuditService {
  constructor(private readonly db: Db) {}

  async record(ctx: RequestContext, entries: readonly AuditEntry[], manager?: EntityManager): Promise<void> {
    const rows = entries.map((entry): AuditRow => [
      ctx.actor?.userId ?? null,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.familyId,
      entry.allowed ? 'ALLOWED' : 'DENIED',
      ctx.requestId,
      ctx.clientIp,
      entry.entityIds ? [...entry.entityIds] : null,
      entry.familyIds ? [...new Set(entry.familyIds)] : null,
    ]);
    const scope = currentRequestScope();
    if (!manager && scope?.transaction) scope.pendingAudit.push(...rows);
    else await this.flush(manager?.queryRunner ? kyselyOn(manager.queryRunner) : this.db.kysely, rows);
  }

  // A list view: one row naming every record it showed (the trail of a list of 900 cases is one
  // row, not 900), found again by any of them (the case's access log, a subject access request).
  listed(
    ctx: RequestContext,
    action: AuditAction,
    entityType: AuditEntity,
    shown: readonly { id: string; familyId: string | null }[],
  ): Promise<void> {
    return this.record(ctx, [
      {
        action,
        entityType,
        entityId: null,
        familyId: null,
        allowed: true,
        entityIds: shown.map((r) => r.id),
        familyIds: shown.flatMap((r) => (r.familyId ? [r.familyId] : [])),
      },
    ]);
  }

  // Writes the rows on the given handle's connection, so they commit with its transaction.
  async flush(db: Database, rows: readonly AuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    await auditTrail.append(
      db,
      rows.map(([actorId, action, entityType, entityId, familyId, outcome, requestId, clientIp, entityIds, familyIds]) => ({
        actor_id: actorId,
        action,
        entity_type: entityType,
        entity_id: entityId,
        family_id: familyId,
        outcome,
        request_id: requestId,
        client_ip: clientIp,
        entity_ids: entityIds,
        family_ids: familyIds,
      })),
    );
  }
}
