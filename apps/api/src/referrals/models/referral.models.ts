import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonRole, TriageDecision } from '@eh/domain';
import { AgencyModel, PractitionerModel } from '../../identity/models/identity.models';

export enum ReferralStatus {
  AWAITING_TRIAGE = 'AWAITING_TRIAGE',
  DECIDED = 'DECIDED',
}

registerEnumType(PersonRole, { name: 'PersonRole' });
registerEnumType(TriageDecision, { name: 'TriageDecision' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() dateOfBirth!: string;
  @Field(() => PersonRole) role!: PersonRole;
  @Field() relationship!: string;
}

@ObjectType('Family')
export class FamilyModel {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field() addressLine1!: string;
  @Field(() => String, { nullable: true }) addressLine2!: string | null;
  @Field() town!: string;
  @Field() postcode!: string;
  @Field(() => [PersonModel]) members!: PersonModel[];
}

@ObjectType('FamilyMatch')
export class FamilyMatchModel {
  @Field(() => ID) familyId!: string;
  @Field() reference!: string;
  @Field() postcode!: string;
  @Field(() => [PersonModel]) matchedPeople!: PersonModel[];
}

@ObjectType('Referral')
export class ReferralModel {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) receivedAt!: Date;
  @Field(() => ReferralStatus) status!: ReferralStatus;
  @Field() selfReferral!: boolean;
  @Field(() => AgencyModel, { nullable: true }) referrerAgency!: AgencyModel | null;
  @Field() referrerName!: string;
  @Field() concerns!: string;
  @Field() consentGiven!: boolean;
  @Field(() => String, { nullable: true }) consentNote!: string | null;
  @Field(() => FamilyModel) family!: FamilyModel;
  @Field(() => TriageDecision, { nullable: true }) decision!: TriageDecision | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => AgencyModel, { nullable: true }) leadAgency!: AgencyModel | null;
  @Field(() => PractitionerModel, { nullable: true }) leadPractitioner!: PractitionerModel | null;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field({ description: 'The family had a case closed in the 12 months before this referral' }) reReferral!: boolean;
  @Field(() => ID, { nullable: true }) previousCaseId!: string | null;
}
