import EditIcon from '@mui/icons-material/Edit';
import MoreIcon from '@mui/icons-material/MoreVert';
import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Chip, IconButton, Menu, MenuItem, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useViewer } from '../../app/SessionProvider';
import type { ClientCardFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { ClientMarkers } from '../../ui/ClientMarkers';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { RestoreClientDocument } from '../clients/graphql/restoreClient';
import { SetClientStatusDocument } from '../clients/graphql/setClientStatus';
import { ClientAvatar, ClientPhotoActions } from './ClientPhoto';
import { DeleteClientDocument } from './graphql/deleteClient';
import type { ClientPatch } from './useSaveClient';

type Props = { client: ClientCardFragment; onPatch(patch: ClientPatch): Promise<unknown> };

/** Photo (initials when none), name, number and markers, and the card's actions: photo, edit, flags, active/inactive, bin. */
export function ProfileHeader({ client, onPatch }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const me = useViewer();
  const notify = useNotify();
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const opts = { refetchQueries: ['ClientsList'] };
  const [setStatus] = useMutation(SetClientStatusDocument, opts);
  const [remove, removing] = useMutation(DeleteClientDocument, opts);
  const [restore] = useMutation(RestoreClientDocument, { refetchQueries: ['ClientDetail', 'ClientsList'] });
  const run = async (action: () => Promise<unknown>) => {
    setMenu(null);
    try {
      // null: an edit dropped after a version conflict (the dialog said so)
      if ((await action()) !== null) notify(t('app.saved'));
    } catch (error) {
      notify(errorMessage(error, lang), 'error');
    }
  };
  const deleted = !!client.deletedAt;
  const canEdit = me.can.updateClients && !deleted;

  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
      {deleted && (
        <Alert severity="warning" sx={{ mb: 2 }} action={me.can.restoreClients ? <Button color="inherit" size="small" onClick={() => void run(() => restore({ variables: { id: client.id } }))}>{t('profile.restore')}</Button> : undefined}>
          {t('profile.inBin')}
        </Alert>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Stack direction="row" spacing={2} sx={{ flex: 1, minWidth: 0, alignItems: 'center' }}>
          <ClientAvatar client={client} size={{ xs: 56, sm: 88 }} />
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="h1" component="h1" data-testid="profile-name">{client.displayName}</Typography>
              <ClientMarkers isConflict={client.isConflict} isSupplier={client.isSupplier} status={client.status} bookingMode={client.bookingRestriction.mode} size="medium" />
            </Stack>
            <Stack direction="row" spacing={1} sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
              <Chip label={t('profile.number', { number: client.number })} variant="outlined" data-testid="profile-number" />
              <Chip label={t(`kind.${client.kind}`)} variant="outlined" />
              <Chip label={t(`status.${client.status}`)} color={client.status === 'ACTIVE' ? 'success' : 'default'} data-testid="profile-status" />
            </Stack>
            {canEdit && <Box sx={{ mt: 0.5 }}><ClientPhotoActions client={client} /></Box>}
            {client.description && (
              <Typography variant="body2" sx={{ mt: 1, p: 1, bgcolor: 'warning.50', borderLeft: '3px solid', borderColor: 'warning.main', whiteSpace: 'pre-wrap' }}>
                {client.description}
              </Typography>
            )}
          </Box>
        </Stack>
        {canEdit && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button variant="contained" startIcon={<EditIcon />} component={RouterLink} to={`/clients/${client.id}/edit`} data-testid="profile-edit">
              {t('app.edit')}
            </Button>
            <IconButton aria-label={t('app.menu')} onClick={(e) => setMenu(e.currentTarget)} data-testid="profile-menu">
              <MoreIcon />
            </IconButton>
          </Stack>
        )}
      </Stack>
      <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
        <MenuItem onClick={() => void run(() => setStatus({ variables: { ids: [client.id], status: client.status === 'ACTIVE' ? 'INACTIVE' : 'ACTIVE' } }))} data-testid="profile-toggle-status">
          {client.status === 'ACTIVE' ? t('profile.deactivate') : t('profile.activate')}
        </MenuItem>
        <MenuItem onClick={() => void run(() => onPatch({ isConflict: !client.isConflict }))}>
          {client.isConflict ? '✓ ' : ''}{t('form.fields.isConflict')}
        </MenuItem>
        <MenuItem onClick={() => void run(() => onPatch({ isSupplier: !client.isSupplier }))}>
          {client.isSupplier ? '✓ ' : ''}{t('form.fields.isSupplier')}
        </MenuItem>
        {me.can.deleteClients && (
          <MenuItem onClick={() => { setMenu(null); setConfirmDelete(true); }} sx={{ color: 'error.main' }}>{t('profile.moveToBin')}</MenuItem>
        )}
      </Menu>
      <ConfirmDialog
        open={confirmDelete}
        title={t('profile.moveToBin')}
        text={t('profile.deleteConfirm', { name: client.displayName })}
        confirmLabel={t('profile.moveToBin')}
        danger
        busy={removing.loading}
        onConfirm={() => { setConfirmDelete(false); void run(() => remove({ variables: { id: client.id } })); }}
        onClose={() => setConfirmDelete(false)}
      />
    </Paper>
  );
}
