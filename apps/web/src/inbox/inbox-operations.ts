import { gql } from '../graphql/client';
import type { IsoDate, IsoInstant } from '../graphql/operations';

export type AlertKind = 'POLICE_CALL_OUT' | 'SCHOOL_EXCLUSION' | 'HOSPITAL_ATTENDANCE' | 'MISSING_EPISODE' | 'OTHER';

export interface Inbox {
  unreadCount: number;
  notifications: { id: string; kind: string; text: string; link: string | null; createdAt: IsoInstant; read: boolean }[];
}
const INBOX_FIELDS = 'unreadCount notifications { id kind text link createdAt read }';
export const INBOX = gql<{ inbox: Inbox }>(`query Inbox { inbox { ${INBOX_FIELDS} } }`);
export const MARK_READ = gql<{ markNotificationsRead: Inbox }, { id: string | null }>(
  `mutation MarkRead($id: ID) { markNotificationsRead(id: $id) { ${INBOX_FIELDS} } }`,
);

export interface SharingAlert {
  id: string;
  kind: AlertKind;
  summary: string;
  urgent: boolean;
  raisedByName: string;
  raisedByAgency: string;
  raisedAt: IsoInstant;
  caseId: string | null;
  caseReference: string | null;
  basis: string | null;
}
export const SHARING_ALERTS = gql<{ sharingAlerts: SharingAlert[] }>(
  `query SharingAlerts { sharingAlerts { id kind summary urgent raisedByName raisedByAgency raisedAt caseId caseReference basis } }`,
);
export const RAISE_ALERT = gql<
  { raiseSharingAlert: { id: string } },
  {
    input: {
      firstName: string;
      lastName: string;
      dateOfBirth: IsoDate;
      kind: AlertKind;
      summary: string;
      urgent: boolean;
      extraAgencyIds: string[];
      safeguardingReason: string | null;
    };
  }
>(`mutation RaiseAlert($input: RaiseAlertInput!) { raiseSharingAlert(input: $input) { id } }`);

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
