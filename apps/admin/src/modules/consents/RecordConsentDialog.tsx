import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { errorMessage } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { ConsentNotice } from './ConsentNotice';
import { RecordConsentDocument } from './graphql/recordConsent';

type Props = { clientId: string; purpose: { key: string; name: string; wording: string; wordingVersion: number }; onClose(): void };

/** Records a grant collected outside the system, with where its proof is kept; the wording is the current one. */
export function RecordConsentDialog({ clientId, purpose, onClose }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const [evidence, setEvidence] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordConsentDocument, { refetchQueries: ['ClientDetail', 'ConsentHistory'], awaitRefetchQueries: true });
  const submit = async () => {
    try {
      await record({ variables: { input: { clientId, purposeKey: purpose.key, granted: true, method: 'STAFF_OUTSIDE_SYSTEM', evidence: evidence.trim() || null } } });
      notify(t('consents.recorded'));
      onClose();
    } catch (error) {
      setFailure(errorMessage(error, lang));
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="record-consent-title">
      <DialogTitle id="record-consent-title">{t('consents.recordTitle', { purpose: purpose.name })}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <ConsentNotice />
          <div>
            <Typography variant="caption" color="text.secondary">{t('consents.wording', { version: purpose.wordingVersion })}</Typography>
            <Typography variant="body2" sx={{ p: 1.5, bgcolor: 'grey.100', borderRadius: 1 }}>{purpose.wording}</Typography>
          </div>
          <Typography variant="body2">
            {t('consents.method')}: <strong>{t('consents.methods.STAFF_OUTSIDE_SYSTEM')}</strong>
          </Typography>
          <TextField label={t('consents.evidence')} value={evidence} onChange={(e) => setEvidence(e.target.value)} slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'consent-evidence' } }} />
          {failure && <Alert severity="error">{failure}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={loading} data-testid="consent-record-submit">{t('consents.grant')}</Button>
      </DialogActions>
    </Dialog>
  );
}
