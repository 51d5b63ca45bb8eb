import type { ReactNode } from 'react';
import { Fieldset, type QuestionProps } from './fields';
import { ChoiceItems, type RadioItem } from './radios';

export type CheckboxItem<TValue extends string> = Omit<RadioItem<TValue>, 'dividerBefore'>;

interface CheckboxesProps<TValue extends string> extends QuestionProps {
  readonly legend: ReactNode;
  readonly legendSize?: 's' | 'm' | 'l';
  readonly items: readonly CheckboxItem<TValue>[];
  readonly value: readonly TValue[];
  readonly onChange: (value: TValue[]) => void;
  readonly small?: boolean;
}

/** GOV.UK checkboxes: one question, any number of answers, given back in the order of `items`. */
export function Checkboxes<TValue extends string>({
  legend,
  legendSize = 's',
  items,
  value,
  onChange,
  small,
  ...question
}: CheckboxesProps<TValue>) {
  const toggle = (changed: TValue, ticked: boolean) =>
    onChange(items.map((i) => i.value).filter((v) => (v === changed ? ticked : value.includes(v))));
  return (
    <Fieldset legend={legend} legendSize={legendSize} {...question}>
      {(control) => (
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} data-module="govuk-checkboxes">
          <ChoiceItems
            type="checkbox"
            id={control.id}
            name={control.name}
            items={items}
            isChecked={(v) => value.includes(v)}
            onChange={toggle}
          />
        </div>
      )}
    </Fieldset>
  );
}
