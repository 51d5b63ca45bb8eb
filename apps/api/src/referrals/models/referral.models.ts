import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CaseStatus, PersonMatchReason, PersonRole, TriageDecision } from '@eh/domain';
import { AgencyModel, PractitionerModel } from '../../identity/models/identity.models';
import type { ChildEducationSettingModel } from '../../education/education.models';

export enum ReferralStatus {
  AWAITING_TRIAGE = 'AWAITING_TRIAGE',
  DECIDED = 'DECIDED',
}

registerEnumType(PersonRole, { name: 'PersonRole' });
registerEnumType(TriageDecision, { name: 'TriageDecision' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(PersonMatchReason, { name: 'PersonMatchReason' });

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() dateOfBirth!: string;
  @Field(() => PersonRole) role!: PersonRole;
  @Field() relationship!: string;
  @Field(() => String, { nullable: true, description: 'NHS number, 10 digits without spaces' }) nhsNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Unique pupil number (UPN), 13 characters' }) uniquePupilNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'The council’s own person number' }) councilPersonNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'The consistent child identifier: not yet in use' })
  consistentChildIdentifier!: string | null;
  @Field(() => Int, { description: 'Changes when the person’s identifiers change (for conflict-safe editing)' }) version!: number;
  // A family's members carry their education settings from the family's statement; a person
  // read on their own (a possible match) has them resolved (education-settings.resolver.ts).
  educationSettings?: ChildEducationSettingModel[];
}

@ObjectType('PersonMatch', { description: 'A known person who may be the person described, and why' })
export class PersonMatchModel {
  @Field(() => PersonModel) person!: PersonModel;
  @Field(() => PersonMatchReason) reason!: PersonMatchReason;
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
  @Field(() => [PersonMatchModel], {
    description: 'Each matched person with the reason: an identifier first, then names and date of birth',
  })
  matches!: PersonMatchModel[];
}

@ObjectType('FamilyOpenCase', { description: 'A case the family already has, still open: what triage offers to add a new referral to' })
export class FamilyOpenCaseModel {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => AgencyModel) leadAgency!: AgencyModel;
  @Field(() => PractitionerModel) leadPractitioner!: PractitionerModel;
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
  @Field(() => String, { nullable: true, description: 'The date the family agreed to the referral (partners’ referrals)' }) consentOn!:
    string | null;
  @Field({ description: 'Made without the family’s agreement on a safeguarding basis (the reason is the consent note)' })
  safeguardingBasis!: boolean;
  @Field(() => String, { nullable: true, description: 'The concerns in the family’s own words' }) familyWords!: string | null;
  @Field({ description: 'Made in the portal by a partner practitioner' }) madeByPartner!: boolean;
  @Field(() => [FamilyMatchModel], {
    description: 'Known families with people of the same names and dates of birth (Family Partnership Team only; empty for others)',
  })
  knownFamilyMatches!: FamilyMatchModel[];
  @Field(() => FamilyModel) family!: FamilyModel;
  @Field(() => TriageDecision, { nullable: true }) decision!: TriageDecision | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => AgencyModel, { nullable: true }) leadAgency!: AgencyModel | null;
  @Field(() => PractitionerModel, { nullable: true }) leadPractitioner!: PractitionerModel | null;
  @Field(() => ID, { nullable: true, description: 'The case opened for this referral, or the open case it was added to' }) caseId!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Set when triage added the referral to the family’s open case' }) addedToCaseId!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Why a second case was opened beside the family’s open one' }) secondCaseReason!:
    string | null;
  @Field(() => [FamilyOpenCaseModel], { description: 'The family’s cases still open (Family Partnership Team only; empty for others)' })
  familyOpenCases!: FamilyOpenCaseModel[];
  @Field({ description: 'The family had a case closed in the 12 months before this referral' }) reReferral!: boolean;
  @Field(() => ID, { nullable: true }) previousCaseId!: string | null;
}
