import { useState } from 'react';
import { DateInput } from '../components/date-input';
import { Textarea } from '../components/fields';
import { GovForm, SubmitButton, type RecordFormProps } from '../components/form';
import { Radios } from '../components/radios';
import { dateProblem, EMPTY_DATE, toIsoDate, type DateParts } from '../format/dates';
import { FIRST_CONTACT_OUTCOMES } from '../format/labels';
import { request, type FieldProblem } from '../graphql/client';
import { RECORD_FIRST_CONTACT, type EarlyHelpCase } from '../graphql/operations';
import { useTerms } from '../session/session';
import { inRunningText } from '@eh/domain';
import type { FirstContactOutcome } from '../graphql/generated/graphql';

export function FirstContactForm({ record: earlyHelpCase, form, onSaved }: RecordFormProps<EarlyHelpCase>) {
  const terms = useTerms();
  const [outcome, setOutcome] = useState<FirstContactOutcome | ''>('');
  const [contactedOn, setContactedOn] = useState<DateParts>(EMPTY_DATE);
  const [declinedReason, setDeclinedReason] = useState('');
  const [note, setNote] = useState('');

  const submit = async () => {
    const date = dateProblem(contactedOn, 'date of contact');
    const problems: FieldProblem[] = [
      ...(outcome ? [] : [{ field: 'outcome', message: 'Select whether the family was contacted or declined help' }]),
      ...(date ? [{ field: 'contactedOn', message: date }] : []),
    ];
    if (!outcome || problems.length > 0) return form.fail(problems);
    const result = await form.run(() =>
      request(RECORD_FIRST_CONTACT, {
        input: {
          caseId: earlyHelpCase.id,
          version: earlyHelpCase.version,
          outcome,
          contactedOn: toIsoDate(contactedOn) ?? '',
          note: note.trim() || null,
          declinedReason: outcome === 'DECLINED' ? declinedReason.trim() || null : null,
        },
      }),
    );
    if (result) onSaved(result.recordFirstContact);
  };

  return (
    <>
      <h2 className="govuk-heading-m">Record first contact</h2>
      <p className="govuk-body">Help is voluntary: record whether the family took up the offer of {inRunningText(terms.earlyHelp)}.</p>
      <GovForm form={form} onSubmit={() => void submit()}>
        <Radios
          field="outcome"
          legend="What happened when you contacted the family?"
          legendSize="s"
          value={outcome}
          onChange={setOutcome}
          items={[
            { value: 'CONTACTED', label: FIRST_CONTACT_OUTCOMES.CONTACTED },
            {
              value: 'DECLINED',
              label: FIRST_CONTACT_OUTCOMES.DECLINED,
              conditional: (
                <Textarea
                  field="declinedReason"
                  label="Why did the family decline help?"
                  value={declinedReason}
                  onChange={setDeclinedReason}
                />
              ),
            },
          ]}
        />
        <DateInput
          field="contactedOn"
          legend="Date of contact"
          hint="For example, 27 3 2026"
          value={contactedOn}
          onChange={setContactedOn}
        />
        <Textarea field="note" label="Note (optional)" rows={3} value={note} onChange={setNote} />
        <SubmitButton form={form}>Record first contact</SubmitButton>
      </GovForm>
    </>
  );
}
