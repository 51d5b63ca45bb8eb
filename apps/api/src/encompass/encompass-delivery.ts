import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { encompassEscalationDue, EncompassStage, SafeguardingRole, ShareDecision, ShareDecisionSource, ShareLawfulBasis } from '@eh/domain';
import { encompassContactEmail, JobName, JobOf, JobOutcome, NotificationKind } from '@eh/notifications';
import { Clock, systemClock } from '../common/clock';
import { Db } from '../database/db';
import { Database } from '../database/kysely';
import { EmailDelivery, InAppNotificationsService } from '../notifications/in-app-notifications.service';
import { outboxRepository } from '../notifications/outbox.repository';
import { ShareDecisionRepository } from '../sharing/share-decision.repository';
import { encompassDeliveryRepository as repo } from './encompass-delivery.repository';

const ENTITY = 'ENCOMPASS';
const SWEEP_BATCH = 200;
// Every minute: an escalation is due at a setting's start time, to the minute.
export const ENCOMPASS_SWEEP_SCHEDULE = '* * * * *';

// The worker's side of Operation Encompass. Every notification says only that there is one and
// where to read it; the contact address of a setting outside the council gets an email with no
// details. Re-running a job sends nothing twice (one notification per person, kind and event; the
// contact's email is marked sent).
export class EncompassDelivery {
  private readonly transactions: Db;
  private readonly db: Database;
  private readonly notifications: InAppNotificationsService;

  constructor(
    dataSource: DataSource,
    private readonly email: EmailDelivery | null = null,
    private readonly clock: Clock = systemClock,
  ) {
    this.transactions = new Db(dataSource);
    this.db = this.transactions.kysely;
    this.notifications = new InAppNotificationsService(dataSource, email, clock);
  }

  async recorded({ notificationId }: JobOf<JobName.EncompassRecorded>): Promise<JobOutcome> {
    const routes = await repo.routes(this.db, notificationId);
    if (routes.length === 0) return JobOutcome.Skipped;
    const inCouncil = routes.filter((r) => !r.with_council_contact && r.setting_id !== null).map((r) => r.setting_id as string);
    const outcomes: JobOutcome[] = [];
    outcomes.push(
      await this.notifications.notify(
        await repo.staff(this.db, inCouncil),
        NotificationKind.ENCOMPASS_NOTIFICATION,
        ENTITY,
        notificationId,
      ),
    );
    const toCouncil = routes.filter((r) => r.with_council_contact);
    if (toCouncil.length) {
      outcomes.push(
        await this.notifications.notify(
          await repo.councilContacts(this.db),
          NotificationKind.ENCOMPASS_FOR_COUNCIL_CONTACT,
          ENTITY,
          notificationId,
        ),
      );
    }
    outcomes.push(
      await this.notifications.notify(
        await repo.caseLeads(this.db, notificationId),
        NotificationKind.ENCOMPASS_CASE_LEAD,
        ENTITY,
        notificationId,
      ),
    );
    // A setting outside the council: its contact address hears that there is one, nothing more.
    for (const route of toCouncil) {
      if (!route.contact_email || !route.name || route.contact_emailed_at || !this.email) continue;
      await this.email.channel.send(encompassContactEmail(route.contact_email, this.email, route.name));
      await repo.markContactEmailed(this.db, route.id, this.clock.now());
      outcomes.push(JobOutcome.Done);
    }
    return outcomes.includes(JobOutcome.Done) ? JobOutcome.Done : JobOutcome.Skipped;
  }

  // Each route due to move on: at the start of the school day to the deputies, then to the
  // council's contact. The move, its ledger row (for the council) and the outbox entry that tells
  // the people are one transaction: a crash after the move still tells them.
  async sweep(): Promise<JobOutcome> {
    const now = this.clock.now();
    const ledger = new ShareDecisionRepository(this.transactions);
    const moved = await this.transactions.transaction(async (_manager, tx) => {
      const due = await repo.due(tx, now, SWEEP_BATCH);
      let count = 0;
      for (const route of due) {
        const next = encompassEscalationDue({ stage: route.stage, dueAt: new Date(route.due_at) }, now, Boolean(route.has_deputies));
        if (!next) continue;
        await repo.escalate(tx, route.id, next, now);
        if (next === EncompassStage.ESCALATED_TO_COUNCIL) {
          // The escalation's share with the council's contact: decided by the officer who recorded
          // it (the route it follows is theirs), on the Operation Encompass basis.
          const children = await repo.routeChildren(tx, route.id);
          await ledger.record(
            tx,
            children.map((c) => ({
              id: randomUUID(),
              familyId: c.family_id,
              caseId: c.case_id,
              personId: c.person_id,
              source: ShareDecisionSource.OPERATION_ENCOMPASS,
              sourceId: c.notification_id,
              decision: ShareDecision.SHARE,
              lawfulBasis: ShareLawfulBasis.OPERATION_ENCOMPASS,
              reason: null,
              reasonText: null,
              whatShared: 'Operation Encompass notification, escalated: not acknowledged by the start of the school day',
              sharedWithAgencyId: c.council_agency_id,
              sharedWithOther: null,
              decidedBy: c.recorded_by,
              decidedByAgencyId: c.recorded_by_agency_id,
              decidedAt: now,
            })),
          );
        }
        await outboxRepository.add(tx, JobName.EncompassEscalated, {
          notificationId: route.notification_id,
          settingId: route.setting_id,
          stage: next === EncompassStage.ESCALATED_TO_DEPUTIES ? 'ESCALATED_TO_DEPUTIES' : 'ESCALATED_TO_COUNCIL',
        });
        count += 1;
      }
      return count;
    });
    return moved ? JobOutcome.Done : JobOutcome.Skipped;
  }

  // One escalation told: the setting's deputies, or the council's contact (once per stage and setting).
  async escalated({ notificationId, settingId, stage }: JobOf<JobName.EncompassEscalated>): Promise<JobOutcome> {
    const people =
      stage === 'ESCALATED_TO_DEPUTIES'
        ? await repo.staff(this.db, settingId ? [settingId] : [], SafeguardingRole.DEPUTY_DSL)
        : await repo.councilContacts(this.db);
    return this.notifications.notify(people, NotificationKind.ENCOMPASS_ESCALATED, ENTITY, notificationId, `${stage}:${settingId ?? ''}`);
  }

  handlers() {
    return {
      [JobName.EncompassRecorded]: (payload: JobOf<JobName.EncompassRecorded>) => this.recorded(payload),
      [JobName.EncompassEscalations]: () => this.sweep(),
      [JobName.EncompassEscalated]: (payload: JobOf<JobName.EncompassEscalated>) => this.escalated(payload),
    };
  }
}
