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
          {items.map((item, index) => {
            // The first radio takes the question's id so the error summary can link to it.
            const id = index === 0 ? control.id : `${control.id}-${index + 1}`;
            const checked = item.value === value;
            return (
              <Fragment key={item.value}>
                {item.dividerBefore && <div className="govuk-radios__divider">{item.dividerBefore}</div>}
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name={control.name}
                    type="radio"
                    value={item.value}
                    checked={checked}
                    onChange={() => onChange(item.value)}
                    aria-describedby={item.hint ? `${id}-hint` : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {item.label}
                  </label>
                  {item.hint && (
                    <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                      {item.hint}
                    </div>
                  )}
                </div>
                {item.conditional && checked && (
                  <div className="govuk-radios__conditional" id={`conditional-${id}`}>
                    {item.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      )}
    </Fieldset>
  );
}
