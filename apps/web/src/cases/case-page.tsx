import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useForm, type ErrorMessages } from '../components/form';
import { useSuccessMessage } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { RecordPage } from '../components/record-page';
import { SummaryList } from '../components/summary-list';
import { StatusTag } from '../components/tag';
import { ChildSettings } from '../education/child-settings';
import { FamilyDetails } from '../family/family-details';
import { formatDate } from '../format/dates';
import { CASE_STATUSES, levelNames } from '../format/labels';
import { CASE, type EarlyHelpCase } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { useTerms, useViewer } from '../session/session';
import { CasePlanSummary } from '../my-family-plan/case-plan-summary';
import { AccessLog } from './access-log';
import { Chronology } from './chronology';
import { FirstContactDue, MyFamilyPlanDue } from './deadlines';
import { FirstContactForm } from './first-contact-form';
import { RestrictedInformation } from './restricted-information';
import { ShareDecisions } from './share-decisions';
import { ChangeLeadPractitioner } from './lead-change';
import { StepDownFromLevel3 } from './levels';
import { MaintenanceReviews } from './maintenance-reviews';
import { TeamAroundTheFamily } from './team';
import { forumShortName, sentenceCase } from '@eh/domain';

const MESSAGES: ErrorMessages = { CONFLICT: 'Someone else has changed this case. Reload to see their changes.' };

function CaseDetails({ earlyHelpCase: c }: { readonly earlyHelpCase: EarlyHelpCase }) {
  const terms = useTerms();
  return (
    <SummaryList
      rows={[
        { key: 'Status', value: <StatusTag status={CASE_STATUSES[c.status]} /> },
        { key: 'Level of need', value: levelNames(terms)[c.level] ?? `Level ${c.level}` },
        { key: sentenceCase(terms.leadPractitioner), value: `${c.leadPractitioner.displayName}, ${c.leadPractitioner.jobTitle}` },
        { key: 'Lead agency', value: c.leadAgency.name },
        { key: 'Allocated on', value: formatDate(c.allocatedOn) },
        { key: 'First contact due', value: <FirstContactDue deadlines={c} /> },
        { key: 'First contact made on', value: c.firstContactOn && formatDate(c.firstContactOn) },
        { key: 'Why the family declined', value: c.declinedReason },
        { key: `${terms.familyPlan} due`, value: <MyFamilyPlanDue deadlines={c} /> },
      ]}
    />
  );
}

// Where to go next with the case, offered only to those the pages behind the links accept: the lead
// and named professionals ask for mentoring and bring the case to the Forum (as the API's
// canEditPlan); anyone who can see an open case can raise an urgent safeguarding concern, and any
// partner who can see it an escalation concern for the Forum chair.
function CaseLinks({ earlyHelpCase: c }: { readonly earlyHelpCase: EarlyHelpCase }) {
  const viewer = useViewer();
  const terms = useTerms();
  const live = c.status !== 'CLOSED';
  const links = [
    ...(live ? [{ to: `/cases/${c.id}/urgent`, text: 'Raise an urgent safeguarding concern with the front door' }] : []),
    ...(live && !viewer.isFamilyPartnershipTeam
      ? [{ to: `/cases/${c.id}/escalation-concern/new`, text: `Raise an escalation concern for the ${forumShortName(terms)} chair` }]
      : []),
    ...(c.canEditPlan && live ? [{ to: '/forum', text: `Bring this case to the ${terms.forum} (add it to an agenda)` }] : []),
    ...(c.canEditPlan ? [{ to: `/cases/${c.id}/mentoring/new`, text: 'Ask the Family Partnership Team for mentoring or advice' }] : []),
  ];
  if (links.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Get help with this case</h2>
      <ul className="govuk-list">
        {links.map((l) => (
          <li key={l.to}>
            <Link className="govuk-link" to={l.to}>
              {l.text}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const earlyHelpCase = useQuery(CASE, { id });
  const form = useForm(MESSAGES);
  const [recorded, setRecorded] = useState<string>();
  const arrived = useSuccessMessage();
  const viewer = useViewer();

  return (
    <QueryView result={earlyHelpCase}>
      {({ case: loaded }) => (
        <RecordPage
          form={form}
          reload={earlyHelpCase.reload}
          success={recorded ?? arrived}
          caption={`Case ${loaded.reference}`}
          title={loaded.familyName}
        >
          <CaseDetails earlyHelpCase={loaded} />
          <FamilyDetails
            family={loaded.family}
            editing={{
              form,
              onChanged: (message) => {
                earlyHelpCase.reload();
                setRecorded(message);
              },
            }}
          />
          <ChildSettings
            caseId={loaded.id}
            family={loaded.family}
            canRecord={loaded.canEditPlan || viewer.isFamilyPartnershipTeam}
            form={form}
            onRecorded={(message) => {
              earlyHelpCase.reload();
              setRecorded(message);
            }}
          />
          <h2 className="govuk-heading-m">Concerns when referred</h2>
          <p className="govuk-body app-preserve-lines">{loaded.referralConcerns}</p>
          {loaded.status === 'AWAITING_FIRST_CONTACT' && (
            <FirstContactForm
              record={loaded}
              form={form}
              onSaved={(updated) => {
                earlyHelpCase.setData({ case: updated });
                setRecorded('First contact recorded');
              }}
            />
          )}
          <CasePlanSummary
            key={loaded.version}
            caseId={loaded.id}
            form={form}
            onCaseChanged={(message) => {
              earlyHelpCase.reload();
              setRecorded(message);
            }}
          />
          <TeamAroundTheFamily
            key={`team-${loaded.version}`}
            caseId={loaded.id}
            form={form}
            onChanged={(message) => {
              earlyHelpCase.reload();
              setRecorded(message);
            }}
          />
          <ChangeLeadPractitioner
            key={`lead-${loaded.version}`}
            caseId={loaded.id}
            form={form}
            onChanged={(message) => {
              earlyHelpCase.reload();
              setRecorded(message);
            }}
          />
          <StepDownFromLevel3 key={`level-${loaded.version}`} caseId={loaded.id} form={form} onChanged={setRecorded} />
          <MaintenanceReviews caseId={loaded.id} form={form} onChanged={setRecorded} />
          <RestrictedInformation
            caseId={loaded.id}
            form={form}
            onChanged={(message) => {
              earlyHelpCase.reload();
              setRecorded(message);
            }}
          />
          <ShareDecisions
            caseId={loaded.id}
            form={form}
            onChanged={(message) => {
              earlyHelpCase.reload();
              setRecorded(message);
            }}
          />
          <CaseLinks earlyHelpCase={loaded} />
          <Chronology events={loaded.chronology} />
          <AccessLog caseId={loaded.id} />
          {viewer.role === 'FPT_MANAGER' && (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/information-governance?case=${encodeURIComponent(loaded.reference)}#legal-hold`}>
                Place a legal hold on this case
              </Link>
            </p>
          )}
        </RecordPage>
      )}
    </QueryView>
  );
}
