import { Alert, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** F4.3: staff-entered consents must have been collected outside the system; the information obligation. */
export function ConsentNotice({ infoObligation = false }: { infoObligation?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} data-testid="consent-notice">
      <Alert severity="info" variant="outlined">{t('consents.staffNotice')}</Alert>
      {infoObligation && <Alert severity="info" variant="outlined">{t('consents.infoObligation')}</Alert>}
    </Stack>
  );
}
