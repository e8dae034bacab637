import { Box, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './SessionProvider';

/** Without a session, go to the login page and come back here afterwards (`next`). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, expired } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
        <CircularProgress aria-label="…" />
      </Box>
    );
  }
  if (!me) {
    // The browser's address, not the router's: a navigation still rendering in a transition (a new search) has
    // already changed it, and that is where the user was.
    const next = typeof window === 'undefined' ? `${location.pathname}${location.search}` : `${window.location.pathname}${window.location.search}`;
    const params = new URLSearchParams({ next });
    if (expired) params.set('expired', '1');
    return <Navigate to={`/login?${params.toString()}`} replace />;
  }
  return <>{children}</>;
}
