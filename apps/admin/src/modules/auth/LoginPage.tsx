import { useMutation } from '@apollo/client/react';
import { loginSchema } from '@kartoteka/domain';
import { Alert, Box, Button, Link, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/SessionProvider';
import { useLang } from '../../i18n';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues } from '../../ui/graphqlErrors';
import { AuthCard } from './AuthCard';
import { LoginDocument } from './graphql/login';
import { useAuthErrorMessage } from './useAuthErrorMessage';

type Values = { email: string; password: string };

/** Only same-site paths, so a crafted link cannot send the user elsewhere after logging in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/clients';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { me, reload } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [login] = useMutation(LoginDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const messageFor = useAuthErrorMessage();
  const form = useForm<Values>({ defaultValues: { email: '', password: '' }, resolver: domainResolver(loginSchema, () => lang) });

  if (me && !next.startsWith('/playground')) return <Navigate to={next} replace />;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await login({ variables: { input: { email: values.email.trim(), password: values.password } } });
      await reload();
      // The playground is its own page, outside this app's router.
      if (next.startsWith('/playground')) window.location.assign(next);
      else await navigate(next, { replace: true });
    } catch (error) {
      const rest = applyServerIssues(errorIssues(error), form.setError, lang, (p) => p === 'email' || p === 'password');
      if (rest.length || !errorIssues(error).length) setFailure(messageFor(error));
    }
  });

  return (
    <AuthCard title={t('auth.loginTitle')}>
      {params.get('expired') && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="session-expired">
          {t('auth.sessionExpired')}
        </Alert>
      )}
      <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Stack spacing={2}>
          <TextField label={t('auth.email')} type="email" autoComplete="username" autoFocus {...fieldProps(form, 'email')} />
          <TextField label={t('auth.password')} type="password" autoComplete="current-password" {...fieldProps(form, 'password')} />
          {failure && <Alert severity="error" role="alert">{failure}</Alert>}
          <Button type="submit" variant="contained" size="large" disabled={form.formState.isSubmitting}>
            {t('auth.login')}
          </Button>
          <Link component={RouterLink} to="/signup" variant="body2">
            {t('auth.noAccount')}
          </Link>
        </Stack>
      </Box>
    </AuthCard>
  );
}
