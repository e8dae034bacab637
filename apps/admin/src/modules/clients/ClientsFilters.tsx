import { Box, Button, Chip, FormControl, InputLabel, MenuItem, Select, Stack, useMediaQuery, useTheme } from '@mui/material';
import FilterIcon from '@mui/icons-material/FilterList';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/SessionProvider';
import { useReferenceData } from '../reference/useReferenceData';
import { MultiSelectFilter } from './MultiSelectFilter';
import { SORTS, type ListParams, type useClientListParams } from './useClientListParams';

type Props = { list: ReturnType<typeof useClientListParams> };

/** Status, group, tag, source, staff, consent, kind, supplier, conflict, bin; sort. Collapsible on a phone. */
export function ClientsFilters({ list }: Props) {
  const { t } = useTranslation();
  const me = useViewer();
  const ref = useReferenceData();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const [open, setOpen] = useState(false);
  const { params, update, clearFilters, activeFilterCount } = list;

  const fields = (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <FormControl size="small" sx={{ minWidth: 140, bgcolor: 'background.paper' }}>
        <InputLabel id="filter-status">{t('list.status')}</InputLabel>
        <Select
          labelId="filter-status"
          label={t('list.status')}
          value={params.status}
          onChange={(e) => update({ status: e.target.value as ListParams['status'] })}
          SelectDisplayProps={{ 'data-testid': 'filter-status' } as React.HTMLAttributes<HTMLDivElement>}
        >
          {(['ACTIVE', 'INACTIVE', 'ALL'] as const).map((s) => (
            <MenuItem key={s} value={s}>{t(`status.${s}`)}</MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small" sx={{ minWidth: 140, bgcolor: 'background.paper' }}>
        <InputLabel id="filter-kind">{t('list.kind')}</InputLabel>
        <Select labelId="filter-kind" label={t('list.kind')} value={params.kind} onChange={(e) => update({ kind: e.target.value as ListParams['kind'] })}>
          <MenuItem value="">{t('list.any')}</MenuItem>
          <MenuItem value="PERSON">{t('kind.PERSON')}</MenuItem>
          <MenuItem value="COMPANY">{t('kind.COMPANY')}</MenuItem>
        </Select>
      </FormControl>
      <MultiSelectFilter label={t('list.group')} testId="filter-group" options={ref.groups.map((g) => ({ id: g.id, label: g.name }))} value={params.groups} onChange={(groups) => update({ groups })} />
      <MultiSelectFilter label={t('list.tag')} testId="filter-tag" options={ref.tags.map((g) => ({ id: g.id, label: g.name }))} value={params.tags} onChange={(tags) => update({ tags })} />
      <MultiSelectFilter label={t('list.source')} options={ref.sources.map((g) => ({ id: g.id, label: g.name }))} value={params.sources} onChange={(sources) => update({ sources })} />
      <MultiSelectFilter label={t('list.staff')} options={ref.staffMembers.filter((s) => s.acceptsVisits).map((s) => ({ id: s.id, label: s.displayName }))} value={params.staff} onChange={(staff) => update({ staff })} />
      <MultiSelectFilter label={t('list.consent')} options={ref.consentPurposes.map((p) => ({ id: p.key, label: p.name }))} value={params.consents} onChange={(consents) => update({ consents })} />
      <Chip label={t('list.suppliers')} color={params.supplier ? 'primary' : 'default'} variant={params.supplier ? 'filled' : 'outlined'} onClick={() => update({ supplier: !params.supplier })} aria-pressed={params.supplier} />
      <Chip label={t('list.conflicts')} color={params.conflict ? 'error' : 'default'} variant={params.conflict ? 'filled' : 'outlined'} onClick={() => update({ conflict: !params.conflict })} aria-pressed={params.conflict} />
      {me.can.restoreClients && (
        <Chip label={t('list.deleted')} color={params.deleted ? 'warning' : 'default'} variant={params.deleted ? 'filled' : 'outlined'} onClick={() => update({ deleted: !params.deleted })} aria-pressed={params.deleted} />
      )}
      {activeFilterCount > 0 && (
        <Button size="small" onClick={clearFilters}>{t('list.clearFilters')}</Button>
      )}
    </Stack>
  );

  const sort = (
    <FormControl size="small" sx={{ minWidth: 170, bgcolor: 'background.paper' }}>
      <InputLabel id="list-sort">{t('list.sort')}</InputLabel>
      <Select labelId="list-sort" label={t('list.sort')} value={params.sort} onChange={(e) => update({ sort: e.target.value as ListParams['sort'] })} SelectDisplayProps={{ 'data-testid': 'list-sort' } as React.HTMLAttributes<HTMLDivElement>}>
        {SORTS.map((s) => (
          <MenuItem key={s} value={s}>{t(`list.sortOptions.${s}`)}</MenuItem>
        ))}
      </Select>
    </FormControl>
  );

  if (!narrow) {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1 }}>{fields}</Box>
        {sort}
      </Stack>
    );
  }
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" startIcon={<FilterIcon />} onClick={() => setOpen((v) => !v)} aria-expanded={open} sx={{ bgcolor: 'background.paper' }}>
          {t('list.filters')}{activeFilterCount ? ` (${activeFilterCount})` : ''}
        </Button>
        <Box sx={{ flex: 1 }} />
        {sort}
      </Stack>
      {open && <Box sx={{ pt: 1 }}>{fields}</Box>}
    </Box>
  );
}
