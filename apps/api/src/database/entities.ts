import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CaseStatus, PersonRole, Role, TriageDecision } from '@eh/domain';

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

@Entity('user_session')
export class SessionRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'token_hash' }) tokenHash!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}

@Entity('family')
export class FamilyRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() reference!: string;
  @Column({ name: 'address_line1' }) addressLine1!: string;
  @Column({ name: 'address_line2', type: 'varchar', nullable: true }) addressLine2!: string | null;
  @Column() town!: string;
  @Column() postcode!: string;
  @Column() version!: number;
}

@Entity('person')
export class PersonRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'family_id', type: 'uuid' }) familyId!: string;
  @Column({ name: 'first_name' }) firstName!: string;
  @Column({ name: 'last_name' }) lastName!: string;
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth!: string;
  @Column({ type: 'varchar' }) role!: PersonRole;
  @Column() relationship!: string;
}

@Entity('referral')
export class ReferralRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() reference!: string;
  @Column({ name: 'family_id', type: 'uuid' }) familyId!: string;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @Column({ name: 'self_referral' }) selfReferral!: boolean;
  @Column({ name: 'referrer_agency_id', type: 'uuid', nullable: true }) referrerAgencyId!: string | null;
  @Column({ name: 'referrer_name' }) referrerName!: string;
  @Column({ type: 'text' }) concerns!: string;
  @Column({ name: 'consent_given' }) consentGiven!: boolean;
  @Column({ name: 'consent_note', type: 'text', nullable: true }) consentNote!: string | null;
  @Column({ type: 'varchar' }) status!: 'AWAITING_TRIAGE' | 'DECIDED';
  @Column({ type: 'varchar', nullable: true }) decision!: TriageDecision | null;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason!: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'lead_agency_id', type: 'uuid', nullable: true }) leadAgencyId!: string | null;
  @Column({ name: 'lead_practitioner_id', type: 'uuid', nullable: true }) leadPractitionerId!: string | null;
  @Column() version!: number;
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
  @Column() version!: number;
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

export const ENTITIES = [
  AgencyRow, UserRow, SessionRow, FamilyRow, PersonRow, ReferralRow, CaseRow, CaseProfessionalRow, CaseEventRow,
  AuditEventRow,
];
