import { createHash, randomBytes } from 'node:crypto';
import { Controller, Get, Header, Inject, NotFoundException, Query } from '@nestjs/common';
import { Mutation, Resolver } from '@nestjs/graphql';
import { addCalendarDays, londonToday } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { CLOCK, Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SignedIn, SignedInContext } from '../common/request-context';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { forumCalendar } from './forum-calendar';
import { MeetingStatus } from './forum.models';
import { MeetingRepository } from './meeting.repository';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

// The Forum calendar feed. Calendar apps cannot sign in, so this is the one plain HTTP door: it
// serves meeting dates and places only (no family's data), to holders of a personal secret link.
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly links: CalendarFeedRepository,
    private readonly meetings: MeetingRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Policy.Public)
  @Get('forum.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, max-age=300')
  async feed(@Query('token') token: string | undefined): Promise<string> {
    const valid = typeof token === 'string' && /^[\w-]{20,100}$/.test(token);
    const holder = valid ? await this.links.holder(hash(token)) : undefined;
    if (!holder) throw new NotFoundException();
    const from = addCalendarDays(londonToday(this.clock.now()), -90);
    const meetings = await this.meetings.forCalendar(from);
    return forumCalendar(
      meetings.map((m) => ({
        id: m.id,
        meetsOn: m.meets_on,
        startsAt: m.starts_at,
        place: m.place,
        cancelled: m.status === MeetingStatus.CANCELLED,
      })),
      this.clock.now(),
      this.config.terms.forum,
    );
  }
}

@Resolver()
export class CalendarResolver {
  constructor(private readonly links: CalendarFeedRepository) {}

  @Allow(Policy.SignedIn)
  @Mutation(() => String, { description: 'A personal link to subscribe to the Forum dates; a new link replaces the old one' })
  async forumCalendarLink(@SignedIn() ctx: SignedInContext): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.links.replace(ctx.actor.userId, hash(token));
    return `/calendar/forum.ics?token=${token}`;
  }
}
