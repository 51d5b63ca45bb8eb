// GOV.UK form groups: one label (or legend), an optional hint and the field's error, tied to the
// control by id and aria-describedby. Every control below is built on these two wrappers.
import type { ChangeEvent, ReactNode } from 'react';
import { scopedFieldId, useFieldError, useIdScope } from './form';

type Size = 's' | 'm' | 'l';

export interface QuestionProps {
  /** The API field path the control edits, e.g. `members.0.firstName`. */
  readonly field: string;
  readonly hint?: ReactNode;
}

interface Control {
  readonly id: string;
  readonly name: string;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
}

function useQuestion({ field, hint }: QuestionProps) {
  const id = scopedFieldId(useIdScope(), field);
  const error = useFieldError(field);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const control: Control = { id, name: field, invalid: error !== undefined, describedBy };
  const notes = (
    <>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
  const groupClass = `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
  return { control, notes, groupClass };
}

interface LabelledProps extends QuestionProps {
  readonly label: ReactNode;
  readonly labelSize?: Size;
  readonly children: (control: Control) => ReactNode;
}

/** A question with one control and a `<label>`. */
export function Labelled({ label, labelSize, children, ...question }: LabelledProps) {
  const { control, notes, groupClass } = useQuestion(question);
  return (
    <div className={groupClass}>
      <label className={`govuk-label${labelSize ? ` govuk-label--${labelSize}` : ''}`} htmlFor={control.id}>
        {label}
      </label>
      {notes}
      {children(control)}
    </div>
  );
}

interface FieldsetProps extends QuestionProps {
  readonly legend: ReactNode;
  readonly legendSize?: Size;
  readonly className?: string;
  readonly children: ReactNode | ((control: Control) => ReactNode);
}

/**
 * Several controls under one `<legend>`: a question (radios, a date) or a group of questions (an
 * address, a family member). A problem with the `field` itself shows above the controls.
 */
export function Fieldset({ legend, legendSize = 'm', className, children, ...question }: FieldsetProps) {
  const { control, notes, groupClass } = useQuestion(question);
  const group = typeof children !== 'function';
  return (
    <div className={groupClass}>
      {/* In a group no control takes the field's id, so the fieldset does, for the error summary's link. */}
      <fieldset
        className={`govuk-fieldset${className ? ` ${className}` : ''}`}
        id={group ? control.id : undefined}
        aria-describedby={control.describedBy}
      >
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        {notes}
        {group ? children : children(control)}
      </fieldset>
    </div>
  );
}

/** What every text control (input, textarea, select) carries: its class, id, value and error state. */
function controlProps(
  control: Control,
  block: 'input' | 'textarea' | 'select',
  value: string,
  onChange: (value: string) => void,
  modifier = '',
) {
  return {
    className: `govuk-${block}${modifier}${control.invalid ? ` govuk-${block}--error` : ''}`,
    id: control.id,
    name: control.name,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange(event.target.value),
    'aria-describedby': control.describedBy,
  };
}

interface TextProps extends QuestionProps {
  readonly label: ReactNode;
  readonly labelSize?: Size;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

interface TextInputProps extends TextProps {
  readonly type?: 'text' | 'email' | 'password';
  readonly autoComplete?: string;
  readonly width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  readonly spellCheck?: boolean;
  /** e.g. `numeric` for a code of digits (GOV.UK asks for inputmode, never type=number). */
  readonly inputMode?: 'numeric' | 'text';
}

export function TextInput({
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  width,
  spellCheck,
  inputMode,
  ...question
}: TextInputProps) {
  return (
    <Labelled label={label} {...question}>
      {(control) => (
        <input
          {...controlProps(control, 'input', value, onChange, width ? ` govuk-input--width-${width}` : '')}
          type={type}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          inputMode={inputMode}
        />
      )}
    </Labelled>
  );
}

export function Textarea({ label, value, onChange, rows = 5, ...question }: TextProps & { readonly rows?: number }) {
  return (
    <Labelled label={label} {...question}>
      {(control) => <textarea {...controlProps(control, 'textarea', value, onChange)} rows={rows} />}
    </Labelled>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface SelectProps extends TextProps {
  readonly options: readonly Option[];
  /** The first, empty choice, e.g. "Choose an agency". */
  readonly placeholder: string;
  readonly disabled?: boolean;
}

export function Select({ label, value, onChange, options, placeholder, disabled, ...question }: SelectProps) {
  return (
    <Labelled label={label} {...question}>
      {(control) => (
        <select {...controlProps(control, 'select', value, onChange)} disabled={disabled}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}
