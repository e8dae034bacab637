import { useQuery } from '@apollo/client/react';
import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../ui/format';
import { useReferenceData } from '../reference/useReferenceData';
import { ConsentHistoryDocument } from './graphql/consentHistory';

/** F4.2: every grant and withdrawal, newest first, with the wording and how it was collected. */
export function ConsentHistory({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const ref = useReferenceData();
  const { data, loading } = useQuery(ConsentHistoryDocument, { variables: { clientId }, fetchPolicy: 'cache-and-network' });
  const records = data?.consentHistory ?? [];
  if (!loading && records.length === 0) return <Typography variant="body2" color="text.secondary">{t('consents.noHistory')}</Typography>;
  return (
    <List dense disablePadding data-testid="consent-history">
      {records.map((r) => (
        <ListItem key={r.id} divider sx={{ alignItems: 'flex-start', px: 0 }}>
          <ListItemText
            primary={`${formatDateTime(r.recordedAt, locale)} · ${ref.purposeName(r.purposeKey)} · ${r.granted ? t('consents.historyGranted') : t('consents.historyWithdrawn')}`}
            secondary={
              <>
                {t(`consents.methods.${r.method}`)}
                {r.evidence ? ` · ${r.evidence}` : ''}
                {` · ${t('consents.wording', { version: r.wordingVersion })}: `}
                <span style={{ fontStyle: 'italic' }}>{r.wording}</span>
              </>
            }
            slotProps={{ primary: { variant: 'body2', sx: { fontWeight: 600 } }, secondary: { variant: 'caption' } }}
          />
        </ListItem>
      ))}
    </List>
  );
}
