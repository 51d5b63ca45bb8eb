import { Inject, Injectable } from '@nestjs/common';
import { CaseUpdateKind } from '@eh/notifications';
import {
  canStartMeeting,
  DomainError,
  FieldProblem,
  forumAgendaCutoff,
  fortnightlyMeetingDates,
  londonToday,
  MeetingAction,
  nextMeetingStatus,
  parseIsoDate,
} from '@eh/domain';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { DirectoryService } from '../identity/directory.service';
import { LiveSignals } from '../live/live-signals.service';
import { Outbox } from '../notifications/outbox';
import { AgendaRepository } from './agenda.repository';
import { chairOnly } from './forum-chair';
import { MoveMeetingInput, ScheduleMeetingsInput } from './forum.inputs';
import { ForumMeetingModel } from './forum.models';
import { MeetingRecord, MeetingRepository } from './meeting.repository';

function toMeeting(row: MeetingRecord, today: string): ForumMeetingModel {
  return {
    id: row.id,
    meetsOn: row.meets_on,
    startsAt: row.starts_at,
    place: row.place,
    onlineLink: row.online_link,
    status: row.status,
    agendaCutoff: forumAgendaCutoff(row.meets_on, row.agenda_cutoff_days),
    agendaCutoffWorkingDays: row.agenda_cutoff_days,
    itemCount: row.item_count,
    version: row.version,
    publishedAt: row.published_at,
    minutesSignedOffAt: row.minutes_signed_off_at,
    canStart: canStartMeeting({ status: row.status, meetsOn: row.meets_on }, today),
    currentItemId: row.current_item_id,
  };
}

// The chair's fortnightly meetings: scheduling, moving, cancelling and publishing the agenda.
@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: Db,
    private readonly meetings: MeetingRepository,
    private readonly agenda: AgendaRepository,
    private readonly directory: DirectoryService,
    private readonly outbox: Outbox,
    private readonly live: LiveSignals,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today(): string {
    return londonToday(this.clock.now());
  }

  async one(id: string): Promise<ForumMeetingModel> {
    const row = await this.meetings.one(id);
    if (!row) throw DomainError.notFound();
    return toMeeting(row, this.today());
  }

  async from(from: string | null): Promise<ForumMeetingModel[]> {
    if (from !== null && !parseIsoDate(from)) throw DomainError.invalid([{ field: 'from', message: 'Enter a real date, like 2026-11-18' }]);
    const today = this.today();
    const rows = await this.meetings.from(from ?? today);
    return rows.map((row) => toMeeting(row, today));
  }

  async schedule(ctx: SignedInContext, input: ScheduleMeetingsInput): Promise<ForumMeetingModel[]> {
    chairOnly(ctx);
    const problems: FieldProblem[] = [];
    if (!parseIsoDate(input.firstMeetsOn)) problems.push({ field: 'firstMeetsOn', message: 'Enter a real date' });
    else if (input.firstMeetsOn < this.today())
      problems.push({ field: 'firstMeetsOn', message: 'The first meeting must be today or later' });
    if (!input.place.trim()) problems.push({ field: 'place', message: 'Enter where the Forum meets' });
    if (problems.length) throw DomainError.invalid(problems);
    const dates = fortnightlyMeetingDates(input.firstMeetsOn, input.count);
    await this.meetings.schedule({
      dates,
      startsAt: input.startsAt,
      place: input.place.trim(),
      onlineLink: input.onlineLink?.trim() || null,
      agendaCutoffDays: input.agendaCutoffWorkingDays,
      createdBy: ctx.actor.userId,
    });
    const rows = await this.meetings.on(dates);
    const today = this.today();
    return rows.map((row) => toMeeting(row, today));
  }

  async move(ctx: SignedInContext, input: MoveMeetingInput): Promise<ForumMeetingModel> {
    chairOnly(ctx);
    if (!parseIsoDate(input.meetsOn)) throw DomainError.invalid([{ field: 'meetsOn', message: 'Enter a real date' }]);
    const moved = await this.meetings.move(input.meetingId, input.version, {
      meetsOn: input.meetsOn,
      startsAt: input.startsAt,
      place: input.place.trim(),
    });
    if (!moved) throw DomainError.conflict();
    this.live.meeting(input.meetingId);
    return this.one(input.meetingId);
  }

  // Starting, closing (marking held) or cancelling a meeting; publishing its minutes is the sign-off
  // (MinutesService). A wrong state is refused by name; a stale version is a CONFLICT.
  async change(ctx: SignedInContext, meetingId: string, version: number, action: MeetingAction): Promise<ForumMeetingModel> {
    chairOnly(ctx);
    const meeting = await this.one(meetingId);
    const next = nextMeetingStatus(meeting, action, this.today());
    if (action === MeetingAction.CLOSE && (await this.meetings.attendance(meetingId)).length === 0) {
      throw DomainError.invalid([{ field: 'attendance', message: 'Record who attended before closing the meeting' }]);
    }
    const moved = await this.db.transaction((_em, tx) => this.meetings.transition(tx, meetingId, version, meeting.status, next));
    if (!moved) throw DomainError.conflict();
    this.live.meeting(meetingId);
    return this.one(meetingId);
  }

  // Publishing tells the lead of each case on the agenda (and any named professionals) and the
  // Forum's standing members, the Family Partnership Team.
  async publish(ctx: SignedInContext, meetingId: string): Promise<ForumMeetingModel> {
    chairOnly(ctx);
    await this.db.transaction(async (em, tx) => {
      await this.meetings.markPublished(tx, meetingId);
      const items = await this.agenda.publishRecipients(tx, meetingId);
      const members = await this.directory.familyPartnershipTeam();
      for (const item of items) {
        await this.outbox.caseUpdate(tx, CaseUpdateKind.AGENDA_PUBLISHED, item.case_id, [...item.people, ...members.map((m) => m.id)]);
      }
    });
    this.live.meeting(meetingId);
    return this.one(meetingId);
  }
}
