import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { Select } from '../components/fields';
import { type FormController, GovForm, SubmitButton, useForm } from '../components/form';
import { SuccessBanner, successState, useSuccessMessage } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Table } from '../components/table';
import { graphql } from '../graphql/generated';
import { request } from '../graphql/client';
import { AGENCIES, type Agency } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { NotFoundPage } from '../not-found/not-found-page';
import { useTerms, useViewer } from '../session/session';
import { WarningText } from '../components/warning-text';
import type { PeopleQuery, Role } from '../graphql/generated/graphql';

const PEOPLE = graphql(`
  query People {
    people {
      id
      displayName
      jobTitle
      role
      version
      agencyManager
      openCasesLed
      agency {
        id
        name
        agencyType
      }
    }
  }
`);
type Person = PeopleQuery['people'][number];

const MOVE_USER = graphql(`
  mutation MoveUserToAgency($userId: ID!, $agencyId: ID!, $expectedVersion: Int) {
    moveUserToAgency(userId: $userId, agencyId: $agencyId, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

const REMOVE_USER = graphql(`
  mutation RemoveUserFromAgency($userId: ID!, $expectedVersion: Int) {
    removeUserFromAgency(userId: $userId, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

const SET_AGENCY_MANAGER = graphql(`
  mutation SetAgencyManager($userId: ID!, $manager: Boolean!, $expectedVersion: Int) {
    setAgencyManager(userId: $userId, manager: $manager, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

const ROLES: Readonly<Record<Role, string>> = {
  FRONT_DOOR_OFFICER: 'Front door officer',
  FPT_MANAGER: 'FPT manager',
  PRACTITIONER: 'Practitioner',
};

function byAgency(people: readonly Person[]): { agency: Agency; people: Person[] }[] {
  const groups = new Map<string, { agency: Agency; people: Person[] }>();
  for (const person of people) {
    const group = groups.get(person.agency.id) ?? { agency: person.agency, people: [] };
    group.people.push(person);
    groups.set(person.agency.id, group);
  }
  return [...groups.values()];
}

/** The FPT manager's list of people, by agency, with moving and removing. */
export function PeoplePage() {
  const viewer = useViewer();
  const terms = useTerms();
  const people = useQuery(PEOPLE, {});
  const success = useSuccessMessage();
  const form = useForm();
  usePageTitle('People', false);
  const setManager = (p: Person) =>
    void form
      .run(() => request(SET_AGENCY_MANAGER, { userId: p.id, manager: !p.agencyManager, expectedVersion: p.version }))
      .then(() => people.reload());
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <SuccessBanner message={success} />
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">People</h1>
        <p className="govuk-body">
          Moving someone to another agency or removing them signs them out at once and ends their part in cases as a named professional.
          Open cases they lead must be reallocated first: open each case from the{' '}
          <Link className="govuk-link" to="/cases">
            caseload
          </Link>{' '}
          and use “Change {terms.leadPractitioner}”.
        </p>
        <QueryView result={people}>
          {(data) =>
            byAgency(data.people).map(({ agency, people: members }) => (
              <Table
                key={agency.id}
                caption={agency.name}
                captionSize="s"
                rows={members}
                rowKey={(p) => p.id}
                columns={[
                  { header: 'Name', cell: (p) => p.displayName },
                  { header: 'Job title', cell: (p) => p.jobTitle },
                  { header: 'Role', cell: (p) => (p.agencyManager ? `${ROLES[p.role]} (manages the agency’s cases)` : ROLES[p.role]) },
                  { header: 'Open cases led', cell: (p) => p.openCasesLed, numeric: true },
                  {
                    header: 'Actions',
                    cell: (p) =>
                      p.id === viewer.id ? null : (
                        <ul className="govuk-list govuk-!-margin-bottom-0">
                          {p.role === 'PRACTITIONER' && (
                            <li>
                              <button
                                type="button"
                                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                                disabled={form.submitting}
                                onClick={() => setManager(p)}
                              >
                                {p.agencyManager ? 'Stop as agency manager' : 'Make agency manager'}
                                <span className="govuk-visually-hidden"> ({p.displayName})</span>
                              </button>
                            </li>
                          )}
                          {p.role === 'PRACTITIONER' && (
                            <li>
                              <Link className="govuk-link" to={`/people/${p.id}/move`}>
                                Move to another agency<span className="govuk-visually-hidden"> ({p.displayName})</span>
                              </Link>
                            </li>
                          )}
                          <li>
                            <Link className="govuk-link" to={`/people/${p.id}/remove`}>
                              Remove<span className="govuk-visually-hidden"> {p.displayName}</span>
                            </Link>
                          </li>
                        </ul>
                      ),
                  },
                ]}
              />
            ))
          }
        </QueryView>
      </div>
    </div>
  );
}

/** The person named in the address, from the manager's list; someone not in it is not found. */
function WithPerson({ children }: { readonly children: (person: Person) => ReactNode }) {
  const { id = '' } = useParams();
  const people = useQuery(PEOPLE, {});
  return (
    <QueryView result={people}>
      {(data) => {
        const person = data.people.find((p) => p.id === id);
        return person ? children(person) : <NotFoundPage />;
      }}
    </QueryView>
  );
}

function LeadsOpenCases({ person }: { readonly person: Person }) {
  const terms = useTerms();
  if (person.openCasesLed === 0) return null;
  return (
    <>
      <WarningText>
        {`${person.displayName} is the ${terms.leadPractitioner} for ${person.openCasesLed === 1 ? '1 open case' : `${person.openCasesLed} open cases`}. Reallocate ${person.openCasesLed === 1 ? 'it' : 'them'} first: the portal will refuse until then.`}
      </WarningText>
      <p className="govuk-body">
        To reallocate, open each case from the{' '}
        <Link className="govuk-link" to="/cases">
          partner-led cases
        </Link>{' '}
        and use “Change {terms.leadPractitioner}”.
      </p>
    </>
  );
}

function MoveForm({ person, agencies }: { readonly person: Person; readonly agencies: readonly Agency[] }) {
  const navigate = useNavigate();
  const form = useForm({ CONFLICT: 'Their account has changed since you opened this page. Go back to People and try again.' });
  const [agencyId, setAgencyId] = useState('');
  usePageTitle('Move to another agency', form.problems.length > 0);
  const submit = async () => {
    if (!agencyId) return form.fail([{ field: 'agencyId', message: 'Choose the agency they are moving to' }]);
    const moved = await form.run(() => request(MOVE_USER, { userId: person.id, agencyId, expectedVersion: person.version }));
    const to = agencies.find((a) => a.id === agencyId)?.name ?? 'their new agency';
    if (moved) navigate('/people', { state: successState(`${person.displayName} moved to ${to}`) });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <span className="govuk-caption-l">{person.agency.name}</span>
        <h1 className="govuk-heading-l">Move {person.displayName} to another agency</h1>
        <LeadsOpenCases person={person} />
        <WarningText>
          They will be signed out at once. They stop being a named professional on every case, and nothing shared with them as restricted
          information stays shared. Their new agency’s cases are what they will see.
        </WarningText>
        <GovForm form={form} onSubmit={() => void submit()}>
          <Select
            field="agencyId"
            label="Which agency are they moving to?"
            placeholder="Choose an agency"
            value={agencyId}
            onChange={setAgencyId}
            options={agencies.filter((a) => a.id !== person.agency.id).map((a) => ({ value: a.id, label: a.name }))}
          />
          <ConfirmOrCancel form={form}>Move {person.displayName}</ConfirmOrCancel>
        </GovForm>
      </div>
    </div>
  );
}

// The confirm page's two ways out: do it (a warning button), or go back to People.
function ConfirmOrCancel({ form, children }: { readonly form: FormController; readonly children: ReactNode }) {
  return (
    <div className="govuk-button-group">
      <SubmitButton form={form} warning>
        {children}
      </SubmitButton>
      <Link className="govuk-link" to="/people">
        Cancel
      </Link>
    </div>
  );
}

export function MoveUserPage() {
  const agencies = useQuery(AGENCIES, {});
  return (
    <WithPerson>
      {(person) => <QueryView result={agencies}>{(data) => <MoveForm person={person} agencies={data.agencies} />}</QueryView>}
    </WithPerson>
  );
}

function RemoveForm({ person }: { readonly person: Person }) {
  const navigate = useNavigate();
  const form = useForm({ CONFLICT: 'Their account has changed since you opened this page. Go back to People and try again.' });
  usePageTitle('Remove from agency', form.problems.length > 0);
  const submit = async () => {
    const removed = await form.run(() => request(REMOVE_USER, { userId: person.id, expectedVersion: person.version }));
    if (removed) navigate('/people', { state: successState(`${person.displayName} removed`) });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <span className="govuk-caption-l">{person.agency.name}</span>
        <h1 className="govuk-heading-l">Are you sure you want to remove {person.displayName}?</h1>
        <LeadsOpenCases person={person} />
        <WarningText>
          Their account will be disabled and they will be signed out at once. They stop being a named professional on every case. Their past
          work stays on the record.
        </WarningText>
        <GovForm form={form} onSubmit={() => void submit()}>
          <ConfirmOrCancel form={form}>Remove {person.displayName}</ConfirmOrCancel>
        </GovForm>
      </div>
    </div>
  );
}

export function RemoveUserPage() {
  return <WithPerson>{(person) => <RemoveForm person={person} />}</WithPerson>;
}
