import type { ReactNode } from 'react';
import type { DateParts } from '../format/dates';
import { Fieldset, type QuestionProps } from './fields';

const PARTS = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
] as const;

interface DateInputProps extends QuestionProps {
  readonly legend: ReactNode;
  readonly legendSize?: 's' | 'm' | 'l';
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
}

/** The GOV.UK date input: day, month and year; compose them with `toIsoDate`. */
export function DateInput({ legend, legendSize = 's', value, onChange, ...question }: DateInputProps) {
  return (
    <Fieldset legend={legend} legendSize={legendSize} {...question}>
      {(control) => (
        <div className="govuk-date-input" id={`${control.id}-date`}>
          {PARTS.map(({ part, label, width }) => {
            // The day takes the question's id so the error summary's link lands on it.
            const id = part === 'day' ? control.id : `${control.id}-${part}`;
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={id}>
                    {label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${width}${control.invalid ? ' govuk-input--error' : ''}`}
                    id={id}
                    name={`${control.name}-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={value[part]}
                    onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      )}
    </Fieldset>
  );
}
