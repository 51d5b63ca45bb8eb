import { Fragment, type ReactNode } from 'react';
import { Fieldset, type QuestionProps } from './fields';

export interface RadioItem<TValue extends string> {
  readonly value: TValue;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** Shown under the radio while it is chosen (the GOV.UK conditional reveal). */
  readonly conditional?: ReactNode;
  /** A divider such as "or" above this item. */
  readonly dividerBefore?: string;
}

interface ChoiceItemsProps<TValue extends string> {
  readonly type: 'radio' | 'checkbox';
  /** The question's id and name, from its Fieldset. */
  readonly id: string;
  readonly name: string;
  readonly items: readonly RadioItem<TValue>[];
  readonly isChecked: (value: TValue) => boolean;
  readonly onChange: (value: TValue, checked: boolean) => void;
}

/** The items of GOV.UK radios or checkboxes: input, label, hint and conditional reveal. */
export function ChoiceItems<TValue extends string>({ type, id: questionId, name, items, isChecked, onChange }: ChoiceItemsProps<TValue>) {
  const block = type === 'radio' ? 'radios' : 'checkboxes';
  return (
    <>
      {items.map((item, index) => {
        // The first item takes the question's id so the error summary can link to it.
        const id = index === 0 ? questionId : `${questionId}-${index + 1}`;
        const checked = isChecked(item.value);
        return (
          <Fragment key={item.value}>
            {item.dividerBefore && <div className={`govuk-${block}__divider`}>{item.dividerBefore}</div>}
            <div className={`govuk-${block}__item`}>
              <input
                className={`govuk-${block}__input`}
                id={id}
                name={name}
                type={type}
                value={item.value}
                checked={checked}
                onChange={(event) => onChange(item.value, event.target.checked)}
                aria-describedby={item.hint ? `${id}-hint` : undefined}
              />
              <label className={`govuk-label govuk-${block}__label`} htmlFor={id}>
                {item.label}
              </label>
              {item.hint && (
                <div id={`${id}-hint`} className={`govuk-hint govuk-${block}__hint`}>
                  {item.hint}
                </div>
              )}
            </div>
            {item.conditional && checked && (
              <div className={`govuk-${block}__conditional`} id={`conditional-${id}`}>
                {item.conditional}
              </div>
            )}
          </Fragment>
        );
      })}
    </>
  );
}

interface RadiosProps<TValue extends string> extends QuestionProps {
  readonly legend: ReactNode;
  readonly legendSize?: 's' | 'm' | 'l';
  readonly items: readonly RadioItem<TValue>[];
  readonly value: TValue | '';
  readonly onChange: (value: TValue) => void;
  readonly inline?: boolean;
}

export function Radios<TValue extends string>({ legend, legendSize, items, value, onChange, inline, ...question }: RadiosProps<TValue>) {
  return (
    <Fieldset legend={legend} legendSize={legendSize} {...question}>
      {(control) => (
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
          <ChoiceItems
            type="radio"
            id={control.id}
            name={control.name}
            items={items}
            isChecked={(v) => v === value}
            onChange={(v) => onChange(v)}
          />
        </div>
      )}
    </Fieldset>
  );
}
