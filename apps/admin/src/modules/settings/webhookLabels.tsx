import { Alert, Chip, Typography } from '@mui/material';
import type { WebhookDeliveryStatus, WebhookEndpointFieldsFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { usePartnersTranslation } from '../../i18n/partners';
import { formatDateTime } from '../../ui/format';

/** "client.created" → "nowy klient"; an event type this admin does not know yet gets no label (its name stays). */
export function useEventTypeLabel(): (type: string) => string {
  const { t } = usePartnersTranslation();
  return (type) => {
    const label = t(`webhooks.event.${type}`, { defaultValue: '' });
    return typeof label === 'string' ? label : '';
  };
}

export function EndpointStatusChip({ endpoint }: { endpoint: WebhookEndpointFieldsFragment }) {
  const { t } = usePartnersTranslation();
  const { locale } = useLang();
  if (!endpoint.enabled) return <Chip color="error" label={t('webhooks.disabled')} data-testid="webhook-status" />;
  if (endpoint.failingSince) {
    return <Chip color="warning" label={t('webhooks.failingChip', { date: formatDateTime(endpoint.failingSince, locale) })} data-testid="webhook-status" />;
  }
  return <Chip color="success" variant="outlined" label={t('webhooks.enabled')} data-testid="webhook-status" />;
}

/**
 * Why an endpoint is not receiving events, in the user's language: disabled automatically after the whole retry
 * schedule failed, disabled by a staff member, or still enabled but failing since a date. Branches on
 * `disabledBy`, never on the server's English `disabledReason`, which is only shown as the technical detail.
 */
export function EndpointNotices({ endpoint }: { endpoint: WebhookEndpointFieldsFragment }) {
  const { t } = usePartnersTranslation();
  const { locale } = useLang();
  const date = (iso: string | null) => formatDateTime(iso, locale);
  if (!endpoint.enabled) {
    const text = endpoint.disabledBy === 'AUTOMATIC'
      ? t('webhooks.disabledAutomatic', { date: date(endpoint.disabledAt) })
      : endpoint.disabledBy === 'STAFF'
        ? t('webhooks.disabledByStaff', { date: date(endpoint.disabledAt) })
        : t('webhooks.disabledOther', { date: date(endpoint.disabledAt) });
    return (
      <Alert severity={endpoint.disabledBy === 'STAFF' ? 'info' : 'error'} data-testid="webhook-disabled-notice">
        {text}
        {endpoint.disabledBy !== 'STAFF' && endpoint.disabledReason && (
          <Typography variant="caption" component="p" sx={{ mt: 0.5, wordBreak: 'break-word' }} lang="en">
            {t('webhooks.serverReason', { reason: endpoint.disabledReason })}
          </Typography>
        )}
      </Alert>
    );
  }
  if (endpoint.failingSince) {
    return <Alert severity="warning" data-testid="webhook-failing-notice">{t('webhooks.failingNotice', { date: date(endpoint.failingSince) })}</Alert>;
  }
  return null;
}

const STATUS_COLORS: Record<WebhookDeliveryStatus, 'success' | 'info' | 'error'> = { SUCCEEDED: 'success', PENDING: 'info', FAILED: 'error' };

export function DeliveryStatusChip({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = usePartnersTranslation();
  return <Chip color={STATUS_COLORS[status]} label={t(`webhooks.log.status.${status}`)} sx={{ minWidth: 84 }} />;
}
