import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Select, Textarea, TextInput } from '../components/fields';
import { GovForm, IdScope, SubmitButton, useForm, type ErrorMessages, type FormController } from '../components/form';
import { successState } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { formatDate } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { useViewer } from '../session/session';
import type { CaseSectionProps } from './case-section';
import { AcceptOrDecline, OfferCard, WaitingOffersPage } from './offer-card';
import {
  ACCEPT_TEAM_INVITATION,
  ADD_CASE_NOTE,
  CASE_TEAM,
  DECLINE_TEAM_INVITATION,
  INVITE_TO_TEAM,
  LAWFUL_BASES,
  LEAVE_TEAM,
  PRACTITIONERS_TO_INVITE,
  REMOVE_FROM_TEAM,
  TEAM_INVITATIONS,
  WITHDRAW_TEAM_INVITATION,
  type InvitationForMe,
} from './team-operations';
import type { LawfulBasis, TeamMembershipBasis } from '../graphql/generated/graphql';
import type { CaseTeam } from './team-operations';

const MESSAGES: ErrorMessages = { CONFLICT: 'Someone else has changed this case or its team. Reload to see their changes.' };
const day = (instant: string) => formatDate(instant.slice(0, 10));

/** On the case page: the team around the family, with invitations, removal and leaving. */
export function TeamAroundTheFamily({ caseId, form, onChanged }: CaseSectionProps) {
  const result = useQuery(CASE_TEAM, { id: caseId });
  const navigate = useNavigate();
  const viewerId = useViewer().id;
  const done = (message: string) => {
    result.reload();
    onChanged(message);
  };
  return (
    <QueryView result={result}>
      {({ case: c }) => (
        <>
          <h2 className="govuk-heading-m" id="team">
            Team around the family
          </h2>
          <Members team={c.team} caseId={caseId} form={form} onChanged={done} />
          {c.team.pendingInvitations.length > 0 && (
            <>
              <h3 className="govuk-heading-s">Invitations waiting for an answer</h3>
              <ul className="govuk-list">
                {c.team.pendingInvitations.map((i) => (
                  <li key={i.id}>
                    {i.inviteeName} ({i.agencyName}) as {i.role}, invited by {i.invitedByName} on {day(i.invitedAt)}. {i.basisLabel}.
                    {c.team.canManage && (
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-left-2 govuk-!-margin-bottom-0"
                        disabled={form.submitting}
                        onClick={() =>
                          void form
                            .run(() => request(WITHDRAW_TEAM_INVITATION, { input: { invitationId: i.id, version: i.version } }))
                            .then((r) => r && done('Invitation withdrawn'))
                        }
                      >
                        Withdraw<span className="govuk-visually-hidden"> the invitation to {i.inviteeName}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {c.team.canManage && (
            <InviteForm caseId={caseId} version={c.version} leadAgencyId={c.leadAgency.id} team={c.team} form={form} onInvited={done} />
          )}
          {c.team.members.some((m) => m.userId === viewerId) && <AddNote caseId={caseId} form={form} onAdded={done} />}
          {c.team.canLeave && (
            <GovForm
              form={form}
              onSubmit={() =>
                void form
                  .run(() => request(LEAVE_TEAM, { caseId }))
                  .then((r) => r && navigate('/cases', { state: successState('You have left the team') }))
              }
            >
              <SubmitButton form={form} warning>
                Leave the team
              </SubmitButton>
            </GovForm>
          )}
          {c.team.history.length > 0 && (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Former members and past invitations</span>
              </summary>
              <div className="govuk-details__text">
                <ul className="govuk-list">
                  {c.team.history.map((h) => (
                    <li key={h.id}>
                      {h.inviteeName} ({h.agencyName}), {h.role}: {h.statusLabel.toLowerCase()}
                      {h.endedAt ? ` on ${day(h.endedAt)}` : ''}
                      {h.reason ? ` – ${h.reason}` : ''}
                    </li>
                  ))}
                </ul>
              </div>
            </details>
          )}
        </>
      )}
    </QueryView>
  );
}

function Members({
  team,
  caseId,
  form,
  onChanged,
}: {
  readonly team: CaseTeam;
  readonly caseId: string;
  readonly form: FormController;
  readonly onChanged: (message: string) => void;
}) {
  const [removing, setRemoving] = useState('');
  const [reason, setReason] = useState('');
  const member = team.members.find((m) => m.userId === removing);
  return (
    <>
      <dl className="govuk-summary-list">
        {team.members.map((m) => (
          <div className="govuk-summary-list__row" key={m.userId}>
            <dt className="govuk-summary-list__key">{m.name}</dt>
            <dd className="govuk-summary-list__value">
              {m.role}, {m.agencyName}
              <br />
              <span className="govuk-hint">{m.basisLabel}</span>
            </dd>
            <dd className="govuk-summary-list__actions">
              {team.canManage && !m.isLead && (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => setRemoving(m.userId)}
                >
                  Remove<span className="govuk-visually-hidden"> {m.name} from the team</span>
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {member && (
        <GovForm
          form={form}
          onSubmit={() => {
            if (!reason.trim()) return form.fail([{ field: 'removeReason', message: 'Give the reason for removing them' }]);
            void form
              .run(() => request(REMOVE_FROM_TEAM, { input: { caseId, userId: member.userId, reason: reason.trim() } }))
              .then((r) => {
                if (!r) return;
                setRemoving('');
                setReason('');
                onChanged(`${member.name} removed from the team`);
              });
          }}
        >
          <Textarea field="removeReason" label={`Why is ${member.name} leaving the team?`} rows={2} value={reason} onChange={setReason} />
          <div className="govuk-button-group">
            <SubmitButton form={form} warning>
              Remove from the team
            </SubmitButton>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setRemoving('')}>
              Cancel
            </button>
          </div>
        </GovForm>
      )}
    </>
  );
}

function InviteForm({
  caseId,
  version,
  leadAgencyId,
  team,
  form,
  onInvited,
}: {
  readonly caseId: string;
  readonly version: number;
  readonly leadAgencyId: string;
  readonly team: CaseTeam;
  readonly form: FormController;
  readonly onInvited: (message: string) => void;
}) {
  const agencies = useQuery(AGENCIES, {});
  const viewer = useViewer();
  const councilTeamId = viewer.isFamilyPartnershipTeam ? viewer.agency.id : null;
  const [agencyId, setAgencyId] = useState('');
  const [inviteeId, setInviteeId] = useState('');
  const [role, setRole] = useState('');
  const [basis, setBasis] = useState<TeamMembershipBasis | ''>('');
  const [lawfulBasis, setLawfulBasis] = useState<LawfulBasis | ''>('');
  const [reason, setReason] = useState('');
  const people = useQuery(PRACTITIONERS_TO_INVITE, { caseId, agencyId }, { skip: !agencyId });
  const consented = agencyId !== '' && team.consentedAgencyIds.includes(agencyId);
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Invite a professional</span>
      </summary>
      <div className="govuk-details__text">
        <IdScope prefix="invite">
          <GovForm
            form={form}
            onSubmit={() => {
              const problems = [
                ...(agencyId ? [] : [{ field: 'agencyId', message: 'Choose the agency' }]),
                ...(inviteeId ? [] : [{ field: 'inviteeId', message: 'Choose the person to invite' }]),
                ...(role.trim() ? [] : [{ field: 'role', message: 'Enter the role you are asking them to take' }]),
                ...(basis ? [] : [{ field: 'basis', message: 'Choose consent or a lawful basis' }]),
              ];
              if (problems.length) return form.fail(problems);
              const lawful = basis === 'LAWFUL_BASIS';
              void form
                .run(() =>
                  request(INVITE_TO_TEAM, {
                    input: {
                      caseId,
                      version,
                      inviteeId,
                      role: role.trim(),
                      basis: basis || 'CONSENT',
                      lawfulBasis: lawful ? lawfulBasis || null : null,
                      lawfulBasisReason: lawful ? reason.trim() || null : null,
                    },
                  }),
                )
                .then((r) => {
                  if (!r) return;
                  setInviteeId('');
                  setRole('');
                  setBasis('');
                  setReason('');
                  onInvited('Invitation sent');
                });
            }}
          >
            <Select
              field="agencyId"
              label="Agency"
              placeholder="Choose an agency"
              value={agencyId}
              onChange={(value) => {
                setAgencyId(value);
                setInviteeId('');
              }}
              options={(agencies.data?.agencies ?? []).filter((a) => a.id !== councilTeamId).map((a) => ({ value: a.id, label: a.name }))}
            />
            {agencyId && (
              <p className="govuk-body" id="invite-consent">
                {agencyId === leadAgencyId
                  ? 'This agency leads the case: no consent is needed.'
                  : consented
                    ? 'The family has consented to share information with this agency.'
                    : 'The family has not consented to share information with this agency. Record their consent first, or record a lawful basis below.'}
              </p>
            )}
            <Select
              field="inviteeId"
              label="Person in that agency"
              placeholder="Choose a person"
              value={inviteeId}
              onChange={setInviteeId}
              disabled={!agencyId}
              options={(people.data?.practitionersToInvite ?? []).map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
            />
            <TextInput
              field="role"
              label="Role in the team"
              hint="For example, health visitor for the younger child"
              value={role}
              onChange={setRole}
            />
            <Radios<TeamMembershipBasis>
              field="basis"
              legend="On what basis will they see the family’s information?"
              legendSize="s"
              value={basis}
              onChange={setBasis}
              items={[
                { value: 'CONSENT', label: 'The family’s consent to share with their agency' },
                {
                  value: 'LAWFUL_BASIS',
                  label: 'A lawful basis to share without consent',
                  hint: 'They keep access if the family later withdraws consent',
                  conditional: (
                    <>
                      <Select
                        field="lawfulBasis"
                        label="Lawful basis"
                        placeholder="Choose the lawful basis"
                        value={lawfulBasis}
                        onChange={(v) => setLawfulBasis(v as LawfulBasis)}
                        options={LAWFUL_BASES.map((b) => ({ value: b.value, label: b.label }))}
                      />
                      <Textarea
                        field="lawfulBasisReason"
                        label="Why the information can be shared without consent"
                        rows={3}
                        value={reason}
                        onChange={setReason}
                      />
                    </>
                  ),
                },
              ]}
            />
            <SubmitButton form={form}>Send the invitation</SubmitButton>
          </GovForm>
        </IdScope>
      </div>
    </details>
  );
}

function AddNote({
  caseId,
  form,
  onAdded,
}: {
  readonly caseId: string;
  readonly form: FormController;
  readonly onAdded: (m: string) => void;
}) {
  const [kind, setKind] = useState<'NOTE' | 'ACTION_TAKEN' | ''>('');
  const [text, setText] = useState('');
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Add to the chronology</span>
      </summary>
      <div className="govuk-details__text">
        <IdScope prefix="note">
          <GovForm
            form={form}
            onSubmit={() => {
              const problems = [
                ...(kind ? [] : [{ field: 'kind', message: 'Choose a note or an action you took' }]),
                ...(text.trim() ? [] : [{ field: 'text', message: 'Enter the note' }]),
              ];
              if (problems.length) return form.fail(problems);
              void form
                .run(() => request(ADD_CASE_NOTE, { input: { caseId, kind: kind || 'NOTE', text: text.trim() } }))
                .then((r) => {
                  if (!r) return;
                  setText('');
                  onAdded('Added to the chronology');
                });
            }}
          >
            <Radios<'NOTE' | 'ACTION_TAKEN'>
              field="kind"
              legend="What are you adding?"
              legendSize="s"
              value={kind}
              onChange={setKind}
              items={[
                { value: 'NOTE', label: 'A note' },
                { value: 'ACTION_TAKEN', label: 'An action I took' },
              ]}
            />
            <Textarea field="text" label="What happened" rows={3} value={text} onChange={setText} />
            <SubmitButton form={form}>Add to the chronology</SubmitButton>
          </GovForm>
        </IdScope>
      </div>
    </details>
  );
}

/** Partners see how many invitations to a team around a family are waiting for them. */
export function InvitationsToYou() {
  const invitations = useQuery(TEAM_INVITATIONS, {});
  const count = invitations.data?.teamInvitations.length ?? 0;
  if (count === 0) return null;
  return (
    <div className="govuk-inset-text">
      <Link className="govuk-link" to="/invitations">
        {count === 1 ? 'You have 1 invitation' : `You have ${count} invitations`} to join the team around a family
      </Link>
    </div>
  );
}

function Invitation({ invitation, onDone }: { readonly invitation: InvitationForMe; readonly onDone: () => void }) {
  const form = useForm(MESSAGES);
  const navigate = useNavigate();
  const { id: invitationId, version } = invitation;
  return (
    <OfferCard title={`${invitation.familyLabel}, case ${invitation.caseReference}`}>
      <p className="govuk-body">
        {invitation.invitedByName} ({invitation.invitedByAgency}) invited you on {day(invitation.invitedAt)} to join the team as{' '}
        {invitation.role}.
      </p>
      <p className="govuk-body">Basis for sharing: {invitation.basisLabel}. You will see the case once you accept.</p>
      <IdScope prefix={`invitation-${invitationId}`}>
        <AcceptOrDecline
          form={form}
          reasonField="reason"
          acceptLabel={
            <>
              Accept<span className="govuk-visually-hidden"> the invitation for case {invitation.caseReference}</span>
            </>
          }
          declineLabel={
            <>
              Decline<span className="govuk-visually-hidden"> the invitation for case {invitation.caseReference}</span>
            </>
          }
          onAccept={() =>
            void form
              .run(() => request(ACCEPT_TEAM_INVITATION, { input: { invitationId, version } }))
              .then((r) => r && navigate(`/cases/${r.acceptTeamInvitation.id}`, { state: successState('You have joined the team') }))
          }
          onDecline={(reason) =>
            void form.run(() => request(DECLINE_TEAM_INVITATION, { input: { invitationId, version, reason } })).then((r) => r && onDone())
          }
        />
      </IdScope>
    </OfferCard>
  );
}

/** Invitations to join a team around a family, waiting for the signed-in user. */
export function InvitationsPage() {
  usePageTitle('Invitations to a team around a family');
  const invitations = useQuery(TEAM_INVITATIONS, {});
  return (
    <WaitingOffersPage
      heading="Invitations to a team around a family"
      result={invitations}
      offersOf={(data) => data.teamInvitations}
      none="No invitations are waiting for you."
      render={(i) => <Invitation invitation={i} onDone={invitations.reload} />}
    />
  );
}
