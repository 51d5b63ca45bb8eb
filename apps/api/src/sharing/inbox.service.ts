import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { DomainError, londonToday } from '@eh/domain';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { InboxModel, NotificationModel } from './sharing.models';

interface Row {
  id: string;
  kind: string;
  entity_type: string;
  entity_id: string;
  created_at: Date;
  read_at: Date | null;
  reference: string | null;
  // For a notification about a case: whether the person may still see that case today.
  case_visible: boolean | null;
}

// In-app notifications say that something needs attention and where; the record itself is read
// through its own access rule when the link is followed. A notification about a case the person
// may no longer see (consent withdrawn, no longer named, the case handed on) stays in the inbox,
// so the count and the list agree and it can be marked as read, but says no more than that: no
// case reference and no link to a page that would only answer "not found".
function describe(row: Row): Pick<NotificationModel, 'text' | 'link'> {
  if (row.entity_type === 'CASE' && row.case_visible === false) {
    return { text: 'An update about a case you no longer have access to', link: null };
  }
  switch (row.kind) {
    case 'REFERRAL_DECIDED':
      return { text: `A decision has been recorded on referral ${row.reference ?? ''}`.trim(), link: `/referrals/${row.entity_id}` };
    case 'CASE_ALLOCATED':
      return { text: `Case ${row.reference ?? ''} has been allocated to you`.replace('  ', ' '), link: `/cases/${row.entity_id}` };
    case 'PLAN_SUBMITTED':
      return { text: `A My Family Plan on case ${row.reference ?? ''} is ready for quality assurance`, link: `/cases/${row.entity_id}/plan` };
    case 'PLAN_RETURNED':
      return { text: `The My Family Plan on case ${row.reference ?? ''} has been returned with comments`, link: `/cases/${row.entity_id}/plan` };
    case 'PLAN_APPROVED':
      return { text: `The My Family Plan on case ${row.reference ?? ''} has been approved`, link: `/cases/${row.entity_id}/plan` };
    case 'AGENDA_PUBLISHED':
      return { text: `The Forum agenda with case ${row.reference ?? ''} has been published`, link: '/forum' };
    case 'FORUM_DECISION':
      return { text: `The Early Help Forum made a decision on case ${row.reference ?? ''}`, link: `/cases/${row.entity_id}` };
    case 'ACTION_ASSIGNED':
      return { text: `You have a new Forum action on case ${row.reference ?? ''}`, link: '/actions' };
    case 'ACTION_OVERDUE':
      return { text: `A Forum action of yours on case ${row.reference ?? ''} is overdue`, link: '/actions' };
    case 'HANDOVER_ACCEPTED':
      return { text: `The receiving team accepted the family on case ${row.reference ?? ''}`, link: `/cases/${row.entity_id}` };
    case 'MENTORING_ASSIGNED':
      return { text: `A mentoring request on case ${row.reference ?? ''} has been assigned`, link: '/mentoring' };
    case 'MENTORING_CLOSED':
      return { text: `Your mentoring request on case ${row.reference ?? ''} has been closed with a summary`, link: '/mentoring' };
    case 'FIRST_CONTACT_DUE_SOON':
      return { text: `First contact with the family on case ${row.reference ?? ''} is due soon`, link: `/cases/${row.entity_id}` };
    case 'FIRST_CONTACT_OVERDUE':
      return { text: `First contact on case ${row.reference ?? ''} is overdue`, link: `/cases/${row.entity_id}` };
    case 'PLAN_DUE_SOON':
      return { text: `The My Family Plan on case ${row.reference ?? ''} is due within 5 working days`, link: `/cases/${row.entity_id}/plan` };
    case 'PLAN_OVERDUE':
      return { text: `The My Family Plan on case ${row.reference ?? ''} is overdue`, link: `/cases/${row.entity_id}/plan` };
    case 'REVIEW_DUE_SOON':
      return { text: `A review on case ${row.reference ?? ''} is due soon`, link: `/cases/${row.entity_id}` };
    case 'REVIEW_OVERDUE':
      return { text: `A review on case ${row.reference ?? ''} is overdue`, link: `/cases/${row.entity_id}` };
    case 'MAINTENANCE_REVIEW_DUE':
      return { text: `A maintenance review on case ${row.reference ?? ''} is due soon`, link: `/cases/${row.entity_id}` };
    case 'SHARING_ALERT':
      return { text: 'A new information-sharing alert has been shared with you', link: '/alerts' };
    default:
      return { text: 'Something needs your attention', link: '/' };
  }
}

@Injectable()
export class InboxService {
  constructor(
    private readonly db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // One statement, so the count and the list come from the same moment: a notification
  // delivered between two separate reads would otherwise be counted but not listed. Whether each
  // case may still be seen is the one visibility rule, asked for the listed rows only.
  async inbox(ctx: SignedInContext, limit = 50): Promise<InboxModel> {
    const rows: (Row & { unread: number })[] = await this.db.query(
      `WITH unread AS (SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL)
       SELECT u.n AS unread, x.*,
              CASE WHEN x.entity_type = 'CASE' THEN eh_case_visible_to(x.entity_id, $1, $3, $4, $5) END AS case_visible
         FROM unread u
         LEFT JOIN LATERAL (
           SELECT n.id, n.kind, n.entity_type, n.entity_id, n.created_at, n.read_at, coalesce(r.reference, c.reference) AS reference
             FROM notification n
             LEFT JOIN referral r ON n.entity_type = 'REFERRAL' AND r.id = n.entity_id
             LEFT JOIN early_help_case c ON n.entity_type = 'CASE' AND c.id = n.entity_id
            WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT $2) x ON true`,
      [ctx.actor.userId, limit, ctx.actor.agencyId, ctx.actor.role, londonToday(this.clock.now())],
    );
    return {
      unreadCount: rows[0]?.unread ?? 0,
      notifications: rows
        .filter((r) => r.id !== null)
        .map((r) => ({ id: String(r.id), kind: r.kind, createdAt: r.created_at, read: r.read_at !== null, ...describe(r) })),
    };
  }

  async markRead(ctx: SignedInContext, id: string | null): Promise<InboxModel> {
    if (id !== null && !/^\d{1,18}$/.test(id)) throw DomainError.notFound();
    await this.db.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::bigint IS NULL OR id = $2::bigint)`,
      [ctx.actor.userId, id],
    );
    return this.inbox(ctx);
  }
}
