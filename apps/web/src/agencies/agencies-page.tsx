import { useState } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/fields';
import { GovForm, SubmitButton, useForm, type FormController } from '../components/form';
import { SuccessBanner } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Table } from '../components/table';
import { request } from '../graphql/client';
import { ADD_AGENCY, AGENCIES, type Agency } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { useViewer } from '../session/session';

interface AddAgencyFormProps {
  /** Owned by the page, so its error summary can stand at the top. */
  readonly form: FormController;
  /** Called after each attempt: with the new agency, or with undefined when the API refused it. */
  readonly onResult: (agency: Agency | undefined) => void;
}

// The FPT manager adds an agency that joins the partnership; the API refuses a name already listed.
function AddAgencyForm({ form, onResult }: AddAgencyFormProps) {
  const [name, setName] = useState('');
  const [agencyType, setAgencyType] = useState('');
  const submit = async () => {
    const result = await form.run(() => request(ADD_AGENCY, { input: { name: name.trim(), agencyType: agencyType.trim() } }));
    if (result) {
      setName('');
      setAgencyType('');
    }
    onResult(result?.addAgency);
  };
  return (
    <>
      <h2 className="govuk-heading-m">Add an agency</h2>
      <GovForm form={form} onSubmit={() => void submit()}>
        <TextInput field="name" label="Agency name" value={name} onChange={setName} />
        <TextInput
          field="agencyType"
          label="Type of agency"
          hint="For example School, Police, Health, Domestic abuse service"
          width={20}
          value={agencyType}
          onChange={setAgencyType}
        />
        <SubmitButton form={form}>Add agency</SubmitButton>
      </GovForm>
    </>
  );
}

export function AgenciesPage() {
  const viewer = useViewer();
  const agencies = useQuery(AGENCIES, {});
  const form = useForm();
  const [added, setAdded] = useState<string>();
  usePageTitle('Partner agencies', form.problems.length > 0);
  const onResult = (agency: Agency | undefined) => {
    setAdded(agency && `${agency.name} added`);
    if (agency) agencies.reload();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <SuccessBanner message={added} />
        <h1 className="govuk-heading-l">Partner agencies</h1>
        <QueryView result={agencies}>
          {(data) => (
            <Table
              caption="Agencies in the partnership"
              rows={data.agencies}
              rowKey={(a) => a.id}
              columns={[
                { header: 'Name', cell: (a) => a.name },
                { header: 'Type', cell: (a) => a.agencyType },
              ]}
            />
          )}
        </QueryView>
        {viewer.role === 'FPT_MANAGER' && <AddAgencyForm form={form} onResult={onResult} />}
      </div>
    </div>
  );
}
