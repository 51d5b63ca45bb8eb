import { Link } from 'react-router-dom';
import { REFERRALS } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { SustainmentChecksWaiting } from '../outcomes/sustainment-checks';
import { useTerms, useViewer } from '../session/session';
import { forumShortName, inRunningText } from '@eh/domain';

interface Destination {
  readonly to: string;
  readonly title: string;
  readonly description: string;
}

function Destinations({ items }: { readonly items: readonly Destination[] }) {
  return (
    <ul className="govuk-list">
      {items.map((item) => (
        <li key={item.to} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
            <Link className="govuk-link" to={item.to}>
              {item.title}
            </Link>
          </h2>
          <p className="govuk-body">{item.description}</p>
        </li>
      ))}
    </ul>
  );
}

const AGENCIES_DESTINATION: Destination = {
  to: '/agencies',
  title: 'Partner agencies',
  description: 'The agencies in the partnership, and adding one that joins it.',
};

const PEOPLE_DESTINATION: Destination = {
  to: '/people',
  title: 'People',
  description: 'Everyone with an account, by agency: move someone to another agency or remove them.',
};

function FamilyPartnershipTeamHome({ manager }: { readonly manager: boolean }) {
  const awaiting = useQuery(REFERRALS, { status: 'AWAITING_TRIAGE' });
  const terms = useTerms();
  const count = awaiting.data?.referrals.length;
  return (
    <Destinations
      items={[
        { to: '/referrals/new', title: 'Record a referral', description: 'Record a referral that has come in to the front door.' },
        {
          to: '/step-downs/new',
          title: 'Record a step-down from children’s social care',
          description: `Open the family’s ${inRunningText(terms.earlyHelp)} case with its history and offer the lead to a partner agency.`,
        },
        {
          to: '/referrals',
          title: count === undefined ? 'Referrals awaiting triage' : `Referrals awaiting triage (${count})`,
          description: `Decide the level of need and, for partner-led ${inRunningText(terms.earlyHelp)}, who will lead.`,
        },
        {
          to: '/forum',
          title: terms.forum,
          description: manager
            ? 'Meetings, agendas, decisions and minutes, and new escalation concerns.'
            : 'Meetings, agendas, decisions and minutes.',
        },
        {
          to: '/mentoring',
          title: 'Mentoring and case consultations',
          description: 'Requests from partners, who holds them and how long they have waited.',
        },
        {
          to: '/handovers',
          title: 'Step-up handovers',
          description: 'Families waiting for Family Casework or Children’s Social Care to accept them.',
        },
        { to: '/admin/deliveries', title: 'Failed deliveries', description: 'Notifications that could not be delivered after retrying.' },
        {
          to: '/cases',
          title: 'All partner-led cases',
          description: `Every level 2 case, with first contact and ${terms.familyPlan} deadlines.`,
        },
        {
          to: '/education-settings',
          title: 'Education settings',
          description: 'Schools, colleges and early-years settings, their safeguarding leads, school day and closure days.',
        },
        ...(manager ? [AGENCIES_DESTINATION, PEOPLE_DESTINATION] : []),
      ]}
    />
  );
}

function PartnerHome() {
  const terms = useTerms();
  const forum = forumShortName(terms);
  return (
    <>
      <SustainmentChecksWaiting />
      <Destinations
        items={[
          { to: '/cases', title: 'My caseload', description: 'Families your agency leads, and the deadlines for each.' },
          {
            to: '/referrals/new',
            title: 'Make a referral',
            description: `Refer a family to the front door for ${inRunningText(terms.earlyHelp)}, with the family’s agreement or on a safeguarding basis.`,
          },
          {
            to: '/referrals',
            title: 'My referrals',
            description: 'The referrals you made and those from your agency: where each has got to, and what was decided and why.',
          },
          {
            to: '/escalation-concerns',
            title: 'My escalation concerns',
            description: `Concerns you raised for the ${forum} chair, and what the chair and the ${forum} decided.`,
          },
        ]}
      />
    </>
  );
}

export function HomePage() {
  const viewer = useViewer();
  const terms = useTerms();
  usePageTitle('Home');
  return (
    <>
      <span className="govuk-caption-l">
        {viewer.jobTitle}, {viewer.agency.name}
      </span>
      <h1 className="govuk-heading-l">{terms.earlyHelp}</h1>
      {viewer.isFamilyPartnershipTeam ? <FamilyPartnershipTeamHome manager={viewer.role === 'FPT_MANAGER'} /> : <PartnerHome />}
    </>
  );
}
