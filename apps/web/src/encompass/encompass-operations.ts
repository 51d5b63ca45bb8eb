// Documents for Operation Encompass notifications (issue 14, part 2) and their figures (part 5).
import { graphql } from '../graphql/generated';
import type {
  EncompassFiguresFieldsFragment,
  EncompassFiguresQuery,
  EncompassNotificationFieldsFragment,
  EncompassSummaryFieldsFragment,
} from '../graphql/generated/graphql';

export type {
  EncompassChildInput,
  EncompassResponse,
  EncompassStage,
  RecordEncompassNotificationInput,
} from '../graphql/generated/graphql';
export type EncompassNotificationSummary = EncompassSummaryFieldsFragment;
export type EncompassRoute = EncompassNotificationSummary['routes'][number];
export type EncompassNotification = EncompassNotificationFieldsFragment;
export type EncompassChild = EncompassNotification['children'][number];
export type EncompassFigures = EncompassFiguresFieldsFragment;
export type EncompassImpact = EncompassFiguresQuery['impactFigures']['encompass'];

export const ENCOMPASS_ROUTE = graphql(`
  fragment EncompassRouteFields on EncompassRoute {
    id
    settingName
    withCouncilContact
    dueAt
    stage
    acknowledgedAt
    acknowledgedByName
    response
    responseNote
    version
    canAcknowledge
    passedOnAt
    passedOnByName
    passedOnNote
    canPassOn
  }
`);

export const ENCOMPASS_SUMMARY = graphql(`
  fragment EncompassSummaryFields on EncompassNotificationSummary {
    id
    incidentReference
    occurredAt
    recordedAt
    recordedByAgency
    childCount
    routes {
      ...EncompassRouteFields
    }
  }
`);

export const ENCOMPASS_NOTIFICATION_FIELDS = graphql(`
  fragment EncompassNotificationFields on EncompassNotification {
    id
    incidentReference
    occurredAt
    recordedAt
    recordedByAgency
    childCount
    routes {
      ...EncompassRouteFields
    }
    summary
    recordedByName
    children {
      id
      firstName
      lastName
      dateOfBirth
      nhsNumber
      uniquePupilNumber
      councilPersonNumber
      settingName
    }
  }
`);

export const ENCOMPASS_FIGURES_FIELDS = graphql(`
  fragment EncompassFiguresFields on EncompassFigures {
    notifications
    readBeforeSchoolDay {
      numerator
      denominator
      percent
    }
    medianMinutesToAcknowledge
    escalatedToDeputies
    escalatedToCouncil
  }
`);

export const ENCOMPASS_NOTIFICATIONS = graphql(`
  query EncompassNotifications {
    encompassNotifications {
      ...EncompassSummaryFields
    }
  }
`);

export const ENCOMPASS_NOTIFICATION = graphql(`
  query EncompassNotification($id: ID!) {
    encompassNotification(id: $id) {
      ...EncompassNotificationFields
    }
  }
`);

/** Reads it and keeps the first time the setting's DSL or a deputy opened it. */
export const OPEN_ENCOMPASS_NOTIFICATION = graphql(`
  mutation OpenEncompassNotification($id: ID!) {
    openEncompassNotification(id: $id) {
      ...EncompassNotificationFields
    }
  }
`);

export const RECORD_ENCOMPASS_NOTIFICATION = graphql(`
  mutation RecordEncompassNotification($input: RecordEncompassNotificationInput!) {
    recordEncompassNotification(input: $input) {
      ...EncompassNotificationFields
    }
  }
`);

export const ACKNOWLEDGE_ENCOMPASS_NOTIFICATION = graphql(`
  mutation AcknowledgeEncompassNotification($input: AcknowledgeEncompassInput!) {
    acknowledgeEncompassNotification(input: $input) {
      ...EncompassNotificationFields
    }
  }
`);

/** The council's contact records passing on one for a setting the portal cannot reach. */
export const PASS_ON_ENCOMPASS_NOTIFICATION = graphql(`
  mutation PassOnEncompassNotification($input: PassOnEncompassInput!) {
    passOnEncompassNotification(input: $input) {
      ...EncompassNotificationFields
    }
  }
`);

export const ENCOMPASS_FIGURES = graphql(`
  query EncompassFigures($from: String!, $to: String!) {
    impactFigures(filter: { from: $from, to: $to }) {
      encompass {
        total {
          ...EncompassFiguresFields
        }
        byMonth {
          key
          figures {
            ...EncompassFiguresFields
          }
        }
        bySetting {
          key
          figures {
            ...EncompassFiguresFields
          }
        }
      }
    }
  }
`);
