import { lazy, Suspense } from 'react';
import { createBrowserRouter, Link } from 'react-router';
import { paths } from '../config/paths';
import { LoginPage } from '../features/auth/components/login-page';
import { RequireAuth } from '../features/auth/components/require-auth';
import { OverviewPage } from '../features/overview/components/overview-page';
import { AppShell } from '../features/shell/components/app-shell';
import { RequireAction } from '../features/shell/components/require-action';
import { RequirePeriods } from '../features/shell/components/require-periods';
import { useI18n } from '../i18n/i18n';
import { RoleHome } from './role-home';

// The area page is its own chunk: the overview's first load does not carry it.
const AreaPage = lazy(() =>
  import('../features/area/components/area-page').then((m) => ({ default: m.AreaPage })),
);

const FrameworksPage = lazy(() =>
  import('../features/frameworks/components/frameworks-page').then((m) => ({
    default: m.FrameworksPage,
  })),
);

const FiguresPage = lazy(() =>
  import('../features/figures/components/figures-page').then((m) => ({
    default: m.FiguresPage,
  })),
);

const PeriodsPage = lazy(() =>
  import('../features/periods/components/periods-page').then((m) => ({
    default: m.PeriodsPage,
  })),
);

const PlanPage = lazy(() =>
  import('../features/plan/components/plan-page').then((m) => ({ default: m.PlanPage })),
);

const PlanGradingPage = lazy(() =>
  import('../features/plan/components/grading-page').then((m) => ({
    default: m.PlanGradingPage,
  })),
);

const EntryPage = lazy(() =>
  import('../features/entry/components/entry-page').then((m) => ({ default: m.EntryPage })),
);

const ReviewPage = lazy(() =>
  import('../features/review/components/review-page').then((m) => ({ default: m.ReviewPage })),
);
const ReviewQueuePage = lazy(() =>
  import('../features/review/components/review-page').then((m) => ({
    default: m.ReviewQueuePage,
  })),
);

const ReportPage = lazy(() =>
  import('../features/report/components/report-page').then((m) => ({ default: m.ReportPage })),
);

const UsersPage = lazy(() =>
  import('../features/users/components/users-page').then((m) => ({ default: m.UsersPage })),
);

const AuditPage = lazy(() =>
  import('../features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })),
);

const ForumPage = lazy(() =>
  import('../features/present/components/forum-page').then((m) => ({ default: m.ForumPage })),
);
const PresentPage = lazy(() =>
  import('../features/present/components/present-page').then((m) => ({
    default: m.PresentPage,
  })),
);
const PresenterPage = lazy(() =>
  import('../features/present/components/presenter-page').then((m) => ({
    default: m.PresenterPage,
  })),
);

const HandoutPage = lazy(() =>
  import('../features/present/components/handout-page').then((m) => ({
    default: m.HandoutPage,
  })),
);

function Loading() {
  const { t } = useI18n();
  return (
    <p className="state loading" role="status" data-loading>
      {t('state.loading')}
    </p>
  );
}

/** A page that failed while drawing: plain words and a way on, never a stack trace. */
function RouteError() {
  const { t } = useI18n();
  return (
    <div className="page">
      <div className="state error" role="alert">
        <p className="state-line">
          <strong>{t('state.pageError')}</strong>
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('state.reload')}
        </button>{' '}
        <Link to={paths.home}>{t('state.backHome')}</Link>
      </div>
    </div>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <p className="state empty">{t('state.notFound')}</p>
      <Link to={paths.home}>{t('state.backHome')}</Link>
    </div>
  );
}

export const router = createBrowserRouter([
  { path: paths.login, element: <LoginPage /> },
  // The deck is full screen: no app header, only the slides.
  {
    path: paths.presentPattern,
    errorElement: <RouteError />,
    element: (
      <RequireAuth stay>
        <Suspense fallback={<Loading />}>
          <PresentPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    path: paths.presenterPattern,
    errorElement: <RouteError />,
    element: (
      <RequireAuth stay>
        <Suspense fallback={<Loading />}>
          <PresenterPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    path: paths.handoutPattern,
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Suspense fallback={<Loading />}>
          <HandoutPage />
        </Suspense>
      </RequireAuth>
    ),
  },
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { path: paths.home, element: <RoleHome /> },
      {
        path: paths.overview,
        element: (
          <RequirePeriods>
            <OverviewPage />
          </RequirePeriods>
        ),
      },
      {
        path: paths.areaPattern,
        element: (
          <RequirePeriods>
            <Suspense fallback={<Loading />}>
              <AreaPage />
            </Suspense>
          </RequirePeriods>
        ),
      },
      {
        path: paths.frameworks,
        element: (
          <RequireAction action="framework.import">
            <Suspense fallback={<Loading />}>
              <FrameworksPage />
            </Suspense>
          </RequireAction>
        ),
      },
      {
        path: paths.figures,
        element: (
          <RequirePeriods>
            <Suspense fallback={<Loading />}>
              <FiguresPage />
            </Suspense>
          </RequirePeriods>
        ),
      },
      {
        path: paths.forum,
        element: (
          <RequirePeriods>
            <Suspense fallback={<Loading />}>
              <ForumPage />
            </Suspense>
          </RequirePeriods>
        ),
      },
      {
        path: paths.report,
        element: (
          <RequireAction action="report.read">
            <RequirePeriods>
              <Suspense fallback={<Loading />}>
                <ReportPage />
              </Suspense>
            </RequirePeriods>
          </RequireAction>
        ),
      },
      {
        path: paths.periods,
        element: (
          <RequireAction action="period.manage">
            <Suspense fallback={<Loading />}>
              <PeriodsPage />
            </Suspense>
          </RequireAction>
        ),
      },
      {
        path: paths.entryPattern,
        element: (
          <Suspense fallback={<Loading />}>
            <EntryPage />
          </Suspense>
        ),
      },
      {
        path: paths.planGradingPattern,
        element: (
          <Suspense fallback={<Loading />}>
            <PlanGradingPage />
          </Suspense>
        ),
      },
      {
        path: paths.planPattern,
        element: (
          <Suspense fallback={<Loading />}>
            <PlanPage />
          </Suspense>
        ),
      },
      {
        path: paths.themePlanPattern,
        element: (
          <Suspense fallback={<Loading />}>
            <PlanPage />
          </Suspense>
        ),
      },
      {
        path: paths.reviewQueue,
        element: (
          <Suspense fallback={<Loading />}>
            <ReviewQueuePage />
          </Suspense>
        ),
      },
      {
        path: paths.reviewPattern,
        element: (
          <Suspense fallback={<Loading />}>
            <ReviewPage />
          </Suspense>
        ),
      },
      {
        path: paths.users,
        element: (
          <RequireAction action="user.manage">
            <Suspense fallback={<Loading />}>
              <UsersPage />
            </Suspense>
          </RequireAction>
        ),
      },
      {
        path: paths.audit,
        element: (
          <RequireAction action="audit.read">
            <Suspense fallback={<Loading />}>
              <AuditPage />
            </Suspense>
          </RequireAction>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
