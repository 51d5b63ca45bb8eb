import { useState } from 'react';
import { DateInput } from '../components/date-input';
import { Select, Textarea } from '../components/fields';
import { GovForm, SubmitButton } from '../components/form';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { Table } from '../components/table';
import { dateProblem, EMPTY_DATE, formatDate, toIsoDate, type DateParts } from '../format/dates';
import { request, type FieldProblem } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { CASE_MAINTENANCE_REVIEWS, RECORD_MAINTENANCE_REVIEW } from './levels-operations';
import type { CaseSectionProps } from './case-section';
import type { MaintenanceReviewOutcome } from '../graphql/generated/graphql';
import type { MaintenanceReview } from './levels-operations';

function reviewStatus(r: MaintenanceReview): string {
  if (r.outcome === 'HELD' && r.recordedOn) return `Held on ${formatDate(r.recordedOn)}`;
  if (r.outcome === 'MISSED') return 'Missed';
  return r.overdue ? 'Overdue: not yet recorded' : 'To come';
}

const monthsText = (months: number) => `${months} ${months === 1 ? 'month' : 'months'}`;

/** On the case page of a case in maintenance: the 1, 3, 6 and 12 month reviews, and recording one as held or missed. */
export function MaintenanceReviews({ caseId, form, onChanged }: CaseSectionProps) {
  const result = useQuery(CASE_MAINTENANCE_REVIEWS, { id: caseId });
  const [dueOn, setDueOn] = useState('');
  const [outcome, setOutcome] = useState<MaintenanceReviewOutcome | ''>('');
  const [recordedOn, setRecordedOn] = useState<DateParts>(EMPTY_DATE);
  const [note, setNote] = useState('');
  return (
    <QueryView result={result}>
      {({ case: c }) => {
        if (c.maintenanceReviews.length === 0) return null;
        const open = c.maintenanceReviews.filter((r) => !r.outcome);
        const submit = () => {
          const problems: FieldProblem[] = [];
          if (!dueOn) problems.push({ field: 'dueOn', message: 'Choose the review you are recording' });
          if (!outcome) problems.push({ field: 'outcome', message: 'Select whether the review was held or missed' });
          const dateMessage = dateProblem(recordedOn, outcome === 'MISSED' ? 'the date you are recording it' : 'the date it was held');
          if (dateMessage) problems.push({ field: 'recordedOn', message: dateMessage });
          if (problems.length || !outcome) return form.fail(problems);
          void form
            .run(() =>
              request(RECORD_MAINTENANCE_REVIEW, {
                input: { caseId, dueOn, outcome, recordedOn: toIsoDate(recordedOn) ?? '', note: note.trim() },
              }),
            )
            .then((r) => {
              if (!r) return;
              result.reload();
              onChanged(outcome === 'HELD' ? 'Maintenance review recorded as held' : 'Maintenance review recorded as missed');
            });
        };
        return (
          <>
            <h2 className="govuk-heading-m">Maintenance reviews</h2>
            <Table
              caption="Reviews at 1, 3, 6 and 12 months"
              captionSize="s"
              rows={c.maintenanceReviews}
              rowKey={(r) => r.dueOn}
              columns={[
                { header: 'Review', cell: (r) => `At ${monthsText(r.months)}` },
                { header: 'Due', cell: (r) => formatDate(r.dueOn) },
                {
                  header: 'Status',
                  cell: (r) => (r.overdue ? <strong className="govuk-tag govuk-tag--red">{reviewStatus(r)}</strong> : reviewStatus(r)),
                },
                { header: 'What was found or why missed', cell: (r) => r.note ?? '–' },
              ]}
            />
            {c.canEditPlan && c.status === 'MAINTENANCE' && open.length > 0 && (
              <GovForm form={form} onSubmit={submit}>
                <h3 className="govuk-heading-s">Record a maintenance review</h3>
                <Select
                  field="dueOn"
                  label="Which review"
                  placeholder="Choose a review"
                  value={dueOn}
                  onChange={setDueOn}
                  options={open.map((r) => ({ value: r.dueOn, label: `At ${monthsText(r.months)}, due ${formatDate(r.dueOn)}` }))}
                />
                <Radios
                  field="outcome"
                  legend="Was it held?"
                  value={outcome}
                  onChange={setOutcome}
                  inline
                  items={[
                    { value: 'HELD', label: 'Held' },
                    { value: 'MISSED', label: 'Missed' },
                  ]}
                />
                <DateInput
                  field="recordedOn"
                  legend={outcome === 'MISSED' ? 'Date you are recording it' : 'Date it was held'}
                  hint="For example, 27 3 2026"
                  value={recordedOn}
                  onChange={setRecordedOn}
                />
                <Textarea
                  field="note"
                  label={outcome === 'MISSED' ? 'Why it was missed and what happens next' : 'What the review found and agreed'}
                  rows={3}
                  value={note}
                  onChange={setNote}
                />
                <SubmitButton form={form}>Record the review</SubmitButton>
              </GovForm>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
