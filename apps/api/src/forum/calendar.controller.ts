import { createHash, randomBytes } from 'node:crypto';
import { Controller, Get, Header, Inject, NotFoundException, Query } from '@nestjs/common';
import { Mutation, Resolver } from '@nestjs/graphql';
import { Db } from '../database/db';
import { addCalendarDays, forumCalendar, londonToday } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { CLOCK, Clock } from '../common/clock';
import { SignedIn, SignedInContext } from '../common/request-context';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

// The Forum calendar feed. Calendar apps cannot sign in, so this is the one plain HTTP door: it
// serves meeting dates and places only (no family's data), to holders of a personal secret link.
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly db: Db,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow(Policy.Public)
  @Get('forum.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  async feed(@Query('token') token: string | undefined): Promise<string> {
    const valid = typeof token === 'string' && /^[\w-]{20,100}$/.test(token);
    const [owner]: { user_id: string }[] = valid
      ? await this.db.query(
          `SELECT t.user_id FROM calendar_feed_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = $1 AND u.active`,
          [hash(token)],
        )
      : [];
    if (!owner) throw new NotFoundException();
    const from = addCalendarDays(londonToday(this.clock.now()), -90);
    const meetings: { id: string; meets_on: string; starts_at: string; place: string; status: string }[] = await this.db.query(
      `SELECT id, meets_on, to_char(starts_at, 'HH24:MI') AS starts_at, place, status FROM forum_meeting WHERE meets_on >= $1 ORDER BY meets_on`,
      [from],
    );
    return forumCalendar(
      meetings.map((m) => ({ id: m.id, meetsOn: m.meets_on, startsAt: m.starts_at, place: m.place, cancelled: m.status === 'CANCELLED' })),
      this.clock.now(),
    );
  }
}

@Resolver()
export class CalendarResolver {
  constructor(private readonly db: Db) {}

  @Allow(Policy.SignedIn)
  @Mutation(() => String, { description: 'A personal link to subscribe to the Forum dates; a new link replaces the old one' })
  async forumCalendarLink(@SignedIn() ctx: SignedInContext): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.db.query(
      `INSERT INTO calendar_feed_token (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()`,
      [ctx.actor.userId, hash(token)],
    );
    return `/calendar/forum.ics?token=${token}`;
  }
}
