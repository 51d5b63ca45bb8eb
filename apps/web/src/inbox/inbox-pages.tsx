import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Checkboxes } from '../components/checkboxes';
import { DateInput } from '../components/date-input';
import { ErrorSummary } from '../components/error-summary';
import { Textarea, TextInput } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { successState, useSuccessMessage, SuccessBanner } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { EMPTY_DATE, formatDateTime, toIsoDate, type DateParts } from '../format/dates';
import { request } from '../graphql/client';
import { AGENCIES } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { ALERT_KINDS, BASES, INBOX, MARK_READ, RAISE_ALERT, SHARING_ALERTS } from './inbox-operations';
import { useSession, useTerms } from '../session/session';
import type { LiveEvent } from '../live/live-channel';
import { useLiveReload } from '../live/use-live';
import { inRunningText } from '@eh/domain';
import type { AlertKind } from '../graphql/generated/graphql';

const inboxChanged = (event: LiveEvent) => event.kind === 'inbox';

// The header's unread count, read again when the live channel says the inbox changed (and slowly
// by itself), so new notifications appear without a page reload. A session ended elsewhere (signed
// out in another tab, removed) sends the person to sign in at once.
export function InboxLink() {
  const inbox = useQuery(INBOX, {});
  const { expire } = useSession();
  useLiveReload(inbox.reload, inboxChanged, { onEnded: expire });
  const unread = inbox.data?.inbox.unreadCount ?? 0;
  return (
    <Link className="govuk-link govuk-link--no-visited-state app-inbox-link" to="/inbox">
      Inbox{unread > 0 && <strong className="govuk-tag govuk-tag--red app-unread">{unread} unread</strong>}
    </Link>
  );
}

export function InboxPage() {
  const inbox = useQuery(INBOX, {});
  useLiveReload(inbox.reload, inboxChanged);
  const mark = async (id: string | null) => inbox.setData({ inbox: (await request(MARK_READ, { id })).markNotificationsRead });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Inbox</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/inbox/preferences">
            Choose how you hear about things (email, daily summary)
          </Link>
        </p>
        <QueryView result={inbox}>
          {({ inbox: box }) => (
            <>
              <p className="govuk-body">{box.unreadCount} unread</p>
              {box.unreadCount > 0 && (
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void mark(null)}>
                  Mark all as read
                </button>
              )}
              <ul className="govuk-list">
                {box.notifications.map((n) => (
                  <li key={n.id} className="app-notification">
                    {!n.read && <strong className="govuk-tag govuk-tag--blue">New</strong>}{' '}
                    {n.link === null ? (
                      // About a case the person may no longer see: said, but not linked.
                      <>
                        {n.text}
                        {!n.read && (
                          <>
                            {' '}
                            <button
                              type="button"
                              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                              onClick={() => void mark(n.id)}
                            >
                              Mark as read
                            </button>
                          </>
                        )}
                      </>
                    ) : (
                      <Link className="govuk-link" to={n.link} onClick={() => void mark(n.id)}>
                        {n.text}
                      </Link>
                    )}
                    <span className="govuk-body-s"> – {formatDateTime(n.createdAt)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}

export function AlertsPage() {
  const alerts = useQuery(SHARING_ALERTS, {});
  const success = useSuccessMessage();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SuccessBanner message={success} />
        <h1 className="govuk-heading-l">Information-sharing alerts</h1>
        <Link className="govuk-button" to="/alerts/new">
          Raise an alert
        </Link>
        <QueryView result={alerts}>
          {({ sharingAlerts }) => (
            <>
              {sharingAlerts.length === 0 && <p className="govuk-body">No alerts.</p>}
              {sharingAlerts.map((a) => (
                <section key={a.id} className="app-agenda-item" aria-label={`${ALERT_KINDS[a.kind]} alert`}>
                  <h2 className="govuk-heading-s">
                    {ALERT_KINDS[a.kind]} {a.urgent && <strong className="govuk-tag govuk-tag--red">Urgent</strong>}
                  </h2>
                  <p className="govuk-body app-preserve-lines">{a.summary}</p>
                  <p className="govuk-body-s">
                    From {a.raisedByName}, {a.raisedByAgency}, {formatDateTime(a.raisedAt)}
                    {a.basis ? `. Shared with your agency: ${BASES[a.basis] ?? a.basis}` : '. You raised this alert'}
                    {a.caseId && (
                      <>
                        {'. '}
                        <Link className="govuk-link" to={`/cases/${a.caseId}`}>
                          Case {a.caseReference}
                        </Link>
                      </>
                    )}
                  </p>
                </section>
              ))}
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}

export function RaiseAlertPage() {
  const navigate = useNavigate();
  const terms = useTerms();
  const form = useForm();
  const agencies = useQuery(AGENCIES, {});
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [dob, setDob] = useState<DateParts>(EMPTY_DATE);
  const [kind, setKind] = useState<AlertKind | ''>('');
  const [summary, setSummary] = useState('');
  const [urgent, setUrgent] = useState<'YES' | 'NO' | ''>('');
  const [extra, setExtra] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const submit = async () => {
    if (!kind) return form.fail([{ field: 'kind', message: 'Choose what happened' }]);
    const sent = await form.run(() =>
      request(RAISE_ALERT, {
        input: {
          firstName,
          lastName,
          dateOfBirth: toIsoDate(dob) ?? '',
          kind,
          summary,
          urgent: urgent === 'YES',
          extraAgencyIds: extra,
          safeguardingReason: reason.trim() || null,
        },
      }),
    );
    if (sent) navigate('/alerts', { state: successState('Alert sent') });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Raise an information-sharing alert</h1>
        <p className="govuk-body">
          The alert goes to the family’s {terms.leadPractitioner} and the agencies the family has agreed may share information. If the
          family is not known to {inRunningText(terms.earlyHelp)}, it goes to the front door.
        </p>
        <ErrorSummary problems={form.problems} />
        <GovForm form={form} onSubmit={() => void submit()}>
          <TextInput field="firstName" label="Child’s first name" width={20} value={firstName} onChange={setFirstName} />
          <TextInput field="lastName" label="Child’s last name" width={20} value={lastName} onChange={setLastName} />
          <DateInput field="dateOfBirth" legend="Child’s date of birth" value={dob} onChange={setDob} />
          <Radios
            field="kind"
            legend="What happened?"
            items={(Object.keys(ALERT_KINDS) as AlertKind[]).map((k) => ({ value: k, label: ALERT_KINDS[k] }))}
            value={kind}
            onChange={setKind}
          />
          <Textarea field="summary" label="What the other agencies need to know" value={summary} onChange={setSummary} />
          <Radios
            field="urgent"
            legend="Does this need an urgent safeguarding response?"
            inline
            items={[
              { value: 'YES', label: 'Yes' },
              { value: 'NO', label: 'No' },
            ]}
            value={urgent}
            onChange={setUrgent}
          />
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Share with other agencies too (needs a safeguarding reason)</span>
            </summary>
            <div className="govuk-details__text">
              <Checkboxes
                field="extraAgencyIds"
                legend="Agencies to share with beyond the family’s consent"
                small
                items={(agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
                value={extra}
                onChange={setExtra}
              />
            </div>
          </details>
          <Textarea
            field="safeguardingReason"
            label="Safeguarding reason (if sharing beyond consent, or urgent)"
            rows={3}
            value={reason}
            onChange={setReason}
          />
          <SubmitButton form={form}>Send the alert</SubmitButton>
        </GovForm>
      </div>
    </div>
  );
}
