import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CouncilTerms } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { APP_CONFIG, AppConfig } from '../config/app-config';

@ObjectType('CouncilTerms', { description: 'The words this council uses for its offer, set once in COUNCIL_TERMS' })
export class CouncilTermsModel implements CouncilTerms {
  @Field({ description: '"Early Help", "Early Support"' }) earlyHelp!: string;
  @Field({ description: 'As mid-sentence: "lead practitioner", "lead professional"' }) leadPractitioner!: string;
  @Field({ description: '"My Family Plan", "Early Support Assessment"' }) familyPlan!: string;
  @Field({ description: '"Early Help Forum"' }) forum!: string;
  @Field({ description: 'The service’s name in headers, titles and emails' }) serviceName!: string;
}

@Resolver()
export class CouncilTermsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Public: the sign-in page names the service too. Nothing here is about anyone.
  @Allow(Policy.Public)
  @Query(() => CouncilTermsModel)
  councilTerms(): CouncilTerms {
    return this.config.terms;
  }
}
