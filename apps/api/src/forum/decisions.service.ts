import { Injectable, Inject } from '@nestjs/common';
import { CaseUpdateKind } from '@eh/notifications';
import {
  AgendaItemStatus,
  assertDecisionsOpen,
  CaseAction,
  ClosureOutcome,
  decisionEffect,
  decisionsForLevel,
  DomainError,
  DomainErrorCode,
  EscalationRoute,
  FieldProblem,
  ForumDecision,
  LevelOfNeed,
  nextCaseStatus,
  parseIsoDate,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { Db } from '../database/db';
import { CaseRow } from '../database/entities';
import { Database } from '../database/kysely';
import { DirectoryService } from '../identity/directory.service';
import { Outbox } from '../notifications/outbox';
import { ActionRepository } from './action.repository';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import { chairOnly } from './forum-chair';
import { RecordDecisionInput } from './forum.inputs';
import { AgendaItemModel } from './forum.models';
import { HandoverRepository } from './handover.repository';
import { HandoversService } from './handovers.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LiveSignals } from '../live/live-signals.service';

// The chair's record of an item's discussion: the decision takes effect on the case (a handover,
// a closure or a carry to the next meeting), its actions are assigned, and the people who hold
// the case hear of it.
@Injectable()
export class DecisionsService {
  constructor(
    private readonly db: Db,
    private readonly items: AgendaRepository,
    private readonly actions: ActionRepository,
    private readonly closures: HandoverRepository,
    private readonly agenda: AgendaService,
    private readonly handovers: HandoversService,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    private readonly live: LiveSignals,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async record(ctx: SignedInContext, input: RecordDecisionInput): Promise<AgendaItemModel> {
    chairOnly(ctx);
    const item = await this.items.forDecision(input.itemId);
    if (!item) throw DomainError.notFound();
    const { row } = await this.access.loadVisible(ctx, item.case_id, AuditAction.ReadCase);
    assertDecisionsOpen(item.meeting_status);
    const today = this.access.today();
    const problems: FieldProblem[] = [];
    if (!input.discussion.trim()) problems.push({ field: 'discussion', message: 'Summarise the discussion' });
    if (!decisionsForLevel(row.level).includes(input.decision)) {
      problems.push({
        field: 'decision',
        message:
          row.level === LevelOfNeed.FamilyCasework
            ? 'This case is held at level 3 by Family Casework: continue there, step down to a partner, or another decision'
            : 'This case is led by a partner at level 2: continue at level 2, step up, or another decision',
      });
    }
    if (input.decision === ForumDecision.REFER_OTHER_SERVICE && !input.referredTo?.trim()) {
      problems.push({ field: 'referredTo', message: 'Name the service the family is referred to' });
    }
    const owners = await this.directory.usersById(input.actions.map((a) => a.ownerId));
    input.actions.forEach((a, i) => {
      if (!owners.has(a.ownerId)) problems.push({ field: `actions.${i}.ownerId`, message: 'Choose who owns the action' });
      if (!a.description.trim()) problems.push({ field: `actions.${i}.description`, message: 'Describe the action' });
      if (!parseIsoDate(a.dueOn)) problems.push({ field: `actions.${i}.dueOn`, message: 'Enter a real date' });
      else if (a.dueOn < today) problems.push({ field: `actions.${i}.dueOn`, message: 'The due date must be today or later' });
    });
    if (problems.length) throw DomainError.invalid(problems);
    if (item.status !== AgendaItemStatus.ACCEPTED) {
      throw new DomainError(DomainErrorCode.InvalidState, 'Only an accepted agenda item can be discussed');
    }
    const effect = decisionEffect(input.decision);
    await this.db.transaction(async (em, tx) => {
      const decided = await this.items.decide(tx, item.id, input.version, {
        discussion: input.discussion.trim(),
        decision: input.decision,
        referredTo: input.referredTo?.trim() || null,
      });
      if (!decided) throw DomainError.conflict();
      await this.actions.add(
        tx,
        item.id,
        row.id,
        input.actions.map((a) => ({ ownerId: a.ownerId, description: a.description.trim(), dueOn: a.dueOn })),
      );
      await recordCaseEvent(
        tx,
        row.id,
        'FORUM_DECISION',
        `${this.config.terms.forum} ${item.meets_on}: ${input.decision.replace(/_/g, ' ').toLowerCase()}`,
        ctx.actor.userId,
      );
      switch (effect.kind) {
        case 'HANDOVER':
          await this.handovers.open(tx, ctx, row, effect.to, EscalationRoute.FORUM, input.discussion.trim(), item.id);
          break;
        case 'CLOSE':
          await this.closeFromForum(tx, ctx, row, effect.outcome, today);
          break;
        case 'CARRY_TO_NEXT_MEETING':
          await this.agenda.carryToNextMeeting(tx, item.id);
          break;
        case 'NONE':
          break;
      }
      await this.audit.record(
        ctx,
        [{ action: AuditAction.ForumDecision, entityType: AuditEntity.Case, entityId: row.id, familyId: row.familyId, allowed: true }],
        em,
      );
      // The lead, the named professionals and the agencies in the family's consent hear the
      // decision, if they may see the case today by the one rule (the chair sees the whole case,
      // so the rule reads every row it needs); the worker checks again at delivery.
      const entitled = await this.items.decisionRecipients(tx, row.id, today);
      await this.outbox.caseUpdate(tx, CaseUpdateKind.FORUM_DECISION, row.id, [row.leadPractitionerId, ...entitled]);
      await this.outbox.caseUpdate(
        tx,
        CaseUpdateKind.ACTION_ASSIGNED,
        row.id,
        input.actions.map((a) => a.ownerId),
      );
    });
    // Every attendee's page shows the decision and its actions once this commits.
    this.live.meeting(item.meeting_id, item.id);
    return this.agenda.item(ctx, item.id);
  }

  private async closeFromForum(tx: Database, ctx: SignedInContext, row: CaseRow, outcome: ClosureOutcome, today: string): Promise<void> {
    nextCaseStatus(row.status, CaseAction.CLOSE); // refuses a case that cannot close
    await this.closures.closeCase(tx, row.id, outcome, today);
    await recordCaseEvent(
      tx,
      row.id,
      'CASE_CLOSED',
      'Case closed at the Early Help Forum: stepped down to universal services',
      ctx.actor.userId,
    );
  }
}
