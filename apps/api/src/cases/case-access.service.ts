import { Inject, Injectable } from '@nestjs/common';
import { VisibilityRepository } from './visibility.repository';
import { canEditPlan, CaseAccessFacts, consentedAgencies, DomainError, DomainErrorCode, londonToday } from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../common/clock';
import { SignedInContext } from '../common/request-context';
import { CaseRow } from '../database/entities';

export interface VisibleCase {
  readonly row: CaseRow;
  readonly facts: CaseAccessFacts;
}

// Whether a case may be seen is decided by the SQL rule (eh_visible_case_ids, migration
// 1732300000023), built from canViewCase in libs/domain and proved equal to it by
// visibility-rule.int-spec.ts, on the portal's London date. The facts are still loaded for the
// finer rules (editing a plan, acting as lead, quality assurance).

@Injectable()
export class CaseAccessService {
  constructor(
    private readonly visibility: VisibilityRepository,
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
    if (ids.length === 0) return [];
    const named = await this.visibility.namedProfessionals(ids);
    const consents = await this.visibility.consents(ids);
    const today = this.today();
    return rows.map((row) => ({
      level: row.level,
      leadAgencyId: row.leadAgencyId,
      leadPractitionerId: row.leadPractitionerId,
      namedProfessionalIds: named.filter((n) => n.case_id === row.id).map((n) => n.user_id),
      consentBasedMemberIds: named.filter((n) => n.case_id === row.id && n.joined_on_consent).map((n) => n.user_id),
      consentedAgencyIds: consentedAgencies(
        consents.filter((c) => c.case_id === row.id),
        today,
      ),
    }));
  }

  // Loads a case the actor may see, auditing the attempt either way. Missing and refused look
  // the same to the caller. Whether it may be seen comes from the SQL rule, in the statement that
  // loads it.
  async loadVisible(ctx: SignedInContext, id: string, action: AuditAction): Promise<VisibleCase> {
    const found = await this.visibility.caseFor(ctx.actor, this.today(), id);
    const row = found?.row ?? null;
    const allowed = found?.visible === true;
    await this.audit.record(ctx, [{ action, entityType: AuditEntity.Case, entityId: id, familyId: row?.familyId ?? null, allowed }]);
    if (!row || !allowed) throw DomainError.notFound();
    return { row, facts: await this.facts(row) };
  }

  // A case the actor works on as a member of the team around the family (the lead practitioner or
  // a named professional); `leadPractitioner` is the council's word for the lead.
  async loadForTeam(ctx: SignedInContext, id: string, leadPractitioner: string): Promise<VisibleCase> {
    const visible = await this.loadVisible(ctx, id, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, visible.facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, `Only the ${leadPractitioner} and named professionals can do this`);
    }
    return visible;
  }

  // The ids among `caseIds` the actor may see today.
  async visibleIds(ctx: SignedInContext, caseIds: readonly string[]): Promise<Set<string>> {
    return this.visibility.visibleIds(ctx.actor, this.today(), caseIds);
  }

  // Which of these people may see a case today, by the same rule. Asked by someone who may see
  // the case (row-level security lets the rule read all it needs only then).
  async peopleWhoMaySee(caseId: string, userIds: readonly string[]): Promise<Set<string>> {
    return this.visibility.peopleWhoMaySee(caseId, this.today(), userIds);
  }
}
