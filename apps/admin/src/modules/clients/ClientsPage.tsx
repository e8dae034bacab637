import { useQuery } from '@apollo/client/react';
import { Box, Paper, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/SessionProvider';
import { useLang } from '../../i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatNumber } from '../../ui/format';
import { ClientsBulkBar } from './ClientsBulkBar';
import { ClientsCardList } from './ClientsCardList';
import { ClientsFilters } from './ClientsFilters';
import { ClientsPager } from './ClientsPager';
import { ClientsSearchBox } from './ClientsSearchBox';
import { ClientsTable } from './ClientsTable';
import { ClientsListDocument } from './graphql/clientsList';
import { toQueryVariables, useClientListParams } from './useClientListParams';

/**
 * F5: the client list. Apollo answers for the current variables only (a late answer to an older search does
 * not replace the newer one); the previous page stays on screen, dimmed, while the next one loads.
 */
export function ClientsPage() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const me = useViewer();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const list = useClientListParams();
  const variables = useMemo(() => toQueryVariables(list.params), [list.params]);
  const { data, previousData, loading, error, refetch } = useQuery(ClientsListDocument, { variables, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const rows = useMemo(() => shown?.clients.edges.map((e) => e.node) ?? [], [shown]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const selectable = me.can.bulkUpdateClients && !list.params.deleted;

  useEffect(() => setSelected(new Set()), [variables]);
  const onSearch = useCallback((q: string) => list.update({ q }), [list]);
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = () => setSelected((s) => (rows.every((r) => s.has(r.id)) ? new Set() : new Set(rows.map((r) => r.id))));
  // counted up to 1,000: above that a dense search ("anna" on a million clients) would wait for an exact count
  const total = shown?.clients.boundedCount;

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1.5 }}>
        <Typography variant="h1">{t('list.title')}</Typography>
        {total !== undefined && (
          <Typography color="text.secondary" data-testid="clients-total" aria-live="polite">
            {t(total.exact ? 'list.count' : 'list.countMore', { count: total.value, formatted: formatNumber(total.value, locale) })}
          </Typography>
        )}
      </Stack>
      <ClientsSearchBox value={list.params.q} onSearch={onSearch} />
      <ClientsFilters list={list} />
      {selected.size > 0 && (
        <ClientsBulkBar ids={[...selected]} onClear={() => setSelected(new Set())} onDone={() => { setSelected(new Set()); void refetch(); }} />
      )}
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
        <Box sx={{ height: 3, bgcolor: 'primary.main', opacity: loading ? 1 : 0, transition: 'opacity 200ms' }} role="progressbar" aria-hidden={!loading} aria-label={t('app.loading')} />
        <Box sx={{ opacity: loading && !data ? 0.6 : 1, transition: 'opacity 120ms', overflowX: 'auto' }} aria-busy={loading}>
          {rows.length === 0 && shown ? (
            <Typography sx={{ p: 3 }} color="text.secondary" data-testid="clients-empty">
              {list.params.q || list.activeFilterCount ? t('list.empty') : t('list.emptyStart')}
            </Typography>
          ) : narrow ? (
            <ClientsCardList rows={rows} selected={selected} selectable={selectable} onToggle={toggle} />
          ) : (
            <ClientsTable rows={rows} selected={selected} selectable={selectable} onToggle={toggle} onToggleAll={toggleAll} />
          )}
        </Box>
      </Paper>
      <ClientsPager
        page={list.page}
        size={list.params.size}
        hasPrevious={list.hasPrevious}
        hasNext={!!shown?.clients.pageInfo.hasNextPage}
        onPrevious={list.goPrevious}
        onNext={() => shown?.clients.pageInfo.endCursor && list.goNext(shown.clients.pageInfo.endCursor)}
        onSize={(size) => list.update({ size })}
      />
    </Stack>
  );
}
