import { Role } from '@eh/domain';

// Synthetic demo data only: every name, address and date below is invented.
export const DEMO_PASSWORD = 'Demo-EarlyHelp-2026';

export const DEMO_AGENCIES = [
  { key: 'fpt', name: 'Northfield Council Family Partnership Team', agencyType: 'Council early help', council: true },
  { key: 'oakwood', name: 'Oakwood Primary School', agencyType: 'School', council: false },
  { key: 'riverside', name: 'Riverside Academy', agencyType: 'School', council: false },
  { key: 'police', name: 'Northfield Police Early Help Team', agencyType: 'Police', council: false },
  { key: 'health', name: 'Northfield Health Visiting Service', agencyType: 'Health', council: false },
  { key: 'harbour', name: 'Harbour', agencyType: 'Domestic abuse service', council: false },
  { key: 'cgl', name: 'CGL Northfield', agencyType: 'Substance misuse service', council: false },
  { key: 'voluntary', name: 'Northfield Family Hub (voluntary sector)', agencyType: 'Voluntary sector', council: false },
  // Holds level 3 cases (family casework). Its caseworkers are practitioners: they see the cases
  // their team leads, as any lead agency does.
  { key: 'casework', name: 'Northfield Council Family Casework Team', agencyType: 'Council family casework', council: false },
] as const;

// The council's localities, by postcode district (synthetic names).
export const DEMO_LOCALITIES = [
  { name: 'North', districts: ['NF1'] },
  { name: 'Central', districts: ['NF2'] },
  { name: 'South', districts: ['NF3', 'NF4'] },
] as const;

export type DemoAgencyKey = (typeof DEMO_AGENCIES)[number]['key'];

export const DEMO_USERS = [
  {
    key: 'frontDoor',
    email: 'frontdoor@northfield.example.org',
    name: 'Priya Shah',
    jobTitle: 'First Contact triage officer',
    role: Role.FRONT_DOOR_OFFICER,
    agency: 'fpt',
  },
  {
    key: 'fptManager',
    email: 'fpt.manager@northfield.example.org',
    name: 'Daniel Okafor',
    jobTitle: 'FPT manager and Forum chair',
    role: Role.FPT_MANAGER,
    agency: 'fpt',
  },
  {
    key: 'schoolPractitioner',
    email: 'sfp@oakwood.example.org',
    name: 'Sam Carter',
    jobTitle: 'School family practitioner',
    role: Role.PRACTITIONER,
    agency: 'oakwood',
  },
  {
    key: 'schoolDsl',
    email: 'dsl@riverside.example.org',
    name: 'Jo Patel',
    jobTitle: 'Designated safeguarding lead',
    role: Role.PRACTITIONER,
    agency: 'riverside',
  },
  {
    key: 'police',
    email: 'early.help@police.example.org',
    name: 'Alex Morgan',
    jobTitle: 'Police early help officer',
    role: Role.PRACTITIONER,
    agency: 'police',
  },
  {
    key: 'healthVisitor',
    email: 'health.visitor@health.example.org',
    name: 'Hannah Lee',
    jobTitle: 'Health visitor',
    role: Role.PRACTITIONER,
    agency: 'health',
  },
  {
    key: 'harbour',
    email: 'worker@harbour.example.org',
    name: 'Chris Evans',
    jobTitle: 'Domestic abuse worker',
    role: Role.PRACTITIONER,
    agency: 'harbour',
  },
  {
    key: 'cgl',
    email: 'worker@cgl.example.org',
    name: 'Morgan Price',
    jobTitle: 'Substance misuse worker',
    role: Role.PRACTITIONER,
    agency: 'cgl',
  },
  {
    key: 'caseworker',
    email: 'family.casework@northfield.example.org',
    name: 'Ruth Adeyemi',
    jobTitle: 'Family caseworker',
    role: Role.PRACTITIONER,
    agency: 'casework',
  },
] as const;

export type DemoUserKey = (typeof DEMO_USERS)[number]['key'];

// The directory's demo settings (issue 14): the two partner schools, with their DSLs, and one
// school outside the council, reached through its contact address. URNs are invented.
export const DEMO_EDUCATION_SETTINGS = [
  {
    key: 'oakwood',
    name: 'Oakwood Primary School',
    urn: '141203',
    phase: 'PRIMARY',
    address: ['Oakwood Lane', 'Northfield', 'NF1 3QW'],
    startsAt: '08:45',
    closureDays: ['2027-01-04', '2027-02-22'],
    agency: 'oakwood',
    // A small primary: its school family practitioner is its designated safeguarding lead.
    leads: [{ user: 'schoolPractitioner', role: 'DSL' }],
    contactEmail: null,
  },
  {
    key: 'riverside',
    name: 'Riverside Academy',
    urn: '142887',
    phase: 'SECONDARY',
    address: ['1 River Walk', 'Northfield', 'NF2 4RA'],
    startsAt: '08:40',
    closureDays: ['2027-01-04'],
    agency: 'riverside',
    leads: [{ user: 'schoolDsl', role: 'DSL' }],
    contactEmail: null,
  },
  {
    key: 'hillside',
    name: 'Hillside Church of England Primary School',
    urn: '118934',
    phase: 'PRIMARY',
    address: ['Church Road', 'Eastbridge', 'EB4 2HS'],
    startsAt: '08:50',
    closureDays: [],
    agency: null,
    leads: [],
    contactEmail: 'safeguarding@hillside.example.org',
  },
] as const;

export type DemoSettingKey = (typeof DEMO_EDUCATION_SETTINGS)[number]['key'];

interface DemoPerson {
  readonly first: string;
  readonly last: string;
  readonly dob: string;
  readonly child: boolean;
  readonly relationship: string;
  // A child's education settings, oldest first; each ends when the next starts.
  readonly settings?: readonly { readonly setting: DemoSettingKey; readonly from: string }[];
}

export interface DemoFamily {
  readonly key: string;
  readonly address: readonly [string, string, string];
  readonly people: readonly DemoPerson[];
  readonly referrer: DemoAgencyKey | 'self';
  readonly referrerName: string;
  readonly concerns: string;
  // Left undefined: the referral is still awaiting triage.
  readonly triage?:
    | { readonly level: 2; readonly lead: DemoUserKey; readonly allocatedDaysAgo: number; readonly named?: readonly DemoUserKey[] }
    | { readonly level: 3 | 4 | 'NFA'; readonly reason: string };
}

export const DEMO_FAMILIES: readonly DemoFamily[] = [
  {
    key: 'brook',
    address: ['12 Alder Close', 'Northfield', 'NF1 4QT'],
    referrer: 'oakwood',
    referrerName: 'Sam Carter',
    concerns: 'Attendance has dropped to 78% this term; Mia is often tired and hungry in the mornings.',
    people: [
      { first: 'Leah', last: 'Brook', dob: '1991-03-14', child: false, relationship: 'Mother' },
      {
        first: 'Mia',
        last: 'Brook',
        dob: '2017-06-02',
        child: true,
        relationship: 'Daughter',
        settings: [{ setting: 'oakwood', from: '2021-09-02' }],
      },
      {
        first: 'Oscar',
        last: 'Brook',
        dob: '2020-09-21',
        child: true,
        relationship: 'Son',
        settings: [{ setting: 'oakwood', from: '2025-09-03' }],
      },
    ],
    triage: { level: 2, lead: 'schoolPractitioner', allocatedDaysAgo: 10 },
  },
  {
    key: 'hartley',
    address: ['4 Willow Row', 'Northfield', 'NF2 7LB'],
    referrer: 'police',
    referrerName: 'Alex Morgan',
    concerns: 'Two police call-outs for verbal arguments at the address in a month; children present.',
    people: [
      { first: 'Ryan', last: 'Hartley', dob: '1988-11-30', child: false, relationship: 'Father' },
      { first: 'Gemma', last: 'Hartley', dob: '1990-01-17', child: false, relationship: 'Mother' },
      {
        first: 'Ella',
        last: 'Hartley',
        dob: '2014-04-08',
        child: true,
        relationship: 'Daughter',
        settings: [{ setting: 'riverside', from: '2025-09-03' }],
      },
    ],
    triage: { level: 2, lead: 'harbour', allocatedDaysAgo: 2, named: ['police'] },
  },
  {
    key: 'nowak',
    address: ['27 Station Road', 'Northfield', 'NF3 1HD'],
    referrer: 'health',
    referrerName: 'Hannah Lee',
    concerns: 'Parent disclosed alcohol use is increasing; baby is thriving but support network is thin.',
    people: [
      { first: 'Kasia', last: 'Nowak', dob: '1995-07-19', child: false, relationship: 'Mother' },
      { first: 'Leo', last: 'Nowak', dob: '2025-12-01', child: true, relationship: 'Son' },
    ],
    triage: { level: 2, lead: 'cgl', allocatedDaysAgo: 45 },
  },
  {
    key: 'adeyemi',
    address: ['9 Beech Court', 'Northfield', 'NF1 8RS'],
    referrer: 'riverside',
    referrerName: 'Jo Patel',
    concerns: 'Tobi has been withdrawn since moving schools; family asked for help with routines.',
    people: [
      { first: 'Funmi', last: 'Adeyemi', dob: '1984-02-11', child: false, relationship: 'Mother' },
      {
        first: 'Tobi',
        last: 'Adeyemi',
        dob: '2012-10-05',
        child: true,
        relationship: 'Son',
        settings: [
          { setting: 'hillside', from: '2019-09-04' },
          { setting: 'riverside', from: '2026-04-13' },
        ],
      },
    ],
    triage: { level: 2, lead: 'schoolDsl', allocatedDaysAgo: 5 },
  },
  {
    key: 'price',
    address: ['55 Meadow Lane', 'Northfield', 'NF4 2AA'],
    referrer: 'health',
    referrerName: 'Hannah Lee',
    concerns: 'Mother asked for information about local parenting groups.',
    people: [
      { first: 'Amy', last: 'Price', dob: '1998-05-23', child: false, relationship: 'Mother' },
      { first: 'Ruby', last: 'Price', dob: '2024-03-09', child: true, relationship: 'Daughter' },
    ],
    triage: { level: 'NFA', reason: 'Universal services meet this need: signposted to the Family Hub parenting group.' },
  },
  {
    key: 'ward',
    address: ['3 Cedar Walk', 'Northfield', 'NF2 5PE'],
    referrer: 'self',
    referrerName: 'Tom Ward',
    concerns: 'Father is struggling with his son’s behaviour at home and asked for support.',
    people: [
      { first: 'Tom', last: 'Ward', dob: '1986-08-08', child: false, relationship: 'Father' },
      {
        first: 'Jack',
        last: 'Ward',
        dob: '2013-01-29',
        child: true,
        relationship: 'Son',
        settings: [{ setting: 'riverside', from: '2024-09-03' }],
      },
    ],
  },
  {
    key: 'khan',
    address: ['18 Elm Street', 'Northfield', 'NF3 6JU'],
    referrer: 'voluntary',
    referrerName: 'Family Hub duty worker',
    concerns: 'Young carer for a parent with a long-term illness; missing after-school activities.',
    people: [
      { first: 'Sana', last: 'Khan', dob: '1979-12-12', child: false, relationship: 'Mother' },
      {
        first: 'Imran',
        last: 'Khan',
        dob: '2011-07-15',
        child: true,
        relationship: 'Son',
        settings: [{ setting: 'hillside', from: '2022-09-05' }],
      },
    ],
  },
];

// Where a demo case stands, for the demonstration system's work in progress.
export type DemoStage = 'OPEN_DRAFT_PLAN' | 'PLAN_SUBMITTED' | 'PLAN_APPROVED_REVIEW_DUE' | 'MAINTENANCE' | 'CLOSED';

export interface DemoWorkFamily extends DemoFamily {
  readonly stage: DemoStage;
}

// Cases at every stage past first contact (the families above wait for first contact or triage), so
// each demo user finds work on the demonstration system. Loaded by the seed command only, not by
// the tests' council (seedDemoData's `work` option).
export const DEMO_WORK_FAMILIES: readonly DemoWorkFamily[] = [
  {
    key: 'okoro',
    stage: 'OPEN_DRAFT_PLAN',
    address: ['21 Hazel Grove', 'Northfield', 'NF2 3DW'],
    referrer: 'health',
    referrerName: 'Hannah Lee',
    concerns: 'Mother is isolated after the birth of twins and finding the days hard.',
    people: [
      { first: 'Ada', last: 'Okoro', dob: '1993-09-04', child: false, relationship: 'Mother' },
      { first: 'Kemi', last: 'Okoro', dob: '2026-05-11', child: true, relationship: 'Daughter' },
      { first: 'Tayo', last: 'Okoro', dob: '2026-05-11', child: true, relationship: 'Son' },
    ],
    triage: { level: 2, lead: 'healthVisitor', allocatedDaysAgo: 12 },
  },
  {
    key: 'fletcher',
    stage: 'PLAN_SUBMITTED',
    address: ['7 Orchard Way', 'Northfield', 'NF1 2GH'],
    referrer: 'police',
    referrerName: 'Alex Morgan',
    concerns: 'Noah has been found out late at night twice; his mother asked for help with boundaries.',
    people: [
      { first: 'Claire', last: 'Fletcher', dob: '1985-04-22', child: false, relationship: 'Mother' },
      { first: 'Noah', last: 'Fletcher', dob: '2012-12-03', child: true, relationship: 'Son' },
    ],
    triage: { level: 2, lead: 'police', allocatedDaysAgo: 35 },
  },
  {
    key: 'dunn',
    stage: 'PLAN_APPROVED_REVIEW_DUE',
    address: ['40 Poplar Street', 'Northfield', 'NF3 4KL'],
    referrer: 'oakwood',
    referrerName: 'Sam Carter',
    concerns: 'Lily’s attendance fell after her parents separated; father wants help with routines.',
    people: [
      { first: 'Mark', last: 'Dunn', dob: '1983-06-30', child: false, relationship: 'Father' },
      { first: 'Lily', last: 'Dunn', dob: '2016-02-14', child: true, relationship: 'Daughter' },
    ],
    triage: { level: 2, lead: 'schoolPractitioner', allocatedDaysAgo: 80 },
  },
  {
    key: 'byrne',
    stage: 'MAINTENANCE',
    address: ['15 Rowan Drive', 'Northfield', 'NF4 6MN'],
    referrer: 'harbour',
    referrerName: 'Chris Evans',
    concerns: 'Mother has left an abusive relationship and moved with her children into new housing.',
    people: [
      { first: 'Siobhan', last: 'Byrne', dob: '1989-10-10', child: false, relationship: 'Mother' },
      { first: 'Aoife', last: 'Byrne', dob: '2015-07-07', child: true, relationship: 'Daughter' },
      { first: 'Cian', last: 'Byrne', dob: '2018-03-19', child: true, relationship: 'Son' },
    ],
    triage: { level: 2, lead: 'harbour', allocatedDaysAgo: 150 },
  },
  {
    // Stepped up to the Family Casework Team (level 3) after it was led by Riverside; its caseworker
    // brings it to next week's Forum to consider a step down.
    key: 'marsh',
    stage: 'PLAN_APPROVED_REVIEW_DUE',
    address: ['9 Willow Bank', 'Northfield', 'NF1 7RT'],
    referrer: 'riverside',
    referrerName: 'Jo Patel',
    concerns: 'Ella is often hungry at school and her mother’s mental health has worsened since the winter.',
    people: [
      { first: 'Gemma', last: 'Marsh', dob: '1991-11-02', child: false, relationship: 'Mother' },
      { first: 'Ella', last: 'Marsh', dob: '2014-04-26', child: true, relationship: 'Daughter' },
    ],
    triage: { level: 2, lead: 'schoolDsl', allocatedDaysAgo: 110 },
  },
  {
    key: 'walsh',
    stage: 'CLOSED',
    address: ['2 Larch Mews', 'Northfield', 'NF2 9PQ'],
    referrer: 'cgl',
    referrerName: 'Morgan Price',
    concerns: 'Father in recovery from alcohol misuse wanted support to rebuild routines with his son.',
    people: [
      { first: 'Liam', last: 'Walsh', dob: '1982-01-25', child: false, relationship: 'Father' },
      { first: 'Finn', last: 'Walsh', dob: '2014-08-18', child: true, relationship: 'Son' },
    ],
    triage: { level: 2, lead: 'cgl', allocatedDaysAgo: 200 },
  },
];
