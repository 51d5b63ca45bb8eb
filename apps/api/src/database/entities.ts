import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CaseStatus, PlanStatus, Role, SectionContent, SectionKind } from '@eh/domain';

// Database rows. These never leave the API: resolvers return their own GraphQL models.

@Entity('agency')
export class AgencyRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  @Column({ name: 'agency_type' }) agencyType!: string;
  @Column({ name: 'is_council_team' }) isCouncilTeam!: boolean;
}

@Entity('app_user')
export class UserRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() email!: string;
  @Column({ name: 'display_name' }) displayName!: string;
  @Column({ name: 'job_title' }) jobTitle!: string;
  @Column({ type: 'varchar' }) role!: Role;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  @Column({ name: 'password_hash' }) passwordHash!: string;
  @Column() active!: boolean;
}

@Entity('early_help_case')
export class CaseRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() reference!: string;
  @Column({ name: 'family_id', type: 'uuid' }) familyId!: string;
  @Column({ name: 'referral_id', type: 'uuid' }) referralId!: string;
  @Column({ type: 'smallint' }) level!: number;
  @Column({ type: 'varchar' }) status!: CaseStatus;
  @Column({ name: 'lead_agency_id', type: 'uuid' }) leadAgencyId!: string;
  @Column({ name: 'lead_practitioner_id', type: 'uuid' }) leadPractitionerId!: string;
  @Column({ name: 'allocated_on', type: 'date' }) allocatedOn!: string;
  @Column({ name: 'first_contact_due', type: 'date' }) firstContactDue!: string;
  @Column({ name: 'my_family_plan_due', type: 'date' }) myFamilyPlanDue!: string;
  @Column({ name: 'first_contact_on', type: 'date', nullable: true }) firstContactOn!: string | null;
  @Column({ name: 'declined_reason', type: 'text', nullable: true }) declinedReason!: string | null;
  @Column({ name: 'closed_on', type: 'date', nullable: true }) closedOn!: string | null;
  @Column({ name: 'closure_outcome', type: 'varchar', nullable: true }) closureOutcome!: string | null;
  @Column({ name: 'closure_reason', type: 'text', nullable: true }) closureReason!: string | null;
  @Column({ name: 'crisis_card', type: 'jsonb', nullable: true }) crisisCard!: CrisisCardContent | null;
  @Column({ name: 'maintenance_started_on', type: 'date', nullable: true }) maintenanceStartedOn!: string | null;
  @Column() version!: number;
}

export interface CrisisCardContent {
  readonly whoToCall: string;
  readonly warningSigns: string;
}

@Entity('case_professional')
export class CaseProfessionalRow {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column() role!: string;
}

@Entity('case_event')
export class CaseEventRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'event_type' }) eventType!: string;
  @Column({ type: 'text' }) summary!: string;
  @Column({ name: 'actor_id', type: 'uuid' }) actorId!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
}

@Entity('audit_event')
export class AuditEventRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column() action!: string;
  @Column({ name: 'entity_type' }) entityType!: string;
  @Column({ name: 'entity_id', type: 'uuid', nullable: true }) entityId!: string | null;
  @Column({ name: 'family_id', type: 'uuid', nullable: true }) familyId!: string | null;
  @Column() outcome!: 'ALLOWED' | 'DENIED';
  @Column({ name: 'request_id', type: 'varchar', nullable: true }) requestId!: string | null;
  @Column({ name: 'client_ip', type: 'varchar', nullable: true }) clientIp!: string | null;
}

@Entity('my_family_plan')
export class PlanRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'varchar' }) status!: PlanStatus;
  @Column() version!: number;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'started_by', type: 'uuid' }) startedBy!: string;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ name: 'approved_by', type: 'uuid', nullable: true }) approvedBy!: string | null;
}

@Entity('plan_section')
export class PlanSectionRow {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @PrimaryColumn({ name: 'section_key' }) sectionKey!: string;
  @Column({ type: 'varchar' }) kind!: SectionKind;
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId!: string | null;
  @Column({ type: 'jsonb' }) content!: SectionContent;
  @Column() version!: number;
  @Column({ name: 'saved_by', type: 'uuid' }) savedBy!: string;
  @Column({ name: 'saved_at', type: 'timestamptz' }) savedAt!: Date;
}

@Entity('plan_section_version')
export class PlanSectionVersionRow {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @PrimaryColumn({ name: 'section_key' }) sectionKey!: string;
  @PrimaryColumn() version!: number;
  @Column({ type: 'jsonb' }) content!: SectionContent;
  @Column({ name: 'saved_by', type: 'uuid' }) savedBy!: string;
  @Column({ name: 'saved_at', type: 'timestamptz' }) savedAt!: Date;
}

@Entity('plan_qa_comment')
export class PlanQaCommentRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @Column({ name: 'section_key', type: 'varchar', nullable: true }) sectionKey!: string | null;
  @Column({ type: 'text' }) comment!: string;
  @Column({ name: 'made_by', type: 'uuid' }) madeBy!: string;
  @Column({ name: 'made_at', type: 'timestamptz' }) madeAt!: Date;
  @Column() submission!: number;
}

@Entity('consent')
export class ConsentRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'given_by_person_id', type: 'uuid' }) givenByPersonId!: string;
  @Column({ name: 'competence_confirmed' }) competenceConfirmed!: boolean;
  @Column({ name: 'agency_ids', type: 'uuid', array: true }) agencyIds!: string[];
  @Column({ name: 'given_on', type: 'date' }) givenOn!: string;
  @Column({ name: 'withdrawn_on', type: 'date', nullable: true }) withdrawnOn!: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
}

@Entity('case_review')
export class ReviewRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column() kind!: 'TEAM_AROUND_FAMILY' | 'MAINTENANCE';
  @Column({ type: 'text' }) attendees!: string;
  @Column({ name: 'goal_progress', type: 'text' }) goalProgress!: string;
  @Column({ name: 'family_view', type: 'text' }) familyView!: string;
  @Column({ name: 'child_views', type: 'jsonb' }) childViews!: { personId: string; view: string }[];
  @Column({ name: 'next_review_on', type: 'date', nullable: true }) nextReviewOn!: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
}

export const ENTITIES = [
  PlanRow,
  PlanSectionRow,
  PlanSectionVersionRow,
  PlanQaCommentRow,
  ConsentRow,
  ReviewRow,
  AgencyRow,
  UserRow,
  CaseRow,
  CaseProfessionalRow,
  CaseEventRow,
  AuditEventRow,
];
