import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../modules/auth/LoginPage';
import { ClientsPage } from '../modules/clients/ClientsPage';
import { NotFoundPage } from '../ui/NotFoundPage';
import { PageLoader } from '../ui/PageLoader';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';

// The list and the login page are the first screens; everything else loads when first opened.
const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const SignUpPage = named(() => import('../modules/auth/SignUpPage'), 'SignUpPage');
const AcceptInvitationPage = named(() => import('../modules/auth/AcceptInvitationPage'), 'AcceptInvitationPage');
const ClientFormPage = named(() => import('../modules/client-form/ClientFormPage'), 'ClientFormPage');
const ClientProfilePage = named(() => import('../modules/client-profile/ClientProfilePage'), 'ClientProfilePage');
const SettingsPage = named(() => import('../modules/settings/SettingsPage'), 'SettingsPage');

const page = (node: ReactNode) => <Suspense fallback={<PageLoader />}>{node}</Suspense>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/signup" element={page(<SignUpPage />)} />
      <Route path="/accept-invitation" element={page(<AcceptInvitationPage />)} />
      <Route element={<RequireAuth><AppLayout /></RequireAuth>}>
        <Route index element={<Navigate to="/clients" replace />} />
        <Route path="/clients" element={<ClientsPage />} />
        <Route path="/clients/new" element={page(<ClientFormPage />)} />
        <Route path="/clients/:id" element={page(<ClientProfilePage />)} />
        <Route path="/clients/:id/edit" element={page(<ClientFormPage />)} />
        <Route path="/settings/*" element={page(<SettingsPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
