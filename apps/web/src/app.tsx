import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
// The layout shows the inbox's unread count, so the inbox's pages come with it, in the entry.
import { AlertsPage, InboxPage, RaiseAlertPage } from './inbox/inbox-pages';
import { PageLayout } from './layout/page-layout';
import { Loading, NotFoundPage, ProblemPage } from './not-found/not-found-page';
import { RequireSignIn, SessionProvider } from './session/session';

// Each page's module is loaded when a route first needs it, so the sign-in page and the caseload
// load only what they use (scripts/route-sizes.cjs prints each route's JavaScript after the build).
// The layout, the session and the router are in the entry; PageLayout shows Loading meanwhile.
const AgenciesPage = lazy(() => import('./agencies/agencies-page').then((m) => ({ default: m.AgenciesPage })));
const AddEducationSettingPage = lazy(() => import('./education/education-pages').then((m) => ({ default: m.AddEducationSettingPage })));
const EditEducationSettingPage = lazy(() => import('./education/education-pages').then((m) => ({ default: m.EditEducationSettingPage })));
const EducationSettingsPage = lazy(() => import('./education/education-pages').then((m) => ({ default: m.EducationSettingsPage })));
const EncompassListPage = lazy(() => import('./encompass/encompass-pages').then((m) => ({ default: m.EncompassListPage })));
const EncompassNotificationPage = lazy(() => import('./encompass/encompass-pages').then((m) => ({ default: m.EncompassNotificationPage })));
const RecordEncompassPage = lazy(() => import('./encompass/encompass-pages').then((m) => ({ default: m.RecordEncompassPage })));
const CasePage = lazy(() => import('./cases/case-page').then((m) => ({ default: m.CasePage })));
const CaseloadPage = lazy(() => import('./cases/caseload-page').then((m) => ({ default: m.CaseloadPage })));
const TransfersPage = lazy(() => import('./cases/lead-change').then((m) => ({ default: m.TransfersPage })));
const AcceptStepUpPage = lazy(() => import('./cases/levels').then((m) => ({ default: m.AcceptStepUpPage })));
const StepDownFromSocialCarePage = lazy(() => import('./cases/levels').then((m) => ({ default: m.StepDownFromSocialCarePage })));
const InvitationsPage = lazy(() => import('./cases/team').then((m) => ({ default: m.InvitationsPage })));
const MyConcernsPage = lazy(() => import('./forum/escalation-pages').then((m) => ({ default: m.MyConcernsPage })));
const RaiseConcernPage = lazy(() => import('./forum/escalation-pages').then((m) => ({ default: m.RaiseConcernPage })));
const AgendaPage = lazy(() => import('./forum/forum-pages').then((m) => ({ default: m.AgendaPage })));
const CancelMeetingPage = lazy(() => import('./forum/forum-pages').then((m) => ({ default: m.CancelMeetingPage })));
const ForumPage = lazy(() => import('./forum/forum-pages').then((m) => ({ default: m.ForumPage })));
const MinutesPage = lazy(() => import('./forum/forum-pages').then((m) => ({ default: m.MinutesPage })));
const MyActionsPage = lazy(() => import('./forum/forum-pages').then((m) => ({ default: m.MyActionsPage })));
const HandoversPage = lazy(() => import('./forum/support-pages').then((m) => ({ default: m.HandoversPage })));
const MentoringPage = lazy(() => import('./forum/support-pages').then((m) => ({ default: m.MentoringPage })));
const RequestMentoringPage = lazy(() => import('./forum/support-pages').then((m) => ({ default: m.RequestMentoringPage })));
const UrgentStepUpPage = lazy(() => import('./forum/support-pages').then((m) => ({ default: m.UrgentStepUpPage })));
const GovernancePage = lazy(() => import('./governance/governance-pages').then((m) => ({ default: m.GovernancePage })));
const RetentionPolicyPage = lazy(() => import('./governance/governance-pages').then((m) => ({ default: m.RetentionPolicyPage })));
const HomePage = lazy(() => import('./home/home-page').then((m) => ({ default: m.HomePage })));
const ImpactPage = lazy(() => import('./impact/impact-page').then((m) => ({ default: m.ImpactPage })));
const LocalitiesPage = lazy(() => import('./impact/localities-page').then((m) => ({ default: m.LocalitiesPage })));
const FailedDeliveriesPage = lazy(() => import('./inbox/failed-deliveries-page').then((m) => ({ default: m.FailedDeliveriesPage })));
const PreferencesPage = lazy(() => import('./inbox/preferences-page').then((m) => ({ default: m.PreferencesPage })));
const ClosePage = lazy(() => import('./my-family-plan/case-work-pages').then((m) => ({ default: m.ClosePage })));
const ConsentPage = lazy(() => import('./my-family-plan/case-work-pages').then((m) => ({ default: m.ConsentPage })));
const ReviewPage = lazy(() => import('./my-family-plan/case-work-pages').then((m) => ({ default: m.ReviewPage })));
const WithdrawConsentPage = lazy(() => import('./my-family-plan/case-work-pages').then((m) => ({ default: m.WithdrawConsentPage })));
const ChildLetterPage = lazy(() => import('./my-family-plan/child-letter-page').then((m) => ({ default: m.ChildLetterPage })));
const PlanPage = lazy(() => import('./my-family-plan/plan-page').then((m) => ({ default: m.PlanPage })));
const SectionPage = lazy(() => import('./my-family-plan/section-page').then((m) => ({ default: m.SectionPage })));
const SectionVersionPage = lazy(() => import('./my-family-plan/section-versions-page').then((m) => ({ default: m.SectionVersionPage })));
const SectionVersionsPage = lazy(() => import('./my-family-plan/section-versions-page').then((m) => ({ default: m.SectionVersionsPage })));
const MoveUserPage = lazy(() => import('./people/people-pages').then((m) => ({ default: m.MoveUserPage })));
const PeoplePage = lazy(() => import('./people/people-pages').then((m) => ({ default: m.PeoplePage })));
const RemoveUserPage = lazy(() => import('./people/people-pages').then((m) => ({ default: m.RemoveUserPage })));
const NewReferralPage = lazy(() => import('./referrals/new-referral-page').then((m) => ({ default: m.NewReferralPage })));
const ReferralPage = lazy(() => import('./referrals/referral-page').then((m) => ({ default: m.ReferralPage })));
const ReferralsPage = lazy(() => import('./referrals/referrals-page').then((m) => ({ default: m.ReferralsPage })));
const EnterCodePage = lazy(() => import('./sign-in/second-factor-pages').then((m) => ({ default: m.EnterCodePage })));
const SetUpAuthenticatorPage = lazy(() => import('./sign-in/second-factor-pages').then((m) => ({ default: m.SetUpAuthenticatorPage })));
const EvidenceFamilyPage = lazy(() => import('./outcomes/evidence-pages').then((m) => ({ default: m.EvidenceFamilyPage })));
const EvidencePackPage = lazy(() => import('./outcomes/evidence-pages').then((m) => ({ default: m.EvidencePackPage })));
const OutcomeFrameworkPage = lazy(() => import('./outcomes/evidence-pages').then((m) => ({ default: m.OutcomeFrameworkPage })));
const NeedOutcomesPage = lazy(() => import('./outcomes/need-pages').then((m) => ({ default: m.NeedOutcomesPage })));
const NeedProgressPage = lazy(() => import('./outcomes/need-pages').then((m) => ({ default: m.NeedProgressPage })));
const NeedsPage = lazy(() => import('./outcomes/need-pages').then((m) => ({ default: m.NeedsPage })));
const SustainmentPage = lazy(() => import('./outcomes/need-pages').then((m) => ({ default: m.SustainmentPage })));
const SignInPage = lazy(() => import('./sign-in/sign-in-page').then((m) => ({ default: m.SignInPage })));

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route element={<PageLayout />}>
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="sign-in/authenticator" element={<SetUpAuthenticatorPage />} />
            <Route path="sign-in/code" element={<EnterCodePage key="app" />} />
            <Route path="sign-in/recovery-code" element={<EnterCodePage key="recovery" recovery />} />
            <Route
              element={
                <RequireSignIn
                  loading={<Loading />}
                  problem={<ProblemPage message="The service could not check whether you are signed in. Try again later." />}
                />
              }
            >
              <Route index element={<HomePage />} />
              <Route path="referrals" element={<ReferralsPage />} />
              <Route path="referrals/new" element={<NewReferralPage />} />
              <Route path="referrals/:id" element={<ReferralPage />} />
              <Route path="cases" element={<CaseloadPage />} />
              <Route path="cases/:id" element={<CasePage />} />
              <Route path="transfers" element={<TransfersPage />} />
              <Route path="invitations" element={<InvitationsPage />} />
              <Route path="cases/:id/plan" element={<PlanPage />} />
              <Route path="cases/:id/plan/sections/:key" element={<SectionPage />} />
              <Route path="cases/:id/plan/sections/:key/versions" element={<SectionVersionsPage />} />
              <Route path="cases/:id/plan/sections/:key/versions/:version" element={<SectionVersionPage />} />
              <Route path="cases/:id/consent/new" element={<ConsentPage />} />
              <Route path="cases/:id/consent/:consentId/withdraw" element={<WithdrawConsentPage />} />
              <Route path="cases/:id/reviews/new" element={<ReviewPage />} />
              <Route path="cases/:id/close" element={<ClosePage />} />
              <Route path="cases/:id/needs" element={<NeedsPage />} />
              <Route path="cases/:id/needs/progress" element={<NeedProgressPage />} />
              <Route path="cases/:id/needs/outcomes" element={<NeedOutcomesPage />} />
              <Route path="cases/:id/sustainment" element={<SustainmentPage />} />
              <Route path="cases/:id/letters/:personId" element={<ChildLetterPage />} />
              <Route path="cases/:id/urgent" element={<UrgentStepUpPage />} />
              <Route path="cases/:id/mentoring/new" element={<RequestMentoringPage />} />
              <Route path="cases/:id/escalation-concern/new" element={<RaiseConcernPage />} />
              <Route path="escalation-concerns" element={<MyConcernsPage />} />
              <Route path="forum" element={<ForumPage />} />
              <Route path="forum/:meetingId" element={<AgendaPage />} />
              <Route path="forum/:meetingId/minutes" element={<MinutesPage />} />
              <Route path="forum/:meetingId/cancel" element={<CancelMeetingPage />} />
              <Route path="actions" element={<MyActionsPage />} />
              <Route path="handovers" element={<HandoversPage />} />
              <Route path="handovers/:id/family-casework" element={<AcceptStepUpPage />} />
              <Route path="step-downs/new" element={<StepDownFromSocialCarePage />} />
              <Route path="mentoring" element={<MentoringPage />} />
              <Route path="inbox" element={<InboxPage />} />
              <Route path="inbox/preferences" element={<PreferencesPage />} />
              <Route path="admin/deliveries" element={<FailedDeliveriesPage />} />
              <Route path="agencies" element={<AgenciesPage />} />
              <Route path="education-settings" element={<EducationSettingsPage />} />
              <Route path="education-settings/new" element={<AddEducationSettingPage />} />
              <Route path="education-settings/:id/edit" element={<EditEducationSettingPage />} />
              <Route path="people" element={<PeoplePage />} />
              <Route path="people/:id/move" element={<MoveUserPage />} />
              <Route path="people/:id/remove" element={<RemoveUserPage />} />
              <Route path="information-governance" element={<GovernancePage />} />
              <Route path="information-governance/retention/:recordType" element={<RetentionPolicyPage />} />
              <Route path="impact" element={<ImpactPage />} />
              <Route path="evidence-pack" element={<EvidencePackPage />} />
              <Route path="evidence-pack/:caseId" element={<EvidenceFamilyPage />} />
              <Route path="outcome-framework" element={<OutcomeFrameworkPage />} />
              <Route path="impact/localities" element={<LocalitiesPage />} />
              <Route path="encompass" element={<EncompassListPage />} />
              <Route path="encompass/new" element={<RecordEncompassPage />} />
              <Route path="encompass/:id" element={<EncompassNotificationPage />} />
              <Route path="alerts" element={<AlertsPage />} />
              <Route path="alerts/new" element={<RaiseAlertPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
