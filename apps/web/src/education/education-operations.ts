// Documents for the directory of education settings and a child's setting (issue 14, part 1).
import { gql } from '../graphql/client';
import type { ChildEducationSetting, IsoDate } from '../graphql/operations';

export type EducationPhase = 'EARLY_YEARS' | 'PRIMARY' | 'SECONDARY' | 'ALL_THROUGH' | 'SPECIAL' | 'ALTERNATIVE_PROVISION' | 'COLLEGE';
export type SafeguardingRole = 'DSL' | 'DEPUTY_DSL';

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

export interface SafeguardingLead {
  userId: string;
  displayName: string;
  jobTitle: string;
  role: SafeguardingRole;
}

export interface EducationSetting {
  id: string;
  name: string;
  urn: string;
  phase: EducationPhase;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  schoolDayStartsAt: string;
  closureDays: IsoDate[];
  inCouncil: boolean;
  agencyId: string | null;
  agencyName: string | null;
  contactEmail: string | null;
  safeguardingLeads: SafeguardingLead[];
  version: number;
}

/** What the form sends: the setting's details, with its DSL and deputies by id. */
export type EducationSettingInput = Omit<EducationSetting, 'id' | 'phase' | 'agencyName' | 'safeguardingLeads' | 'version'> & {
  phase: string;
  safeguardingLeads: { userId: string; role: SafeguardingRole }[];
};

const SETTING_FIELDS = `id name urn phase addressLine1 addressLine2 town postcode schoolDayStartsAt closureDays inCouncil
  agencyId agencyName contactEmail version safeguardingLeads { userId displayName jobTitle role }`;

export const EDUCATION_SETTINGS = gql<{ educationSettings: EducationSetting[] }>(
  `query EducationSettings { educationSettings { ${SETTING_FIELDS} } }`,
);

export const EDUCATION_SETTING = gql<{ educationSetting: EducationSetting }, { id: string }>(
  `query EducationSetting($id: ID!) { educationSetting(id: $id) { ${SETTING_FIELDS} } }`,
);

export const ADD_EDUCATION_SETTING = gql<{ addEducationSetting: EducationSetting }, { input: EducationSettingInput }>(
  `mutation AddEducationSetting($input: EducationSettingInput!) { addEducationSetting(input: $input) { ${SETTING_FIELDS} } }`,
);

export const UPDATE_EDUCATION_SETTING = gql<
  { updateEducationSetting: EducationSetting },
  { id: string; expectedVersion: number; input: EducationSettingInput }
>(
  `mutation UpdateEducationSetting($id: ID!, $expectedVersion: Int!, $input: EducationSettingInput!) {
     updateEducationSetting(id: $id, expectedVersion: $expectedVersion, input: $input) { ${SETTING_FIELDS} } }`,
);

export const RECORD_CHILD_SETTING = gql<
  { recordChildSetting: ChildEducationSetting[] },
  { input: { caseId: string; personId: string; settingId: string; startedOn: IsoDate } }
>(
  `mutation RecordChildSetting($input: RecordChildSettingInput!) {
     recordChildSetting(input: $input) { id settingId settingName urn startedOn endedOn } }`,
);
