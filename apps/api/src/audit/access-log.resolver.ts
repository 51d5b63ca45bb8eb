import { Field, GraphQLISODateTime, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { canEditPlan, DomainError, DomainErrorCode, isFamilyPartnershipTeam, forumShortName, withArticle } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { AccessLogRepository } from './access-log.repository';
import { AuditAction } from './audit.service';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';

@ObjectType('CaseAccess')
class CaseAccessModel {
  @Field() who!: string;
  @Field() agency!: string;
  @Field() what!: string;
  @Field() allowed!: boolean;
  @Field(() => GraphQLISODateTime) when!: Date;
}

// Who has opened this family's case, from the audit trail: for the lead practitioner and named
// professionals (who answer to the family for it) and the FPT.
@Resolver()
export class AccessLogResolver {
  constructor(
    private readonly log: AccessLogRepository,
    private readonly access: CaseAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Policy.SignedIn)
  @Query(() => [CaseAccessModel], { description: 'Who opened the case, newest first (last 200)' })
  async caseAccessLog(@SignedIn() ctx: SignedInContext, @IdArg('caseId') caseId: string): Promise<CaseAccessModel[]> {
    const { facts } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts) && !isFamilyPartnershipTeam(ctx.actor)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the ${this.config.terms.leadPractitioner}, named professionals and the FPT see who opened the case`,
      );
    }
    const rows = await this.log.forCase(caseId, [AuditAction.ReadCase, AuditAction.ListCaseload, AuditAction.ReadAgenda]);
    return rows.map((r) => ({
      who: r.who ?? 'Unknown',
      agency: r.agency ?? '',
      what:
        r.action === AuditAction.ReadCase
          ? 'Opened the case'
          : r.action === AuditAction.ListCaseload
            ? 'Saw it in a case list'
            : `Saw it on ${withArticle(forumShortName(this.config.terms))} agenda`,
      allowed: r.outcome === 'ALLOWED',
      when: r.occurred_at,
    }));
  }
}
