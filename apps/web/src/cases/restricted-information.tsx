import { useState } from 'react';
import { Checkboxes } from '../components/checkboxes';
import { Textarea } from '../components/fields';
import { GovForm, SubmitButton, type FormController } from '../components/form';
import { Radios } from '../components/radios';
import { SummaryList } from '../components/summary-list';
import { formatDateTime } from '../format/dates';
import { graphql } from '../graphql/generated';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { useTerms, useViewer } from '../session/session';
import { SHARE_LAWFUL_BASIS_LABELS, ShareLawfulBasis } from '@eh/domain';
import type { CaseSectionProps } from './case-section';
import type { RestrictedInformationCategory, RestrictedInformationQuery } from '../graphql/generated/graphql';

export const RESTRICTED_CATEGORIES: Readonly<Record<RestrictedInformationCategory, string>> = {
  VICTIM_ADDRESS: 'A victim’s address',
  POLICE_INTELLIGENCE: 'Police intelligence',
  HEALTH_NOTE: 'A health note',
};

// Its own query, so the content (audited on every read) is asked for only where it is shown.
const RESTRICTED_INFORMATION = graphql(`
  query RestrictedInformation($id: ID!) {
    case(id: $id) {
      id
      leadAgency {
        id
      }
      leadPractitioner {
        id
        displayName
        jobTitle
      }
      restrictedInformation {
        id
        category
        canRead
        content
        recordedAt
        recordedByAgency {
          name
        }
        recordedBy {
          id
          displayName
          jobTitle
        }
        sharedWith {
          id
          displayName
          jobTitle
        }
      }
    }
  }
`);

type RestrictedCase = RestrictedInformationQuery['case'];
type RestrictedEntry = RestrictedCase['restrictedInformation'][number];

const RECORD_RESTRICTED_INFORMATION = graphql(`
  mutation RecordRestrictedInformation($input: RecordRestrictedInformationInput!) {
    recordRestrictedInformation(input: $input) {
      id
    }
  }
`);

function Entry({ entry }: { readonly entry: RestrictedEntry }) {
  const what = RESTRICTED_CATEGORIES[entry.category];
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{what}</h3>
      </div>
      <div className="govuk-summary-card__content">
        {entry.canRead ? (
          <SummaryList
            rows={[
              { key: 'Held by', value: entry.recordedByAgency.name },
              { key: 'Recorded', value: formatDateTime(entry.recordedAt) },
              entry.recordedBy !== null && { key: 'Recorded by', value: entry.recordedBy.displayName },
              {
                key: 'Shared with',
                value: entry.sharedWith.length ? entry.sharedWith.map((p) => p.displayName).join(', ') : 'Nobody outside the agency',
              },
              { key: 'Information', value: <span className="app-preserve-lines">{entry.content}</span> },
            ]}
          />
        ) : (
          <p className="govuk-body">
            {what} held by {entry.recordedByAgency.name}, recorded {formatDateTime(entry.recordedAt)}. Only they can share it: ask them if
            you need it.
          </p>
        )}
      </div>
    </div>
  );
}

interface FormProps {
  readonly loaded: RestrictedCase;
  readonly form: FormController;
  readonly onChanged: () => void;
}

function RecordForm({ loaded, form, onChanged }: FormProps) {
  const viewer = useViewer();
  const terms = useTerms();
  const [category, setCategory] = useState<RestrictedInformationCategory | ''>('');
  const [content, setContent] = useState('');
  const [share, setShare] = useState<string[]>([]);
  const [lawfulBasis, setLawfulBasis] = useState<ShareLawfulBasis | ''>('');
  // Colleagues of the lead agency do not need the lead named: sharing is with people outside it.
  const lead = loaded.leadPractitioner;
  const offerLead = lead.id !== viewer.id && loaded.leadAgency.id !== viewer.agency.id;

  const submit = async () => {
    if (!category) return form.fail([{ field: 'category', message: 'Select what kind of information this is' }]);
    const shareWithUserIds = offerLead ? share : [];
    const result = await form.run(() =>
      request(RECORD_RESTRICTED_INFORMATION, {
        input: {
          caseId: loaded.id,
          category,
          content,
          shareWithUserIds,
          lawfulBasis: shareWithUserIds.length && lawfulBasis ? lawfulBasis : null,
        },
      }),
    );
    if (result) {
      setCategory('');
      setContent('');
      setShare([]);
      setLawfulBasis('');
      onChanged();
    }
  };

  return (
    <>
      <h3 className="govuk-heading-s">Record restricted information</h3>
      <GovForm form={form} onSubmit={() => void submit()}>
        <Radios
          field="category"
          legend="What kind of information is it?"
          legendSize="s"
          value={category}
          onChange={setCategory}
          items={(Object.keys(RESTRICTED_CATEGORIES) as RestrictedInformationCategory[]).map((value) => ({
            value,
            label: RESTRICTED_CATEGORIES[value],
          }))}
        />
        <Textarea
          field="content"
          label="The information"
          hint="Everyone who can see this case will see that your agency holds this kind of information, but not what it says."
          value={content}
          onChange={setContent}
        />
        {offerLead && (
          <Checkboxes
            field="shareWithUserIds"
            legend="Who else may read it? (optional)"
            hint="People in your agency can always read it."
            value={share}
            onChange={setShare}
            items={[{ value: lead.id, label: `${lead.displayName}, the ${terms.leadPractitioner}` }]}
          />
        )}
        {offerLead && share.length > 0 && (
          <Radios
            field="lawfulBasis"
            legend="The lawful basis for sharing it"
            legendSize="s"
            hint="Recorded in the family’s decisions to share information."
            value={lawfulBasis}
            onChange={setLawfulBasis}
            items={Object.values(ShareLawfulBasis).map((value) => ({ value, label: SHARE_LAWFUL_BASIS_LABELS[value] }))}
          />
        )}
        <SubmitButton form={form}>Record restricted information</SubmitButton>
      </GovForm>
    </>
  );
}

/** Information more sensitive than the case: everyone on the case sees it exists; the holder decides who reads it. */
export function RestrictedInformation({ caseId, form, onChanged }: CaseSectionProps) {
  const restricted = useQuery(RESTRICTED_INFORMATION, { id: caseId });
  if (!restricted.data) return null;
  const loaded = restricted.data.case;
  return (
    <section aria-labelledby="restricted-information-heading">
      <h2 className="govuk-heading-m" id="restricted-information-heading">
        Restricted information
      </h2>
      {loaded.restrictedInformation.length === 0 ? (
        <p className="govuk-body">No restricted information has been recorded.</p>
      ) : (
        loaded.restrictedInformation.map((entry) => <Entry key={entry.id} entry={entry} />)
      )}
      <RecordForm
        loaded={loaded}
        form={form}
        onChanged={() => {
          restricted.reload();
          onChanged('Restricted information recorded');
        }}
      />
    </section>
  );
}
