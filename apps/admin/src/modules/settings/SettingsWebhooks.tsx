import { useQuery } from '@apollo/client/react';
import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLang } from '../../i18n';
import { usePartnersTranslation } from '../../i18n/partners';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { WebhookEndpointsDocument } from './graphql/webhookEndpoints';
import { WebhookEndpointDetail } from './WebhookEndpointDetail';
import { WebhookEndpointDialog } from './WebhookEndpointDialog';
import { EndpointNotices, EndpointStatusChip } from './webhookLabels';

/** F9.4: webhook endpoints (`/settings/webhooks`) and one endpoint with its delivery log (`/settings/webhooks/:id`). */
export function SettingsWebhooks() {
  const { '*': rest = '' } = useParams();
  const endpointId = rest.split('/')[1];
  return endpointId ? <WebhookEndpointDetail id={endpointId} /> : <WebhookEndpointList />;
}

function WebhookEndpointList() {
  const { t } = usePartnersTranslation();
  const { locale } = useLang();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(WebhookEndpointsDocument, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const endpoints = data?.webhookEndpoints ?? [];
  return (
    <Stack spacing={2} data-testid="settings-webhooks">
      <Alert severity="info" variant="outlined">{t('webhooks.intro')}</Alert>
      <Box>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} disabled={!data}>{t('webhooks.add')}</Button>
      </Box>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && endpoints.length === 0 && <Typography color="text.secondary">{t('webhooks.empty')}</Typography>}
      {endpoints.map((e) => (
        <Paper key={e.id} variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }} data-testid="webhook-endpoint">
          <Stack spacing={1}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
              <Box sx={{ minWidth: 0 }}>
                <Typography component="code" sx={{ fontFamily: 'ui-monospace, monospace', fontWeight: 600, wordBreak: 'break-all' }}>{e.url}</Typography>
                {e.description && <Typography variant="body2" color="text.secondary">{e.description}</Typography>}
              </Box>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
                <EndpointStatusChip endpoint={e} />
                <Button variant="outlined" size="small" onClick={() => void navigate(`/settings/webhooks/${e.id}`)} aria-label={`${t('webhooks.open')}: ${e.url}`}>
                  {t('webhooks.open')}
                </Button>
              </Stack>
            </Stack>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
              {e.eventTypes.map((type) => <Chip key={type} label={type} variant="outlined" sx={{ fontFamily: 'ui-monospace, monospace' }} />)}
            </Stack>
            <EndpointNotices endpoint={e} />
            <Typography variant="caption" color="text.secondary">
              {e.lastSuccessAt ? t('webhooks.lastSuccess', { date: formatDateTime(e.lastSuccessAt, locale) }) : t('webhooks.noSuccess')}
            </Typography>
          </Stack>
        </Paper>
      ))}
      {creating && (
        <WebhookEndpointDialog
          open
          eventTypes={data?.webhookEventTypes ?? []}
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(`/settings/webhooks/${id}`)}
        />
      )}
    </Stack>
  );
}
