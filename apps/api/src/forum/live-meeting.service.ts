import { Injectable } from '@nestjs/common';
import { assertCanBeCurrentItem, DomainError } from '@eh/domain';
import { SignedInContext } from '../common/request-context';
import { Db } from '../database/db';
import { LiveSignals } from '../live/live-signals.service';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';
import { chairOnly } from './forum-chair';
import { TakeAgendaItemInput } from './forum.inputs';
import { AgendaModel } from './forum.models';
import { MeetingRepository } from './meeting.repository';
import { MeetingsService } from './meetings.service';

// The live Forum meeting (issue 15, part 2): the chair takes the meeting through its agenda, and
// every attendee's page follows (the signal below names the item; each page reads that item and
// the meeting's state again, seeing what the one visibility rule lets it see).
@Injectable()
export class LiveMeetingService {
  constructor(
    private readonly db: Db,
    private readonly meetings: MeetingsService,
    private readonly meetingRows: MeetingRepository,
    private readonly items: AgendaRepository,
    private readonly agenda: AgendaService,
    private readonly live: LiveSignals,
  ) {}

  // The chair moves the meeting on to an item of its agenda (or to none, between items), guarded
  // by the meeting's version like the chair's other changes to it.
  async take(ctx: SignedInContext, input: TakeAgendaItemInput): Promise<AgendaModel> {
    chairOnly(ctx);
    const meeting = await this.meetings.one(input.meetingId);
    const itemId = input.itemId ?? null;
    const item = itemId === null ? null : await this.items.forDecision(itemId);
    if (itemId !== null && (!item || item.meeting_id !== meeting.id)) {
      throw DomainError.invalid([{ field: 'itemId', message: 'Choose an item on this meeting’s agenda' }]);
    }
    assertCanBeCurrentItem(meeting.status, item?.status ?? null);
    const taken = await this.db.transaction((_em, tx) => this.meetingRows.takeItem(tx, meeting.id, input.version, itemId));
    if (!taken) throw DomainError.conflict();
    this.live.currentItem(meeting.id, itemId);
    return this.agenda.read(ctx, meeting.id);
  }
}
