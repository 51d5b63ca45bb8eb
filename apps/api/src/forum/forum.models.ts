import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AgendaItemStatus,
  AgendaReason,
  CaseStatus,
  EscalationRoute,
  ForumDecision,
  MeetingStatus,
  PlanStatus,
  ReceivingTeam,
} from '@eh/domain';
import { AgencyModel, PractitionerModel } from '../identity/models/identity.models';
import { ForumContributionModel } from './escalation-concerns.models';

// The meeting's states live in the domain (scheduled → in session → held → minutes published).
export { MeetingStatus };

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(AgendaItemStatus, { name: 'AgendaItemStatus' });
registerEnumType(AgendaReason, { name: 'AgendaReason' });
registerEnumType(ForumDecision, { name: 'ForumDecision' });
registerEnumType(ReceivingTeam, { name: 'ReceivingTeam' });
registerEnumType(EscalationRoute, { name: 'EscalationRoute' });

@ObjectType('ForumMeeting')
export class ForumMeetingModel {
  @Field(() => ID) id!: string;
  @Field() meetsOn!: string;
  @Field() startsAt!: string;
  @Field() place!: string;
  @Field(() => String, { nullable: true }) onlineLink!: string | null;
  @Field(() => MeetingStatus) status!: MeetingStatus;
  @Field() agendaCutoff!: string;
  @Field(() => Int) agendaCutoffWorkingDays!: number;
  @Field(() => Int) itemCount!: number;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the chair signed off the minutes; until then only the chair reads them',
  })
  minutesSignedOffAt!: Date | null;
  @Field({ description: 'Whether the chair may start the meeting now: it is scheduled and its day (Europe/London) has come' })
  canStart!: boolean;
  // Not a field: the item the meeting is on is given through the agenda (AgendaModel), where the
  // viewer's items are known, never on the meeting everyone lists.
  currentItemId?: string | null;
}

@ObjectType('ForumAction')
export class ForumActionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field(() => PractitionerModel) owner!: PractitionerModel;
  @Field() description!: string;
  @Field() dueOn!: string;
  @Field(() => String, { nullable: true }) doneOn!: string | null;
  @Field() overdue!: boolean;
}

@ObjectType('PreviousDiscussion')
export class PreviousDiscussionModel {
  @Field() meetsOn!: string;
  @Field(() => ForumDecision, { nullable: true }) decision!: ForumDecision | null;
  @Field(() => String, { nullable: true }) discussion!: string | null;
}

@ObjectType('StepHistory')
export class StepHistoryModel {
  @Field() on!: string;
  @Field() summary!: string;
}

@ObjectType('CaseOnePage', { description: 'What the chair and attendees see for an agenda item' })
export class CaseOnePageModel {
  @Field(() => ID) caseId!: string;
  @Field() reference!: string;
  @Field() familyName!: string;
  @Field(() => Int) level!: number;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => AgencyModel) leadAgency!: AgencyModel;
  @Field(() => PractitionerModel) leadPractitioner!: PractitionerModel;
  @Field(() => PlanStatus, { nullable: true }) planStatus!: PlanStatus | null;
  @Field() myFamilyPlanDue!: string;
  @Field(() => String, { nullable: true }) lastReviewOn!: string | null;
  @Field(() => String, { nullable: true }) nextReviewOn!: string | null;
  @Field(() => Int) openActions!: number;
  @Field(() => [PreviousDiscussionModel]) previousDiscussions!: PreviousDiscussionModel[];
  @Field(() => [StepHistoryModel]) stepHistory!: StepHistoryModel[];
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => AgendaItemStatus) status!: AgendaItemStatus;
  @Field(() => AgendaReason) reason!: AgendaReason;
  @Field() summary!: string;
  @Field(() => Int) position!: number;
  @Field(() => String, { nullable: true }) slot!: string | null;
  @Field(() => String, { nullable: true }) chairNote!: string | null;
  @Field(() => String, { nullable: true }) discussion!: string | null;
  @Field(() => ForumDecision, { nullable: true }) decision!: ForumDecision | null;
  @Field(() => String, { nullable: true }) referredTo!: string | null;
  @Field() addedByName!: string;
  @Field(() => Int) version!: number;
  @Field(() => CaseOnePageModel) case!: CaseOnePageModel;
  @Field(() => [ForumActionModel]) actions!: ForumActionModel[];
  @Field(() => [ForumContributionModel], { description: 'Written contributions: all of them for the chair, one’s own for others' })
  contributions!: ForumContributionModel[];
  @Field({ description: 'Whether the viewer may send a written contribution on this item now' }) canContribute!: boolean;
}

@ObjectType('Attendance')
export class AttendanceModel {
  @Field(() => AgencyModel) agency!: AgencyModel;
  @Field(() => [String]) attendees!: string[];
}

@ObjectType('Agenda')
export class AgendaModel {
  @Field(() => ForumMeetingModel) meeting!: ForumMeetingModel;
  @Field(() => [AgendaItemModel], { description: 'Only items on cases the viewer may see' }) items!: AgendaItemModel[];
  @Field(() => [AttendanceModel]) attendance!: AttendanceModel[];
  @Field(() => ID, {
    nullable: true,
    description: 'The item the chair has the meeting on now (in session), if the viewer may see it',
  })
  currentItemId!: string | null;
  @Field({ description: 'The meeting is on an item the viewer may not see' })
  currentItemHidden!: boolean;
}

@ObjectType('LiveAgendaItem', {
  description:
    'What a live Forum page reads on a signal naming one item: that item as the agenda shows it, and where the meeting stands now',
})
export class LiveAgendaItemModel {
  @Field(() => ForumMeetingModel) meeting!: ForumMeetingModel;
  @Field(() => AgendaItemModel, { nullable: true, description: 'The item asked for (null when none was asked)' })
  item!: AgendaItemModel | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The item the chair has the meeting on now (in session), if the viewer may see it',
  })
  currentItemId!: string | null;
  @Field({ description: 'The meeting is on an item the viewer may not see' })
  currentItemHidden!: boolean;
}

@ObjectType('Handover')
export class HandoverModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseReference!: string;
  @Field(() => ReceivingTeam) toTeam!: ReceivingTeam;
  @Field(() => EscalationRoute) route!: EscalationRoute;
  @Field() reason!: string;
  @Field() requestedByName!: string;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) acceptedAt!: Date | null;
}
