import { useMutation, useQuery } from '@apollo/client/react';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Accordion, AccordionDetails, AccordionSummary, Box, Button, Chip, CircularProgress, MenuItem, Stack, TextField, Tooltip,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import type { WebhookDeliveryFieldsFragment, WebhookDeliveryStatus } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { usePartnersTranslation } from '../../i18n/partners';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { RedeliverWebhookDocument } from './graphql/redeliverWebhook';
import { WebhookDeliveriesDocument } from './graphql/webhookDeliveries';
import { WebhookDeliveryDocument } from './graphql/webhookDelivery';
import { useSettingsAction } from './useSettingsMutation';
import { DeliveryStatusChip, useEventTypeLabel } from './webhookLabels';

type Delivery = WebhookDeliveryFieldsFragment;
const PAGE = 20;
const STATUSES: WebhookDeliveryStatus[] = ['PENDING', 'SUCCEEDED', 'FAILED'];
/** A pending delivery whose next attempt is this close is watched until it settles. */
const WATCH_WITHIN_MS = 60_000;

/** `onChanged`: a delivery settled or the log was refreshed, so the endpoint's state (failing, last success) may have changed. */
type Props = { endpointId: string; endpointEnabled: boolean; onChanged(): void };

/** F9.4: every delivery of one endpoint, newest first: attempts with status codes, timing and errors; redeliver. */
export function WebhookDeliveryLog({ endpointId, endpointEnabled, onChanged }: Props) {
  const { t } = usePartnersTranslation();
  const [status, setStatus] = useState<WebhookDeliveryStatus | 'ALL'>('ALL');
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId, first: PAGE, status: status === 'ALL' ? null : status },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.webhookDeliveries;
  const deliveries = connection?.edges.map((e) => e.node) ?? [];
  const now = Date.now();
  const watched = deliveries.filter((d) => d.status === 'PENDING' && (!d.nextAttemptAt || Date.parse(d.nextAttemptAt) - now < WATCH_WITHIN_MS));

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          webhookDeliveries: {
            ...fetchMoreResult.webhookDeliveries,
            edges: [...previous.webhookDeliveries.edges, ...fetchMoreResult.webhookDeliveries.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack spacing={1.5} data-testid="webhook-delivery-log">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h3" sx={{ flex: 1, minWidth: 160 }}>{t('webhooks.log.title')}</Typography>
        <TextField
          select
          label={t('webhooks.log.filter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as WebhookDeliveryStatus | 'ALL')}
          sx={{ width: 180 }}
        >
          <MenuItem value="ALL">{t('webhooks.log.all')}</MenuItem>
          {STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`webhooks.log.status.${s}`)}</MenuItem>)}
        </TextField>
        <Tooltip title={t('webhooks.log.refresh')}>
          <span>
            <Button onClick={() => { void refetch(); onChanged(); }} disabled={loading} startIcon={<RefreshIcon />} aria-label={t('webhooks.log.refresh')}>
              {t('webhooks.log.refresh')}
            </Button>
          </span>
        </Tooltip>
      </Stack>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {connection && deliveries.length === 0 && <Typography color="text.secondary">{t('webhooks.log.empty')}</Typography>}
      {!connection && loading && <CircularProgress size={24} aria-label="…" />}
      <Box>
        {deliveries.map((d, i) => (
          <DeliveryItem key={d.id} delivery={d} defaultExpanded={i === 0} endpointEnabled={endpointEnabled} />
        ))}
      </Box>
      {watched.map((d) => <DeliveryWatcher key={d.id} id={d.id} onSettled={onChanged} />)}
      {connection?.pageInfo.hasNextPage && (
        <Box>
          <Button variant="outlined" onClick={() => void loadMore()} disabled={loadingMore} data-testid="deliveries-load-more">
            {t('webhooks.log.loadMore')}
          </Button>
        </Box>
      )}
    </Stack>
  );
}

/** Asks for one pending delivery until it is delivered or failed; the normalised cache updates its row. */
function DeliveryWatcher({ id, onSettled }: { id: string; onSettled(): void }) {
  const { data } = useQuery(WebhookDeliveryDocument, { variables: { id }, pollInterval: 1500, fetchPolicy: 'network-only' });
  const settled = !!data?.webhookDelivery && data.webhookDelivery.status !== 'PENDING';
  useEffect(() => {
    if (settled) onSettled();
  }, [settled, onSettled]);
  return null;
}

function DeliveryItem({ delivery: d, defaultExpanded, endpointEnabled }: { delivery: Delivery; defaultExpanded: boolean; endpointEnabled: boolean }) {
  const { t } = usePartnersTranslation();
  const { locale } = useLang();
  const act = useSettingsAction();
  const eventLabel = useEventTypeLabel();
  const [redeliver, { loading }] = useMutation(RedeliverWebhookDocument, { refetchQueries: ['WebhookDeliveries'] });
  const last = d.attempts.at(-1);
  return (
    <Accordion defaultExpanded={defaultExpanded} disableGutters variant="outlined" data-testid="webhook-delivery" data-status={d.status} slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ '& .MuiAccordionSummary-content': { minWidth: 0 } }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0.5, sm: 1.5 }} sx={{ alignItems: { sm: 'center' }, minWidth: 0, flex: 1 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
            <DeliveryStatusChip status={d.status} />
            <Typography component="code" sx={{ fontFamily: 'ui-monospace, monospace', fontSize: 14, fontWeight: 600 }} title={eventLabel(d.eventType) || undefined}>{d.eventType}</Typography>
            {d.isTest && <Chip variant="outlined" label={t('webhooks.log.test')} />}
            {d.redeliveryOf && <Chip variant="outlined" label={t('webhooks.log.redelivery')} />}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
            {formatDateTime(d.createdAt, locale)} · {t('webhooks.log.attempts', { count: d.attemptCount })}
            {last && ` · ${last.statusCode ? `HTTP ${last.statusCode}` : t('webhooks.log.noAnswer')}`}
          </Typography>
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={1.5}>
          <Box>
            <Typography variant="caption" color="text.secondary">{t('webhooks.log.eventId')}</Typography>
            <Box component="code" sx={{ display: 'block', fontFamily: 'ui-monospace, monospace', fontSize: 13, wordBreak: 'break-all' }} data-testid="delivery-event-id">{d.eventId}</Box>
          </Box>
          {d.attempts.length === 0 && <Typography variant="body2">{t('webhooks.log.noAttempts')}</Typography>}
          {d.attempts.map((a) => (
            <Box key={a.id} sx={{ borderLeft: 3, borderColor: a.succeeded ? 'success.main' : 'error.main', pl: 1.5 }} data-testid="delivery-attempt">
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {t('webhooks.log.attempt', { number: a.attemptNumber })} · {a.statusCode ? `HTTP ${a.statusCode}` : t('webhooks.log.noAnswer')} · {t('webhooks.log.durationMs', { ms: a.durationMs })}
              </Typography>
              <Typography variant="body2" color="text.secondary">{formatDateTime(a.attemptedAt, locale)}</Typography>
              {a.error && <Typography variant="body2" color="error" sx={{ wordBreak: 'break-word' }}>{a.error}</Typography>}
              {a.responseExcerpt && (
                <Box component="pre" sx={{ m: 0, mt: 0.5, p: 1, bgcolor: 'grey.100', borderRadius: 1, fontSize: 12, maxHeight: 120, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  {a.responseExcerpt}
                </Box>
              )}
            </Box>
          ))}
          {d.status === 'PENDING' && d.nextAttemptAt && (
            <Typography variant="body2">{t('webhooks.log.nextAttempt', { date: formatDateTime(d.nextAttemptAt, locale) })}</Typography>
          )}
          {d.completedAt && <Typography variant="body2" color="text.secondary">{t('webhooks.log.completedAt', { date: formatDateTime(d.completedAt, locale) })}</Typography>}
          {d.status !== 'PENDING' && (
            <Box>
              <Button
                variant="outlined"
                size="small"
                disabled={!endpointEnabled || loading}
                onClick={() => void act(() => redeliver({ variables: { deliveryId: d.id } }), t('webhooks.log.redelivered'))}
              >
                {t('webhooks.log.redeliver')}
              </Button>
            </Box>
          )}
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
