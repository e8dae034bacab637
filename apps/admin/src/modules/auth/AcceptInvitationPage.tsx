import { useMutation } from '@apollo/client/react';
import { acceptInvitationSchema } from '@kartoteka/domain';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../app/SessionProvider';
import { useLang } from '../../i18n';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues } from '../../ui/graphqlErrors';
import { AuthCard } from './AuthCard';
import { AcceptInvitationDocument } from './graphql/acceptInvitation';
import { useAuthErrorMessage } from './useAuthErrorMessage';

type Values = { token: string; displayName: string; password: string };

/** The page behind the invitation link: set a password, join the business, land on the client list. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { reload } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';
  const [accept] = useMutation(AcceptInvitationDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const messageFor = useAuthErrorMessage();
  const form = useForm<Values>({
    defaultValues: { token, displayName: '', password: '' },
    resolver: domainResolver(acceptInvitationSchema, () => lang),
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await accept({ variables: { input: { token, password: values.password, displayName: values.displayName.trim() || null } } });
      await reload();
      await navigate('/clients', { replace: true });
    } catch (error) {
      const rest = applyServerIssues(errorIssues(error), form.setError, lang, (p) => p === 'password' || p === 'displayName');
      if (rest.length || !errorIssues(error).length) setFailure(messageFor(error));
    }
  });

  return (
    <AuthCard title={t('auth.acceptTitle')}>
      {!token ? (
        <Alert severity="error">{t('auth.missingToken')}</Alert>
      ) : (
        <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">{t('auth.acceptIntro')}</Typography>
            <TextField label={t('auth.displayName')} autoComplete="name" {...fieldProps(form, 'displayName')} />
            <TextField label={t('auth.password')} type="password" autoComplete="new-password" autoFocus {...fieldProps(form, 'password', t('auth.passwordHint'))} />
            {(failure || form.formState.errors.token) && <Alert severity="error" role="alert">{failure ?? form.formState.errors.token?.message}</Alert>}
            <Button type="submit" variant="contained" size="large" disabled={form.formState.isSubmitting}>
              {t('auth.accept')}
            </Button>
          </Stack>
        </Box>
      )}
    </AuthCard>
  );
}
