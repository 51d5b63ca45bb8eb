import { Inject, Injectable } from '@nestjs/common';
import { DomainError, londonToday } from '@eh/domain';
import { isNotificationKind } from '@eh/notifications';
import { Db } from '../database/db';
import { LiveSignals } from '../live/live-signals.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { InboxModel } from './inbox.models';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inboxLines, InboxLine } from './notification-kinds';
import { notificationRepository } from './notification.repository';

// In-app notifications say that something needs attention and where; the record itself is read
// through its own access rule when the link is followed. A notification about a case the person
// may no longer see (consent withdrawn, no longer named, the case handed on) stays in the inbox,
// so the count and the list agree and it can be marked as read, but says no more than that: no
// case reference and no link to a page that would only answer "not found".
function line(
  lines: ReturnType<typeof inboxLines>,
  row: {
    kind: string;
    entity_type: string;
    entity_id: string;
    reference: string | null;
    case_visible: boolean | null;
  },
): InboxLine {
  if (row.entity_type === 'CASE' && row.case_visible === false) {
    return { text: 'An update about a case you no longer have access to', link: null };
  }
  if (!isNotificationKind(row.kind)) return { text: 'Something needs your attention', link: '/' };
  return lines[row.kind](row.reference ?? '', row.entity_id);
}

// The inbox: what the worker wrote (in-app-notifications.service.ts), read by its person.
@Injectable()
export class InboxService {
  constructor(
    private readonly db: Db,
    private readonly live: LiveSignals,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.lines = inboxLines(config.terms);
  }

  private readonly lines: ReturnType<typeof inboxLines>;

  async inbox(ctx: SignedInContext, limit = 50): Promise<InboxModel> {
    const { userId, agencyId, role } = ctx.actor;
    const rows = await notificationRepository.inbox(
      this.db.kysely,
      { userId, agencyId, role, today: londonToday(this.clock.now()) },
      limit,
    );
    return {
      unreadCount: Number(rows[0]?.unread ?? 0),
      notifications: rows.flatMap((r) =>
        r.id !== null && r.kind !== null && r.entity_type !== null && r.entity_id !== null && r.created_at !== null
          ? [
              {
                id: String(r.id),
                kind: r.kind,
                createdAt: r.created_at,
                read: r.read_at !== null,
                ...line(this.lines, { ...r, kind: r.kind, entity_type: r.entity_type, entity_id: r.entity_id }),
              },
            ]
          : [],
      ),
    };
  }

  async markRead(ctx: SignedInContext, id: string | null): Promise<InboxModel> {
    if (id !== null && !/^\d{1,18}$/.test(id)) throw DomainError.notFound();
    await notificationRepository.markRead(this.db.kysely, ctx.actor.userId, id);
    // The person's other tabs show the new count too.
    this.live.send({ kind: 'inbox', userId: ctx.actor.userId });
    return this.inbox(ctx);
  }
}
