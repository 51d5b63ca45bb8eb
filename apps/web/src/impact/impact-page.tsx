import { useMemo, useState, type MouseEvent, type ReactElement } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { Select, type Option } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { ApiErrorPage } from '../components/query-view';
import { Table } from '../components/table';
import { formatDate, formatDateTime, londonToday } from '../format/dates';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { Loading } from '../not-found/not-found-page';
import { useTerms, useViewer } from '../session/session';
import { BarChart, LineChart, type Series } from './charts';
import { downloadCsv, toCsv, type CsvCell } from './csv';
import { DRIFTING_CASES, IMPACT_FIGURES, LOCALITIES, type ImpactFigures, type ImpactFilter, type Share } from './impact-operations';
import { IMPACT_MEASURES, type CaseHistoryMeasures, type HeadingNeedsMet, type ImpactMeasures } from './measures-operations';
import {
  AllocationBand,
  NOT_SHARING_REASON_LABELS,
  NotSharingReason,
  sentenceCase,
  SHARE_LAWFUL_BASIS_LABELS,
  ShareDecision,
  ShareLawfulBasis,
  type CouncilTerms,
} from '@eh/domain';
import { ENCOMPASS_FIGURES, type EncompassFigures } from '../encompass/encompass-operations';
import type { ReferralSource } from '../graphql/generated/graphql';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SOURCE_LABELS: Readonly<Record<ReferralSource, string>> = {
  EDUCATION: 'Education',
  POLICE: 'Police',
  HEALTH: 'Health',
  SELF: 'Self-referral',
  OTHER: 'Other',
};
const SOURCES: readonly ReferralSource[] = ['EDUCATION', 'POLICE', 'HEALTH', 'SELF', 'OTHER'];

function monthLabel(month: string, short = false): string {
  const [year, m] = month.split('-').map(Number);
  const name = MONTH_NAMES[m - 1] ?? month;
  return `${short ? name.slice(0, 3) : name} ${year}`;
}

function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  const total = year * 12 + m - 1 + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function shareText(share: Share): string {
  return share.percent === null ? 'No data' : `${share.percent.toFixed(1)}%`;
}

function numberText(value: number | null, unit = ''): string {
  return value === null ? 'No data' : `${value}${unit}`;
}

interface FigureTable {
  readonly id: string;
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
  /** Columns after the first hold numbers (right-aligned). */
  readonly numeric?: boolean;
}

interface TableRow {
  readonly cells: readonly CsvCell[];
  readonly index: number;
}

/** The table for a chart, and the same numbers as a CSV file. */
function FigureTableView({ table, filename }: { readonly table: FigureTable; readonly filename: string }) {
  const download = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    downloadCsv(`${filename}-${table.id}.csv`, toCsv(table.header, table.rows));
  };
  return (
    <>
      <Table<TableRow>
        caption={table.caption}
        captionSize="s"
        rows={table.rows.map((cells, index) => ({ cells, index }))}
        rowKey={(r) => String(r.index)}
        columns={table.header.map((header, i) => ({ header, numeric: table.numeric !== false && i > 0, cell: (r) => r.cells[i] ?? '' }))}
      />
      <p className="govuk-body">
        <a className="govuk-link" href={`#${table.id}`} onClick={download}>
          Download CSV<span className="govuk-visually-hidden"> of {table.caption.toLowerCase()}</span>
        </a>
      </p>
    </>
  );
}

function Section({
  title,
  chart,
  table,
  filename,
}: {
  readonly title: string;
  readonly chart?: ReactElement;
  readonly table: FigureTable;
  readonly filename: string;
}) {
  return (
    <section className="govuk-!-margin-bottom-8" id={table.id} aria-labelledby={`${table.id}-heading`}>
      <h2 className="govuk-heading-m" id={`${table.id}-heading`}>
        {title}
      </h2>
      {chart && <div className="app-chart-wrapper">{chart}</div>}
      <FigureTableView table={table} filename={filename} />
    </section>
  );
}

function readFilter(params: URLSearchParams): ImpactFilter {
  const thisMonth = londonToday().slice(0, 7);
  const to = params.get('to') || thisMonth;
  return {
    from: params.get('from') || shiftMonth(to, -11),
    to,
    agencyId: params.get('agencyId') || null,
    agencyType: params.get('agencyType') || null,
    localityId: params.get('localityId') || null,
  };
}

interface FiltersProps {
  readonly filter: ImpactFilter;
  readonly fpt: boolean;
  readonly onApply: (filter: ImpactFilter) => void;
  readonly form: ReturnType<typeof useForm>;
}

/** Period, agency, agency type and locality; applied through the address, so a view can be shared. */
function Filters({ filter, fpt, onApply, form }: FiltersProps) {
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  const [agencyId, setAgencyId] = useState(filter.agencyId ?? '');
  const [agencyType, setAgencyType] = useState(filter.agencyType ?? '');
  const [localityId, setLocalityId] = useState(filter.localityId ?? '');
  const agencies = useQuery(AGENCIES, {});
  const localities = useQuery(LOCALITIES, {});
  const months: Option[] = useMemo(() => {
    const last = londonToday().slice(0, 7);
    return Array.from({ length: 120 }, (_, i) => shiftMonth(last, -i)).map((m) => ({ value: m, label: monthLabel(m) }));
  }, []);
  const agencyOptions = (agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }));
  const typeOptions = [...new Set((agencies.data?.agencies ?? []).map((a) => a.agencyType))].sort().map((t) => ({ value: t, label: t }));
  const localityOptions = (localities.data?.localities ?? []).map((l) => ({ value: l.id, label: l.name }));
  const apply = () => onApply({ from, to, agencyId: agencyId || null, agencyType: agencyType || null, localityId: localityId || null });
  return (
    <GovForm form={form} onSubmit={apply}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Select field="from" label="From" value={from} onChange={setFrom} options={months} placeholder="Choose a month" />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select field="to" label="To" value={to} onChange={setTo} options={months} placeholder="Choose a month" />
        </div>
        {fpt && (
          <div className="govuk-grid-column-one-half">
            <Select
              field="agencyId"
              label="Agency"
              value={agencyId}
              onChange={setAgencyId}
              options={agencyOptions}
              placeholder="All agencies"
            />
          </div>
        )}
      </div>
      <div className="govuk-grid-row">
        {fpt && (
          <div className="govuk-grid-column-one-half">
            <Select
              field="agencyType"
              label="Type of agency"
              value={agencyType}
              onChange={setAgencyType}
              options={typeOptions}
              placeholder="All types"
            />
          </div>
        )}
        <div className="govuk-grid-column-one-half">
          <Select
            field="localityId"
            label="Locality"
            value={localityId}
            onChange={setLocalityId}
            options={localityOptions}
            placeholder="All localities"
          />
        </div>
      </div>
      <SubmitButton form={form}>Show figures</SubmitButton>
    </GovForm>
  );
}

function figureTables(
  f: ImpactFigures,
  terms: CouncilTerms,
  practitionersWithCases: number | null,
): {
  summary: FigureTable;
  open: FigureTable;
  sources: FigureTable;
  escalations: FigureTable;
  timeliness: FigureTable;
  caseload: FigureTable;
} {
  const shareRow = (label: string, s: Share): CsvCell[] => [label, shareText(s), s.numerator, s.denominator];
  const MOVEMENTS = [
    ['STEP_UP_TO_LEVEL_3', 'Stepped up to Family Casework (level 3), whole council'],
    ['STEP_DOWN_FROM_LEVEL_3', 'Stepped down from Family Casework to a partner lead, whole council'],
    ['STEP_DOWN_FROM_SOCIAL_CARE', 'Stepped down from children’s social care, whole council'],
  ] as const;
  const countRow = (label: string, n: number | null, unit = ''): CsvCell[] => [label, numberText(n, unit), null, null];
  const bySource = (counts: { source: ReferralSource; cases: number }[], source: ReferralSource) =>
    counts.find((c) => c.source === source)?.cases ?? 0;
  return {
    summary: {
      id: 'summary',
      caption: `Figures for ${monthLabel(f.from)} to ${monthLabel(f.to)}`,
      header: ['Figure', 'Value', 'Cases counted', 'Out of'],
      rows: [
        countRow('Cases open at the end of the period', f.openCases),
        countRow('Children in open cases', f.childrenInOpenCases),
        countRow('Cases allocated to partners', f.allocated),
        ...SOURCES.map((s) => countRow(`New cases referred by ${SOURCE_LABELS[s].toLowerCase()}`, bySource(f.newCasesBySource, s))),
        countRow('Escalations to level 4', f.escalationsToLevel4),
        ...MOVEMENTS.map(([movement, label]) =>
          countRow(
            label,
            f.levelMovements.filter((m) => m.movement === movement).reduce((sum, m) => sum + m.cases, 0),
          ),
        ),
        shareRow('Not reaching level 4 within 12 months of allocation', f.notReachingLevel4Within12Months),
        shareRow('Not re-referred within 12 months of closure', f.notReReferredWithin12Months),
        shareRow('Closed with outcomes met', f.closedWithOutcomesMet),
        shareRow('First contact within 3 working days', f.firstContactOnTime),
        shareRow(`${terms.familyPlan} within 30 working days`, f.myFamilyPlanOnTime),
        shareRow('Declined help', f.declineRate),
        countRow('Average time open (days)', f.averageDaysOpen),
        countRow(`Average caseload per ${terms.leadPractitioner}`, f.averageCaseload),
      ],
    },
    open: {
      id: 'open-cases',
      caption: 'Cases open and children in them at the end of each month',
      header: ['Month', 'Open cases', 'Children'],
      rows: f.months.map((m) => [monthLabel(m.month), m.openCases, m.childrenInOpenCases]),
    },
    sources: {
      id: 'new-cases',
      caption: 'New cases each month by referral source',
      header: ['Month', ...SOURCES.map((s) => SOURCE_LABELS[s]), 'All sources'],
      rows: f.months.map((m) => [monthLabel(m.month), ...SOURCES.map((s) => bySource(m.newCasesBySource, s)), m.allocated]),
    },
    escalations: {
      id: 'escalations',
      caption: 'Escalations to level 4 and closures each month',
      header: ['Month', 'Escalations to level 4', 'Cases closed', 'Closed with outcomes met', 'Average days open'],
      rows: f.months.map((m) => [
        monthLabel(m.month),
        m.escalationsToLevel4,
        m.closed,
        shareText(m.closedWithOutcomesMet),
        numberText(m.averageDaysOpen),
      ]),
    },
    timeliness: {
      id: 'timeliness',
      caption: 'Timeliness and declines by month of allocation',
      header: ['Month', 'First contact within 3 working days', `${terms.familyPlan} within 30 working days`, 'Declined help'],
      rows: f.months.map((m) => [
        monthLabel(m.month),
        shareText(m.firstContactOnTime),
        shareText(m.myFamilyPlanOnTime),
        shareText(m.declineRate),
      ]),
    },
    caseload: {
      id: 'caseload',
      caption:
        practitionersWithCases !== null && practitionersWithCases > f.caseload.length
          ? `Open cases per ${terms.leadPractitioner} on ${formatDate(f.asOf)}: the ${f.caseload.length} highest of ${practitionersWithCases} (choose an agency to see all of its own)`
          : `Open cases per ${terms.leadPractitioner} on ${formatDate(f.asOf)}`,
      header: [sentenceCase(terms.leadPractitioner), 'Agency', 'Open cases'],
      rows: f.caseload.map((p) => [p.name, p.agencyName, p.openCases]),
      numeric: false,
    },
  };
}

function Dashboard({
  figures,
  filename,
  practitionersWithCases,
}: {
  readonly figures: ImpactFigures;
  readonly filename: string;
  readonly practitionersWithCases: number | null;
}) {
  const terms = useTerms();
  const t = figureTables(figures, terms, practitionersWithCases);
  const categories = figures.months.map((m) => monthLabel(m.month, true));
  const percents = (pick: (m: ImpactFigures['months'][number]) => Share): (number | null)[] => figures.months.map((m) => pick(m).percent);
  const sourceSeries: Series[] = SOURCES.map((s) => ({
    label: SOURCE_LABELS[s],
    values: figures.months.map((m) => m.newCasesBySource.find((c) => c.source === s)?.cases ?? 0),
  }));
  return (
    <>
      <p className="govuk-body" data-testid="figures-as-at">
        Figures as at {formatDateTime(figures.refreshedAt)}. They are refreshed every 10 minutes.
      </p>
      <Section title="Summary" table={t.summary} filename={filename} />
      <Section
        title="Cases open to partners"
        table={t.open}
        filename={filename}
        chart={
          <LineChart
            categories={categories}
            series={[
              { label: 'Open cases', values: figures.months.map((m) => m.openCases) },
              { label: 'Children', values: figures.months.map((m) => m.childrenInOpenCases) },
            ]}
          />
        }
      />
      <Section
        title="New cases by referral source"
        table={t.sources}
        filename={filename}
        chart={<BarChart categories={categories} series={sourceSeries} />}
      />
      <Section
        title="Escalations and closures"
        table={t.escalations}
        filename={filename}
        chart={
          <BarChart
            categories={categories}
            series={[{ label: 'Escalations to level 4', values: figures.months.map((m) => m.escalationsToLevel4) }]}
          />
        }
      />
      <Section
        title="Timeliness"
        table={t.timeliness}
        filename={filename}
        chart={
          <LineChart
            percent
            categories={categories}
            series={[
              { label: 'First contact', values: percents((m) => m.firstContactOnTime) },
              { label: terms.familyPlan, values: percents((m) => m.myFamilyPlanOnTime) },
              { label: 'Declined', values: percents((m) => m.declineRate) },
            ]}
          />
        }
      />
      <Section title="Caseload" table={t.caseload} filename={filename} />
    </>
  );
}

const BAND_LABELS: Readonly<Record<AllocationBand, string>> = {
  [AllocationBand.SAME_DAY]: 'Same day',
  [AllocationBand.ONE_DAY]: '1 day',
  [AllocationBand.TWO_TO_THREE]: '2 to 3 days',
  [AllocationBand.FOUR_TO_FIVE]: '4 to 5 days',
  [AllocationBand.SIX_TO_TEN]: '6 to 10 days',
  [AllocationBand.ELEVEN_TO_TWENTY]: '11 to 20 days',
  [AllocationBand.OVER_TWENTY]: 'Over 20 days',
};

// The measures' rows, in the order of the summary table and the monthly table's columns.
const MEASURE_ROWS: readonly (readonly [string, (m: CaseHistoryMeasures) => Share])[] = [
  ['Previously open to children’s social care', (m) => m.previouslyOpenToSocialCare],
  ['Stepped down from children’s social care', (m) => m.steppedDownFromSocialCare],
  ['Stepped down from Family Casework', (m) => m.steppedDownFromFamilyCasework],
  ['Later stepped up to Family Casework (level 3)', (m) => m.steppedUpToLevel3],
  ['Later stepped up to children’s social care (level 4)', (m) => m.steppedUpToLevel4],
  ['Later became looked after', (m) => m.becameLookedAfter],
  ['Later stepped up or looked after', (m) => m.steppedUpOrLookedAfter],
  ['Referred again within 12 months of a previous case’s closure', (m) => m.repeatReferralsWithin12Months],
];

const DECISION_COLUMNS = [
  ['Shared', ShareDecision.SHARE, null],
  [
    `Not shared: ${NOT_SHARING_REASON_LABELS[NotSharingReason.MORE_DETRIMENTAL].toLowerCase()}`,
    ShareDecision.NOT_SHARE,
    NotSharingReason.MORE_DETRIMENTAL,
  ],
  ['Not shared: another reason', ShareDecision.NOT_SHARE, NotSharingReason.OTHER],
] as const;

function measureTables(
  m: ImpactMeasures,
  from: string,
  to: string,
): Record<'history' | 'byMonth' | 'allocation' | 'needsMet' | 'sharing', FigureTable> {
  const all = m.measures;
  const count = (basis: ShareLawfulBasis, decision: ShareDecision, reason: NotSharingReason | null) =>
    m.shareDecisions
      .filter((d) => d.lawfulBasis === basis && d.decision === decision && d.reason === reason)
      .reduce((sum, d) => sum + d.decisions, 0);
  return {
    history: {
      id: 'history',
      caption: `Cases allocated from ${monthLabel(from)} to ${monthLabel(to)}: where families came from and went to`,
      header: ['Measure', 'Value', 'Cases counted', 'Out of'],
      rows: [
        ['Cases allocated (levels 2 and 3)', all.cases, null, null],
        ...MEASURE_ROWS.map(([label, pick]): CsvCell[] => [label, shareText(pick(all)), pick(all).numerator, pick(all).denominator]),
        ['Median days from referral to allocation', numberText(all.medianDaysToAllocation), null, null],
      ],
    },
    byMonth: {
      id: 'history-by-month',
      caption: 'By month of allocation',
      header: ['Month', 'Cases', ...MEASURE_ROWS.map(([label]) => label), 'Median days to allocation'],
      rows: all.months.map((month) => [
        monthLabel(month.month),
        month.cases,
        ...MEASURE_ROWS.map(([, pick]) => shareText(pick(month))),
        numberText(month.medianDaysToAllocation),
      ]),
    },
    allocation: {
      id: 'days-to-allocation',
      caption: 'Cases by days from referral to allocation',
      header: ['Days from referral to allocation', 'Cases'],
      rows: all.daysToAllocation.map((b) => [BAND_LABELS[b.band], b.cases]),
    },
    needsMet: {
      id: 'needs-met',
      caption: `Needs in cases closed from ${monthLabel(from)} to ${monthLabel(to)}, by heading of the outcome framework`,
      header: [
        'Outcome heading',
        'Needs',
        'Met (closed with significant progress)',
        'Needs met',
        'Needs met whose sustainment check is done',
        'Sustained (progress held)',
        'Needs sustained',
      ],
      rows: all.needsMetByHeading.map((h: HeadingNeedsMet): CsvCell[] => [
        h.retired ? `${h.heading} (retired)` : h.heading,
        h.needs,
        shareText(h.met),
        h.met.numerator,
        h.sustainmentChecked,
        shareText(h.sustained),
        h.sustained.numerator,
      ]),
    },
    sharing: {
      id: 'share-decisions',
      caption: `Decisions to share information or not, ${monthLabel(from)} to ${monthLabel(to)}, by lawful basis`,
      header: ['Lawful basis', ...DECISION_COLUMNS.map(([label]) => label), 'All decisions'],
      rows: Object.values(ShareLawfulBasis).map((basis) => {
        const counts = DECISION_COLUMNS.map(([, decision, reason]) => count(basis, decision, reason));
        return [SHARE_LAWFUL_BASIS_LABELS[basis], ...counts, counts.reduce((a, b) => a + b, 0)];
      }),
    },
  };
}

function Measures({
  measures,
  filter,
  filename,
}: {
  readonly measures: ImpactMeasures;
  readonly filter: ImpactFilter;
  readonly filename: string;
}) {
  const t = measureTables(measures, filter.from, filter.to);
  const months = measures.measures.months;
  const categories = months.map((m) => monthLabel(m.month, true));
  return (
    <>
      <Section title="Where families came from and went to" table={t.history} filename={filename} />
      <Section
        title="History and destinations by month"
        table={t.byMonth}
        filename={filename}
        chart={
          <LineChart
            percent
            categories={categories}
            series={[
              { label: 'Previously open to social care', values: months.map((m) => m.previouslyOpenToSocialCare.percent) },
              { label: 'Later stepped up or looked after', values: months.map((m) => m.steppedUpOrLookedAfter.percent) },
              { label: 'Referred again within 12 months', values: months.map((m) => m.repeatReferralsWithin12Months.percent) },
            ]}
          />
        }
      />
      <Section
        title="Time from referral to allocation"
        table={t.allocation}
        filename={filename}
        chart={
          <BarChart
            categories={measures.measures.daysToAllocation.map((b) => BAND_LABELS[b.band])}
            series={[{ label: 'Cases', values: measures.measures.daysToAllocation.map((b) => b.cases) }]}
          />
        }
      />
      <Section title="Needs met by heading" table={t.needsMet} filename={filename} />
      <Section title="Decisions to share information" table={t.sharing} filename={filename} />
    </>
  );
}

function DriftingCases({ filter }: { readonly filter: ImpactFilter }) {
  const terms = useTerms();
  const drifting = useQuery(DRIFTING_CASES, {
    filter: { agencyId: filter.agencyId, agencyType: filter.agencyType, localityId: filter.localityId },
  });
  if (drifting.error) return <ApiErrorPage error={drifting.error} />;
  if (!drifting.data) return <Loading />;
  const cases = drifting.data.driftingCases.cases;
  return (
    <section aria-labelledby="drifting-heading">
      <h2 className="govuk-heading-m" id="drifting-heading">
        Drifting cases
      </h2>
      <p className="govuk-body">Open cases with nothing recorded in their chronology for 8 weeks or more.</p>
      {cases.length === 0 ? (
        <p className="govuk-body">No cases are drifting.</p>
      ) : (
        <Table
          caption="Cases with no recorded activity for 8 weeks"
          captionSize="s"
          rows={cases}
          rowKey={(c) => c.caseId}
          columns={[
            {
              header: 'Case',
              cell: (c) => (
                <Link className="govuk-link" to={`/cases/${c.caseId}`}>
                  {c.reference}
                </Link>
              ),
            },
            { header: 'Lead agency', cell: (c) => c.agencyName },
            { header: sentenceCase(terms.leadPractitioner), cell: (c) => c.leadPractitionerName },
            { header: 'Last activity', cell: (c) => formatDate(c.lastActivityOn) },
            { header: 'Days since', cell: (c) => c.daysSinceActivity, numeric: true },
          ]}
        />
      )}
    </section>
  );
}

function encompassRow(key: string, f: EncompassFigures): CsvCell[] {
  return [
    key,
    f.notifications,
    shareText(f.readBeforeSchoolDay),
    numberText(f.medianMinutesToAcknowledge, ' min'),
    f.escalatedToDeputies,
    f.escalatedToCouncil,
  ];
}

const ENCOMPASS_HEADER = [
  '',
  'Notifications',
  'Read before the school day',
  'Median time to acknowledge',
  'Escalated to deputies',
  'Escalated to the council',
];

/** Operation Encompass (issue 14, part 5): for the council's team; definitions in docs/metrics.md. */
function EncompassSection({ filter, filename }: { readonly filter: ImpactFilter; readonly filename: string }) {
  const figures = useQuery(ENCOMPASS_FIGURES, { from: filter.from, to: filter.to });
  if (figures.error) return <ApiErrorPage error={figures.error} />;
  if (!figures.data) return <Loading />;
  const { total, byMonth, bySetting } = figures.data.impactFigures.encompass;
  return (
    <>
      <Section
        title="Operation Encompass notifications by month"
        filename={filename}
        table={{
          id: 'encompass-months',
          caption: `Operation Encompass: ${total.notifications} notifications in the period`,
          header: ['Month', ...ENCOMPASS_HEADER.slice(1)],
          rows: [...byMonth.map((m) => encompassRow(monthLabel(m.key), m.figures)), encompassRow('Whole period', total)],
        }}
      />
      <Section
        title="Operation Encompass notifications by setting"
        filename={filename}
        table={{
          id: 'encompass-settings',
          caption: 'Operation Encompass by setting',
          header: ['Setting', ...ENCOMPASS_HEADER.slice(1)],
          rows: bySetting.map((s) => encompassRow(s.key, s.figures)),
        }}
      />
    </>
  );
}

export function ImpactPage() {
  const viewer = useViewer();
  const fpt = viewer.isFamilyPartnershipTeam;
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const figures = useQuery(IMPACT_FIGURES, { filter });
  const measures = useQuery(IMPACT_MEASURES, { filter });
  const form = useForm();
  const problems = figures.error?.code === 'BAD_USER_INPUT' ? figures.error.fields : form.problems;
  usePageTitle('Impact figures', problems.length > 0);
  const apply = (next: ImpactFilter) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) query.set(key, value);
    setParams(query);
  };
  return (
    <>
      <ErrorSummary problems={problems} />
      <h1 className="govuk-heading-l">Impact figures</h1>
      {!fpt && <p className="govuk-body">Figures for cases led by {viewer.agency.name}.</p>}
      {fpt && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/impact/localities">
            Localities and their postcode districts
          </Link>
        </p>
      )}
      <Filters key={params.toString()} filter={filter} fpt={fpt} onApply={apply} form={{ ...form, problems }} />
      {figures.error && figures.error.code !== 'BAD_USER_INPUT' && <ApiErrorPage error={figures.error} />}
      {figures.data && !figures.error && (
        <Dashboard
          figures={figures.data.impactFigures}
          filename={`impact-${filter.from}-to-${filter.to}`}
          practitionersWithCases={measures.data?.impactFigures.practitionersWithCases ?? null}
        />
      )}
      {!figures.data && !figures.error && <Loading />}
      {fpt && <EncompassSection filter={filter} filename={`impact-${filter.from}-to-${filter.to}`} />}
      {measures.data && !figures.error && !measures.error && (
        <Measures measures={measures.data.impactFigures} filter={filter} filename={`impact-${filter.from}-to-${filter.to}`} />
      )}
      {measures.error && !figures.error && <ApiErrorPage error={measures.error} />}
      {fpt && <DriftingCases filter={filter} />}
    </>
  );
}
