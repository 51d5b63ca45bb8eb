import { Injectable } from '@nestjs/common';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { ConcernStatus, ConcernUrgency, ForumDecision } from '@eh/domain';
import { Db } from '../database/db';
import { Database } from '../database/kysely';

// Which concerns a read shows: one, those someone raised, or those waiting for the chair.
export type ConcernsShown = { readonly id: string } | { readonly raisedBy: string } | { readonly waiting: true };

// Escalation concerns, read under row-level security: a row shows only when its case does (the one
// visibility rule). A change guarded by a version and a state says whether it happened.
@Injectable()
export class EscalationConcernRepository {
  constructor(private readonly db: Db) {}

  list(shown: ConcernsShown) {
    let query = this.db.kysely
      .selectFrom('escalation_concern as e')
      .innerJoin('early_help_case as c', 'c.id', 'e.case_id')
      .innerJoin('app_user as u', 'u.id', 'e.raised_by')
      .innerJoin('agency as a', 'a.id', 'u.agency_id')
      .leftJoin('agenda_item as i', 'i.id', 'e.agenda_item_id')
      .leftJoin('forum_meeting as m', 'm.id', 'i.meeting_id')
      .select((eb) => [
        'e.id',
        'e.case_id',
        'c.family_id',
        'c.reference',
        'c.lead_practitioner_id',
        'e.worry',
        'e.tried',
        'e.urgency',
        'e.status',
        'e.raised_by',
        'u.display_name as raised_by_name',
        'a.name as raised_by_agency',
        'e.raised_at',
        'e.response',
        'e.decided_at',
        'e.version',
        'm.meets_on',
        'm.minutes_signed_off_at',
        'i.decision',
        jsonArrayFrom(
          eb
            .selectFrom('person as p')
            .select('p.last_name')
            .whereRef('p.family_id', '=', 'c.family_id')
            .orderBy('p.role')
            .orderBy('p.date_of_birth')
            .orderBy('p.id'),
        ).as('members'),
      ])
      .$narrowType<{ urgency: ConcernUrgency; status: ConcernStatus; decision: ForumDecision | null }>();
    if ('id' in shown) query = query.where('e.id', '=', shown.id);
    else if ('raisedBy' in shown) query = query.where('e.raised_by', '=', shown.raisedBy);
    else query = query.where('e.status', '=', ConcernStatus.RAISED);
    return query.orderBy('e.raised_at', 'desc').orderBy('e.id').execute();
  }

  async add(tx: Database, concern: { caseId: string; raisedBy: string; worry: string; tried: string; urgency: ConcernUrgency }) {
    const { id } = await tx
      .insertInto('escalation_concern')
      .values({
        case_id: concern.caseId,
        raised_by: concern.raisedBy,
        worry: concern.worry,
        tried: concern.tried,
        urgency: concern.urgency,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  // The chair's decision, only on a concern still raised and at `version`; false otherwise.
  async decide(
    tx: Database,
    id: string,
    version: number,
    decision: { status: ConcernStatus; agendaItemId?: string; handoverId?: string; response?: string; decidedBy: string },
  ): Promise<boolean> {
    const result = await tx
      .updateTable('escalation_concern')
      .set((eb) => ({
        status: decision.status,
        agenda_item_id: decision.agendaItemId ?? null,
        handover_id: decision.handoverId ?? null,
        response: decision.response ?? null,
        decided_by: decision.decidedBy,
        decided_at: eb.fn('now'),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', ConcernStatus.RAISED)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // The concerns that became an item carried to a later meeting now point to the carried item.
  async follow(tx: Database, fromItemId: string, toItemId: string): Promise<void> {
    await tx.updateTable('escalation_concern').set({ agenda_item_id: toItemId }).where('agenda_item_id', '=', fromItemId).execute();
  }

  // Whoever raised the concerns that became these agenda items.
  raisersOfItem(tx: Database, itemId: string) {
    return tx.selectFrom('escalation_concern').select('raised_by').where('agenda_item_id', '=', itemId).execute();
  }
}

export type ConcernRecord = Awaited<ReturnType<EscalationConcernRepository['list']>>[number];
