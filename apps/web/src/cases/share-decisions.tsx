import { useState } from 'react';
import { NOT_SHARING_REASON_LABELS, NotSharingReason, SHARE_LAWFUL_BASIS_LABELS, ShareDecision, ShareLawfulBasis } from '@eh/domain';
import { Select, Textarea, TextInput } from '../components/fields';
import { GovForm, IdScope, SubmitButton, type FormController } from '../components/form';
import { Radios } from '../components/radios';
import { Table } from '../components/table';
import { formatDateTime } from '../format/dates';
import { graphql } from '../graphql/generated';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import type { ShareDecisionsQuery } from '../graphql/generated/graphql';
import { useQuery } from '../hooks/use-query';
import type { CaseSectionProps } from './case-section';

// Its own query: reading the ledger is audited, so it is asked for only where it is shown.
const SHARE_DECISIONS = graphql(`
  query ShareDecisions($id: ID!) {
    case(id: $id) {
      id
      family {
        members {
          id
          firstName
          lastName
          role
        }
      }
      shareDecisions {
        id
        decision
        lawfulBasis
        reason
        reasonText
        whatShared
        sharedWith
        childName
        decidedByName
        decidedByAgency
        decidedAt
      }
    }
  }
`);

const RECORD_SHARE_DECISION = graphql(`
  mutation RecordShareDecision($input: RecordShareDecisionInput!) {
    recordShareDecision(input: $input) {
      id
    }
  }
`);

type LedgerCase = ShareDecisionsQuery['case'];
type ShareDecisionRecord = LedgerCase['shareDecisions'][number];

const DECISION_WORDS: Readonly<Record<ShareDecision, string>> = {
  [ShareDecision.SHARE]: 'Shared',
  [ShareDecision.NOT_SHARE]: 'Not shared',
};

function reasonWords(decision: ShareDecisionRecord): string {
  if (!decision.reason) return '';
  return decision.reasonText
    ? `${NOT_SHARING_REASON_LABELS[decision.reason]}: ${decision.reasonText}`
    : NOT_SHARING_REASON_LABELS[decision.reason];
}

function Ledger({ decisions }: { readonly decisions: readonly ShareDecisionRecord[] }) {
  if (decisions.length === 0) return <p className="govuk-body">No decisions to share or not to share have been recorded.</p>;
  return (
    <Table
      caption="Decisions to share or not to share"
      captionSize="s"
      rowKey={(d) => d.id}
      rows={decisions}
      columns={[
        { header: 'When', cell: (d) => formatDateTime(d.decidedAt) },
        { header: 'Decision', cell: (d) => DECISION_WORDS[d.decision] },
        { header: 'What', cell: (d) => (d.childName ? `${d.whatShared} (about ${d.childName})` : d.whatShared) },
        { header: 'With', cell: (d) => d.sharedWith },
        { header: 'Lawful basis', cell: (d) => SHARE_LAWFUL_BASIS_LABELS[d.lawfulBasis] },
        { header: 'Reason for not sharing', cell: reasonWords },
        { header: 'Decided by', cell: (d) => `${d.decidedByName} (${d.decidedByAgency})` },
      ]}
    />
  );
}

interface FormProps {
  readonly loaded: LedgerCase;
  readonly form: FormController;
  readonly onChanged: () => void;
}

function RecordDecisionForm({ loaded, form, onChanged }: FormProps) {
  const agencies = useQuery(AGENCIES, {});
  const [decision, setDecision] = useState<ShareDecision | ''>('');
  const [agencyId, setAgencyId] = useState('');
  const [other, setOther] = useState('');
  const [childId, setChildId] = useState('');
  const [whatShared, setWhatShared] = useState('');
  const [lawfulBasis, setLawfulBasis] = useState<ShareLawfulBasis | ''>('');
  const [reason, setReason] = useState<NotSharingReason | ''>('');
  const [reasonText, setReasonText] = useState('');
  const children = loaded.family.members.filter((m) => m.role === 'CHILD');

  const submit = async () => {
    const missing = [
      !decision && { field: 'decision', message: 'Choose whether the information was shared or not' },
      !lawfulBasis && { field: 'lawfulBasis', message: 'Choose the lawful basis' },
    ].filter((p) => p !== false);
    if (!decision || !lawfulBasis) return form.fail(missing);
    const notShared = decision === ShareDecision.NOT_SHARE;
    const result = await form.run(() =>
      request(RECORD_SHARE_DECISION, {
        input: {
          caseId: loaded.id,
          decision,
          lawfulBasis,
          reason: notShared && reason ? reason : null,
          reasonText: notShared && reason === NotSharingReason.OTHER ? reasonText : null,
          whatShared,
          sharedWithAgencyId: agencyId || null,
          sharedWithOther: agencyId ? null : other || null,
          childId: childId || null,
        },
      }),
    );
    if (result) {
      setDecision('');
      setAgencyId('');
      setOther('');
      setChildId('');
      setWhatShared('');
      setLawfulBasis('');
      setReason('');
      setReasonText('');
      onChanged();
    }
  };

  return (
    <>
      <h3 className="govuk-heading-s">Record a decision</h3>
      <p className="govuk-body">
        Record a decision not to share information about the family, or information you shared outside the portal, for example by phone.
      </p>
      <IdScope prefix="share-decision">
        <GovForm form={form} onSubmit={() => void submit()}>
          <Radios
            field="decision"
            legend="Was the information shared?"
            legendSize="s"
            value={decision}
            onChange={setDecision}
            items={[
              { value: ShareDecision.SHARE, label: 'Yes, it was shared outside the portal' },
              { value: ShareDecision.NOT_SHARE, label: 'No, I decided not to share it' },
            ]}
          />
          <Textarea field="whatShared" label="What information was it?" rows={3} value={whatShared} onChange={setWhatShared} />
          <Select
            field="sharedWithAgencyId"
            label="Which agency was it shared with, or not shared with?"
            placeholder="Choose an agency"
            value={agencyId}
            onChange={setAgencyId}
            options={(agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
          {!agencyId && (
            <TextInput
              field="sharedWithOther"
              label="Or, if it is not an agency in the portal, who was it?"
              hint="For example, the family’s GP surgery"
              value={other}
              onChange={setOther}
            />
          )}
          {children.length > 0 && (
            <Select
              field="childId"
              label="Which child was it about? (optional)"
              placeholder="The whole family"
              value={childId}
              onChange={setChildId}
              options={children.map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))}
            />
          )}
          <Radios
            field="lawfulBasis"
            legend="Lawful basis"
            legendSize="s"
            hint="For a decision not to share, the basis on which sharing was considered."
            value={lawfulBasis}
            onChange={setLawfulBasis}
            items={Object.values(ShareLawfulBasis).map((value) => ({ value, label: SHARE_LAWFUL_BASIS_LABELS[value] }))}
          />
          {decision === ShareDecision.NOT_SHARE && (
            <Radios
              field="reason"
              legend="Why was it not shared?"
              legendSize="s"
              value={reason}
              onChange={setReason}
              items={[
                { value: NotSharingReason.MORE_DETRIMENTAL, label: NOT_SHARING_REASON_LABELS[NotSharingReason.MORE_DETRIMENTAL] },
                {
                  value: NotSharingReason.OTHER,
                  label: NOT_SHARING_REASON_LABELS[NotSharingReason.OTHER],
                  conditional: <Textarea field="reasonText" label="The reason" rows={3} value={reasonText} onChange={setReasonText} />,
                },
              ]}
            />
          )}
          <SubmitButton form={form}>Record the decision</SubmitButton>
        </GovForm>
      </IdScope>
    </>
  );
}

/** The family's share and don't-share ledger, and a form to add a decision to it. */
export function ShareDecisions({ caseId, form, onChanged }: CaseSectionProps) {
  const ledger = useQuery(SHARE_DECISIONS, { id: caseId });
  if (!ledger.data) return null;
  const loaded = ledger.data.case;
  return (
    <section aria-labelledby="share-decisions-heading">
      <h2 className="govuk-heading-m" id="share-decisions-heading">
        Sharing information: decisions
      </h2>
      <Ledger decisions={loaded.shareDecisions} />
      <RecordDecisionForm
        loaded={loaded}
        form={form}
        onChanged={() => {
          ledger.reload();
          onChanged('Decision recorded');
        }}
      />
    </section>
  );
}
