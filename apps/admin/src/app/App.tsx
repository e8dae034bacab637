import { ApolloProvider } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { NotifierProvider } from '../ui/Notifier';
import { createApolloClient } from './apollo';
import { AppRoutes } from './AppRoutes';
import { SessionProvider } from './SessionProvider';
import { theme } from './theme';

export function App() {
  const apollo = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={apollo}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <NotifierProvider>
          <BrowserRouter>
            <SessionProvider>
              <AppRoutes />
            </SessionProvider>
          </BrowserRouter>
        </NotifierProvider>
      </ThemeProvider>
    </ApolloProvider>
  );
}
