import { useState, type MouseEvent } from 'react';
import { recentFinancialQuarters, sentenceCase } from '@eh/domain';
import { Link, useParams } from 'react-router-dom';
import { Select, TextInput } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { SummaryList } from '../components/summary-list';
import { Table } from '../components/table';
import { Tag } from '../components/tag';
import { formatDate, londonToday } from '../format/dates';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { downloadCsv, toCsv } from '../impact/csv';
import { ParagraphLink } from '../my-family-plan/paragraph-link';
import { useTerms } from '../session/session';
import { claimConditions, NEED_PROGRESS, SUSTAINMENT_SOURCES } from './outcome-labels';
import {
  ADD_OUTCOME_HEADING,
  EVIDENCE_PACK,
  NATIONAL_RETURN,
  OUTCOME_HEADINGS,
  RENAME_OUTCOME_HEADING,
  RETIRE_OUTCOME_HEADING,
  type FamilyClaim,
  type OutcomeHeading,
} from './outcomes-operations';

// ---- the outcome framework, for the FPT manager ----

function HeadingRow({ heading, onChanged }: { readonly heading: OutcomeHeading; readonly onChanged: () => void }) {
  const form = useForm({ CONFLICT: 'Someone else has changed this heading. Reload to see their change.' });
  const [name, setName] = useState(heading.name);
  const rename = async () => {
    if (await form.run(() => request(RENAME_OUTCOME_HEADING, { input: { id: heading.id, name, version: heading.version } }))) onChanged();
  };
  const retire = async () => {
    if (
      await form.run(() =>
        request(RETIRE_OUTCOME_HEADING, { input: { id: heading.id, retired: !heading.retired, version: heading.version } }),
      )
    )
      onChanged();
  };
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">
          {heading.name} {heading.retired && <Tag colour="grey">Retired</Tag>}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        {form.problems.length > 0 && (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {form.problems.map((p) => p.message).join('. ')}
          </p>
        )}
        <GovForm form={form} onSubmit={() => void rename()}>
          <TextInput field={`name-${heading.key}`} label={`New name for ${heading.name}`} value={name} onChange={setName} />
          <div className="govuk-button-group">
            <SubmitButton form={form}>Rename</SubmitButton>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void retire()}>
              {heading.retired ? 'Bring back' : 'Retire'}
              <span className="govuk-visually-hidden"> {heading.name}</span>
            </button>
          </div>
        </GovForm>
      </div>
    </div>
  );
}

export function OutcomeFrameworkPage() {
  const result = useQuery(OUTCOME_HEADINGS, { includeRetired: true });
  const form = useForm();
  const [name, setName] = useState('');
  const add = async () => {
    if (await form.run(() => request(ADD_OUTCOME_HEADING, { name }))) {
      setName('');
      result.reload();
    }
  };
  return (
    <QueryView result={result}>
      {({ outcomeHeadings }) => (
        <RecordPage form={form} reload={result.reload} success={undefined} caption="Outcomes" title="The outcome framework">
          <ParagraphLink to="/evidence-pack">Back to the evidence pack</ParagraphLink>
          <p className="govuk-body">
            Each need in a family’s plan is coded against one of these headings. A heading can be renamed or retired (no new need is coded
            against it), never deleted: the needs coded against it keep it.
          </p>
          {outcomeHeadings.map((h) => (
            <HeadingRow key={`${h.id}-${h.version}`} heading={h} onChanged={result.reload} />
          ))}
          <GovForm form={form} onSubmit={() => void add()}>
            <h2 className="govuk-heading-m">Add a heading</h2>
            <TextInput field="name" label="Heading" value={name} onChange={setName} />
            <SubmitButton form={form}>Add the heading</SubmitButton>
          </GovForm>
        </RecordPage>
      )}
    </QueryView>
  );
}

// ---- the evidence pack ----

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

// One CSV row per family meeting the rule: the evidence for each condition.
function evidenceCsv(families: readonly FamilyClaim[]): string {
  return toCsv(
    [
      'family reference',
      'case reference',
      'lead practitioner',
      'lead agency',
      'closed on',
      'needs',
      'headings',
      'outcomes at closure',
      'sustained',
      'sustainment sources',
      'sustainment confirmed on',
      're-referrals since closure',
      'assessment approved on',
      'goals with actions',
      'reviews held',
    ],
    families.map((f) => [
      f.familyReference,
      f.caseReference,
      f.leadPractitionerName,
      f.leadAgencyName,
      f.closedOn,
      f.needs.length,
      f.needs.map((n) => n.heading).join('; '),
      f.needs.map((n) => (n.outcome ? NEED_PROGRESS[n.outcome].text : '')).join('; '),
      f.needs.map((n) => yesNo(n.held)).join('; '),
      f.needs.map((n) => (n.sustainmentSource ? SUSTAINMENT_SOURCES[n.sustainmentSource] : '')).join('; '),
      f.sustainmentConfirmedOn,
      f.reReferrals.length,
      f.assessmentApprovedOn,
      f.goalsWithActions,
      f.reviewsHeld,
    ]),
  );
}

function NationalReturnForm() {
  const form = useForm();
  const quarters = recentFinancialQuarters(londonToday(), 5);
  const [quarter, setQuarter] = useState(quarters[0]);
  const download = async () => {
    const answer = await form.run(() => request(NATIONAL_RETURN, { quarter }));
    if (!answer) return;
    const { headings, rows } = answer.nationalReturn;
    downloadCsv(
      `national-return-${quarter}.csv`,
      toCsv(
        ['family reference', 'case reference', 'lead agency type', 'closed on', 'result confirmed on', ...headings.map((h) => h.key)],
        rows.map((r) => [
          r.familyReference,
          r.caseReference,
          r.leadAgencyType,
          r.closedOn,
          r.sustainmentConfirmedOn,
          ...headings.map((h) => (r.headingKeys.includes(h.key) ? 1 : 0)),
        ]),
      ),
    );
  };
  return (
    <GovForm form={form} onSubmit={() => void download()}>
      <h2 className="govuk-heading-m">Quarterly national return</h2>
      <Select
        field="quarter"
        label="Quarter of the financial year"
        hint="Families whose sustained result was confirmed in the quarter; Q1 is April to June"
        placeholder="Choose a quarter"
        options={quarters.map((q) => ({ value: q, label: q.replace('-Q', ' Q') }))}
        value={quarter}
        onChange={setQuarter}
      />
      <SubmitButton form={form}>Download the national return (CSV)</SubmitButton>
    </GovForm>
  );
}

export function EvidencePackPage() {
  const terms = useTerms();
  const result = useQuery(EVIDENCE_PACK, {});
  const form = useForm();
  return (
    <QueryView result={result}>
      {({ evidencePack: { rule, families } }) => {
        const meeting = families.filter((f) => f.meetsRule);
        const download = (event: MouseEvent<HTMLAnchorElement>) => {
          event.preventDefault();
          downloadCsv(`evidence-pack-${londonToday()}.csv`, evidenceCsv(meeting));
        };
        return (
          <RecordPage form={form} reload={result.reload} success={undefined} caption="Outcomes" title="Evidence pack">
            <p className="govuk-body">
              Families meet the council’s claim rule when they had at least {rule.minimumNeeds} coded needs and every condition below holds;
              the former {terms.leadPractitioner} confirms whether progress lasted {rule.sustainmentMonths} months after closure. Every view
              of this page is recorded in the audit trail.
            </p>
            <ParagraphLink to="/outcome-framework">The outcome framework</ParagraphLink>
            <Table<FamilyClaim>
              caption={`Families meeting the claim rule (${meeting.length})`}
              rows={meeting}
              rowKey={(f) => f.caseId}
              columns={[
                {
                  header: 'Family',
                  cell: (f) => (
                    <Link className="govuk-link" to={`/evidence-pack/${f.caseId}`}>
                      {f.familyReference}
                      <span className="govuk-visually-hidden"> (case {f.caseReference})</span>
                    </Link>
                  ),
                },
                { header: 'Case', cell: (f) => f.caseReference },
                { header: 'Closed', cell: (f) => formatDate(f.closedOn) },
                { header: 'Needs', cell: (f) => f.needs.map((n) => n.heading).join(', '), numeric: false },
              ]}
            />
            {meeting.length > 0 && (
              <p className="govuk-body">
                <a className="govuk-link" href="#evidence-csv" onClick={download}>
                  Download CSV<span className="govuk-visually-hidden"> of the families meeting the claim rule</span>
                </a>
              </p>
            )}
            <Table<FamilyClaim>
              caption={`Closed families not meeting the rule (${families.length - meeting.length})`}
              rows={families.filter((f) => !f.meetsRule)}
              rowKey={(f) => f.caseId}
              columns={[
                { header: 'Family', cell: (f) => f.familyReference },
                { header: 'Case', cell: (f) => f.caseReference },
                { header: 'Closed', cell: (f) => formatDate(f.closedOn) },
                { header: 'Why not', cell: (f) => f.reasons.join('. ') },
              ]}
            />
            <NationalReturnForm />
          </RecordPage>
        );
      }}
    </QueryView>
  );
}

// A printable page for one family: the evidence for each condition of the rule.
export function EvidenceFamilyPage() {
  const { caseId = '' } = useParams();
  const terms = useTerms();
  const conditions = claimConditions(terms);
  const result = useQuery(EVIDENCE_PACK, {});
  const form = useForm();
  return (
    <QueryView result={result}>
      {({ evidencePack: { families } }) => {
        const f = families.find((x) => x.caseId === caseId);
        if (!f) return <p className="govuk-body">This family is not in the evidence pack.</p>;
        return (
          <RecordPage
            form={form}
            reload={result.reload}
            success={undefined}
            caption={`Evidence pack – case ${f.caseReference}`}
            title={`Family ${f.familyReference}`}
          >
            <ParagraphLink to="/evidence-pack">Back to the evidence pack</ParagraphLink>
            <p className="govuk-body">
              {f.meetsRule ? <Tag colour="green">Meets the claim rule</Tag> : <Tag colour="red">Does not meet the claim rule</Tag>}
            </p>
            <SummaryList
              rows={[
                { key: sentenceCase(terms.leadPractitioner), value: `${f.leadPractitionerName}, ${f.leadAgencyName}` },
                { key: 'Closed on', value: formatDate(f.closedOn) },
                { key: 'Assessment approved on', value: f.assessmentApprovedOn ? formatDate(f.assessmentApprovedOn) : 'Never' },
                { key: 'Goals with actions', value: String(f.goalsWithActions) },
                { key: 'Reviews held', value: String(f.reviewsHeld) },
                { key: 'Sustainment confirmed on', value: f.sustainmentConfirmedOn ? formatDate(f.sustainmentConfirmedOn) : 'Not yet' },
                {
                  key: 'Referrals since closure',
                  value: f.reReferrals.length ? f.reReferrals.map((r) => formatDate(r.receivedOn)).join(', ') : 'None',
                },
              ]}
            />
            <Table
              caption="Conditions of the claim rule"
              rows={f.conditions}
              rowKey={(c) => c.condition}
              columns={[
                { header: 'Condition', cell: (c) => conditions[c.condition] },
                { header: 'Met', cell: (c) => (c.met ? 'Yes' : 'No') },
                { header: 'Evidence', cell: (c) => c.reason },
              ]}
            />
            <h2 className="govuk-heading-m">Needs</h2>
            {f.needs.map((n) => (
              <SummaryList
                key={`${n.headingKey}-${n.description}`}
                rows={[
                  { key: 'Heading', value: n.heading },
                  { key: 'Need', value: n.description },
                  { key: 'Evidence of the need', value: `${n.evidence} (${n.evidenceAgencyName})` },
                  {
                    key: 'Outcome at closure',
                    value: n.outcome ? `${NEED_PROGRESS[n.outcome].text}: ${n.outcomeEvidence ?? ''}` : 'Not recorded',
                  },
                  {
                    key: 'Sustained',
                    value:
                      n.held === null
                        ? 'Not yet confirmed'
                        : `${n.held ? 'Yes' : 'No'} (${n.sustainmentSource ? SUSTAINMENT_SOURCES[n.sustainmentSource] : ''}): ${n.sustainmentEvidence ?? ''}`,
                  },
                ]}
              />
            ))}
          </RecordPage>
        );
      }}
    </QueryView>
  );
}
