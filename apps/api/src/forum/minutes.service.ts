import { Injectable } from '@nestjs/common';
import { CaseUpdateKind } from '@eh/notifications';
import {
  AgendaItemStatus,
  assertAttendanceOpen,
  canReadMinutes,
  DomainError,
  MeetingAction,
  minutesSignOffProblems,
  nextMeetingStatus,
} from '@eh/domain';
import { CaseAccessService } from '../cases/case-access.service';
import { LiveSignals } from '../live/live-signals.service';
import { Outbox } from '../notifications/outbox';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { DirectoryService } from '../identity/directory.service';
import { AgendaService } from './agenda.service';
import { chairOnly } from './forum-chair';
import { AttendanceInput } from './forum.inputs';
import { AgendaRepository } from './agenda.repository';
import { AgendaModel, ForumMeetingModel } from './forum.models';
import { MeetingRepository } from './meeting.repository';
import { MeetingsService } from './meetings.service';

// The record of a meeting: who attended from each agency, and the items discussed.
@Injectable()
export class MinutesService {
  constructor(
    private readonly db: Db,
    private readonly meetingRows: MeetingRepository,
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly items: AgendaRepository,
    private readonly directory: DirectoryService,
    private readonly access: CaseAccessService,
    private readonly outbox: Outbox,
    private readonly live: LiveSignals,
  ) {}

  // The discussed items only, each agency seeing the items it is entitled to. Until the chair signs
  // them off, the minutes are the chair's draft: anyone else gets the meeting and nothing more.
  async minutes(ctx: SignedInContext, meetingId: string): Promise<AgendaModel> {
    const meeting = await this.meetings.one(meetingId);
    if (!canReadMinutes(ctx.actor, meeting.minutesSignedOffAt))
      return { meeting, items: [], attendance: [], currentItemId: null, currentItemHidden: false };
    return this.agenda.read(ctx, meetingId, AgendaItemStatus.DISCUSSED);
  }

  // The chair signs off (publishes) the minutes of a held meeting once attendance is recorded and
  // every item has its decision; from then the agencies with items (and the team) can read them,
  // and those entitled to each discussed case hear that they are published.
  async signOff(ctx: SignedInContext, meetingId: string, version: number): Promise<ForumMeetingModel> {
    chairOnly(ctx);
    const today = this.access.today();
    nextMeetingStatus(await this.meetings.one(meetingId), MeetingAction.PUBLISH_MINUTES, today);
    const attendees = (await this.meetingRows.attendance(meetingId)).length;
    const problems = minutesSignOffProblems({ attendees, undecidedItems: await this.items.undecided(meetingId) });
    if (problems.length) throw DomainError.invalid(problems);
    await this.db.transaction(async (_em, tx) => {
      if (!(await this.meetingRows.signOffMinutes(tx, meetingId, version, ctx.actor.userId))) throw DomainError.conflict();
      for (const c of await this.items.discussedCases(tx, meetingId)) {
        const entitled = await this.items.decisionRecipients(tx, c.id, today);
        await this.outbox.caseUpdate(tx, CaseUpdateKind.MINUTES_PUBLISHED, c.id, [c.lead_practitioner_id, ...entitled]);
      }
    });
    this.live.meeting(meetingId);
    return this.meetings.one(meetingId);
  }

  async recordAttendance(ctx: SignedInContext, input: AttendanceInput): Promise<AgendaModel> {
    chairOnly(ctx);
    assertAttendanceOpen((await this.meetings.one(input.meetingId)).status);
    if (!(await this.directory.agenciesById([input.agencyId])).has(input.agencyId)) {
      throw DomainError.invalid([{ field: 'agencyId', message: 'Choose an agency from the list' }]);
    }
    const names = [...new Set(input.attendees.map((a) => a.trim()).filter(Boolean))];
    await this.db.transaction((_em, tx) => this.meetingRows.replaceAttendance(tx, input.meetingId, input.agencyId, names));
    this.live.meeting(input.meetingId);
    return this.agenda.read(ctx, input.meetingId);
  }
}
