// Documents for Operation Encompass notifications (issue 14, part 2) and their figures (part 5).
import { gql } from '../graphql/client';
import type { IsoDate } from '../graphql/operations';

export type EncompassStage = 'AWAITING' | 'ESCALATED_TO_DEPUTIES' | 'ESCALATED_TO_COUNCIL' | 'WITH_COUNCIL_CONTACT' | 'ACKNOWLEDGED';
export type EncompassResponse = 'SILENT_SUPPORT' | 'OVERT_SUPPORT' | 'CONSIDER_EARLY_HELP';

export interface EncompassRoute {
  id: string;
  settingName: string | null;
  withCouncilContact: boolean;
  dueAt: string;
  stage: EncompassStage;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
  response: EncompassResponse | null;
  responseNote: string | null;
  version: number;
  canAcknowledge: boolean;
}

export interface EncompassNotificationSummary {
  id: string;
  incidentReference: string;
  occurredAt: string;
  recordedAt: string;
  recordedByAgency: string;
  childCount: number;
  routes: EncompassRoute[];
}

export interface EncompassChild {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  nhsNumber: string | null;
  uniquePupilNumber: string | null;
  councilPersonNumber: string | null;
  settingName: string | null;
}

export interface EncompassNotification extends EncompassNotificationSummary {
  summary: string;
  recordedByName: string;
  children: EncompassChild[];
}

export interface EncompassChildInput {
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  nhsNumber?: string | null;
  uniquePupilNumber?: string | null;
  councilPersonNumber?: string | null;
  settingId?: string | null;
}

export interface RecordEncompassNotificationInput {
  incidentReference: string;
  occurredAt: string;
  summary: string;
  children: EncompassChildInput[];
}

export interface EncompassFigures {
  notifications: number;
  readBeforeSchoolDay: { numerator: number; denominator: number; percent: number | null };
  medianMinutesToAcknowledge: number | null;
  escalatedToDeputies: number;
  escalatedToCouncil: number;
}

export interface EncompassImpact {
  total: EncompassFigures;
  byMonth: { key: string; figures: EncompassFigures }[];
  bySetting: { key: string; figures: EncompassFigures }[];
}

const ROUTE_FIELDS = `id settingName withCouncilContact dueAt stage acknowledgedAt acknowledgedByName response responseNote version canAcknowledge`;
const SUMMARY_FIELDS = `id incidentReference occurredAt recordedAt recordedByAgency childCount routes { ${ROUTE_FIELDS} }`;
const NOTIFICATION_FIELDS = `${SUMMARY_FIELDS} summary recordedByName
  children { id firstName lastName dateOfBirth nhsNumber uniquePupilNumber councilPersonNumber settingName }`;
const FIGURES_FIELDS = `notifications readBeforeSchoolDay { numerator denominator percent } medianMinutesToAcknowledge
  escalatedToDeputies escalatedToCouncil`;

export const ENCOMPASS_NOTIFICATIONS = gql<{ encompassNotifications: EncompassNotificationSummary[] }>(
  `query EncompassNotifications { encompassNotifications { ${SUMMARY_FIELDS} } }`,
);

export const ENCOMPASS_NOTIFICATION = gql<{ encompassNotification: EncompassNotification }, { id: string }>(
  `query EncompassNotification($id: ID!) { encompassNotification(id: $id) { ${NOTIFICATION_FIELDS} } }`,
);

/** Reads it and keeps the first time the setting's DSL or a deputy opened it. */
export const OPEN_ENCOMPASS_NOTIFICATION = gql<{ openEncompassNotification: EncompassNotification }, { id: string }>(
  `mutation OpenEncompassNotification($id: ID!) { openEncompassNotification(id: $id) { ${NOTIFICATION_FIELDS} } }`,
);

export const RECORD_ENCOMPASS_NOTIFICATION = gql<
  { recordEncompassNotification: EncompassNotification },
  { input: RecordEncompassNotificationInput }
>(
  `mutation RecordEncompassNotification($input: RecordEncompassNotificationInput!) {
     recordEncompassNotification(input: $input) { ${NOTIFICATION_FIELDS} } }`,
);

export const ACKNOWLEDGE_ENCOMPASS_NOTIFICATION = gql<
  { acknowledgeEncompassNotification: EncompassNotification },
  { input: { routeId: string; version: number; response: EncompassResponse; note: string | null } }
>(
  `mutation AcknowledgeEncompassNotification($input: AcknowledgeEncompassInput!) {
     acknowledgeEncompassNotification(input: $input) { ${NOTIFICATION_FIELDS} } }`,
);

export const ENCOMPASS_FIGURES = gql<{ impactFigures: { encompass: EncompassImpact } }, { from: string; to: string }>(
  `query EncompassFigures($from: String!, $to: String!) { impactFigures(filter: { from: $from, to: $to }) {
     encompass { total { ${FIGURES_FIELDS} } byMonth { key figures { ${FIGURES_FIELDS} } } bySetting { key figures { ${FIGURES_FIELDS} } } } } }`,
);
