import { Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h1" gutterBottom>{t('app.notFound')}</Typography>
      <Button component={Link} to="/clients">{t('app.backToList')}</Button>
    </Paper>
  );
}
