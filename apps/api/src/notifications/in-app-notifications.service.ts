import { DataSource } from 'typeorm';
import { CaseStatus, londonToday, maintenanceReviewDates, nextReviewDue, PlanStatus, remindersDue } from '@eh/domain';
import { attentionEmail, digestEmail, EmailChannel, JobHandlers, JobName, JobOf, JobOutcome } from '@eh/notifications';
import { Clock, systemClock } from '../common/clock';

// What the worker does for each job: writes in-app notifications for the people concerned.
// Re-running a job is harmless (one row per person, kind and record).
export interface EmailDelivery {
  readonly channel: EmailChannel;
  readonly portalUrl: string;
  // Hands emails to their own queue; without it they are sent in the same job.
  readonly enqueue?: (notificationIds: readonly string[], jobId: string) => Promise<void>;
}

export class InAppNotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly email: EmailDelivery | null = null,
    private readonly clock: Clock = systemClock,
  ) {}

  // People who chose "email now" for this kind hear by email as well, once per notification.
  private async emailNow(kind: string, entityId: string, eventKey: string, userIds: readonly string[]): Promise<void> {
    if (!this.email) return;
    const due: { id: string }[] = await this.db.query(
      `SELECT n.id FROM notification n
         JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind AND p.channel = 'EMAIL_NOW'
        WHERE n.kind = $1 AND n.entity_id = $2 AND n.event_key = $3 AND n.user_id = ANY($4::uuid[]) AND n.emailed_at IS NULL`,
      [kind, entityId, eventKey, [...userIds]],
    );
    if (due.length === 0) return;
    const ids = due.map((d) => String(d.id));
    if (this.email.enqueue) await this.email.enqueue(ids, `email-${kind}-${entityId}-${eventKey}`);
    else await this.sendEmails({ notificationIds: ids });
  }

  async sendEmails({ notificationIds }: JobOf<JobName.SendEmails>): Promise<JobOutcome> {
    if (!this.email) return JobOutcome.Skipped;
    const due: { id: string; email: string }[] = await this.db.query(
      `SELECT n.id, u.email FROM notification n JOIN app_user u ON u.id = n.user_id AND u.active
        WHERE n.id = ANY($1::bigint[]) AND n.emailed_at IS NULL`,
      [[...notificationIds]],
    );
    if (due.length === 0) return JobOutcome.Skipped;
    const email = this.email;
    // Sent side by side over the channel's connection pool; only what went is marked as emailed.
    const results = await Promise.allSettled(due.map((row) => email.channel.send(attentionEmail(row.email, email.portalUrl, 1))));
    const sent = due.filter((_, i) => results[i].status === 'fulfilled').map((row) => row.id);
    if (sent.length) await this.db.query(`UPDATE notification SET emailed_at = now() WHERE id = ANY($1::bigint[])`, [sent]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return JobOutcome.Done;
  }

  // One summary email per person who chose the daily digest, counting what arrived since the last.
  async dailyDigest(): Promise<JobOutcome> {
    if (!this.email) return JobOutcome.Skipped;
    const rows: { user_id: string; email: string; kind: string; ids: string[] }[] = await this.db.query(
      `SELECT n.user_id, u.email, n.kind, array_agg(n.id)::text[] AS ids
         FROM notification n
         JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind AND p.channel = 'DAILY_DIGEST'
         JOIN app_user u ON u.id = n.user_id AND u.active
        WHERE n.emailed_at IS NULL AND n.read_at IS NULL
        GROUP BY n.user_id, u.email, n.kind ORDER BY n.user_id, n.kind`,
    );
    if (rows.length === 0) return JobOutcome.Skipped;
    const byUser = new Map<string, { email: string; counts: Record<string, number>; ids: string[] }>();
    for (const r of rows) {
      const entry = byUser.get(r.user_id) ?? { email: r.email, counts: {}, ids: [] };
      entry.counts[r.kind] = r.ids.length;
      entry.ids.push(...r.ids);
      byUser.set(r.user_id, entry);
    }
    for (const { email, counts, ids } of byUser.values()) {
      await this.email.channel.send(digestEmail(email, this.email.portalUrl, counts));
      await this.db.query(`UPDATE notification SET emailed_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
    }
    return JobOutcome.Done;
  }

  private async notify(userIds: readonly string[], kind: string, entityType: string, entityId: string, eventKey = ''): Promise<JobOutcome> {
    if (userIds.length === 0) return JobOutcome.Skipped;
    await this.db.query(
      `INSERT INTO notification (user_id, kind, entity_type, entity_id, event_key)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5 ON CONFLICT DO NOTHING`,
      [userIds, kind, entityType, entityId, eventKey],
    );
    await this.emailNow(kind, entityId, eventKey, userIds);
    return JobOutcome.Done;
  }

  // The referrer's agency hears the decision, including no further action (closing the loop).
  async referralDecided({ referralId }: JobOf<JobName.ReferralDecided>): Promise<JobOutcome> {
    const recipients: { id: string }[] = await this.db.query(
      `SELECT u.id FROM referral r JOIN app_user u ON u.agency_id = r.referrer_agency_id
        WHERE r.id = $1 AND r.status = 'DECIDED' AND u.active`,
      [referralId],
    );
    return this.notify(recipients.map((r) => r.id), 'REFERRAL_DECIDED', 'REFERRAL', referralId);
  }

  async caseAllocated({ caseId, leadPractitionerId }: JobOf<JobName.CaseAllocated>): Promise<JobOutcome> {
    const lead: { id: string }[] = await this.db.query(
      `SELECT u.id FROM early_help_case c JOIN app_user u ON u.id = c.lead_practitioner_id
        WHERE c.id = $1 AND u.id = $2 AND u.active`,
      [caseId, leadPractitionerId],
    );
    return this.notify(lead.map((l) => l.id), 'CASE_ALLOCATED', 'CASE', caseId);
  }

  // The lead practitioner (for the lead agency) and every active user of the other agencies the
  // alert was shared with. Someone who has since left is simply not found: skipped, not failed.
  async alertRaised({ alertId }: JobOf<JobName.AlertRaised>): Promise<JobOutcome> {
    const recipients: { id: string }[] = await this.db.query(
      `SELECT DISTINCT u.id
         FROM sharing_record r
         JOIN sharing_alert a ON a.id = r.alert_id
         LEFT JOIN early_help_case c ON c.id = a.case_id
         JOIN app_user u ON u.agency_id = r.agency_id AND u.active
        WHERE r.alert_id = $1
          AND (r.basis <> 'LEAD_AGENCY' OR u.id = c.lead_practitioner_id)`,
      [alertId],
    );
    return this.notify(recipients.map((r) => r.id), 'SHARING_ALERT', 'ALERT', alertId);
  }

  // Only recipients who are still active and may still read the case today hear about it: the
  // one visibility rule (eh_case_visible_to, migration 0023) on the London date of the portal's
  // clock, never the database's UTC date. Anyone else is skipped.
  async caseUpdate({ eventId, kind, caseId, recipientIds }: JobOf<JobName.CaseUpdate>): Promise<JobOutcome> {
    const allowed: { id: string }[] = await this.db.query(
      `SELECT u.id FROM app_user u
        WHERE u.id = ANY($2::uuid[]) AND u.active AND eh_case_visible_to($1, u.id, u.agency_id, u.role, $3)`,
      [caseId, [...recipientIds], londonToday(this.clock.now())],
    );
    return this.notify(allowed.map((a) => a.id), kind, 'CASE', caseId, eventId);
  }

  // Today's deadline reminders for every open partner-led case: to the lead practitioner, and
  // overdue ones to the FPT managers too. Each reminder is sent once per deadline.
  async dailyReminders(today: string = londonToday(new Date())): Promise<JobOutcome> {
    const cases: {
      id: string; status: CaseStatus; first_contact_due: string; my_family_plan_due: string; lead_practitioner_id: string;
      maintenance_started_on: string | null; plan_status: PlanStatus | null; approved_at: Date | null; last_review: string | null; next_review_on: string | null;
    }[] = await this.db.query(
      `SELECT c.id, c.status, c.first_contact_due, c.my_family_plan_due, c.lead_practitioner_id, c.maintenance_started_on,
              p.status AS plan_status, p.approved_at, r.held_on AS last_review, r.next_review_on
         FROM early_help_case c
         LEFT JOIN my_family_plan p ON p.case_id = c.id
         LEFT JOIN LATERAL (SELECT held_on, next_review_on FROM case_review WHERE case_id = c.id AND kind = 'TEAM_AROUND_FAMILY'
                             ORDER BY held_on DESC LIMIT 1) r ON true
        WHERE c.level = 2 AND c.status IN ('AWAITING_FIRST_CONTACT', 'OPEN', 'MAINTENANCE')`,
    );
    const managers: { id: string }[] = await this.db.query(`SELECT id FROM app_user WHERE role = 'FPT_MANAGER' AND active`);
    let sent = 0;
    for (const c of cases) {
      const from = c.last_review ?? (c.approved_at ? londonToday(c.approved_at) : null);
      const reminders = remindersDue(
        {
          status: c.status,
          firstContactDue: c.first_contact_due,
          myFamilyPlanDue: c.my_family_plan_due,
          planStatus: c.plan_status,
          nextReviewDue: c.next_review_on ?? (from ? nextReviewDue(from) : null),
          maintenanceReviewDates: c.maintenance_started_on ? maintenanceReviewDates(c.maintenance_started_on) : [],
        },
        today,
      );
      for (const r of reminders) {
        const to = [c.lead_practitioner_id, ...(r.escalate ? managers.map((m) => m.id) : [])];
        await this.notify(to, r.kind, 'CASE', c.id, `${r.kind}:${r.dueOn}`);
        sent += 1;
      }
    }
    // Forum actions past their due date, to their owner, once per action.
    const overdueActions: { id: string; case_id: string; owner_id: string; due_on: string }[] = await this.db.query(
      `SELECT id, case_id, owner_id, due_on FROM forum_action WHERE done_on IS NULL AND due_on < $1`,
      [today],
    );
    for (const action of overdueActions) {
      await this.notify([action.owner_id], 'ACTION_OVERDUE', 'CASE', action.case_id, `action:${action.id}`);
      sent += 1;
    }
    return sent ? JobOutcome.Done : JobOutcome.Skipped;
  }

  // Notifications only: workerJobHandlers adds the purge and the impact refresh.
  handlers(): Omit<JobHandlers, JobName.RetentionPurge | JobName.RefreshImpactFigures> {
    return {
      [JobName.ReferralDecided]: (payload) => this.referralDecided(payload),
      [JobName.CaseAllocated]: (payload) => this.caseAllocated(payload),
      [JobName.AlertRaised]: (payload) => this.alertRaised(payload),
      [JobName.CaseUpdate]: (payload) => this.caseUpdate(payload),
      [JobName.DailyDigest]: () => this.dailyDigest(),
      [JobName.DailyReminders]: () => this.dailyReminders(),
      [JobName.SendEmails]: (payload) => this.sendEmails(payload),
    };
  }
}
