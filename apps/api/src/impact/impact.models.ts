import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { AllocationBand, ReferralSource } from '@eh/domain';
import { GRAPHQL_LIMITS } from '../common/graphql-limits';
import type { ImpactScope } from './impact.repository';

registerEnumType(ReferralSource, { name: 'ReferralSource', description: 'Who referred: the referrer’s agency type, grouped' });
registerEnumType(AllocationBand, {
  name: 'AllocationBand',
  description: 'Calendar days from the referral reaching the front door to allocation: 0, 1, 2–3, 4–5, 6–10, 11–20, over 20',
});

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType()
export class ImpactFilterInput {
  @Field({ description: 'First month of the period, YYYY-MM' })
  @Matches(MONTH, { message: 'Enter the first month of the period as a year and month, like 2026-04' })
  from!: string;

  @Field({ description: 'Last month of the period, YYYY-MM' })
  @Matches(MONTH, { message: 'Enter the last month of the period as a year and month, like 2027-03' })
  to!: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Choose an agency from the list' }) agencyId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) agencyType?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Choose a locality from the list' }) localityId?:
    string | null;
}

@InputType()
export class DriftingFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Choose an agency from the list' }) agencyId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(60) agencyType?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Choose a locality from the list' }) localityId?:
    string | null;
}

// An optional input object as an argument: TypeScript records `X | null` as Object, which the
// validation pipe would pass unchecked, so the argument is a validated class of its own.
@ArgsType()
export class DriftingCasesArgs {
  @Field(() => DriftingFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DriftingFilterInput)
  filter?: DriftingFilterInput | null;
}

@ObjectType()
export class ShareModel {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
  @Field(() => Float, { nullable: true, description: 'Null when there is nothing to measure ("no data")' }) percent!: number | null;
}

@ObjectType()
export class SourceCountModel {
  @Field(() => ReferralSource) source!: ReferralSource;
  @Field(() => Int) cases!: number;
}

@ObjectType()
export class PractitionerCaseloadModel {
  @Field(() => ID) practitionerId!: string;
  @Field() name!: string;
  @Field() agencyName!: string;
  @Field(() => Int) openCases!: number;
}

@ObjectType()
export class MonthFiguresModel {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { description: 'Open at the end of the month' }) openCases!: number;
  @Field(() => Int) childrenInOpenCases!: number;
  @Field(() => Int) allocated!: number;
  @Field(() => [SourceCountModel]) newCasesBySource!: SourceCountModel[];
  @Field(() => Int) escalationsToLevel4!: number;
  @Field(() => Int) closed!: number;
  @Field(() => ShareModel) closedWithOutcomesMet!: ShareModel;
  @Field(() => ShareModel) firstContactOnTime!: ShareModel;
  @Field(() => ShareModel) myFamilyPlanOnTime!: ShareModel;
  @Field(() => ShareModel) declineRate!: ShareModel;
  @Field(() => Float, { nullable: true }) averageDaysOpen!: number | null;
}

@ObjectType({ description: 'The impact figures for a period; definitions in docs/metrics.md' })
export class ImpactFiguresModel {
  @Field({ description: 'The date the figures are computed as at' }) asOf!: string;
  @Field(() => GraphQLISODateTime) refreshedAt!: Date;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Int, { description: 'Open at the end of the period' }) openCases!: number;
  @Field(() => Int) childrenInOpenCases!: number;
  @Field(() => Int) allocated!: number;
  @Field(() => [SourceCountModel]) newCasesBySource!: SourceCountModel[];
  @Field(() => Int) escalationsToLevel4!: number;
  @Field(() => ShareModel, { description: 'Of cases allocated in the period at least 12 months before the as-at date' })
  notReachingLevel4Within12Months!: ShareModel;
  @Field(() => ShareModel, { description: 'Of cases closed in the period at least 12 months before the as-at date' })
  notReReferredWithin12Months!: ShareModel;
  @Field(() => ShareModel) closedWithOutcomesMet!: ShareModel;
  @Field(() => ShareModel) firstContactOnTime!: ShareModel;
  @Field(() => ShareModel) myFamilyPlanOnTime!: ShareModel;
  @Field(() => ShareModel) declineRate!: ShareModel;
  @Field(() => Float, { nullable: true }) averageDaysOpen!: number | null;
  @Field(() => [PractitionerCaseloadModel], { description: 'Open cases per lead practitioner on the as-at date' })
  caseload!: PractitionerCaseloadModel[];
  @Field(() => Float, { nullable: true }) averageCaseload!: number | null;
  @Field(() => Int, {
    description: 'Practitioners with at least one open case; `caseload` lists them all for one agency, otherwise the 25 highest caseloads',
  })
  practitionersWithCases!: number;
  @Field(() => [MonthFiguresModel]) months!: MonthFiguresModel[];
  // Not a field: the filters the figures were read within, for the figures resolved beside them
  // (the movements between levels).
  scope!: ImpactScope;
}

@ObjectType()
export class AllocationBandCountModel {
  @Field(() => AllocationBand) band!: AllocationBand;
  @Field(() => Int) cases!: number;
}

// The measures the council papers report (issue 17, part 5), over the cases allocated in a
// period; definitions in libs/domain/src/metrics/measures.ts and docs/metrics.md.
@ObjectType()
export class CaseHistoryMeasuresModel {
  @Field(() => Int, { description: 'Early help cases (levels 2 and 3) allocated in the period' }) cases!: number;
  @Field(() => ShareModel) previouslyOpenToSocialCare!: ShareModel;
  @Field(() => ShareModel) steppedDownFromSocialCare!: ShareModel;
  @Field(() => ShareModel) steppedDownFromFamilyCasework!: ShareModel;
  @Field(() => ShareModel) steppedUpToLevel3!: ShareModel;
  @Field(() => ShareModel) steppedUpToLevel4!: ShareModel;
  @Field(() => ShareModel) becameLookedAfter!: ShareModel;
  @Field(() => ShareModel) steppedUpOrLookedAfter!: ShareModel;
  @Field(() => ShareModel, { description: 'Referred within 12 months of a previous case’s closure ("revolving door")' })
  repeatReferralsWithin12Months!: ShareModel;
  @Field(() => Float, { nullable: true, description: 'Calendar days; null with no cases' }) medianDaysToAllocation!: number | null;
  @Field(() => [AllocationBandCountModel]) daysToAllocation!: AllocationBandCountModel[];
}

@ObjectType()
export class MonthMeasuresModel extends CaseHistoryMeasuresModel {
  @Field({ description: 'YYYY-MM, the month of allocation' }) month!: string;
}

// Needs met by heading (issue 17, part 5): the needs of the cases closed in the period, per heading
// of the council's outcome framework; definition in libs/domain/src/metrics/needs-met.ts.
@ObjectType()
export class HeadingNeedsMetModel {
  @Field(() => ID) headingId!: string;
  @Field({ description: 'The heading’s name in the council’s outcome framework' }) heading!: string;
  @Field({ description: 'Retired from the framework (listed only when it has needs in the period)' }) retired!: boolean;
  @Field(() => Int, { description: 'Needs coded against the heading in the cases closed in the period' }) needs!: number;
  @Field(() => ShareModel, { description: 'Closed with significant progress, of the needs' }) met!: ShareModel;
  @Field(() => Int, { description: 'Of the needs met, those whose sustainment check the former lead has answered' })
  sustainmentChecked!: number;
  @Field(() => ShareModel, { description: 'Of the needs met and checked, those whose progress held' }) sustained!: ShareModel;
}

@ObjectType()
export class ImpactMeasuresModel extends CaseHistoryMeasuresModel {
  @Field(() => [MonthMeasuresModel]) months!: MonthMeasuresModel[];
  @Field(() => [HeadingNeedsMetModel], {
    description:
      'Needs met by heading: the needs of the cases closed in the period (not allocated), within the same filters, per heading of the outcome framework',
  })
  needsMetByHeading!: HeadingNeedsMetModel[];
}

@ObjectType()
export class DriftingCaseModel {
  @Field(() => ID) caseId!: string;
  @Field() reference!: string;
  @Field() agencyName!: string;
  @Field() leadPractitionerName!: string;
  @Field() lastActivityOn!: string;
  @Field(() => Int) daysSinceActivity!: number;
}

@ObjectType()
export class DriftingCasesModel {
  @Field() asOf!: string;
  @Field(() => GraphQLISODateTime) refreshedAt!: Date;
  @Field(() => [DriftingCaseModel]) cases!: DriftingCaseModel[];
}

@ObjectType()
export class LocalityModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'Postcode districts (outward codes) whose families belong here, e.g. NF1' })
  postcodeDistricts!: string[];
}

@InputType()
export class SaveLocalityInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to add a locality' })
  @IsOptional()
  @IsUUID('all')
  id?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter the locality’s name' })
  @MaxLength(100, { message: 'Name must be 100 characters or fewer' })
  name!: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(GRAPHQL_LIMITS.maxListSize, { message: `Enter ${GRAPHQL_LIMITS.maxListSize} postcode districts or fewer` })
  @IsString({ each: true })
  postcodeDistricts!: string[];
}
