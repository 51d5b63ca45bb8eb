import { Fragment, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Textarea } from '../components/fields';
import { GovForm, type FormController } from '../components/form';
import { QueryView } from '../components/query-view';
import type { QueryResult } from '../hooks/use-query';

/** Something offered to the viewer (a case, a place in a team around a family), as a GOV.UK summary card. */
export function OfferCard({ title, children }: { readonly title: ReactNode; readonly children: ReactNode }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{title}</h2>
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}

/** Accept (after any fields given as children), or decline with a reason, which is required. */
export function AcceptOrDecline({
  form,
  reasonField,
  acceptLabel,
  declineLabel,
  onAccept,
  onDecline,
  children,
}: {
  readonly form: FormController;
  readonly reasonField: string;
  readonly acceptLabel: ReactNode;
  readonly declineLabel: ReactNode;
  readonly onAccept: () => void;
  readonly onDecline: (reason: string) => void;
  readonly children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  return (
    <GovForm form={form} onSubmit={() => undefined}>
      {children}
      <button type="button" className="govuk-button" disabled={form.submitting} onClick={onAccept}>
        {acceptLabel}
      </button>
      <Textarea field={reasonField} label="Reason for declining" rows={2} value={reason} onChange={setReason} />
      <button
        type="button"
        className="govuk-button govuk-button--warning"
        disabled={form.submitting}
        onClick={() => {
          if (!reason.trim()) return form.fail([{ field: reasonField, message: 'Give a reason for declining' }]);
          onDecline(reason.trim());
        }}
      >
        {declineLabel}
      </button>
    </GovForm>
  );
}

/**
 * A page of the offers waiting for the viewer (`offersOf` the query's data), each drawn by `render`,
 * or a line saying there are none with the way back to the caseload.
 */
export function WaitingOffersPage<TData, TOffer extends { readonly id: string }>({
  heading,
  result,
  offersOf,
  none,
  render,
}: {
  readonly heading: string;
  readonly result: QueryResult<TData>;
  readonly offersOf: (data: TData) => readonly TOffer[];
  readonly none: string;
  readonly render: (offer: TOffer) => ReactNode;
}) {
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      <QueryView result={result}>
        {(data) => {
          const offers = offersOf(data);
          if (offers.length > 0) return offers.map((offer) => <Fragment key={offer.id}>{render(offer)}</Fragment>);
          return (
            <p className="govuk-body">
              {none}{' '}
              <Link className="govuk-link" to="/cases">
                Back to your caseload
              </Link>
            </p>
          );
        }}
      </QueryView>
    </>
  );
}
