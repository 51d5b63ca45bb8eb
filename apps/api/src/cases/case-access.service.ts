import { Inject, Injectable } from '@nestjs/common';
import { In, SelectQueryBuilder } from 'typeorm';
import { Db } from '../database/db';
import { canViewCase, CaseAccessFacts, consentedAgencies, DomainError, isFamilyPartnershipTeam, LevelOfNeed, londonToday } from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseRow, ConsentRow } from '../database/entities';

export interface VisibleCase {
  readonly row: CaseRow;
  readonly facts: CaseAccessFacts;
}

// The one place that decides whether a case may be seen: loading one case (by the pure policy
// in libs/domain) and filtering lists (the same rule as SQL, tested against each other by the
// access matrix).
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): string {
    return londonToday(this.clock.now());
  }

  async facts(row: CaseRow): Promise<CaseAccessFacts> {
    const [facts] = await this.factsMany([row]);
    return facts;
  }

  // Two queries however many cases: for agendas and other lists that check each row.
  async factsMany(rows: readonly CaseRow[]): Promise<CaseAccessFacts[]> {
    const ids = rows.map((r) => r.id);
    const [named, consents]: [{ case_id: string; user_id: string }[], ConsentRow[]] = ids.length
      ? await Promise.all([
          this.db.query(`SELECT case_id, user_id FROM case_professional WHERE case_id = ANY($1)`, [ids]),
          this.db.getRepository(ConsentRow).findBy({ caseId: In(ids) }),
        ])
      : [[], []];
    const today = this.today();
    return rows.map((row) => ({
      level: row.level,
      leadAgencyId: row.leadAgencyId,
      namedProfessionalIds: named.filter((n) => n.case_id === row.id).map((n) => n.user_id),
      consentedAgencyIds: consentedAgencies(consents.filter((c) => c.caseId === row.id), today),
    }));
  }

  // Loads a case the actor may see, auditing the attempt either way. Missing and refused look
  // the same to the caller.
  async loadVisible(ctx: SignedInContext, id: string, action: AuditAction): Promise<VisibleCase> {
    const row = await this.db.getRepository(CaseRow).findOneBy({ id });
    const facts = row ? await this.facts(row) : null;
    const allowed = row !== null && facts !== null && canViewCase(ctx.actor, facts);
    await this.audit.record(ctx, [{ action, entityType: AuditEntity.Case, entityId: id, familyId: row?.familyId ?? null, allowed }]);
    if (!row || !facts || !allowed) throw DomainError.notFound();
    return { row, facts };
  }

  restrictToVisible(qb: SelectQueryBuilder<CaseRow>, ctx: SignedInContext, alias = 'c'): SelectQueryBuilder<CaseRow> {
    if (isFamilyPartnershipTeam(ctx.actor)) {
      return qb.andWhere(`${alias}.level = :partnerLed`, { partnerLed: LevelOfNeed.PartnerLedEarlyHelp });
    }
    return qb.andWhere(
      `(${alias}.lead_agency_id = :agency
        OR EXISTS (SELECT 1 FROM case_professional cp WHERE cp.case_id = ${alias}.id AND cp.user_id = :user)
        OR EXISTS (SELECT 1 FROM consent k WHERE k.case_id = ${alias}.id AND :agency = ANY (k.agency_ids)
                   AND k.given_on <= :today AND (k.withdrawn_on IS NULL OR k.withdrawn_on > :today)))`,
      { agency: ctx.actor.agencyId, user: ctx.actor.userId, today: this.today() },
    );
  }
}
