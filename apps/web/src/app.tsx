import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { TransfersPage } from './cases/lead-change';
import { InvitationsPage } from './cases/team';
import { AgenciesPage } from './agencies/agencies-page';
import { AddEducationSettingPage, EditEducationSettingPage, EducationSettingsPage } from './education/education-pages';
import { CasePage } from './cases/case-page';
import { CaseloadPage } from './cases/caseload-page';
import { GovernancePage, RetentionPolicyPage } from './governance/governance-pages';
import { HomePage } from './home/home-page';
import { ImpactPage } from './impact/impact-page';
import { LocalitiesPage } from './impact/localities-page';
import { PageLayout } from './layout/page-layout';
import { Loading, NotFoundPage, ProblemPage } from './not-found/not-found-page';
import { ClosePage, ConsentPage, ReviewPage, WithdrawConsentPage } from './my-family-plan/case-work-pages';
import { ChildLetterPage } from './my-family-plan/child-letter-page';
import { PlanPage } from './my-family-plan/plan-page';
import { SectionPage } from './my-family-plan/section-page';
import { AgendaPage, ForumPage, CancelMeetingPage, MinutesPage, MyActionsPage } from './forum/forum-pages';
import { MyConcernsPage, RaiseConcernPage } from './forum/escalation-pages';
import { HandoversPage, MentoringPage, RequestMentoringPage, UrgentStepUpPage } from './forum/support-pages';
import { AlertsPage, InboxPage, RaiseAlertPage } from './inbox/inbox-pages';
import { PreferencesPage } from './inbox/preferences-page';
import { FailedDeliveriesPage } from './inbox/failed-deliveries-page';
import { SectionVersionPage, SectionVersionsPage } from './my-family-plan/section-versions-page';
import { NewReferralPage } from './referrals/new-referral-page';
import { AcceptStepUpPage, StepDownFromSocialCarePage } from './cases/levels';
import { MoveUserPage, PeoplePage, RemoveUserPage } from './people/people-pages';
import { ReferralPage } from './referrals/referral-page';
import { ReferralsPage } from './referrals/referrals-page';
import { RequireSignIn, SessionProvider } from './session/session';
import { EnterCodePage, SetUpAuthenticatorPage } from './sign-in/second-factor-pages';
import { SignInPage } from './sign-in/sign-in-page';

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
              <Route path="impact/localities" element={<LocalitiesPage />} />
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
