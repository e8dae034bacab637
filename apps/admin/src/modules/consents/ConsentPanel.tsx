import { useMutation } from '@apollo/client/react';
import { Box, Button, Chip, Collapse, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/SessionProvider';
import type { ClientCardFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../ui/format';
import { errorMessage } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { ConsentHistory } from './ConsentHistory';
import { ConsentNotice } from './ConsentNotice';
import { WithdrawConsentDocument } from './graphql/withdrawConsent';
import { RecordConsentDialog } from './RecordConsentDialog';

type State = ClientCardFragment['consents'][number];

/** F4: the current state per purpose, recording a grant, withdrawing in one action, and the full history. */
export function ConsentPanel({ client }: { client: ClientCardFragment }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const me = useViewer();
  const notify = useNotify();
  const [recording, setRecording] = useState<State['purpose'] | null>(null);
  const [withdrawing, setWithdrawing] = useState<State['purpose'] | null>(null);
  const [history, setHistory] = useState(false);
  const [withdraw, { loading }] = useMutation(WithdrawConsentDocument, { refetchQueries: ['ClientDetail', 'ConsentHistory'], awaitRefetchQueries: true });
  const canRecord = me.can.recordConsents && !client.deletedAt;

  const onWithdraw = async () => {
    if (!withdrawing) return;
    try {
      await withdraw({ variables: { clientId: client.id, purposeKey: withdrawing.key } });
      notify(t('consents.withdrawnDone'));
    } catch (error) {
      notify(errorMessage(error, lang), 'error');
    } finally {
      setWithdrawing(null);
    }
  };

  return (
    <Stack spacing={2} data-testid="consent-panel">
      {canRecord && <ConsentNotice />}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableBody>
            {client.consents.map((c) => (
              <TableRow key={c.purpose.key} data-testid={`consent-state-${c.purpose.key}`} data-granted={c.granted}>
                <TableCell sx={{ pl: 0 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>{c.purpose.name}</Typography>
                  {c.since && (
                    <Typography variant="caption" color="text.secondary">
                      {t('consents.since', { date: formatDate(c.since, locale) })}
                      {c.method ? ` · ${t(`consents.methods.${c.method}`)}` : ''}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Chip
                    label={c.granted ? t('consents.granted') : c.since ? t('consents.withdrawn') : t('consents.notGranted')}
                    color={c.granted ? 'success' : 'default'}
                    variant={c.granted ? 'filled' : 'outlined'}
                  />
                </TableCell>
                <TableCell align="right" sx={{ pr: 0, whiteSpace: 'nowrap' }}>
                  {canRecord && !c.granted && (
                    <Button size="small" onClick={() => setRecording(c.purpose)} data-testid={`consent-record-${c.purpose.key}`}>{t('consents.record')}</Button>
                  )}
                  {canRecord && c.granted && (
                    <Button size="small" color="warning" onClick={() => setWithdrawing(c.purpose)} data-testid={`consent-withdraw-${c.purpose.key}`}>{t('consents.withdraw')}</Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Box>
        <Button size="small" onClick={() => setHistory((v) => !v)} aria-expanded={history} data-testid="consent-history-toggle">{t('consents.history')}</Button>
        <Collapse in={history} unmountOnExit>
          <ConsentHistory clientId={client.id} />
        </Collapse>
      </Box>
      {recording && <RecordConsentDialog clientId={client.id} purpose={recording} onClose={() => setRecording(null)} />}
      <ConfirmDialog
        open={!!withdrawing}
        title={t('consents.withdrawTitle', { purpose: withdrawing?.name ?? '' })}
        text={t('consents.withdrawConfirm')}
        confirmLabel={t('consents.withdraw')}
        danger
        busy={loading}
        onConfirm={() => void onWithdraw()}
        onClose={() => setWithdrawing(null)}
      />
    </Stack>
  );
}
