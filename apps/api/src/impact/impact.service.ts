import { Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import {
  addMonths,
  allocationBands,
  DomainError,
  DomainErrorCode,
  FieldProblem,
  isFamilyPartnershipTeam,
  IsoDate,
  medianDays,
  ReferralSource,
  share,
} from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import {
  DriftingCasesModel,
  DriftingFilterInput,
  ImpactFiguresModel,
  ImpactFilterInput,
  ImpactMeasuresModel,
  CaseHistoryMeasuresModel,
  LocalityModel,
  MonthFiguresModel,
  PractitionerCaseloadModel,
  SaveLocalityInput,
  SourceCountModel,
} from './impact.models';
import { ImpactRepository, ImpactScope, MonthMeasures } from './impact.repository';

// An outward code: NF1, NF12, SW1A.
const POSTCODE_DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;

// Ten years is the longest period the dashboard shows at once.
const MAX_MONTHS = 120;

type MonthRow = Awaited<ReturnType<ImpactRepository['monthly']>>[number];
type MeasureCounts = Omit<MonthMeasures, 'month' | 'days_to_allocation' | 'cases_by_days'>;

// Summed measure counts and cases per number of days to allocation.
class MeasureSums {
  readonly counts: Record<keyof MeasureCounts, number> = {
    cases: 0,
    previously_social_care: 0,
    from_social_care: 0,
    from_family_casework: 0,
    to_level_3: 0,
    to_level_4: 0,
    looked_after: 0,
    stepped_up_or_looked_after: 0,
    repeat_referral: 0,
  };
  readonly byDays = new Map<number, number>();

  add(row: MonthMeasures): void {
    for (const k of Object.keys(this.counts) as (keyof MeasureCounts)[]) this.counts[k] += row[k];
    row.days_to_allocation.forEach((days, i) => this.byDays.set(days, (this.byDays.get(days) ?? 0) + row.cases_by_days[i]));
  }

  // Each measure's libs/domain definition applied to the summed counts.
  model(): CaseHistoryMeasuresModel {
    const c = this.counts;
    const of = (n: number) => share(n, c.cases);
    return {
      cases: c.cases,
      previouslyOpenToSocialCare: of(c.previously_social_care),
      steppedDownFromSocialCare: of(c.from_social_care),
      steppedDownFromFamilyCasework: of(c.from_family_casework),
      steppedUpToLevel3: of(c.to_level_3),
      steppedUpToLevel4: of(c.to_level_4),
      becameLookedAfter: of(c.looked_after),
      steppedUpOrLookedAfter: of(c.stepped_up_or_looked_after),
      repeatReferralsWithin12Months: of(c.repeat_referral),
      medianDaysToAllocation: medianDays(this.byDays),
      daysToAllocation: allocationBands(this.byDays),
    };
  }
}

// A month's counts, days open as a number.
type Counts = Omit<MonthRow, 'month' | 'closed_days'> & { closed_days: number };

const ZERO: Counts = {
  allocated: 0,
  allocated_children: 0,
  from_education: 0,
  from_police: 0,
  from_health: 0,
  from_self: 0,
  from_other: 0,
  declined: 0,
  contact_due: 0,
  contact_on_time: 0,
  plan_due: 0,
  plan_on_time: 0,
  level4_eligible: 0,
  level4_not_reached: 0,
  closed: 0,
  closed_children: 0,
  closed_needs_met: 0,
  closed_days: 0,
  rereferral_eligible: 0,
  not_rereferred: 0,
  escalations: 0,
};
const KEYS = Object.keys(ZERO) as (keyof Counts)[];

function add(a: Counts, b: Counts): Counts {
  const sum = { ...a };
  for (const k of KEYS) sum[k] = a[k] + b[k];
  return sum;
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(`${m}-01`, 1).slice(0, 7)) months.push(m);
  return months;
}

function average(total: number, count: number): number | null {
  return count === 0 ? null : Math.round((10 * total) / count) / 10;
}

function bySource(c: Counts): SourceCountModel[] {
  return [
    { source: ReferralSource.EDUCATION, cases: c.from_education },
    { source: ReferralSource.POLICE, cases: c.from_police },
    { source: ReferralSource.HEALTH, cases: c.from_health },
    { source: ReferralSource.SELF, cases: c.from_self },
    { source: ReferralSource.OTHER, cases: c.from_other },
  ];
}

// Reads the maintained aggregates (see the ImpactDashboard migration); never the case tables.
// Each figure applies its libs/domain definition to the summed counts, and the integration test
// checks every one against the definition run over the cases themselves.
@Injectable()
export class ImpactService {
  constructor(
    private readonly db: Db,
    private readonly impact: ImpactRepository,
    private readonly audit: AuditService,
  ) {}

  // The Family Partnership Team sees every agency; a partner's practitioners see their own
  // agency's figures only (they are its caseload, and other agencies' are not theirs to compare).
  private scope(
    ctx: SignedInContext,
    filter: { agencyId?: string | null; agencyType?: string | null; localityId?: string | null },
  ): ImpactScope {
    const agencyType = filter.agencyType?.trim() || null;
    if (isFamilyPartnershipTeam(ctx.actor)) return { agencyId: filter.agencyId ?? null, agencyType, localityId: filter.localityId ?? null };
    if (filter.agencyId && filter.agencyId !== ctx.actor.agencyId) {
      throw new DomainError(DomainErrorCode.Forbidden, 'You can see the figures for your own agency only');
    }
    return { agencyId: ctx.actor.agencyId, agencyType, localityId: filter.localityId ?? null };
  }

  private async refreshed(): Promise<{ asOf: IsoDate; refreshedAt: Date }> {
    const row = await this.impact.refreshed();
    return { asOf: row.as_of, refreshedAt: row.refreshed_at };
  }

  async localities(): Promise<LocalityModel[]> {
    return this.impact.localities();
  }

  // The council sets its localities; families are placed by postcode district at the next refresh
  // unless the front door has recorded a locality for the family.
  async saveLocality(input: SaveLocalityInput): Promise<LocalityModel> {
    const name = input.name.trim().replace(/\s+/g, ' ');
    const districts = [...new Set(input.postcodeDistricts.map((d) => d.trim().toUpperCase()).filter(Boolean))].sort();
    const problems: FieldProblem[] = [];
    if (!name) problems.push({ field: 'name', message: 'Enter the locality’s name' });
    const wrong = districts.filter((d) => !POSTCODE_DISTRICT.test(d));
    if (wrong.length)
      problems.push({ field: 'postcodeDistricts', message: `Enter postcode districts like NF1 or NF12 (not ${wrong.join(', ')})` });
    if (problems.length) throw DomainError.invalid(problems);
    const exceptId = input.id ?? null;
    return this.db.transaction(async (_manager, tx) => {
      await this.impact.lockLocalities(tx);
      const taken = await this.impact.districtsTaken(tx, districts, exceptId);
      if (taken.length) {
        throw DomainError.invalid([
          { field: 'postcodeDistricts', message: taken.map((t) => `${t.district} is already in ${t.name}`).join('; ') },
        ]);
      }
      if (await this.impact.nameTaken(tx, name, exceptId)) {
        throw DomainError.invalid([{ field: 'name', message: 'A locality with this name already exists' }]);
      }
      let id = exceptId;
      if (id) {
        if (!(await this.impact.update(tx, id, name, districts))) throw DomainError.notFound();
      } else {
        id = await this.impact.add(tx, name, districts);
      }
      return this.impact.locality(tx, id);
    });
  }

  async figures(ctx: SignedInContext, filter: ImpactFilterInput): Promise<ImpactFiguresModel> {
    const scope = this.scope(ctx, filter);
    const { asOf, refreshedAt } = await this.refreshed();
    const problems: FieldProblem[] = [];
    if (filter.to > asOf.slice(0, 7)) problems.push({ field: 'to', message: 'The period must end this month or earlier' });
    if (filter.from > filter.to) problems.push({ field: 'from', message: 'The first month must be the same as or before the last month' });
    else if (monthsBetween(filter.from, filter.to).length > MAX_MONTHS)
      problems.push({ field: 'from', message: 'Choose a period of 10 years or less' });
    if (problems.length) throw DomainError.invalid(problems);

    const rows = await this.impact.monthly(scope, `${filter.to}-01`);
    const byMonth = new Map(rows.map((r) => [r.month, { ...r, closed_days: Number(r.closed_days) }]));

    // Open at a month's end: allocated by then, less closed by then (a case closes after it opens).
    let open = 0;
    let children = 0;
    for (const r of rows.filter((x) => x.month < filter.from)) {
      open += r.allocated - r.closed;
      children += r.allocated_children - r.closed_children;
    }
    let total: Counts = ZERO;
    const months: MonthFiguresModel[] = monthsBetween(filter.from, filter.to).map((month) => {
      const c: Counts = byMonth.get(month) ?? ZERO;
      total = add(total, c);
      open += c.allocated - c.closed;
      children += c.allocated_children - c.closed_children;
      return {
        month,
        openCases: open,
        childrenInOpenCases: children,
        allocated: c.allocated,
        newCasesBySource: bySource(c),
        escalationsToLevel4: c.escalations,
        closed: c.closed,
        closedWithOutcomesMet: share(c.closed_needs_met, c.closed),
        firstContactOnTime: share(c.contact_on_time, c.contact_due),
        myFamilyPlanOnTime: share(c.plan_on_time, c.plan_due),
        declineRate: share(c.declined, c.allocated),
        averageDaysOpen: average(c.closed_days, c.closed),
      };
    });

    // Without an agency the list is the summary's highest caseloads: every practitioner's row
    // (50,000 nationally) was read and sent on every request.
    const summary = await this.impact.caseloadSummary(scope);
    const caseload: PractitionerCaseloadModel[] =
      scope.agencyId !== null ? await this.impact.caseload(scope) : ((summary?.highest ?? []) as unknown as PractitionerCaseloadModel[]);

    return {
      asOf,
      refreshedAt,
      from: filter.from,
      to: filter.to,
      openCases: open,
      childrenInOpenCases: children,
      allocated: total.allocated,
      newCasesBySource: bySource(total),
      escalationsToLevel4: total.escalations,
      notReachingLevel4Within12Months: share(total.level4_not_reached, total.level4_eligible),
      notReReferredWithin12Months: share(total.not_rereferred, total.rereferral_eligible),
      closedWithOutcomesMet: share(total.closed_needs_met, total.closed),
      firstContactOnTime: share(total.contact_on_time, total.contact_due),
      myFamilyPlanOnTime: share(total.plan_on_time, total.plan_due),
      declineRate: share(total.declined, total.allocated),
      averageDaysOpen: average(total.closed_days, total.closed),
      caseload,
      averageCaseload: average(summary?.open_cases ?? 0, summary?.practitioners ?? 0),
      practitionersWithCases: summary?.practitioners ?? 0,
      months,
      scope,
    };
  }

  // The measures over the cases allocated in the figures' period, within their filters, month by
  // month and in all. Counts only: no family is named, so reading them is not audited per case.
  async measures(figures: ImpactFiguresModel): Promise<ImpactMeasuresModel> {
    const [rows, needs] = await Promise.all([
      this.impact.measures(figures.scope, `${figures.from}-01`, `${figures.to}-01`),
      this.impact.needsMet(figures.scope, `${figures.from}-01`, `${figures.to}-01`),
    ]);
    const total = new MeasureSums();
    const byMonth = new Map<string, MeasureSums>();
    for (const row of rows) {
      total.add(row);
      if (!byMonth.has(row.month)) byMonth.set(row.month, new MeasureSums());
      byMonth.get(row.month)?.add(row);
    }
    return {
      ...total.model(),
      months: monthsBetween(figures.from, figures.to).map((month) => ({ month, ...(byMonth.get(month) ?? new MeasureSums()).model() })),
      // The libs/domain definition (needsMetByHeading) applied to the summed counts: a retired
      // heading is listed only with needs in the period.
      needsMetByHeading: needs
        .filter((h) => !h.retired || h.needs > 0)
        .map((h) => ({
          headingId: h.id,
          heading: h.name,
          retired: h.retired,
          needs: h.needs,
          met: share(h.met, h.needs),
          sustainmentChecked: h.checked,
          sustained: share(h.sustained, h.checked),
        })),
    };
  }

  // Names cases, so every listing is audited case by case.
  async drifting(ctx: SignedInContext, filter: DriftingFilterInput): Promise<DriftingCasesModel> {
    const scope = this.scope(ctx, filter);
    const { asOf, refreshedAt } = await this.refreshed();
    const rows = await this.impact.drifting(scope, asOf);
    await this.audit.listed(
      ctx,
      AuditAction.ListDriftingCases,
      AuditEntity.Case,
      rows.map((r) => ({ id: r.case_id, familyId: r.family_id })),
    );
    return {
      asOf,
      refreshedAt,
      cases: rows.map((r) => ({
        caseId: r.case_id,
        reference: r.case_reference,
        agencyName: r.agency_name,
        leadPractitionerName: r.lead_practitioner_name,
        lastActivityOn: r.last_activity_on,
        daysSinceActivity: r.days,
      })),
    };
  }
}
