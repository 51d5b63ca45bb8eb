import { useState } from 'react';
import { DateInput } from '../components/date-input';
import { Select } from '../components/fields';
import { GovForm, SubmitButton, type FormController } from '../components/form';
import { QueryView } from '../components/query-view';
import { Radios } from '../components/radios';
import { Table } from '../components/table';
import { fullName } from '../family/family-details';
import { dateProblem, EMPTY_DATE, formatDate, toIsoDate, type DateParts } from '../format/dates';
import { request, type FieldProblem } from '../graphql/client';
import type { Family } from '../graphql/operations';
import { useQuery } from '../hooks/use-query';
import { EDUCATION_SETTINGS, RECORD_CHILD_SETTING } from './education-operations';

interface Row {
  readonly key: string;
  readonly child: string;
  readonly setting: string;
  readonly from: string;
  readonly to: string;
}

/**
 * On the family's record: each child's education settings (current and past), and, for those who
 * may record it, a child's new setting (it ends the current one on the day it starts).
 */
export function ChildSettings({
  caseId,
  family,
  canRecord,
  form,
  onRecorded,
}: {
  readonly caseId: string;
  readonly family: Family;
  readonly canRecord: boolean;
  readonly form: FormController;
  readonly onRecorded: (message: string) => void;
}) {
  const children = family.members.filter((m) => m.role === 'CHILD');
  const rows: Row[] = children.flatMap((child) =>
    (child.educationSettings ?? []).map((s) => ({
      key: s.id,
      child: fullName(child),
      setting: `${s.settingName} (URN ${s.urn})`,
      from: formatDate(s.startedOn),
      to: s.endedOn ? formatDate(s.endedOn) : 'Current',
    })),
  );
  if (children.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Education settings</h2>
      {rows.length > 0 ? (
        <Table
          caption="Each child’s settings"
          captionSize="s"
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            { header: 'Child', cell: (r) => r.child },
            { header: 'Setting', cell: (r) => r.setting },
            { header: 'From', cell: (r) => r.from },
            { header: 'Until', cell: (r) => r.to },
          ]}
        />
      ) : (
        <p className="govuk-body">No child’s education setting is recorded.</p>
      )}
      {canRecord && <RecordChildSettingForm caseId={caseId} family={family} form={form} onRecorded={onRecorded} />}
    </>
  );
}

function RecordChildSettingForm({
  caseId,
  family,
  form,
  onRecorded,
}: {
  readonly caseId: string;
  readonly family: Family;
  readonly form: FormController;
  readonly onRecorded: (message: string) => void;
}) {
  const settings = useQuery(EDUCATION_SETTINGS, {});
  const [personId, setPersonId] = useState('');
  const [settingId, setSettingId] = useState('');
  const [startedOn, setStartedOn] = useState<DateParts>(EMPTY_DATE);
  const children = family.members.filter((m) => m.role === 'CHILD');
  const submit = async () => {
    const problems: FieldProblem[] = [];
    if (!personId) problems.push({ field: 'personId', message: 'Select the child' });
    if (!settingId) problems.push({ field: 'settingId', message: 'Choose the setting' });
    const dateMessage = dateProblem(startedOn, 'the date the child started there');
    if (dateMessage) problems.push({ field: 'startedOn', message: dateMessage });
    if (problems.length) return form.fail(problems);
    const recorded = await form.run(() =>
      request(RECORD_CHILD_SETTING, { input: { caseId, personId, settingId, startedOn: toIsoDate(startedOn) ?? '' } }),
    );
    if (!recorded) return;
    const child = children.find((c) => c.id === personId);
    const now = recorded.recordChildSetting[0];
    setPersonId('');
    setSettingId('');
    setStartedOn(EMPTY_DATE);
    onRecorded(`${child ? fullName(child) : 'The child'}’s setting recorded: ${now?.settingName ?? ''}`);
  };
  return (
    <QueryView result={settings}>
      {(data) => (
        <GovForm form={form} onSubmit={() => void submit()}>
          <h3 className="govuk-heading-s">Record a child’s new setting</h3>
          <Radios
            field="personId"
            legend="Which child?"
            legendSize="s"
            value={personId}
            onChange={setPersonId}
            items={children.map((c) => ({ value: c.id, label: fullName(c) }))}
          />
          <Select
            field="settingId"
            label="Setting"
            hint="If it is not in the list, ask the Family Partnership Team to add it to the directory"
            placeholder="Choose a setting"
            options={data.educationSettings.map((s) => ({ value: s.id, label: `${s.name} (${s.town})` }))}
            value={settingId}
            onChange={setSettingId}
          />
          <DateInput
            field="startedOn"
            legend="When did the child start there?"
            hint="For example, 3 9 2026. Their current setting ends on this day"
            value={startedOn}
            onChange={setStartedOn}
          />
          <SubmitButton form={form}>Record setting</SubmitButton>
        </GovForm>
      )}
    </QueryView>
  );
}
