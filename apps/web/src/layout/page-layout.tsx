import { Suspense, useEffect, type MouseEvent } from 'react';
import { InboxLink } from '../inbox/inbox-pages';
import { Link, Outlet, useLocation, useMatch, useNavigate } from 'react-router-dom';
import type { Viewer } from '../graphql/operations';
import { forumShortName } from '@eh/domain';
import { Loading } from '../not-found/not-found-page';
import { useSession, useTerms } from '../session/session';

function NavItem({ to, children }: { readonly to: string; readonly children: string }) {
  const active = useMatch({ path: to, end: to === '/' }) !== null;
  return (
    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
      <Link className="govuk-service-navigation__link" to={to} aria-current={active ? 'page' : undefined}>
        {active ? <strong className="govuk-service-navigation__active-fallback">{children}</strong> : children}
      </Link>
    </li>
  );
}

function ServiceNavigation({ viewer }: { readonly viewer: Viewer }) {
  const { signOut } = useSession();
  const terms = useTerms();
  const navigate = useNavigate();
  const onSignOut = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void signOut().finally(() => navigate('/sign-in'));
  };
  const fpt = viewer.isFamilyPartnershipTeam;
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              <NavItem to="/">Home</NavItem>
              <NavItem to="/referrals">{fpt ? 'Referrals' : 'Referrals from my agency'}</NavItem>
              <NavItem to="/cases">{fpt ? 'Partner-led cases' : 'My caseload'}</NavItem>
              <NavItem to="/forum">{forumShortName(terms)}</NavItem>
              <NavItem to="/actions">My actions</NavItem>
              {!fpt && <NavItem to="/escalation-concerns">My escalation concerns</NavItem>}
              <NavItem to="/mentoring">Mentoring</NavItem>
              <NavItem to="/alerts">Alerts</NavItem>
              <NavItem to="/encompass">Encompass notifications</NavItem>
              {fpt && <NavItem to="/handovers">Handovers</NavItem>}
              {fpt && <NavItem to="/agencies">Agencies</NavItem>}
              <NavItem to="/education-settings">Education settings</NavItem>
              <NavItem to="/impact">Impact figures</NavItem>
              {viewer.role === 'FPT_MANAGER' && <NavItem to="/evidence-pack">Evidence pack</NavItem>}
              {viewer.role === 'FPT_MANAGER' && <NavItem to="/people">People</NavItem>}
              {viewer.role === 'FPT_MANAGER' && <NavItem to="/information-governance">Information governance</NavItem>}
            </ul>
          </nav>
        </div>
        <p className="govuk-body-s app-signed-in">
          <span className="app-signed-in__name">{viewer.displayName}</span>
          <span className="app-signed-in__agency">{viewer.agency.name}</span>
          <InboxLink />
          <a className="govuk-link govuk-link--no-visited-state" href="/sign-in" onClick={onSignOut}>
            Sign out
          </a>
        </p>
      </div>
    </section>
  );
}

export function PageLayout() {
  const { viewer, terms } = useSession();
  const { serviceName, earlyHelp } = terms;
  const { pathname } = useLocation();
  // A new page starts at its top, as it would without client-side routing. (A block body: newer
  // browsers return a promise from scrollTo, which React would take for a cleanup function.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-template__header">
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <Link to="/" className="govuk-generic-header__homepage-link">
                {serviceName}
              </Link>
            </div>
          </div>
        </div>
        {viewer && <ServiceNavigation viewer={viewer} />}
      </header>
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
            <span className="govuk-phase-banner__text">
              This is a new service. It holds synthetic demo data only – no real families or professionals.
            </span>
          </p>
        </div>
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {/* Pages load on first use (app.tsx): Loading shows meanwhile, inside the layout. */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">About this service</h2>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {serviceName}: {earlyHelp.toLowerCase()} for families, shared between the council’s Family Partnership Team and partner
                agencies.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
