import { DataSource } from 'typeorm';
import {
  CaseStatus,
  ClaimRule,
  DEFAULT_CLAIM_RULE,
  londonToday,
  maintenanceReviewDates,
  PlanStatus,
  remindersDue,
  sustainmentCheckDue,
} from '@eh/domain';
import { attentionEmail, digestEmail, EmailChannel, JobHandlers, JobName, JobOf, JobOutcome, NotificationKind } from '@eh/notifications';
import { Clock, systemClock } from '../common/clock';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import {
  notificationRepository as notifications,
  recipientRepository as recipients,
  reminderRepository as reminders,
} from './notification.repository';
import { REMINDER_NOTIFICATIONS } from './notification-kinds';
import { outboxRepository } from './outbox.repository';
import { distinctSignals, LiveSignalPublisher } from '../live/live-signals';
import { sustainmentRepository as sustainment } from '../outcomes/sustainment.repository';

// What the worker does for each job: writes in-app notifications for the people concerned.
// Re-running a job is harmless (one row per person, kind and record).
export interface EmailDelivery {
  readonly channel: EmailChannel;
  readonly portalUrl: string;
  // The council's name for the service, in every subject line.
  readonly serviceName: string;
}

// How long a run may hold an email it is sending before another run may send it: longer than any
// send takes (a run that held it longer is taken to have died mid-send).
const EMAIL_CLAIM_MINUTES = 10;
const EMAIL_IN_FLIGHT_POLL_MS = 250;

export class InAppNotificationsService {
  private readonly transactions: Db;
  private readonly db: Database;

  constructor(
    dataSource: DataSource,
    private readonly email: EmailDelivery | null = null,
    private readonly clock: Clock = systemClock,
    // Live signals ("your inbox changed") to the API's replicas, once the notifications commit.
    private readonly live: LiveSignalPublisher | null = null,
    private readonly claimRule: ClaimRule = DEFAULT_CLAIM_RULE,
  ) {
    this.transactions = new Db(dataSource);
    this.db = this.transactions.kysely;
  }

  // Emails to the people of these notifications who chose "email now", each once. A notification
  // is claimed while it is sent and marked emailed once it went, so a run of this job beside
  // another (the first still going when Redis lost it, and its re-send) sends nothing twice; the
  // job is done only when every one of them has gone.
  async sendEmails({ notificationIds }: JobOf<JobName.SendEmails>): Promise<JobOutcome> {
    if (!this.email || notificationIds.length === 0) return JobOutcome.Skipped;
    const email = this.email;
    let outcome = JobOutcome.Skipped;
    for (;;) {
      const due = await notifications.claimForEmail(this.db, notificationIds, EMAIL_CLAIM_MINUTES);
      if (due.length) {
        // Sent side by side over the channel's connection pool; only what went is marked as emailed.
        const results = await Promise.allSettled(due.map((row) => email.channel.send(attentionEmail(row.email, email, 1))));
        const sent = due.filter((_, i) => results[i].status === 'fulfilled').map((row) => String(row.id));
        if (sent.length) await notifications.markEmailed(this.db, sent);
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) {
          await notifications.releaseEmailClaims(
            this.db,
            due.filter((_, i) => results[i].status === 'rejected').map((row) => String(row.id)),
          );
          throw failed.reason;
        }
        outcome = JobOutcome.Done;
      }
      if ((await notifications.emailsInFlight(this.db, notificationIds)) === 0) return outcome;
      await new Promise((resolve) => setTimeout(resolve, EMAIL_IN_FLIGHT_POLL_MS));
    }
  }

  // One summary email per person who chose the daily digest, counting what arrived since the last.
  async dailyDigest(): Promise<JobOutcome> {
    if (!this.email) return JobOutcome.Skipped;
    const rows = await notifications.digest(this.db);
    if (rows.length === 0) return JobOutcome.Skipped;
    const byUser = new Map<string, { email: string; counts: Record<string, number>; ids: string[] }>();
    for (const r of rows) {
      const entry = byUser.get(r.user_id) ?? { email: r.email, counts: {}, ids: [] };
      entry.counts[r.kind] = r.ids.length;
      entry.ids.push(...r.ids);
      byUser.set(r.user_id, entry);
    }
    for (const { email, counts, ids } of byUser.values()) {
      await this.email.channel.send(digestEmail(email, this.email, counts));
      await notifications.markEmailed(this.db, ids);
    }
    return JobOutcome.Done;
  }

  // The notifications and the emails they call for are written in one transaction, the emails as
  // an outbox entry the relay sends on like any other: a job run again writes neither again, and a
  // Redis that loses the email job loses nothing (the relay sends it again until it is done).
  async notify(
    people: readonly { id: string }[],
    kind: NotificationKind,
    entityType: string,
    entityId: string,
    eventKey = '',
  ): Promise<JobOutcome> {
    const userIds = people.map((p) => p.id);
    if (userIds.length === 0) return JobOutcome.Skipped;
    const added = await this.transactions.transaction((_manager, tx) => this.notifyIn(tx, userIds, kind, entityType, entityId, eventKey));
    await this.signalInboxes(added);
    return JobOutcome.Done;
  }

  private async notifyIn(
    tx: Database,
    userIds: readonly string[],
    kind: NotificationKind,
    entityType: string,
    entityId: string,
    eventKey: string,
  ): Promise<readonly { user_id: string }[]> {
    const added = await notifications.insert(tx, userIds, kind, entityType, entityId, eventKey);
    if (!this.email || added.length === 0) return added;
    const due = await notifications.emailNow(
      tx,
      added.map((row) => String(row.id)),
    );
    if (due.length) await outboxRepository.add(tx, JobName.SendEmails, { notificationIds: due.map((row) => String(row.id)) });
    return added;
  }

  // Once committed, each person who has a new notification hears so on their open pages. A job run
  // again adds nothing, and signals nothing.
  private async signalInboxes(added: readonly { user_id: string }[]): Promise<void> {
    await this.live?.publish(distinctSignals(added.map((row) => ({ kind: 'inbox', userId: row.user_id }))));
  }

  // Closed families whose sustainment check has come (the claim rule's months after closure): the
  // former lead is asked once, the check's row written with the notification in one transaction
  // (the state is in PostgreSQL, so a restarted worker or a lost schedule asks nobody twice), and
  // referrals for the family since closure are recorded as re-referrals. Ids and dates only.
  async sustainmentChecks(today: string = londonToday(this.clock.now())): Promise<JobOutcome> {
    let done = 0;
    for (const c of await sustainment.closedWithNeedsNotAsked(this.db)) {
      const dueOn = sustainmentCheckDue(c.closed_on, this.claimRule);
      if (dueOn > today) continue;
      const added = await this.transactions.transaction(async (_manager, tx) => {
        const asked = await sustainment.ask(tx, { caseId: c.id, dueOn, leadId: c.lead_practitioner_id, today });
        if (!asked) return [];
        return this.notifyIn(tx, [c.lead_practitioner_id], NotificationKind.SUSTAINMENT_CHECK_DUE, 'CASE', c.id, `sustainment:${dueOn}`);
      });
      await this.signalInboxes(added);
      done += 1;
    }
    for (const r of await sustainment.newReReferrals(this.db, today)) {
      await sustainment.recordReReferral(this.db, { caseId: r.case_id, referralId: r.referral_id, receivedOn: r.received_on, today });
      done += 1;
    }
    return done ? JobOutcome.Done : JobOutcome.Skipped;
  }

  // The referrer's agency hears the decision, including no further action (closing the loop).
  // The partner who made it in the portal is told as its maker (MY_REFERRAL_DECIDED).
  async referralDecided({ referralId }: JobOf<JobName.ReferralDecided>): Promise<JobOutcome> {
    const agency = await this.notify(
      await recipients.referrerAgency(this.db, referralId),
      NotificationKind.REFERRAL_DECIDED,
      'REFERRAL',
      referralId,
    );
    const maker = await this.notify(
      await recipients.referralMaker(this.db, referralId),
      NotificationKind.MY_REFERRAL_DECIDED,
      'REFERRAL',
      referralId,
    );
    return agency === JobOutcome.Done || maker === JobOutcome.Done ? JobOutcome.Done : JobOutcome.Skipped;
  }

  async caseAllocated({ caseId, leadPractitionerId }: JobOf<JobName.CaseAllocated>): Promise<JobOutcome> {
    return this.notify(await recipients.lead(this.db, caseId, leadPractitionerId), NotificationKind.CASE_ALLOCATED, 'CASE', caseId);
  }

  // The lead practitioner (for the lead agency) and every active user of the other agencies the
  // alert was shared with. Someone who has since left is simply not found: skipped, not failed.
  async alertRaised({ alertId }: JobOf<JobName.AlertRaised>): Promise<JobOutcome> {
    return this.notify(await recipients.alert(this.db, alertId), NotificationKind.SHARING_ALERT, 'ALERT', alertId);
  }

  // Only recipients who are still active and may still read the case today hear about it: the
  // one visibility rule (eh_case_visible_to, migration 0023) on the London date of the portal's
  // clock, never the database's UTC date. Anyone else is skipped.
  async caseUpdate({ eventId, kind, caseId, recipientIds }: JobOf<JobName.CaseUpdate>): Promise<JobOutcome> {
    if (recipientIds.length === 0) return JobOutcome.Skipped;
    const allowed = await recipients.maySeeCase(this.db, caseId, recipientIds, londonToday(this.clock.now()));
    return this.notify(allowed, kind, 'CASE', caseId, eventId);
  }

  // An offer to move a case to another agency, told to the people given (ids only): the
  // receiving agency may not see the case, so the notification names the offer, not the case.
  async transferUpdate({ eventId, kind, transferId, recipientIds }: JobOf<JobName.TransferUpdate>): Promise<JobOutcome> {
    return this.notify(
      recipientIds.map((id) => ({ id })),
      kind,
      'TRANSFER',
      transferId,
      eventId,
    );
  }

  // An invitation to a case's team, or a removal from it, told to the person (ids only): they do
  // not see the case, so the notification names the invitation.
  async teamUpdate({ eventId, kind, invitationId, recipientIds }: JobOf<JobName.TeamUpdate>): Promise<JobOutcome> {
    return this.notify(
      recipientIds.map((id) => ({ id })),
      kind,
      'TEAM_INVITATION',
      invitationId,
      eventId,
    );
  }

  // Today's deadline reminders for every open partner-led case: to the lead practitioner, and
  // overdue ones to the FPT managers too. Each reminder is sent once per deadline.
  async dailyReminders(today: string = londonToday(new Date())): Promise<JobOutcome> {
    const cases = await reminders.openCases(this.db);
    const managers = await recipients.activeManagers(this.db);
    const recorded = new Map<string, string[]>();
    for (const r of await reminders.recordedMaintenanceReviews(this.db))
      recorded.set(r.case_id, [...(recorded.get(r.case_id) ?? []), r.due_on]);
    let sent = 0;
    for (const c of cases) {
      const due = remindersDue(
        {
          status: c.status as CaseStatus,
          firstContactDue: c.first_contact_due,
          myFamilyPlanDue: c.my_family_plan_due,
          planStatus: c.plan_status as PlanStatus | null,
          nextReviewDue: c.next_review_on,
          maintenanceReviewDates: c.maintenance_started_on ? maintenanceReviewDates(c.maintenance_started_on) : [],
          recordedMaintenanceReviews: recorded.get(c.id) ?? [],
        },
        today,
      );
      for (const r of due) {
        const to = [{ id: c.lead_practitioner_id }, ...(r.escalate ? managers : [])];
        await this.notify(to, REMINDER_NOTIFICATIONS[r.kind], 'CASE', c.id, `${r.kind}:${r.dueOn}`);
        sent += 1;
      }
    }
    // Forum actions past their due date, to their owner, once per action.
    for (const action of await reminders.overdueActions(this.db, today)) {
      await this.notify([{ id: action.owner_id }], NotificationKind.ACTION_OVERDUE, 'CASE', action.case_id, `action:${action.id}`);
      sent += 1;
    }
    return sent ? JobOutcome.Done : JobOutcome.Skipped;
  }

  // Notifications only: workerJobHandlers adds the purge, the impact refresh and Operation Encompass.
  handlers(): Omit<
    JobHandlers,
    | JobName.RetentionPurge
    | JobName.RefreshImpactFigures
    | JobName.EncompassRecorded
    | JobName.EncompassEscalations
    | JobName.EncompassEscalated
  > {
    return {
      [JobName.ReferralDecided]: (payload) => this.referralDecided(payload),
      [JobName.CaseAllocated]: (payload) => this.caseAllocated(payload),
      [JobName.AlertRaised]: (payload) => this.alertRaised(payload),
      [JobName.CaseUpdate]: (payload) => this.caseUpdate(payload),
      [JobName.TransferUpdate]: (payload) => this.transferUpdate(payload),
      [JobName.TeamUpdate]: (payload) => this.teamUpdate(payload),
      [JobName.DailyDigest]: () => this.dailyDigest(),
      [JobName.DailyReminders]: () => this.dailyReminders(),
      [JobName.SendEmails]: (payload) => this.sendEmails(payload),
      [JobName.SustainmentChecks]: () => this.sustainmentChecks(),
    };
  }
}
