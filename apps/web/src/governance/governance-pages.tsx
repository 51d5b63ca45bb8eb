import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { saveAsFile } from '../components/download';
import { DateInput } from '../components/date-input';
import { ErrorSummary } from '../components/error-summary';
import { Textarea, TextInput } from '../components/fields';
import { GovForm, ReloadAfterConflict, SubmitButton, useForm, type FormController } from '../components/form';
import { SuccessBanner, successState, useSuccessMessage } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { Table } from '../components/table';
import { dateProblem, EMPTY_DATE, formatDate, formatDateTime, toIsoDate, type DateParts } from '../format/dates';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { ForbiddenPage } from '../not-found/not-found-page';
import { useTerms, useViewer } from '../session/session';
import { FAMILY_RECORD_TYPES, keptFor, PERIOD_LABELS, recordTypeLabels, reviewStatus, RULE_LABELS } from './governance-labels';
import {
  GOVERNANCE,
  LIFT_LEGAL_HOLD,
  PLACE_LEGAL_HOLD,
  RETENTION_POLICIES,
  SUBJECT_ACCESS_EXPORT,
  SUBJECT_ACCESS_PEOPLE,
  UPDATE_RETENTION_POLICY,
} from './governance-operations';
import type { RetentionRecordType, RetentionRule } from '../graphql/generated/graphql';
import type { LegalHold, SubjectAccessPerson } from './governance-operations';

export const GOVERNANCE_PATH = '/information-governance';

// The export arrives as text and leaves as a file: nothing is kept in the page once it is saved.
const saveHtml = (fileName: string, html: string) => saveAsFile(fileName, [html], 'text/html;charset=utf-8');

function PlaceHoldForm({ form, onPlaced }: { readonly form: FormController; readonly onPlaced: (hold: LegalHold) => void }) {
  // Arriving from a case page fills in its reference.
  const [search] = useSearchParams();
  const [caseReference, setCaseReference] = useState(search.get('case') ?? '');
  const [reason, setReason] = useState('');
  const submit = async () => {
    const problems = [
      ...(caseReference.trim() ? [] : [{ field: 'caseReference', message: 'Enter a case reference like C-1001' }]),
      ...(reason.trim() ? [] : [{ field: 'reason', message: 'Enter why the records must be kept' }]),
    ];
    if (problems.length) return form.fail(problems);
    const result = await form.run(() =>
      request(PLACE_LEGAL_HOLD, { input: { caseReference: caseReference.trim(), reason: reason.trim() } }),
    );
    if (result) {
      setCaseReference('');
      setReason('');
      onPlaced(result.placeLegalHold);
    }
  };
  return (
    <GovForm form={form} onSubmit={() => void submit()}>
      <TextInput
        field="caseReference"
        label="Case reference"
        hint="For example C-1001"
        width={10}
        value={caseReference}
        onChange={setCaseReference}
      />
      <Textarea
        field="reason"
        label="Why the records must be kept"
        hint="For example, a court order or a complaint being investigated"
        rows={3}
        value={reason}
        onChange={setReason}
      />
      <SubmitButton form={form}>Place legal hold</SubmitButton>
    </GovForm>
  );
}

function SubjectAccess({ form, onExported }: { readonly form: FormController; readonly onExported: (message: string) => void }) {
  const [lastName, setLastName] = useState('');
  const [firstName, setFirstName] = useState('');
  const [dob, setDob] = useState<DateParts>(EMPTY_DATE);
  const [found, setFound] = useState<SubjectAccessPerson[]>();
  const search = async () => {
    const dobGiven = dob.day.trim() || dob.month.trim() || dob.year.trim();
    const problems = [
      ...(lastName.trim().length >= 2 ? [] : [{ field: 'lastName', message: 'Enter at least 2 letters of the last name' }]),
      ...(dobGiven && dateProblem(dob, 'Date of birth')
        ? [{ field: 'dateOfBirth', message: dateProblem(dob, 'Date of birth') ?? '' }]
        : []),
    ];
    if (problems.length) return form.fail(problems);
    const result = await form.run(() =>
      request(SUBJECT_ACCESS_PEOPLE, {
        input: { lastName: lastName.trim(), firstName: firstName.trim() || null, dateOfBirth: dobGiven ? toIsoDate(dob) : null },
      }),
    );
    if (result) setFound(result.subjectAccessPeople);
  };
  const download = async (person: SubjectAccessPerson) => {
    const result = await form.run(() => request(SUBJECT_ACCESS_EXPORT, { personId: person.id }));
    if (!result) return;
    saveHtml(result.subjectAccessExport.fileName, result.subjectAccessExport.html);
    onExported(
      `Export for ${person.firstName} ${person.lastName} downloaded. ${result.subjectAccessExport.redactionMarks} passages are marked for you to consider redacting.`,
    );
  };
  return (
    <>
      <GovForm form={form} onSubmit={() => void search()}>
        <TextInput
          field="lastName"
          label="Last name"
          width={20}
          value={lastName}
          onChange={setLastName}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          field="firstName"
          label="First name (optional)"
          width={20}
          value={firstName}
          onChange={setFirstName}
          autoComplete="off"
          spellCheck={false}
        />
        <DateInput field="dateOfBirth" legend="Date of birth (optional)" hint="For example, 27 3 2015" value={dob} onChange={setDob} />
        <SubmitButton form={form}>Find person</SubmitButton>
      </GovForm>
      {found && found.length === 0 && <p className="govuk-body">No one with these details is recorded.</p>}
      {found && found.length > 0 && (
        <Table
          caption="People found"
          captionSize="s"
          rows={found}
          rowKey={(p) => p.id}
          columns={[
            { header: 'Name', cell: (p) => `${p.firstName} ${p.lastName}` },
            { header: 'Date of birth', cell: (p) => formatDate(p.dateOfBirth) },
            { header: 'Family', cell: (p) => p.familyReference },
            {
              header: 'Export',
              cell: (p) => (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  disabled={form.submitting}
                  onClick={() => void download(p)}
                >
                  Download export
                  <span className="govuk-visually-hidden">
                    {' '}
                    for {p.firstName} {p.lastName}
                  </span>
                </button>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

// The council's retention schedule, legal holds, what the purge will remove, and subject access
// exports. The FPT manager holds this here; in a council it would be an information governance role.
function GovernanceContent() {
  const recordTypes = recordTypeLabels(useTerms());
  const governance = useQuery(GOVERNANCE, {});
  const holdForm = useForm();
  const liftForm = useForm();
  const sarForm = useForm();
  const navigated = useSuccessMessage();
  const [done, setDone] = useState<string>();
  const problems = [...holdForm.problems, ...liftForm.problems, ...sarForm.problems];
  usePageTitle('Information governance', problems.length > 0);
  const lift = async (hold: LegalHold) => {
    const result = await liftForm.run(() => request(LIFT_LEGAL_HOLD, { input: { id: hold.id, version: hold.version } }));
    if (result) {
      setDone(`Legal hold on ${hold.caseReference} lifted`);
      governance.reload();
    }
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        <ReloadAfterConflict form={liftForm} reload={governance.reload} />
        <SuccessBanner message={done ?? navigated} />
        <h1 className="govuk-heading-l">Information governance</h1>
        <p className="govuk-body">
          How long the council keeps each kind of record, what is due for deletion, legal holds that stop deletion, and subject access
          exports. Records are deleted each night once their retention ends, unless a legal hold or live work on the family keeps them.
        </p>
        <QueryView result={governance}>
          {(data) => (
            <>
              <Table
                caption="Retention schedule"
                rows={data.retentionPolicies}
                rowKey={(p) => p.recordType}
                columns={[
                  { header: 'Record', cell: (p) => recordTypes[p.recordType] },
                  { header: 'Kept', cell: (p) => keptFor(p.rule, p.period) },
                  {
                    header: 'Last changed',
                    cell: (p) => (p.updatedBy ? `${formatDateTime(p.updatedAt)} by ${p.updatedBy}` : 'Council default'),
                  },
                  {
                    header: 'Action',
                    cell: (p) => (
                      <Link className="govuk-link" to={`${GOVERNANCE_PATH}/retention/${p.recordType}`}>
                        Change<span className="govuk-visually-hidden"> how long this record is kept</span>
                      </Link>
                    ),
                  },
                ]}
              />
              {data.retentionReview.length === 0 ? (
                <>
                  <h2 className="govuk-heading-m">Past their retention date</h2>
                  <p className="govuk-body">No records are past their retention date.</p>
                </>
              ) : (
                <Table
                  caption="Past their retention date"
                  rows={data.retentionReview}
                  rowKey={(i) => i.id}
                  columns={[
                    { header: 'Reference', cell: (i) => i.reference },
                    { header: 'Record', cell: (i) => recordTypes[i.recordType] },
                    { header: 'Retention ended', cell: (i) => (i.dueOn ? formatDate(i.dueOn) : '') },
                    { header: 'Status', cell: (i) => reviewStatus(i) },
                  ]}
                />
              )}
              {data.legalHolds.length === 0 ? (
                <>
                  <h2 className="govuk-heading-m">Legal holds</h2>
                  <p className="govuk-body">No legal holds are in place.</p>
                </>
              ) : (
                <Table
                  caption="Legal holds"
                  rows={data.legalHolds}
                  rowKey={(h) => h.id}
                  columns={[
                    {
                      header: 'Case',
                      cell: (h) => (
                        <Link className="govuk-link" to={`/cases/${h.caseId}`}>
                          {h.caseReference}
                        </Link>
                      ),
                    },
                    { header: 'Reason', cell: (h) => h.reason },
                    { header: 'Placed', cell: (h) => `${formatDateTime(h.placedAt)} by ${h.placedBy}` },
                    {
                      header: 'Action',
                      cell: (h) => (
                        <button
                          type="button"
                          className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                          disabled={liftForm.submitting}
                          onClick={() => void lift(h)}
                        >
                          Lift<span className="govuk-visually-hidden"> legal hold on {h.caseReference}</span>
                        </button>
                      ),
                    },
                  ]}
                />
              )}
            </>
          )}
        </QueryView>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m" id="legal-hold">
              Place a legal hold
            </h2>
            <p className="govuk-body">A case under legal hold, with its family’s records, is not deleted until the hold is lifted.</p>
            <PlaceHoldForm
              form={holdForm}
              onPlaced={(hold) => {
                setDone(`Legal hold placed on ${hold.caseReference}`);
                governance.reload();
              }}
            />
            <h2 className="govuk-heading-m">Subject access export</h2>
            <p className="govuk-body">
              Everything held about one person, as a file to read and print. Other people’s details are highlighted for you to consider
              redacting before it is sent. Each export is recorded in the audit trail.
            </p>
            <SubjectAccess form={sarForm} onExported={setDone} />
          </div>
        </div>
      </div>
    </div>
  );
}

function RetentionPolicyContent() {
  const recordTypes = recordTypeLabels(useTerms());
  const { recordType = '' } = useParams();
  const navigate = useNavigate();
  const policies = useQuery(RETENTION_POLICIES, {});
  const form = useForm();
  const [edit, setEdit] = useState<{ rule?: RetentionRule; period?: string }>({});
  const policy = policies.data?.retentionPolicies.find((p) => p.recordType === recordType);
  usePageTitle('Change how long a record is kept', form.problems.length > 0);
  if (policies.data && !policy) return <p className="govuk-body">There is no such kind of record.</p>;
  const type = recordType as RetentionRecordType;
  const rules = (Object.keys(RULE_LABELS) as RetentionRule[]).filter(
    (r) => r !== 'UNTIL_YOUNGEST_CHILD_AGE' || FAMILY_RECORD_TYPES.includes(type),
  );
  const rule = edit.rule ?? policy?.rule;
  const period = edit.period ?? String(policy?.period ?? '');
  const submit = async () => {
    if (!policy || !rule) return;
    if (!/^\d+$/.test(period.trim())) return form.fail([{ field: 'period', message: 'Period must be a whole number' }]);
    const saved = await form.run(() =>
      request(UPDATE_RETENTION_POLICY, { input: { recordType: type, rule, period: Number(period), version: policy.version } }),
    );
    if (saved)
      void navigate(GOVERNANCE_PATH, {
        state: successState(
          `Retention changed: ${keptFor(saved.updateRetentionPolicy.rule, saved.updateRetentionPolicy.period).toLowerCase()}`,
        ),
      });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <ReloadAfterConflict form={form} reload={policies.reload} />
        <span className="govuk-caption-l">Information governance</span>
        <h1 className="govuk-heading-l">Change how long a record is kept</h1>
        <QueryView result={policies}>
          {() =>
            policy && (
              <>
                <p className="govuk-body">{recordTypes[type]}.</p>
                <GovForm form={form} onSubmit={() => void submit()}>
                  <Radios
                    field="rule"
                    legend="How long is it kept?"
                    legendSize="s"
                    items={rules.map((r) => ({ value: r, label: RULE_LABELS[r] }))}
                    value={rule ?? ''}
                    onChange={(value) => setEdit({ ...edit, rule: value })}
                  />
                  <TextInput
                    field="period"
                    label={rule ? PERIOD_LABELS[rule] : 'Period'}
                    width={4}
                    value={period}
                    onChange={(value) => setEdit({ ...edit, period: value })}
                  />
                  <div className="govuk-button-group">
                    <SubmitButton form={form}>Save</SubmitButton>
                    <Link className="govuk-link" to={GOVERNANCE_PATH}>
                      Cancel
                    </Link>
                  </div>
                </GovForm>
              </>
            )
          }
        </QueryView>
      </div>
    </div>
  );
}

// The API refuses everyone else too; this only spares them a page of forms they cannot use.
function ManagerOnly({ children }: { readonly children: ReactNode }) {
  return useViewer().role === 'FPT_MANAGER' ? children : <ForbiddenPage />;
}

export function GovernancePage() {
  return (
    <ManagerOnly>
      <GovernanceContent />
    </ManagerOnly>
  );
}

export function RetentionPolicyPage() {
  return (
    <ManagerOnly>
      <RetentionPolicyContent />
    </ManagerOnly>
  );
}
