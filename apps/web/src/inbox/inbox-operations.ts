import { graphql } from '../graphql/generated';
import type { AlertKind, InboxFieldsFragment, SharingAlertsQuery } from '../graphql/generated/graphql';

export type Inbox = InboxFieldsFragment;
export type SharingAlert = SharingAlertsQuery['sharingAlerts'][number];

export const INBOX_FIELDS = graphql(`
  fragment InboxFields on Inbox {
    unreadCount
    notifications {
      id
      kind
      text
      link
      createdAt
      read
    }
  }
`);
export const INBOX = graphql(`
  query Inbox {
    inbox {
      ...InboxFields
    }
  }
`);
export const MARK_READ = graphql(`
  mutation MarkRead($id: ID) {
    markNotificationsRead(id: $id) {
      ...InboxFields
    }
  }
`);

export const SHARING_ALERTS = graphql(`
  query SharingAlerts {
    sharingAlerts {
      id
      kind
      summary
      urgent
      raisedByName
      raisedByAgency
      raisedAt
      caseId
      caseReference
      basis
    }
  }
`);
export const RAISE_ALERT = graphql(`
  mutation RaiseAlert($input: RaiseAlertInput!) {
    raiseSharingAlert(input: $input) {
      id
    }
  }
`);

export const ALERT_KINDS: Readonly<Record<AlertKind, string>> = {
  POLICE_CALL_OUT: 'Police call-out',
  SCHOOL_EXCLUSION: 'School exclusion',
  HOSPITAL_ATTENDANCE: 'Hospital or A&E attendance',
  MISSING_EPISODE: 'Missing episode',
  OTHER: 'Something else',
};

export const BASES: Readonly<Record<string, string>> = {
  LEAD_AGENCY: 'Lead agency',
  CONSENT: 'Family’s consent',
  SAFEGUARDING: 'Safeguarding reason',
  FRONT_DOOR: 'Front door',
};
