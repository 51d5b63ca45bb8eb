import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** The state a page can pass when it navigates, to say what just succeeded on the next page. */
export interface SuccessState {
  readonly success: string;
}

export function successState(success: string): SuccessState {
  return { success };
}

function isSuccessState(state: unknown): state is SuccessState {
  return typeof state === 'object' && state !== null && typeof (state as { success?: unknown }).success === 'string';
}

/** The success message carried by the navigation that led here, if any. */
export function useSuccessMessage(): string | undefined {
  const { state } = useLocation();
  return isSuccessState(state) ? state.success : undefined;
}

/** The GOV.UK success banner, focused when it appears (as govuk-frontend does) so it is seen and read out. */
export function SuccessBanner({ message }: { readonly message: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-banner-title"
      data-module="govuk-notification-banner"
      tabIndex={-1}
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}
