import { Alert, AlertTitle, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { DuplicateCandidatesQuery } from '../../gql/graphql';
import { ClientMarkers } from '../../ui/ClientMarkers';

type Candidate = DuplicateCandidatesQuery['duplicateCandidates'][number];

/** The existing cards that look like the one being typed, why, and a way to open one instead. */
export function DuplicateWarning({ candidates, onOpen }: { candidates: readonly Candidate[]; onOpen?: () => void }) {
  const { t } = useTranslation();
  if (!candidates.length) return null;
  return (
    <Alert severity="warning" data-testid="duplicate-warning" aria-live="polite">
      <AlertTitle>{t('duplicates.title')}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>{t('duplicates.intro')}</Typography>
      <Stack spacing={1}>
        {candidates.map((c) => (
          <Box key={c.client.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Box sx={{ minWidth: 0, flex: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }} component="span">
                {c.client.displayName}
              </Typography>{' '}
              <ClientMarkers isConflict={c.client.isConflict} isSupplier={c.client.isSupplier} status={c.client.status} bookingMode={c.client.bookingRestriction.mode} />
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {t('profile.number', { number: c.client.number })}
                {c.client.primaryPhoneFormatted ? ` · ${c.client.primaryPhoneFormatted}` : ''}
                {c.client.primaryEmail ? ` · ${c.client.primaryEmail}` : ''}
              </Typography>
              <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.25 }}>
                {c.reasons.map((r) => <Chip key={r} label={t(`duplicates.reasons.${r}`)} color="warning" variant="outlined" sx={{ height: 20 }} />)}
              </Box>
            </Box>
            <Button size="small" variant="outlined" color="inherit" component={RouterLink} to={`/clients/${c.client.id}`} onClick={onOpen}>
              {t('duplicates.open')}
            </Button>
          </Box>
        ))}
      </Stack>
    </Alert>
  );
}
