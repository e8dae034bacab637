import { useMutation, useQuery } from '@apollo/client/react';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Chip, Divider, Stack, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useLang } from '../../i18n';
import { usePartnersTranslation } from '../../i18n/partners';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { PageLoader } from '../../ui/PageLoader';
import { DeleteWebhookEndpointDocument } from './graphql/deleteWebhookEndpoint';
import { DisableWebhookEndpointDocument } from './graphql/disableWebhookEndpoint';
import { EnableWebhookEndpointDocument } from './graphql/enableWebhookEndpoint';
import { RotateWebhookSecretDocument } from './graphql/rotateWebhookSecret';
import { SendTestWebhookDocument } from './graphql/sendTestWebhook';
import { WebhookEndpointDocument } from './graphql/webhookEndpoint';
import { OneTimeSecret } from './OneTimeSecret';
import { useSettingsAction } from './useSettingsMutation';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import { WebhookEndpointDialog } from './WebhookEndpointDialog';
import { EndpointNotices, EndpointStatusChip, useEventTypeLabel } from './webhookLabels';

type Confirm = 'rotate' | 'disable' | 'delete';

/** One endpoint: its settings and state, the actions (test, new secret, enable/disable, delete), the delivery log. */
export function WebhookEndpointDetail({ id }: { id: string }) {
  const { t } = usePartnersTranslation();
  const { locale } = useLang();
  const navigate = useNavigate();
  const act = useSettingsAction();
  const eventLabel = useEventTypeLabel();
  const { data, error, loading, refetch } = useQuery(WebhookEndpointDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [sendTest, sending] = useMutation(SendTestWebhookDocument, { refetchQueries: ['WebhookDeliveries'] });
  const [rotate] = useMutation(RotateWebhookSecretDocument);
  const [enable] = useMutation(EnableWebhookEndpointDocument);
  const [disable] = useMutation(DisableWebhookEndpointDocument);
  const [remove] = useMutation(DeleteWebhookEndpointDocument, { refetchQueries: ['WebhookEndpoints'] });
  const [editing, setEditing] = useState(false);
  // the kind stays while the dialog closes, so its text does not change during the fade
  const [confirm, setConfirm] = useState<Confirm>('delete');
  const [confirming, setConfirming] = useState(false);
  const ask = (kind: Confirm) => {
    setConfirm(kind);
    setConfirming(true);
  };
  const [secret, setSecret] = useState<string | null>(null);
  const refreshEndpoint = useCallback(() => void refetch(), [refetch]);

  const back = (
    <Button component={RouterLink} to="/settings/webhooks" startIcon={<ArrowBackIcon />} sx={{ alignSelf: 'flex-start' }}>
      {t('webhooks.back')}
    </Button>
  );
  if (error) return <Stack spacing={2}>{back}<ErrorAlert error={error} onRetry={refreshEndpoint} /></Stack>;
  if (!data && loading) return <PageLoader />;
  const endpoint = data?.webhookEndpoint;
  if (!endpoint) return <Stack spacing={2}>{back}<Alert severity="warning">{t('webhooks.notFound')}</Alert></Stack>;

  const onConfirm = async () => {
    const what = confirm;
    setConfirming(false);
    if (what === 'rotate') {
      await act(async () => {
        const res = await rotate({ variables: { id } });
        if (res.data) setSecret(res.data.rotateWebhookSecret.secret);
      }, t('webhooks.rotated'));
    } else if (what === 'disable') {
      await act(() => disable({ variables: { id } }), t('webhooks.disabledDone'));
    } else if (what === 'delete') {
      if (await act(() => remove({ variables: { id } }), t('webhooks.deleted'))) await navigate('/settings/webhooks');
    }
  };

  return (
    <Stack spacing={2} data-testid="webhook-endpoint-detail">
      {back}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Typography variant="h2" component="h2" sx={{ fontFamily: 'ui-monospace, monospace', wordBreak: 'break-all', flex: 1, minWidth: 0 }} data-testid="webhook-url">
          {endpoint.url}
        </Typography>
        <Box><EndpointStatusChip endpoint={endpoint} /></Box>
      </Stack>
      {endpoint.description && <Typography color="text.secondary">{endpoint.description}</Typography>}
      <EndpointNotices endpoint={endpoint} />
      {secret && (
        <Box>
          <OneTimeSecret title={t('webhooks.secretTitle')} warning={t('webhooks.secretWarning')} secret={secret} testId="webhook-secret" />
          <Button size="small" onClick={() => setSecret(null)} sx={{ mt: 0.5 }}>{t('app.close')}</Button>
        </Box>
      )}
      <Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>{t('webhooks.eventTypes')}</Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
          {endpoint.eventTypes.map((type) => (
            <Chip key={type} variant="outlined" label={eventLabel(type) ? `${type} · ${eventLabel(type)}` : type} />
          ))}
        </Stack>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {t('webhooks.createdAt', { date: formatDateTime(endpoint.createdAt, locale) })} ·{' '}
        {endpoint.lastSuccessAt ? t('webhooks.lastSuccess', { date: formatDateTime(endpoint.lastSuccessAt, locale) }) : t('webhooks.noSuccess')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant="contained"
          disabled={!endpoint.enabled || sending.loading}
          onClick={() => void act(() => sendTest({ variables: { endpointId: id } }), t('webhooks.testSent'))}
        >
          {t('webhooks.sendTest')}
        </Button>
        <Button variant="outlined" onClick={() => setEditing(true)}>{t('app.edit')}</Button>
        <Button variant="outlined" onClick={() => ask('rotate')}>{t('webhooks.rotate')}</Button>
        {endpoint.enabled
          ? <Button variant="outlined" color="warning" onClick={() => ask('disable')}>{t('webhooks.disable')}</Button>
          : <Button variant="outlined" color="success" onClick={() => void act(() => enable({ variables: { id } }), t('webhooks.enabledDone'))}>{t('webhooks.enable')}</Button>}
        <Button variant="outlined" color="error" onClick={() => ask('delete')}>{t('webhooks.delete')}</Button>
      </Stack>
      <Divider />
      <WebhookDeliveryLog endpointId={id} endpointEnabled={endpoint.enabled} onChanged={refreshEndpoint} />
      {editing && <WebhookEndpointDialog open endpoint={endpoint} eventTypes={data.webhookEventTypes} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={confirming}
        title={confirm === 'rotate' ? t('webhooks.rotateConfirm') : confirm === 'disable' ? t('webhooks.disableConfirm') : t('webhooks.deleteConfirm', { url: endpoint.url })}
        text={confirm === 'rotate' ? t('webhooks.rotateText') : confirm === 'disable' ? t('webhooks.disableText') : t('webhooks.deleteText')}
        confirmLabel={confirm === 'rotate' ? t('webhooks.rotate') : confirm === 'disable' ? t('webhooks.disable') : t('webhooks.delete')}
        danger={confirm !== 'rotate'}
        onConfirm={() => void onConfirm()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
