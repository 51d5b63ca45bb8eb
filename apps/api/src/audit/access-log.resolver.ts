import { Field, GraphQLISODateTime, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Db } from '../database/db';
import { canEditPlan, DomainError, DomainErrorCode, isFamilyPartnershipTeam } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { IdArg } from '../common/id-arg';
import { SignedIn, SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { AuditAction } from './audit.service';

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
    private readonly db: Db,
    private readonly access: CaseAccessService,
  ) {}

  @Allow(Policy.SignedIn)
  @Query(() => [CaseAccessModel], { description: 'Who opened the case, newest first (last 200)' })
  async caseAccessLog(@SignedIn() ctx: SignedInContext, @IdArg('caseId') caseId: string): Promise<CaseAccessModel[]> {
    const { facts } = await this.access.loadVisible(ctx, caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts) && !isFamilyPartnershipTeam(ctx.actor)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead practitioner, named professionals and the FPT see who opened the case');
    }
    const rows: { who: string | null; agency: string | null; action: string; outcome: string; occurred_at: Date }[] = await this.db.query(
      `SELECT u.display_name AS who, g.name AS agency, a.action, a.outcome, a.occurred_at
         FROM audit_event a LEFT JOIN app_user u ON u.id = a.actor_id LEFT JOIN agency g ON g.id = u.agency_id
        WHERE (a.entity_id = $1 OR a.entity_ids @> ARRAY[$1]::uuid[]) AND a.action = ANY($2)
        ORDER BY a.seq DESC LIMIT 200`,
      [caseId, [AuditAction.ReadCase, AuditAction.ListCaseload, AuditAction.ReadAgenda]],
    );
    return rows.map((r) => ({
      who: r.who ?? 'Unknown',
      agency: r.agency ?? '',
      what: r.action === AuditAction.ReadCase ? 'Opened the case' : r.action === AuditAction.ListCaseload ? 'Saw it in a case list' : 'Saw it on a Forum agenda',
      allowed: r.outcome === 'ALLOWED',
      when: r.occurred_at,
    }));
  }
}
