import { useLocation, useNavigate } from 'react-router-dom';
import { DateInput } from '../components/date-input';
import { ErrorSummary } from '../components/error-summary';
import { Textarea } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { successState } from '../components/notification-banner';
import { Radios } from '../components/radios';
import { dateProblem, EMPTY_DATE, toDateParts, toIsoDate, type DateParts } from '../format/dates';
import { request, type FieldProblem } from '../graphql/client';
import { MAKE_REFERRAL } from '../graphql/operations';
import { usePageTitle } from '../layout/page-title';
import { useTerms, useViewer } from '../session/session';
import { inRunningText, sentenceCase } from '@eh/domain';
import { ConcernsQuestion, EMPTY_FAMILY, FamilyFields, familyInput, useFamilyDraft, type FamilyDraft } from './family-draft';
import { emptyMember, memberProblems } from './member-fields';
import type { MakeReferralInput } from '../graphql/generated/graphql';

interface PartnerDraft extends FamilyDraft {
  readonly concerns: string;
  readonly familyWords: string;
  readonly consent: 'YES' | 'SAFEGUARDING' | '';
  readonly consentOn: DateParts;
  readonly consentNote: string;
}

const EMPTY: PartnerDraft = {
  ...EMPTY_FAMILY,
  concerns: '',
  familyWords: '',
  consent: '',
  consentOn: EMPTY_DATE,
  consentNote: '',
};

/** What another page hands the form to start from: an Operation Encompass notification's children and what happened. */
export interface ReferralPrefill {
  readonly children: readonly { readonly firstName: string; readonly lastName: string; readonly dateOfBirth: string }[];
  readonly concerns: string;
}

function isPrefill(state: unknown): state is { referralPrefill: ReferralPrefill } {
  return typeof state === 'object' && state !== null && 'referralPrefill' in state;
}

function prefilled(prefill: ReferralPrefill): PartnerDraft {
  return {
    ...EMPTY,
    concerns: prefill.concerns,
    members: prefill.children.map((c, key) => ({
      ...emptyMember(key),
      firstName: c.firstName,
      lastName: c.lastName,
      dateOfBirth: toDateParts(c.dateOfBirth),
      role: 'CHILD' as const,
    })),
  };
}

function draftProblems(draft: PartnerDraft): FieldProblem[] {
  const problems = memberProblems(draft.members);
  if (!draft.consent) problems.push({ field: 'consentGiven', message: 'Select whether the family agreed to the referral' });
  const dateMessage = draft.consent === 'YES' ? dateProblem(draft.consentOn, 'the date the family agreed') : null;
  if (dateMessage) problems.push({ field: 'consentOn', message: dateMessage });
  return problems;
}

function toInput(draft: PartnerDraft): MakeReferralInput {
  const consentGiven = draft.consent === 'YES';
  return {
    ...familyInput(draft),
    concerns: draft.concerns.trim(),
    familyWords: draft.familyWords.trim() || null,
    consentGiven,
    consentOn: consentGiven ? toIsoDate(draft.consentOn) : null,
    safeguardingBasis: !consentGiven,
    consentNote: consentGiven ? null : draft.consentNote.trim() || null,
  };
}

// A partner practitioner or DSL refers a family to the front door for their own agency. There is
// no search for existing records here: the front door matches the family at triage, so a partner
// learns nothing about other families from the form.
export function PartnerReferralForm() {
  const viewer = useViewer();
  const terms = useTerms();
  const navigate = useNavigate();
  const form = useForm();
  const { state } = useLocation();
  const { draft, update, bind, changeMembers } = useFamilyDraft(isPrefill(state) ? prefilled(state.referralPrefill) : EMPTY);
  usePageTitle('Make a referral', form.problems.length > 0);

  const submit = async () => {
    const problems = draftProblems(draft);
    if (problems.length > 0) return form.fail(problems);
    const result = await form.run(() => request(MAKE_REFERRAL, { input: toInput(draft) }));
    if (result) {
      const referral = result.makeReferral;
      navigate('/referrals', { state: successState(`Referral ${referral.reference} sent to the front door`) });
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <span className="govuk-caption-l">{viewer.agency.name}</span>
        <h1 className="govuk-heading-l">Make a referral</h1>
        <p className="govuk-body">
          Your referral goes to the front door’s triage list. The front door checks it against the families already known to services; you
          will see its progress and the decision, with the reason, under My referrals.
        </p>
        <GovForm form={form} onSubmit={() => void submit()}>
          <FamilyFields members={draft.members} bind={bind} changeMembers={changeMembers} />

          <ConcernsQuestion askedOf="REFERRER" bound={bind('concerns')} />
          <Textarea
            label="The family’s own words (optional)"
            labelSize="m"
            hint="How the family describe what is happening and what help they want, in their words where you can."
            rows={5}
            {...bind('familyWords')}
          />
          <Radios
            field="consentGiven"
            legend="Has the family agreed to this referral?"
            hint={`${sentenceCase(inRunningText(terms.earlyHelp))} is voluntary. Without the family’s agreement you can refer only on a safeguarding basis.`}
            value={draft.consent}
            onChange={(consent) => update({ consent })}
            items={[
              {
                value: 'YES',
                label: 'Yes, the family agreed',
                conditional: (
                  <DateInput
                    field="consentOn"
                    legend="When did the family agree?"
                    hint="For example, 27 3 2026"
                    value={draft.consentOn}
                    onChange={(consentOn) => update({ consentOn })}
                  />
                ),
              },
              {
                value: 'SAFEGUARDING',
                label: 'No, I am referring on a safeguarding basis without their agreement',
                conditional: (
                  <Textarea
                    label="What is the safeguarding concern that means the family was not asked, or did not agree?"
                    {...bind('consentNote')}
                  />
                ),
              },
            ]}
          />
          <SubmitButton form={form}>Send referral to the front door</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}
