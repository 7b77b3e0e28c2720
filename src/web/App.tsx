/**
 * The app: finds out who is signed in (GET /me), then shows either the signed-out pages or the
 * shell with the page the address names.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { get, post, setCsrfToken, setSessionLostHandler } from './lib/api.ts';
import { useI18n, type MessageKey } from './lib/i18n.tsx';
import { matchPath, navigate, useLocation } from './lib/router.tsx';
import { SessionContext, type Session } from './lib/session.tsx';
import { can, type Me, type Permission } from './lib/types.ts';
import { Shell } from './components/Shell.tsx';
import { Loading } from './components/Notice.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from './pages/ResetPasswordPage.tsx';
import { InvitationPage } from './pages/InvitationPage.tsx';
import { PeoplePage } from './pages/PeoplePage.tsx';
import { PersonPage } from './pages/PersonPage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { TokensPage } from './pages/TokensPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { MailboxPage } from './pages/MailboxPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { AlumniChoicePage } from './pages/alumni/AlumniChoicePage.tsx';
import { AlumniHomePage } from './pages/alumni/AlumniHomePage.tsx';
import { AlumniListPage } from './pages/alumni/AlumniListPage.tsx';
import { MyDataPage } from './pages/MyDataPage.tsx';
// ambassadors
import { AmbassadorPage } from './pages/ambassadors/AmbassadorPage.tsx';
import { StoriesPage } from './pages/ambassadors/StoriesPage.tsx';
import { StoryPage } from './pages/ambassadors/StoryPage.tsx';
import { StoryEditorPage } from './pages/ambassadors/StoryEditorPage.tsx';
import { CommunityPage } from './pages/ambassadors/CommunityPage.tsx';
import { EventsPage } from './pages/community/EventsPage.tsx';
import { EventPage } from './pages/community/EventPage.tsx';
import { EventEditorPage } from './pages/community/EventEditorPage.tsx';
import { ExchangePage } from './pages/community/ExchangePage.tsx';
import { PostPage } from './pages/community/PostPage.tsx';
import { LearningPage } from './pages/ambassadors/LearningPage.tsx';
import { ImpactPage } from './pages/ambassadors/ImpactPage.tsx';
import { DiversityPage } from './pages/ambassadors/DiversityPage.tsx';
import { BrandingPage } from './pages/ambassadors/BrandingPage.tsx';
// moments
import { JourneysPage } from './pages/moments/JourneysPage.tsx';
import { JourneyPage } from './pages/moments/JourneyPage.tsx';
import { DeliveriesPage } from './pages/moments/DeliveriesPage.tsx';
import { CalendarPage } from './pages/moments/CalendarPage.tsx';
import { MyMomentsPage } from './pages/moments/MyMomentsPage.tsx';
import { TasksPage } from './pages/moments/TasksPage.tsx';
// surveys
import { NewSurveyPage, SurveysPage } from './pages/surveys/SurveysPage.tsx';
import { SurveyEditPage } from './pages/surveys/SurveyEditPage.tsx';
import { SurveyResultsPage } from './pages/surveys/SurveyResultsPage.tsx';
// integrations
import { IntegrationsPage } from './pages/integrations/IntegrationsPage.tsx';
import { WebhookEndpointPage } from './pages/integrations/WebhookEndpointPage.tsx';
import { CalendarFeedPage } from './pages/integrations/CalendarFeedPage.tsx';
import { hasCode } from './lib/errors.ts';
import { queryClient } from './lib/queryClient.ts';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

/** Signed-in pages: [path pattern, permission needed, page]. */
const ROUTES: [string, Permission | null, (params: Record<string, string>) => ReactNode][] = [
  ['/me/data', null, () => <MyDataPage />],
  ['/people', 'people.read', () => <PeoplePage />],
  ['/people/:id', 'people.read', (p) => <PersonPage key={p.id} id={p.id} />],
  // ambassadors (the insights pages check program.manage themselves: see canManageProgram)
  ['/ambassador', 'people.read', () => <AmbassadorPage />],
  ['/ambassador/questions/:id', 'people.read', (p) => <AmbassadorPage key={p.id} questionId={p.id} />],
  ['/stories', 'people.read', () => <StoriesPage />],
  ['/stories/new', 'people.read', () => <StoryEditorPage key="new" />],
  ['/stories/:id', 'people.read', (p) => <StoryPage key={p.id} id={p.id} />],
  ['/stories/:id/edit', 'people.read', (p) => <StoryEditorPage key={p.id} id={p.id} />],
  ['/community', 'people.read', () => <CommunityPage />],
  // community exchange (the API checks who takes part)
  ['/community/exchange', 'people.read', () => <ExchangePage />],
  ['/community/exchange/posts/:id', 'people.read', (p) => <PostPage key={p.id} id={p.id} />],
  // community events (the pages check program.manage for creating and editing; the API checks who takes part)
  ['/community/events', 'people.read', () => <EventsPage />],
  ['/community/events/new', 'program.manage', () => <EventEditorPage key="new" />],
  ['/community/events/:id', 'people.read', (p) => <EventPage key={p.id} id={p.id} />],
  ['/community/events/:id/edit', 'program.manage', (p) => <EventEditorPage key={p.id} id={p.id} />],
  ['/learning', 'people.read', () => <LearningPage />],
  ['/insights', null, () => <Redirect to="/insights/impact" />],
  ['/insights/impact', null, () => <ImpactPage />],
  ['/insights/diversity', null, () => <DiversityPage />],
  ['/insights/careers-page', 'program.manage', () => <BrandingPage />],
  // moments (HR pages and the calendar check who may see them themselves: see lib/moments.ts)
  ['/journeys', null, () => <JourneysPage />],
  ['/journeys/:id', null, (p) => <JourneyPage key={p.id} id={p.id} />],
  ['/deliveries', null, () => <DeliveriesPage />],
  ['/calendar', null, () => <CalendarPage />],
  ['/me/moments', null, () => <MyMomentsPage />],
  ['/tasks', null, () => <TasksPage />],
  // surveys (each page checks surveys.manage or surveys.results itself: see components/surveys/model.ts)
  ['/surveys', null, () => <SurveysPage />],
  ['/surveys/new', null, () => <NewSurveyPage />],
  ['/surveys/:id/edit', null, (p) => <SurveyEditPage key={p.id} id={p.id} />],
  ['/surveys/:id/results', null, (p) => <SurveyResultsPage key={p.id} id={p.id} />],
  ['/import', 'people.import', () => <ImportPage />],
  ['/users', 'users.read', () => <UsersPage />],
  ['/tokens', null, () => <TokensPage />],
  ['/audit', 'audit.read', () => <AuditPage />],
  ['/mailbox', 'mailbox.read', () => <MailboxPage />],
  ['/settings', 'org.manage', () => <SettingsPage />],
  // integrations
  ['/settings/integrations', 'integrations.manage', () => <Redirect to="/settings/integrations/sso" />],
  ['/settings/integrations/:tab', 'integrations.manage', (p) => <IntegrationsPage key={p.tab} tab={p.tab} />],
  ['/settings/integrations/webhooks/:id', 'integrations.manage', (p) => <WebhookEndpointPage key={p.id} id={p.id} />],
  ['/me/calendar', null, () => <CalendarFeedPage />],
  // alumni: the person's own choice, and the coordinators' list
  ['/me/alumni', 'people.read', () => <AlumniChoicePage />],
  ['/community/alumni', 'program.manage', () => <AlumniListPage />],
];

/**
 * An alumni account's pages: its own profile, stories, community (the alumni topic) and data. The
 * server refuses everything else (community/alumni.gate.ts); this only avoids dead ends.
 */
const ALUMNI_ROUTES: [string, (params: Record<string, string>) => ReactNode][] = [
  ['/me/data', () => <MyDataPage />],
  ['/ambassador', () => <AmbassadorPage />],
  ['/ambassador/questions/:id', (p) => <AmbassadorPage key={p.id} questionId={p.id} />],
  ['/stories', () => <StoriesPage />],
  ['/stories/new', () => <StoryEditorPage key="new" />],
  ['/stories/:id', (p) => <StoryPage key={p.id} id={p.id} />],
  ['/stories/:id/edit', (p) => <StoryEditorPage key={p.id} id={p.id} />],
  ['/community/exchange', () => <ExchangePage />],
  ['/community/exchange/posts/:id', (p) => <PostPage key={p.id} id={p.id} />],
];

function signedInPage(pathname: string, me: Me): ReactNode {
  if (pathname === '/sign-in' || pathname === '/forgot-password') return <Redirect to="/" />;
  if (me.user.role === 'alumni') {
    // matchPath('/', '/') does not match (as for everyone else, the home page is checked first).
    if (pathname === '/') return <AlumniHomePage />;
    for (const [pattern, render] of ALUMNI_ROUTES) {
      const params = matchPath(pattern, pathname);
      if (params) return render(params);
    }
    return <NotFoundPage />;
  }
  if (pathname === '/') return <HomePage />;
  for (const [pattern, needs, render] of ROUTES) {
    const params = matchPath(pattern, pathname);
    if (params) return needs && !can(me, needs) ? <NotFoundPage forbidden /> : render(params);
  }
  return <NotFoundPage />;
}

export function App() {
  const { setLang } = useI18n();
  const { pathname } = useLocation();
  const [me, setMeState] = useState<Me | null | undefined>(undefined);
  const [notice, setNotice] = useState<MessageKey | null>(null);

  const adopt = useCallback(
    (next: Me, newSession: boolean) => {
      setCsrfToken(next.csrfToken);
      setMeState(next);
      // Someone (else) signed in: nothing cached for the previous session may show.
      if (newSession) queryClient.clear();
      // The server's rule (GET /me): the user's choice, their directory entry, this browser, the organisation.
      setLang(next.language);
    },
    [setLang],
  );

  const endLocally = useCallback((why: MessageKey | null) => {
    setCsrfToken(null);
    queryClient.clear();
    setMeState(null);
    setNotice(why);
  }, []);

  useEffect(() => {
    setSessionLostHandler(() => endLocally('auth.sessionEnded'));
    get<Me>('/me').then(
      (m) => adopt(m, true),
      (err) => {
        // "unauthorized" is the normal "not signed in"; anything else shows the sign-in page with a hint.
        endLocally(hasCode(err, 'unauthorized') ? null : 'error.network');
      },
    );
    return () => setSessionLostHandler(null);
  }, [adopt, endLocally]);

  const session = useMemo<Session | null>(
    () =>
      me
        ? {
            me,
            setMe: (m) => adopt(m, false),
            async signOut(everywhere) {
              try {
                await post(everywhere ? '/auth/sign-out-all' : '/auth/sign-out');
              } catch (err) {
                // Already signed out is fine; otherwise the session may still be valid: say so.
                if (!hasCode(err, 'unauthorized')) throw err;
              }
              endLocally(everywhere ? 'auth.signedOutEverywhere' : 'auth.signedOut');
              navigate('/sign-in', { replace: true });
            },
          }
        : null,
    [me, adopt, endLocally],
  );

  const signedIn = (m: Me) => {
    setNotice(null);
    adopt(m, true);
  };

  // These two work whether or not someone is signed in in this browser.
  if (pathname === '/invitation') return <InvitationPage onSignedIn={signedIn} />;
  if (pathname === '/reset-password') return <ResetPasswordPage />;
  if (me === undefined) return <Loading />;
  if (!session) {
    if (pathname === '/forgot-password') return <ForgotPasswordPage />;
    return <SignInPage notice={notice} onSignedIn={signedIn} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <Shell>{signedInPage(pathname, session.me)}</Shell>
    </SessionContext.Provider>
  );
}
