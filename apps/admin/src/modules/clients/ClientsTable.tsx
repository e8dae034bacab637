import { Checkbox, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ClientListItemFragment } from '../../gql/graphql';
import { ClientMarkers } from '../../ui/ClientMarkers';
import { ClientTags } from './ClientTags';

type Props = {
  rows: ClientListItemFragment[];
  selected: Set<string>;
  selectable: boolean;
  onToggle(id: string): void;
  onToggleAll(): void;
};

export function ClientsTable({ rows, selected, selectable, onToggle, onToggleAll }: Props) {
  const { t } = useTranslation();
  const all = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const some = rows.some((r) => selected.has(r.id));
  return (
    <Table size="small" aria-label={t('list.title')} data-testid="clients-table">
      <TableHead>
        <TableRow>
          {selectable && (
            <TableCell padding="checkbox">
              <Checkbox checked={all} indeterminate={some && !all} onChange={onToggleAll} slotProps={{ input: { 'aria-label': t('list.selectAll') } }} />
            </TableCell>
          )}
          <TableCell sx={{ width: 70 }}>{t('list.colNumber')}</TableCell>
          <TableCell>{t('list.colName')}</TableCell>
          <TableCell>{t('list.colPhone')}</TableCell>
          <TableCell>{t('list.colEmail')}</TableCell>
          <TableCell>{t('list.colGroups')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((c) => (
          <TableRow key={c.id} hover selected={selected.has(c.id)} data-testid="client-row" data-client-id={c.id}>
            {selectable && (
              <TableCell padding="checkbox">
                <Checkbox checked={selected.has(c.id)} onChange={() => onToggle(c.id)} slotProps={{ input: { 'aria-label': t('list.selectRow', { name: c.displayName }) } }} />
              </TableCell>
            )}
            <TableCell>
              <Typography variant="body2" color="text.secondary">{c.number}</Typography>
            </TableCell>
            <TableCell>
              <Link component={RouterLink} to={`/clients/${c.id}`} underline="hover" sx={{ fontWeight: 600, mr: 0.75 }} color={c.status === 'INACTIVE' ? 'text.secondary' : 'primary'}>
                {c.displayName}
              </Link>
              <ClientMarkers isConflict={c.isConflict} isSupplier={c.isSupplier} status={c.status} bookingMode={c.bookingRestriction.mode} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {c.primaryPhone ? <Link href={`tel:${c.primaryPhone}`} underline="hover" color="inherit">{c.primaryPhoneFormatted}</Link> : ''}
            </TableCell>
            <TableCell sx={{ maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis' }}>{c.primaryEmail ?? ''}</TableCell>
            <TableCell>
              <ClientTags groups={c.groups} tags={c.tags} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
