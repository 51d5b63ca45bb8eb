import { graphql } from '../graphql/generated';
import { request } from '../graphql/client';
import type { NotificationChannel } from '../graphql/generated/graphql';
import { QueryView } from '../components/query-view';
import { useQuery } from '../hooks/use-query';

type Channel = NotificationChannel;
const PREFERENCES = graphql(`
  query Preferences {
    notificationPreferences {
      kind
      description
      channel
    }
  }
`);
const SET_PREFERENCE = graphql(`
  mutation SetPreference($kind: String!, $channel: NotificationChannel!) {
    setNotificationPreference(kind: $kind, channel: $channel) {
      kind
      description
      channel
    }
  }
`);
const CHANNELS: Readonly<Record<Channel, string>> = {
  IN_APP: 'In the portal only',
  EMAIL_NOW: 'Email me straight away',
  DAILY_DIGEST: 'A daily summary email',
};

// Emails say only that something needs attention; details stay in the portal.
export function PreferencesPage() {
  const preferences = useQuery(PREFERENCES, {});
  const choose = async (kind: string, channel: Channel) =>
    preferences.setData({ notificationPreferences: (await request(SET_PREFERENCE, { kind, channel })).setNotificationPreference });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">How you hear about things</h1>
        <p className="govuk-body">Emails never contain details of a family: they tell you to sign in.</p>
        <QueryView result={preferences}>
          {({ notificationPreferences }) => (
            <>
              {notificationPreferences.map((p) => (
                <div className="govuk-form-group" key={p.kind}>
                  <fieldset className="govuk-fieldset">
                    <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{p.description}</legend>
                    <div className="govuk-radios govuk-radios--small govuk-radios--inline">
                      {(Object.keys(CHANNELS) as Channel[]).map((c) => (
                        <div className="govuk-radios__item" key={c}>
                          <input
                            className="govuk-radios__input"
                            id={`${p.kind}-${c}`}
                            name={p.kind}
                            type="radio"
                            checked={p.channel === c}
                            onChange={() => void choose(p.kind, c)}
                          />
                          <label className="govuk-label govuk-radios__label" htmlFor={`${p.kind}-${c}`}>
                            {CHANNELS[c]}
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                </div>
              ))}
            </>
          )}
        </QueryView>
      </div>
    </div>
  );
}
