import { Injectable } from '@nestjs/common';
import { AgendaItemStatus, canReadMinutes, DomainError, minutesSignOffProblems } from '@eh/domain';
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
  ) {}

  // The discussed items only, each agency seeing the items it is entitled to. Until the chair signs
  // them off, the minutes are the chair's draft: anyone else gets the meeting and nothing more.
  async minutes(ctx: SignedInContext, meetingId: string): Promise<AgendaModel> {
    const meeting = await this.meetings.one(meetingId);
    if (!canReadMinutes(ctx.actor, meeting.minutesSignedOffAt)) return { meeting, items: [], attendance: [] };
    return this.agenda.read(ctx, meetingId, AgendaItemStatus.DISCUSSED);
  }

  // The chair signs off the minutes once attendance is recorded and every item has its decision;
  // from then the agencies with items (and the team) can read them.
  async signOff(ctx: SignedInContext, meetingId: string, version: number): Promise<ForumMeetingModel> {
    chairOnly(ctx);
    await this.meetings.one(meetingId);
    const attendees = (await this.meetingRows.attendance(meetingId)).length;
    const problems = minutesSignOffProblems({ attendees, undecidedItems: await this.items.undecided(meetingId) });
    if (problems.length) throw DomainError.invalid(problems);
    const signed = await this.db.transaction((_em, tx) => this.meetingRows.signOffMinutes(tx, meetingId, version, ctx.actor.userId));
    if (!signed) throw DomainError.conflict();
    return this.meetings.one(meetingId);
  }

  async recordAttendance(ctx: SignedInContext, input: AttendanceInput): Promise<AgendaModel> {
    chairOnly(ctx);
    await this.meetings.one(input.meetingId);
    if (!(await this.directory.agenciesById([input.agencyId])).has(input.agencyId)) {
      throw DomainError.invalid([{ field: 'agencyId', message: 'Choose an agency from the list' }]);
    }
    const names = [...new Set(input.attendees.map((a) => a.trim()).filter(Boolean))];
    await this.db.transaction((_em, tx) => this.meetingRows.replaceAttendance(tx, input.meetingId, input.agencyId, names));
    return this.agenda.read(ctx, input.meetingId);
  }
}
