import { Injectable } from '@nestjs/common';
import { Actor, CaseStatus, ClosureOutcome, EscalationRoute, ReceivingTeam } from '@eh/domain';
import { visibleTo } from '../cases/case.repository';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// Step-up handovers to a receiving team, and the closing of the early help case they (or a
// Forum decision) bring about.
@Injectable()
export class HandoverRepository {
  constructor(private readonly db: Db) {}

  // The new handover's id, or undefined when one for the case is already waiting.
  async open(
    tx: Database,
    handover: { caseId: string; itemId: string | null; to: ReceivingTeam; route: EscalationRoute; reason: string; requestedBy: string },
  ): Promise<string | undefined> {
    const created = await tx
      .insertInto('handover')
      .values({
        case_id: handover.caseId,
        item_id: handover.itemId,
        to_team: handover.to,
        route: handover.route,
        reason: handover.reason,
        requested_by: handover.requestedBy,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return created?.id;
  }

  // Handovers on cases the actor may see by the one rule (eh_visible_case_ids): those still
  // waiting, oldest first, or the one asked for.
  visible(actor: Actor, today: string, onlyId?: string) {
    return this.db.kysely
      .selectFrom('handover as h')
      .innerJoin('early_help_case as c', 'c.id', 'h.case_id')
      .leftJoin('app_user as u', 'u.id', 'h.requested_by')
      .select([
        'h.id',
        'h.case_id',
        'c.reference',
        'h.to_team',
        'h.route',
        'h.reason',
        'u.display_name as requested_by_name',
        'h.requested_at',
        'h.accepted_at',
      ])
      .where((eb) => (onlyId === undefined ? eb('h.accepted_at', 'is', null) : eb('h.id', '=', onlyId)))
      .where(visibleTo(actor, today))
      .orderBy('h.requested_at')
      .orderBy('h.id')
      .$narrowType<{ to_team: ReceivingTeam; route: EscalationRoute }>()
      .execute();
  }

  waiting(id: string) {
    return this.db.kysely
      .selectFrom('handover')
      .select(['case_id', 'to_team'])
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .$narrowType<{ to_team: ReceivingTeam }>()
      .executeTakeFirst();
  }

  // Only a handover still waiting is accepted; false otherwise.
  async accept(tx: Database, id: string, acceptedBy: string): Promise<boolean> {
    const result = await tx
      .updateTable('handover')
      .set((eb) => ({ accepted_at: eb.fn('now'), accepted_by: acceptedBy }))
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // The Forum's closing of a case (a step down, or a step up once accepted); a case already
  // closed keeps its first outcome.
  async closeCase(tx: Database, caseId: string, outcome: ClosureOutcome, closedOn: string): Promise<void> {
    await tx
      .updateTable('early_help_case')
      .set((eb) => ({ status: CaseStatus.CLOSED, closure_outcome: outcome, closed_on: closedOn, version: eb('version', '+', 1) }))
      .where('id', '=', caseId)
      .where('status', '<>', CaseStatus.CLOSED)
      .execute();
  }
}

export type HandoverRecord = Awaited<ReturnType<HandoverRepository['visible']>>[number];
