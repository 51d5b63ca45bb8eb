import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/fields';
import { GovForm, SubmitButton, useForm } from '../components/form';
import { SuccessBanner } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Table } from '../components/table';
import { request } from '../graphql/client';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { useViewer } from '../session/session';
import { LOCALITIES, SAVE_LOCALITY } from './impact-operations';

// The council's localities: the FPT manager adds them; families are placed by postcode district.
export function LocalitiesPage() {
  const viewer = useViewer();
  const localities = useQuery(LOCALITIES, {});
  const form = useForm();
  const [name, setName] = useState('');
  const [districts, setDistricts] = useState('');
  const [added, setAdded] = useState<string>();
  usePageTitle('Localities', form.problems.length > 0);
  const submit = async () => {
    setAdded(undefined);
    const postcodeDistricts = districts.split(/[\s,]+/).filter(Boolean);
    const result = await form.run(() => request(SAVE_LOCALITY, { input: { name: name.trim(), postcodeDistricts } }));
    if (!result) return;
    setName('');
    setDistricts('');
    setAdded(`${result.saveLocality.name} added`);
    localities.reload();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <SuccessBanner message={added} />
        <h1 className="govuk-heading-l">Localities</h1>
        <p className="govuk-body">
          The impact figures can be shown for each locality. A family belongs to the locality that covers its postcode district, unless the
          front door has recorded another. Changes show in the figures at their next refresh.
        </p>
        <QueryView result={localities}>
          {(data) => (
            <Table
              caption="The council’s localities"
              rows={data.localities}
              rowKey={(l) => l.id}
              columns={[
                { header: 'Locality', cell: (l) => l.name },
                { header: 'Postcode districts', cell: (l) => l.postcodeDistricts.join(', ') },
              ]}
            />
          )}
        </QueryView>
        {viewer.role === 'FPT_MANAGER' && (
          <>
            <h2 className="govuk-heading-m">Add a locality</h2>
            <GovForm form={form} onSubmit={() => void submit()}>
              <TextInput field="name" label="Name" width={20} value={name} onChange={setName} />
              <TextInput
                field="postcodeDistricts"
                label="Postcode districts"
                hint="The first part of the postcode, separated by commas, for example NF5, NF6"
                width={20}
                value={districts}
                onChange={setDistricts}
              />
              <SubmitButton form={form}>Add locality</SubmitButton>
            </GovForm>
          </>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to="/impact">
            Back to the impact figures
          </Link>
        </p>
      </div>
    </div>
  );
}
