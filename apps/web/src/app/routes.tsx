import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { LoginPage } from '../features/login/LoginPage';
import { Loading } from '../ui/Loading';
import { Layout } from './Layout';
import { homeFor } from './navigation';

// Every screen but login is its own chunk: a worker downloads only what their role opens.
const InboxPage = lazy(() => import('../features/inbox/InboxPage'));
const MaraudePage = lazy(() => import('../features/maraude/MaraudePage'));
const HouseholdsPage = lazy(() => import('../features/households/HouseholdsPage'));
const NewHouseholdPage = lazy(() => import('../features/households/NewHouseholdPage'));
const HouseholdPage = lazy(() => import('../features/households/HouseholdPage'));
const SiaoImportPage = lazy(() => import('../features/households/SiaoImportPage'));
const WorklistPage = lazy(() => import('../features/households/WorklistPage'));
const SessionsPage = lazy(() => import('../features/commission/SessionsPage'));
const SessionPage = lazy(() => import('../features/commission/SessionPage'));
const IndicatorsPage = lazy(() => import('../features/indicators/IndicatorsPage'));
const TerritoriesPage = lazy(() => import('../features/indicators/TerritoriesPage'));
const ConventionPage = lazy(() => import('../features/convention/ConventionPage'));
const ExecutionReportPage = lazy(() => import('../features/convention/ExecutionReportPage'));
const AccountPage = lazy(() => import('../features/login/AccountPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function AppRoutes() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'anonymous') {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route path="/login" element={<Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />} />
      <Route element={<Layout />}>
        <Route index element={<Navigate to={homeFor(session.user?.roles ?? [])} replace />} />
        <Route path="reminders" element={<InboxPage />} />
        <Route path="maraude" element={<MaraudePage />} />
        <Route path="households" element={<HouseholdsPage />} />
        <Route path="households/new" element={<NewHouseholdPage />} />
        <Route path="households/import" element={<SiaoImportPage />} />
        <Route path="households/:id" element={<HouseholdPage />} />
        <Route path="worklist" element={<WorklistPage />} />
        <Route path="commission" element={<SessionsPage />} />
        <Route path="commission/:id" element={<SessionPage />} />
        <Route path="indicators" element={<IndicatorsPage />} />
        <Route path="territories" element={<TerritoriesPage />} />
        <Route path="convention" element={<ConventionPage />} />
        <Route path="execution-report" element={<ExecutionReportPage />} />
        <Route path="conventions/:id" element={<ConventionReminderLink />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** A convention's reminders (and their e-mails) link to `/conventions/<id>`: they are about its execution report. */
function ConventionReminderLink() {
  const { id } = useParams();
  return <Navigate to={`/execution-report?convention=${id ?? ''}`} replace />;
}
