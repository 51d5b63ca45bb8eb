import { Injectable } from '@nestjs/common';
import { DomainError, isOverdue } from '@eh/domain';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { ActionRecord, ActionRepository } from './action.repository';
import { ForumActionModel } from './forum.models';

// An action as its owner and the agenda show it, overdue by the London date.
export function toForumAction(row: ActionRecord, today: string): ForumActionModel {
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.reference,
    owner: { id: row.owner_id, displayName: row.owner_name, jobTitle: row.owner_job_title },
    description: row.description,
    dueOn: row.due_on,
    doneOn: row.done_on,
    overdue: row.done_on === null && isOverdue(row.due_on, today),
  };
}

// Actions agreed at the Forum, tracked to completion by their owners.
@Injectable()
export class ActionsService {
  constructor(
    private readonly actions: ActionRepository,
    private readonly access: CaseAccessService,
  ) {}

  async mine(ctx: SignedInContext): Promise<ForumActionModel[]> {
    const today = this.access.today();
    const rows = await this.actions.list({ ownerId: ctx.actor.userId });
    return rows.map((r) => toForumAction(r, today));
  }

  async complete(ctx: SignedInContext, actionId: string): Promise<ForumActionModel> {
    const today = this.access.today();
    if (!(await this.actions.complete(actionId, ctx.actor.userId, today))) throw DomainError.notFound();
    const [row] = await this.actions.list({ ownerId: ctx.actor.userId, actionId });
    if (!row) throw DomainError.notFound();
    return toForumAction(row, today);
  }
}
