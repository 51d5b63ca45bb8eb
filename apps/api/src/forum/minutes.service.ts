import { Injectable } from '@nestjs/common';
import { AgendaItemStatus, DomainError } from '@eh/domain';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { DirectoryService } from '../identity/directory.service';
import { AgendaService } from './agenda.service';
import { chairOnly } from './forum-chair';
import { AttendanceInput } from './forum.inputs';
import { AgendaModel } from './forum.models';
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
    private readonly directory: DirectoryService,
  ) {}

  // The discussed items only, each agency seeing the items it is entitled to.
  minutes(ctx: SignedInContext, meetingId: string): Promise<AgendaModel> {
    return this.agenda.read(ctx, meetingId, AgendaItemStatus.DISCUSSED);
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
