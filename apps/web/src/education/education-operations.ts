// Documents for the directory of education settings and a child's setting (issue 14, part 1).
import { graphql } from '../graphql/generated';
import type { EducationPhase, EducationSettingFieldsFragment, SafeguardingRole } from '../graphql/generated/graphql';

export type EducationSetting = EducationSettingFieldsFragment;
export type SafeguardingLead = EducationSetting['safeguardingLeads'][number];

export const PHASES: Readonly<Record<EducationPhase, string>> = {
  EARLY_YEARS: 'Early years',
  PRIMARY: 'Primary',
  SECONDARY: 'Secondary',
  ALL_THROUGH: 'All-through',
  SPECIAL: 'Special school',
  ALTERNATIVE_PROVISION: 'Alternative provision',
  COLLEGE: 'College (16 to 19)',
};

export const SAFEGUARDING_ROLES: Readonly<Record<SafeguardingRole, string>> = {
  DSL: 'Designated safeguarding lead',
  DEPUTY_DSL: 'Deputy designated safeguarding lead',
};

export const SETTING_FIELDS = graphql(`
  fragment EducationSettingFields on EducationSetting {
    id
    name
    urn
    phase
    addressLine1
    addressLine2
    town
    postcode
    schoolDayStartsAt
    closureDays
    inCouncil
    agencyId
    agencyName
    contactEmail
    version
    safeguardingLeads {
      userId
      displayName
      jobTitle
      role
    }
  }
`);

export const EDUCATION_SETTINGS = graphql(`
  query EducationSettings {
    educationSettings {
      ...EducationSettingFields
    }
  }
`);

export const EDUCATION_SETTING = graphql(`
  query EducationSetting($id: ID!) {
    educationSetting(id: $id) {
      ...EducationSettingFields
    }
  }
`);

export const ADD_EDUCATION_SETTING = graphql(`
  mutation AddEducationSetting($input: EducationSettingInput!) {
    addEducationSetting(input: $input) {
      ...EducationSettingFields
    }
  }
`);

export const UPDATE_EDUCATION_SETTING = graphql(`
  mutation UpdateEducationSetting($id: ID!, $expectedVersion: Int!, $input: EducationSettingInput!) {
    updateEducationSetting(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...EducationSettingFields
    }
  }
`);

export const RECORD_CHILD_SETTING = graphql(`
  mutation RecordChildSetting($input: RecordChildSettingInput!) {
    recordChildSetting(input: $input) {
      id
      settingId
      settingName
      urn
      startedOn
      endedOn
    }
  }
`);
