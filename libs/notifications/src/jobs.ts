import type { CaseUpdateKind, TeamUpdateKind, TransferUpdateKind } from './kinds';

// Queue and job names are enums and every payload has a type. Payloads carry ids only, never a
// family's personal details: a handler looks up what it needs with its own access.
export enum QueueName {
  Notifications = 'notifications',
  // Email waits on SMTP; its own queue keeps in-app notifications from waiting behind it.
  Email = 'email',
  // Refreshing the impact figures takes seconds at scale; it never delays a notification.
  Figures = 'figures',
}

export enum JobName {
  ReferralDecided = 'referral.decided',
  CaseAllocated = 'case.allocated',
  AlertRaised = 'alert.raised',
  CaseUpdate = 'case.update',
  DailyDigest = 'digest.daily',
  DailyReminders = 'reminders.daily',
  SendEmails = 'email.send',
  // Information governance: deletes records past their retention date (not a notification, but it
  // runs on this queue so a failed purge shows on the failed deliveries page).
  RetentionPurge = 'retention.purge',
  RefreshImpactFigures = 'impact.refresh',
  TransferUpdate = 'transfer.update',
  TeamUpdate = 'team.update',
  // Operation Encompass: tell each setting's DSL and deputies (or the council's contact), and the
  // lead practitioner of a child's open case; and the sweep that escalates what is unacknowledged
  // at the start of the school day (state in PostgreSQL, so a restart loses nothing).
  EncompassRecorded = 'encompass.recorded',
  EncompassEscalations = 'encompass.escalations',
  // One escalation the sweep made, told to the deputies or the council's contact (written to the
  // outbox with the route's move, so a crash after the move still tells them).
  EncompassEscalated = 'encompass.escalated',
  // Closed families whose sustainment check is due: ask the former lead, record re-referrals.
  SustainmentChecks = 'outcomes.sustainment',
}

export interface JobPayloads {
  [JobName.ReferralDecided]: { readonly referralId: string; readonly decidedBy: string };
  [JobName.CaseAllocated]: { readonly caseId: string; readonly leadPractitionerId: string };
  [JobName.AlertRaised]: { readonly alertId: string };
  [JobName.CaseUpdate]: {
    readonly eventId: string;
    readonly kind: CaseUpdateKind;
    readonly caseId: string;
    readonly recipientIds: readonly string[];
  };
  [JobName.DailyDigest]: { readonly trigger: 'schedule' | 'manual' };
  [JobName.DailyReminders]: { readonly trigger: 'schedule' | 'manual' };
  [JobName.SendEmails]: { readonly notificationIds: readonly string[] };
  [JobName.RetentionPurge]: { readonly trigger: 'schedule' | 'manual' };
  [JobName.RefreshImpactFigures]: { readonly trigger: 'schedule' | 'manual' };
  [JobName.TransferUpdate]: {
    readonly eventId: string;
    readonly kind: TransferUpdateKind;
    readonly transferId: string;
    readonly recipientIds: readonly string[];
  };
  [JobName.TeamUpdate]: {
    readonly eventId: string;
    readonly kind: TeamUpdateKind;
    readonly invitationId: string;
    readonly recipientIds: readonly string[];
  };
  [JobName.EncompassRecorded]: { readonly notificationId: string };
  [JobName.EncompassEscalations]: { readonly trigger: 'schedule' | 'manual' };
  [JobName.EncompassEscalated]: {
    readonly notificationId: string;
    readonly settingId: string | null;
    readonly stage: 'ESCALATED_TO_DEPUTIES' | 'ESCALATED_TO_COUNCIL';
  };
  [JobName.SustainmentChecks]: { readonly trigger: 'schedule' | 'manual' };
}

export type JobOf<N extends JobName> = JobPayloads[N];

export const QUEUE_OF_JOB: Readonly<Record<JobName, QueueName>> = {
  [JobName.ReferralDecided]: QueueName.Notifications,
  [JobName.CaseAllocated]: QueueName.Notifications,
  [JobName.AlertRaised]: QueueName.Notifications,
  [JobName.CaseUpdate]: QueueName.Notifications,
  [JobName.DailyDigest]: QueueName.Notifications,
  [JobName.DailyReminders]: QueueName.Notifications,
  [JobName.SendEmails]: QueueName.Email,
  [JobName.RetentionPurge]: QueueName.Notifications,
  [JobName.RefreshImpactFigures]: QueueName.Figures,
  [JobName.TransferUpdate]: QueueName.Notifications,
  [JobName.TeamUpdate]: QueueName.Notifications,
  [JobName.EncompassRecorded]: QueueName.Notifications,
  [JobName.EncompassEscalations]: QueueName.Notifications,
  [JobName.EncompassEscalated]: QueueName.Notifications,
  [JobName.SustainmentChecks]: QueueName.Notifications,
};

// An expected no-op (the person has left, the record was withdrawn) is a result, not an error,
// so retries and failure alerts stay meaningful.
export enum JobOutcome {
  Done = 'DONE',
  Skipped = 'SKIPPED',
}

export type JobHandler<N extends JobName> = (payload: JobOf<N>) => Promise<JobOutcome>;

export type JobHandlers = { readonly [N in JobName]: JobHandler<N> };
