import { useMutation } from '@apollo/client/react';
import { signUpSchema } from '@kartoteka/domain';
import { Alert, Box, Button, Link, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useSession } from '../../app/SessionProvider';
import { useLang } from '../../i18n';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues } from '../../ui/graphqlErrors';
import { AuthCard } from './AuthCard';
import { SignUpDocument } from './graphql/signUp';
import { useAuthErrorMessage } from './useAuthErrorMessage';

type Values = { businessName: string; displayName: string; email: string; password: string };
const FIELDS = ['businessName', 'displayName', 'email', 'password'];

export function SignUpPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { reload } = useSession();
  const navigate = useNavigate();
  const [signUp] = useMutation(SignUpDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const messageFor = useAuthErrorMessage();
  const form = useForm<Values>({
    defaultValues: { businessName: '', displayName: '', email: '', password: '' },
    resolver: domainResolver(signUpSchema, () => lang),
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await signUp({ variables: { input: { ...values, displayName: values.displayName.trim() || null } } });
      await reload();
      await navigate('/clients', { replace: true });
    } catch (error) {
      const rest = applyServerIssues(errorIssues(error), form.setError, lang, (p) => FIELDS.includes(p));
      if (rest.length || !errorIssues(error).length) setFailure(messageFor(error));
    }
  });

  return (
    <AuthCard title={t('auth.signUpTitle')}>
      <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Stack spacing={2}>
          <TextField label={t('auth.businessName')} autoFocus autoComplete="organization" {...fieldProps(form, 'businessName')} />
          <TextField label={t('auth.displayName')} autoComplete="name" {...fieldProps(form, 'displayName')} />
          <TextField label={t('auth.email')} type="email" autoComplete="email" {...fieldProps(form, 'email')} />
          <TextField
            label={t('auth.password')}
            type="password"
            autoComplete="new-password"
            {...fieldProps(form, 'password', t('auth.passwordHint'))}
          />
          {failure && <Alert severity="error" role="alert">{failure}</Alert>}
          <Button type="submit" variant="contained" size="large" disabled={form.formState.isSubmitting}>
            {t('auth.signUp')}
          </Button>
          <Link component={RouterLink} to="/login" variant="body2">
            {t('auth.haveAccount')}
          </Link>
        </Stack>
      </Box>
    </AuthCard>
  );
}
