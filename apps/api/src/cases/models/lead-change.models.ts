import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PractitionerModel } from '../../identity/models/identity.models';

@ObjectType('OpenCaseTransfer', { description: 'An offer, not yet decided, to move the case to another agency' })
export class OpenCaseTransferModel {
  @Field(() => ID) id!: string;
  @Field() toAgencyName!: string;
  @Field(() => String, { nullable: true }) toPractitionerName!: string | null;
  @Field() note!: string;
  @Field(() => GraphQLISODateTime) offeredAt!: Date;
}

@ObjectType('LeadChange', { description: 'Who leads the case next: what the viewer may do about it' })
export class LeadChangeModel {
  @Field({ description: 'Whether the viewer may move the case to another practitioner or offer it to another agency' })
  canChangeLead!: boolean;
  @Field(() => [PractitionerModel], { description: 'Practitioners of the lead agency who could lead the case instead' })
  candidates!: PractitionerModel[];
  @Field(() => OpenCaseTransferModel, { nullable: true }) openTransfer!: OpenCaseTransferModel | null;
}

@ObjectType('CaseTransferOffer', { description: 'A case offered to the viewer’s agency: what it needs to decide, not the case itself' })
export class CaseTransferOfferModel {
  @Field(() => ID) id!: string;
  @Field() caseReference!: string;
  @Field() familyName!: string;
  @Field(() => Int) childrenCount!: number;
  @Field() fromAgencyName!: string;
  @Field() offeredByName!: string;
  @Field() note!: string;
  @Field(() => GraphQLISODateTime) offeredAt!: Date;
  @Field({ description: 'Whether the viewer may accept or decline it' }) canDecide!: boolean;
  @Field(() => [PractitionerModel], { description: 'Who in the viewer’s agency could lead the case' }) candidates!: PractitionerModel[];
}
