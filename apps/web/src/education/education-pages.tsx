import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Checkboxes } from '../components/checkboxes';
import { ErrorSummary } from '../components/error-summary';
import { Select, Textarea, TextInput } from '../components/fields';
import { GovForm, ReloadAfterConflict, SubmitButton, useForm } from '../components/form';
import { SuccessBanner, successState, useSuccessMessage } from '../components/notification-banner';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { Table } from '../components/table';
import { toIsoDate } from '../format/dates';
import { request, type FieldProblem } from '../graphql/client';
import { AGENCIES, PRACTITIONERS } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { usePageTitle } from '../layout/page-title';
import { useViewer } from '../session/session';
import { ADD_EDUCATION_SETTING, EDUCATION_SETTING, EDUCATION_SETTINGS, PHASES, UPDATE_EDUCATION_SETTING } from './education-operations';
import type { EducationPhase, EducationSettingInput } from '../graphql/generated/graphql';
import type { EducationSetting } from './education-operations';

/** Who a setting's safeguarding messages go to: its DSL and deputies, or its contact address. */
export function reachedThrough(s: EducationSetting): string {
  if (!s.inCouncil) return s.contactEmail ?? 'No contact address';
  if (s.safeguardingLeads.length === 0) return 'No safeguarding lead named yet';
  return s.safeguardingLeads.map((l) => `${l.displayName} (${l.role === 'DSL' ? 'DSL' : 'deputy'})`).join(', ');
}

/** The directory: every signed-in user reads it; the Family Partnership Team adds and changes settings. */
export function EducationSettingsPage() {
  const viewer = useViewer();
  const settings = useQuery(EDUCATION_SETTINGS, {});
  const success = useSuccessMessage();
  usePageTitle('Education settings');
  const manage = viewer.isFamilyPartnershipTeam;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <SuccessBanner message={success} />
        <h1 className="govuk-heading-l">Education settings</h1>
        <p className="govuk-body">Schools, colleges and early-years settings, and who receives safeguarding information for each.</p>
        {manage && (
          <Link className="govuk-button" to="/education-settings/new">
            Add a setting
          </Link>
        )}
        <QueryView result={settings}>
          {(data) => (
            <Table
              caption="Settings in the directory"
              rows={data.educationSettings}
              rowKey={(s) => s.id}
              columns={[
                { header: 'Name', cell: (s) => s.name },
                { header: 'URN', cell: (s) => s.urn },
                { header: 'Phase', cell: (s) => PHASES[s.phase] },
                { header: 'School day starts', cell: (s) => s.schoolDayStartsAt },
                { header: 'In the council', cell: (s) => (s.inCouncil ? 'Yes' : 'No, outside') },
                { header: 'Safeguarding contacts', cell: reachedThrough },
                ...(manage
                  ? [
                      {
                        header: 'Action',
                        cell: (s: EducationSetting) => (
                          <Link className="govuk-link" to={`/education-settings/${s.id}/edit`}>
                            Change<span className="govuk-visually-hidden"> {s.name}</span>
                          </Link>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </QueryView>
      </div>
    </div>
  );
}

const CLOSURE_LINE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** One closure day a line, as 4/1/2027; null when a line is not a real date. */
function closureDays(text: string): string[] | null {
  const days: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    const match = CLOSURE_LINE.exec(line);
    const day = match && toIsoDate({ day: match[1], month: match[2], year: match[3] });
    if (!day) return null;
    days.push(day);
  }
  return days;
}

const asLine = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}/${Number(month)}/${year}`;
};

export function AddEducationSettingPage() {
  usePageTitle('Add a setting');
  return <EducationSettingForm title="Add a setting" />;
}

export function EditEducationSettingPage() {
  const { id = '' } = useParams();
  const setting = useQuery(EDUCATION_SETTING, { id });
  return (
    <QueryView result={setting}>
      {(data) => (
        <EducationSettingForm
          key={data.educationSetting.version}
          title="Change a setting"
          setting={data.educationSetting}
          reload={setting.reload}
        />
      )}
    </QueryView>
  );
}

function EducationSettingForm({
  title,
  setting,
  reload,
}: {
  readonly title: string;
  readonly setting?: EducationSetting;
  readonly reload?: () => void;
}) {
  const navigate = useNavigate();
  const form = useForm();
  usePageTitle(title, form.problems.length > 0);
  const agencies = useQuery(AGENCIES, {});
  const [name, setName] = useState(setting?.name ?? '');
  const [urn, setUrn] = useState(setting?.urn ?? '');
  const [phase, setPhase] = useState<EducationPhase | ''>(setting?.phase ?? '');
  const [addressLine1, setAddressLine1] = useState(setting?.addressLine1 ?? '');
  const [addressLine2, setAddressLine2] = useState(setting?.addressLine2 ?? '');
  const [town, setTown] = useState(setting?.town ?? '');
  const [postcode, setPostcode] = useState(setting?.postcode ?? '');
  const [startsAt, setStartsAt] = useState(setting?.schoolDayStartsAt ?? '');
  const [closures, setClosures] = useState((setting?.closureDays ?? []).map(asLine).join('\n'));
  const [inCouncil, setInCouncil] = useState<'YES' | 'NO' | ''>(setting ? (setting.inCouncil ? 'YES' : 'NO') : '');
  const [agencyId, setAgencyId] = useState(setting?.agencyId ?? '');
  const [contactEmail, setContactEmail] = useState(setting?.contactEmail ?? '');
  const [dsl, setDsl] = useState(setting?.safeguardingLeads.find((l) => l.role === 'DSL')?.userId ?? '');
  const [deputies, setDeputies] = useState<string[]>(
    setting?.safeguardingLeads.filter((l) => l.role === 'DEPUTY_DSL').map((l) => l.userId) ?? [],
  );
  const staff = useQuery(PRACTITIONERS, { agencyId }, { skip: !agencyId || inCouncil !== 'YES' });
  const people = staff.data?.practitioners ?? [];

  const submit = async () => {
    const problems: FieldProblem[] = [];
    const days = closureDays(closures);
    if (!days) problems.push({ field: 'closureDays', message: 'Enter each closure day as a real date, one a line, like 4/1/2027' });
    if (!inCouncil) problems.push({ field: 'inCouncil', message: 'Select whether the setting is in the council' });
    if (problems.length || !days) return form.fail(problems);
    const council = inCouncil === 'YES';
    const input: EducationSettingInput = {
      name,
      urn: urn.trim(),
      phase,
      addressLine1,
      addressLine2: addressLine2.trim() || null,
      town,
      postcode,
      schoolDayStartsAt: startsAt.trim(),
      closureDays: days,
      inCouncil: council,
      agencyId: council && agencyId ? agencyId : null,
      contactEmail: council ? null : contactEmail.trim() || null,
      safeguardingLeads: council
        ? [
            ...(dsl ? [{ userId: dsl, role: 'DSL' as const }] : []),
            ...deputies.filter((d) => d !== dsl).map((userId) => ({ userId, role: 'DEPUTY_DSL' as const })),
          ]
        : [],
    };
    const saved = await form.run(async () =>
      setting
        ? (await request(UPDATE_EDUCATION_SETTING, { id: setting.id, expectedVersion: setting.version, input })).updateEducationSetting
        : (await request(ADD_EDUCATION_SETTING, { input })).addEducationSetting,
    );
    if (saved) navigate('/education-settings', { state: successState(`${saved.name} ${setting ? 'changed' : 'added'}`) });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={form.problems} />
        <h1 className="govuk-heading-l">{title}</h1>
        <GovForm form={form} onSubmit={() => void submit()}>
          <TextInput field="name" label="Name" value={name} onChange={setName} />
          <TextInput
            field="urn"
            label="Unique reference number (URN)"
            hint="The 6-digit number from Get Information about Schools"
            inputMode="numeric"
            width={10}
            value={urn}
            onChange={setUrn}
          />
          <Select
            field="phase"
            label="Phase"
            placeholder="Choose a phase"
            options={Object.entries(PHASES).map(([value, label]) => ({ value, label }))}
            value={phase}
            onChange={(v) => setPhase(v as EducationPhase | '')}
          />
          <TextInput field="addressLine1" label="Address line 1" value={addressLine1} onChange={setAddressLine1} />
          <TextInput field="addressLine2" label="Address line 2 (optional)" value={addressLine2} onChange={setAddressLine2} />
          <TextInput field="town" label="Town or city" width={20} value={town} onChange={setTown} />
          <TextInput field="postcode" label="Postcode" width={10} value={postcode} onChange={setPostcode} />
          <TextInput
            field="schoolDayStartsAt"
            label="Time the school day starts"
            hint="Use the 24-hour clock, like 08:45"
            width={5}
            value={startsAt}
            onChange={setStartsAt}
          />
          <Textarea
            field="closureDays"
            label="Closure days (optional)"
            hint="Days the setting is closed beyond weekends and bank holidays, such as training days. One date a line, like 4/1/2027"
            rows={4}
            value={closures}
            onChange={setClosures}
          />
          <Radios
            field="inCouncil"
            legend="Is the setting in the council?"
            legendSize="s"
            value={inCouncil}
            onChange={setInCouncil}
            items={[
              {
                value: 'YES',
                label: 'Yes',
                hint: 'Its designated safeguarding lead and deputies use the portal',
                conditional: (
                  <>
                    <QueryView result={agencies}>
                      {(data) => (
                        <Select
                          field="agencyId"
                          label="Partner agency"
                          placeholder="Choose the setting’s agency"
                          options={data.agencies.map((a) => ({ value: a.id, label: a.name }))}
                          value={agencyId}
                          onChange={(v) => {
                            setAgencyId(v);
                            setDsl('');
                            setDeputies([]);
                          }}
                        />
                      )}
                    </QueryView>
                    {agencyId && (
                      <>
                        <Select
                          field="safeguardingLeads"
                          label="Designated safeguarding lead (optional)"
                          placeholder="Choose a person"
                          options={people.map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
                          value={dsl}
                          onChange={setDsl}
                        />
                        {people.length > 0 && (
                          <Checkboxes
                            field="deputies"
                            legend="Deputy designated safeguarding leads (optional)"
                            small
                            items={people
                              .filter((p) => p.id !== dsl)
                              .map((p) => ({ value: p.id, label: `${p.displayName}, ${p.jobTitle}` }))}
                            value={deputies}
                            onChange={setDeputies}
                          />
                        )}
                      </>
                    )}
                  </>
                ),
              },
              {
                value: 'NO',
                label: 'No, it is outside the council',
                hint: 'Safeguarding information goes to its contact address',
                conditional: (
                  <TextInput
                    field="contactEmail"
                    label="Contact email address"
                    hint="The safeguarding lead’s or the setting’s secure address"
                    type="email"
                    autoComplete="off"
                    spellCheck={false}
                    value={contactEmail}
                    onChange={setContactEmail}
                  />
                ),
              },
            ]}
          />
          <SubmitButton form={form}>{setting ? 'Save changes' : 'Add setting'}</SubmitButton>
          {reload && <ReloadAfterConflict form={form} reload={reload} />}
        </GovForm>
        <p className="govuk-body">
          <Link className="govuk-link" to="/education-settings">
            Back to education settings
          </Link>
        </p>
      </div>
    </div>
  );
}
