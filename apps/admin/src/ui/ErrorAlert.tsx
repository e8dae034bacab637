import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { errorMessage } from './graphqlErrors';

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <Alert severity="error" action={onRetry ? <Button color="inherit" size="small" onClick={onRetry}>{t('app.retry')}</Button> : undefined}>
      {errorMessage(error, lang)}
    </Alert>
  );
}
