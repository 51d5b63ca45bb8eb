import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RESTRICTED_CONTENT_MAX, RESTRICTED_SHARE_MAX, RestrictedInformationCategory, ShareLawfulBasis } from '@eh/domain';
import { AgencyModel, PractitionerModel } from '../identity/models/identity.models';

registerEnumType(RestrictedInformationCategory, { name: 'RestrictedInformationCategory' });

// Everyone who can see the case sees that an entry exists, what kind it is, which agency holds
// it and when it was recorded. `content` (a field resolver, audited on every read) and who
// recorded it and with whom it is shared are for readers only.
@ObjectType('RestrictedInformation')
export class RestrictedInformationModel {
  @Field(() => ID) id!: string;
  @Field(() => RestrictedInformationCategory) category!: RestrictedInformationCategory;
  @Field(() => AgencyModel, { description: 'The agency that holds it: the one to ask' }) recordedByAgency!: AgencyModel;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field({ description: 'The viewer may read the content' }) canRead!: boolean;
  @Field(() => PractitionerModel, { nullable: true, description: 'Null unless the viewer may read the content' })
  recordedBy!: PractitionerModel | null;
  @Field(() => [PractitionerModel], { description: 'Empty unless the viewer may read the content' })
  sharedWith!: PractitionerModel[];
}

// What the content field resolver needs and the client never sees: the content travels only
// when the viewer may read it.
export interface RestrictedEntry extends RestrictedInformationModel {
  readonly familyId: string;
  readonly readableContent: string | null;
}

@InputType()
export class RecordRestrictedInformationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId is not a valid id' })
  caseId!: string;

  @Field(() => RestrictedInformationCategory)
  @IsEnum(RestrictedInformationCategory, { message: 'Choose what kind of information this is' })
  category!: RestrictedInformationCategory;

  @Field()
  @IsString()
  @MaxLength(RESTRICTED_CONTENT_MAX, {
    message: `Restricted information must be ${RESTRICTED_CONTENT_MAX.toLocaleString('en-GB')} characters or fewer`,
  })
  content!: string;

  @Field(() => [ID], { description: 'People outside the recording agency who may read it, e.g. the lead practitioner' })
  @IsArray()
  @ArrayMaxSize(RESTRICTED_SHARE_MAX, { message: `Share with ${RESTRICTED_SHARE_MAX} people or fewer` })
  @IsUUID('all', { each: true, message: 'Choose people from the list' })
  shareWithUserIds!: string[];

  @Field(() => ShareLawfulBasis, {
    nullable: true,
    description:
      'The lawful basis for letting people outside the agency read it: required when sharing with anyone (the share and don’t-share ledger)',
  })
  @IsOptional()
  @IsEnum(ShareLawfulBasis, { message: 'Choose the lawful basis' })
  lawfulBasis?: ShareLawfulBasis | null;
}
