import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { Select, TextInput } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { successState } from '../components/notification-banner';
import { Radios } from '../components/radios';
import { request, type FieldProblem } from '../graphql/client';
import { AGENCIES, POSSIBLE_FAMILY_MATCHES, RECORD_REFERRAL, type FamilyMatch } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { ForbiddenPage } from '../not-found/not-found-page';
import { useViewer } from '../session/session';
import { FamilyMatches, NEW_FAMILY } from './family-matches';
import { PartnerReferralForm } from './partner-referral-form';
import {
  AgreedOrWhyNot,
  ConcernsQuestion,
  EMPTY_FAMILY,
  FamilyFields,
  familyInput,
  useFamilyDraft,
  type FamilyDraft,
} from './family-draft';
import { memberProblems, toFrontDoorMemberInput, toPersonLookup } from './member-fields';
import type { RecordReferralInput } from '../graphql/generated/graphql';

interface ReferralDraft extends FamilyDraft {
  readonly referrer: 'AGENCY' | 'SELF' | '';
  readonly referrerAgencyId: string;
  readonly referrerName: string;
  readonly concerns: string;
  readonly consent: 'YES' | 'NO' | '';
  readonly consentNote: string;
}

const EMPTY_DRAFT: ReferralDraft = {
  ...EMPTY_FAMILY,
  referrer: '',
  referrerAgencyId: '',
  referrerName: '',
  concerns: '',
  consent: '',
  consentNote: '',
};

/** The possible matches for one exact list of people; stale once the people change. */
interface MatchCheck {
  readonly people: string;
  readonly matches: readonly FamilyMatch[];
}

function draftProblems(draft: ReferralDraft): FieldProblem[] {
  return [
    ...memberProblems(draft.members),
    ...(draft.referrer ? [] : [{ field: 'selfReferral', message: 'Select who made the referral' }]),
    ...(draft.consent ? [] : [{ field: 'consentGiven', message: 'Select whether the family consented to the referral' }]),
  ];
}

function toInput(draft: ReferralDraft, existingFamilyId: string | null): RecordReferralInput {
  const selfReferral = draft.referrer === 'SELF';
  const consentGiven = draft.consent === 'YES';
  return {
    existingFamilyId,
    ...familyInput(draft, toFrontDoorMemberInput),
    selfReferral,
    referrerAgencyId: selfReferral ? null : draft.referrerAgencyId || null,
    referrerName: draft.referrerName.trim(),
    concerns: draft.concerns.trim(),
    consentGiven,
    consentNote: consentGiven ? null : draft.consentNote.trim() || null,
  };
}

export function NewReferralPage() {
  const viewer = useViewer();
  if (viewer.role === 'PRACTITIONER') return <PartnerReferralForm />;
  if (!viewer.isFamilyPartnershipTeam) return <ForbiddenPage />;
  return <ReferralForm />;
}

function ReferralForm() {
  const navigate = useNavigate();
  const form = useForm();
  const agencies = useQuery(AGENCIES, {});
  const { draft, update, bind, changeMembers } = useFamilyDraft(EMPTY_DRAFT);
  const [matchCheck, setMatchCheck] = useState<MatchCheck | null>(null);
  const [familyChoice, setFamilyChoice] = useState('');
  usePageTitle('Record a referral', form.problems.length > 0);

  const people = JSON.stringify(draft.members.map(toPersonLookup));
  const matches = matchCheck?.people === people ? matchCheck.matches : null;

  /** Ask for families that already hold these people; null when the form has problems first. */
  const checkMatches = async (): Promise<readonly FamilyMatch[] | null> => {
    if (matches) return matches;
    const problems = memberProblems(draft.members);
    if (problems.length > 0) {
      form.fail(problems);
      return null;
    }
    const found = await form.run(() => request(POSSIBLE_FAMILY_MATCHES, { people: draft.members.map(toPersonLookup) }));
    if (!found) return null;
    setMatchCheck({ people, matches: found.possibleFamilyMatches });
    setFamilyChoice('');
    return found.possibleFamilyMatches;
  };

  const submit = async () => {
    const problems = draftProblems(draft);
    if (problems.length > 0) return form.fail(problems);
    const known = matches !== null;
    const found = await checkMatches();
    if (!found) return;
    // Newly found matches are shown first: the officer decides before anything is recorded.
    if (found.length > 0 && !known) return;
    if (found.length > 0 && !familyChoice) {
      return form.fail([
        { field: 'existingFamilyId', message: 'Select whether to add this referral to an existing family or create a new family' },
      ]);
    }
    const existingFamilyId = found.length > 0 && familyChoice !== NEW_FAMILY ? familyChoice : null;
    const result = await form.run(() => request(RECORD_REFERRAL, { input: toInput(draft, existingFamilyId) }));
    if (result) {
      const referral = result.recordReferral;
      navigate(`/referrals/${referral.id}`, { state: successState(`Referral ${referral.reference} recorded`) });
    }
  };

  const agencyOptions = (agencies.data?.agencies ?? []).map((agency) => ({ value: agency.id, label: agency.name }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">Record a referral</h1>
        <GovForm form={form} onSubmit={() => void submit()}>
          <FamilyFields
            members={draft.members}
            bind={bind}
            changeMembers={changeMembers}
            withIdentifiers
            actions={
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                disabled={form.submitting}
                onClick={() => void checkMatches()}
              >
                Check for existing records
              </button>
            }
          >
            {matches && matches.length === 0 && (
              <p className="govuk-body" role="status">
                No existing records match these people. A new family will be created.
              </p>
            )}
          </FamilyFields>

          {matches && matches.length > 0 && <FamilyMatches matches={matches} value={familyChoice} onChange={setFamilyChoice} />}

          <Radios
            field="selfReferral"
            legend="Who made the referral?"
            value={draft.referrer}
            onChange={(referrer) => update({ referrer })}
            items={[
              {
                value: 'AGENCY',
                label: 'A professional from an agency',
                conditional: (
                  <Select
                    label="Referring agency"
                    placeholder={agencies.loading ? 'Loading agencies…' : 'Choose an agency'}
                    options={agencyOptions}
                    {...bind('referrerAgencyId')}
                  />
                ),
              },
              { value: 'SELF', label: 'The family (self-referral)' },
            ]}
          />
          <TextInput
            label="Name of the person who made the referral"
            hint="For a self-referral, the family member who got in touch."
            width={30}
            {...bind('referrerName')}
          />
          <ConcernsQuestion askedOf="FRONT_DOOR" bound={bind('concerns')} />
          <AgreedOrWhyNot
            legend="Has the family consented to this referral?"
            value={draft.consent}
            onChange={(consent) => update({ consent })}
            whyNotLabel="Why is the referral being made without consent?"
            whyNot={bind('consentNote')}
          />
          <SubmitButton form={form}>Record referral</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}
