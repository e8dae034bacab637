import { Box, Checkbox, Link, Stack, Typography } from '@mui/material';
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
};

/** The list on a phone: one card per client, the phone number a tap away. */
export function ClientsCardList({ rows, selected, selectable, onToggle }: Props) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="clients-cards">
      {rows.map((c) => (
        <Box component="li" key={c.id} data-testid="client-row" data-client-id={c.id} sx={{ display: 'flex', alignItems: 'flex-start', px: 1, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: selected.has(c.id) ? 'action.selected' : undefined }}>
          {selectable && (
            <Checkbox edge="start" checked={selected.has(c.id)} onChange={() => onToggle(c.id)} slotProps={{ input: { 'aria-label': t('list.selectRow', { name: c.displayName }) } }} sx={{ mt: -0.5 }} />
          )}
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Link component={RouterLink} to={`/clients/${c.id}`} underline="hover" sx={{ fontWeight: 600 }}>
                {c.displayName}
              </Link>
              <ClientMarkers isConflict={c.isConflict} isSupplier={c.isSupplier} status={c.status} bookingMode={c.bookingRestriction.mode} />
              <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
                {t('profile.number', { number: c.number })}
              </Typography>
            </Stack>
            {c.primaryPhone && (
              <Link href={`tel:${c.primaryPhone}`} variant="body2" underline="hover" color="inherit" sx={{ display: 'block' }}>
                {c.primaryPhoneFormatted}
              </Link>
            )}
            {c.primaryEmail && (
              <Typography variant="body2" color="text.secondary" noWrap>{c.primaryEmail}</Typography>
            )}
            <Box sx={{ mt: 0.5 }}>
              <ClientTags groups={c.groups} tags={c.tags} />
            </Box>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
