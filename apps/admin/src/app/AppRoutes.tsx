import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ClientsPage } from '../modules/clients/ClientsPage';
import { NotFoundPage } from '../ui/NotFoundPage';
import { PageLoader } from '../ui/PageLoader';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';

// The list is the first screen and ships with the app; every other page loads when first opened (the login page
// too: it brings the form library and the domain's zod schemas, which the list does not need).
const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const LoginPage = named(() => import('../modules/auth/LoginPage'), 'LoginPage');
const SignUpPage = named(() => import('../modules/auth/SignUpPage'), 'SignUpPage');
const AcceptInvitationPage = named(() => import('../modules/auth/AcceptInvitationPage'), 'AcceptInvitationPage');
const ClientFormPage = named(() => import('../modules/client-form/ClientFormPage'), 'ClientFormPage');
const ClientProfilePage = named(() => import('../modules/client-profile/ClientProfilePage'), 'ClientProfilePage');
const SettingsPage = named(() => import('../modules/settings/SettingsPage'), 'SettingsPage');

const page = (node: ReactNode) => <Suspense fallback={<PageLoader />}>{node}</Suspense>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={page(<LoginPage />)} />
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
