import { useMutation, useQuery } from '@apollo/client/react';
import { inviteStaffSchema, ROLES } from '@kartoteka/domain';
import {
  Alert, Box, Button, Checkbox, FormControlLabel, MenuItem, Paper, Stack, Switch, Table, TableBody, TableCell, TableHead,
  TableRow, TextField, Typography,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useViewer } from '../../app/SessionProvider';
import type { Role } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { useSettingsTranslation } from '../../i18n/settings';
import { formatDate } from '../../ui/format';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues } from '../../ui/graphqlErrors';
import { InviteStaffDocument } from './graphql/inviteStaff';
import { StaffSettingsDocument } from './graphql/staffSettings';
import { UpdateStaffMemberDocument } from './graphql/updateStaffMember';
import { useSettingsAction } from './useSettingsMutation';

type InviteValues = { email: string; displayName: string; role: Role; acceptsVisits: boolean };

/** F10.1: staff and roles; invitations give a one-time link to copy and send. */
export function SettingsStaff() {
  const { t } = useSettingsTranslation();
  const { lang, locale } = useLang();
  const me = useViewer();
  const act = useSettingsAction();
  const { data } = useQuery(StaffSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateStaffMemberDocument, { refetchQueries: ['StaffSettings', 'ReferenceData'] });
  const [invite] = useMutation(InviteStaffDocument, { refetchQueries: ['StaffSettings'] });
  const [link, setLink] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    defaultValues: { email: '', displayName: '', role: 'RECEPTIONIST', acceptsVisits: false },
    resolver: domainResolver(inviteStaffSchema, () => lang),
  });
  const roles = ROLES.filter((r) => r !== 'OWNER' || me.role === 'OWNER');
  const onInvite = form.handleSubmit(async (values) => {
    try {
      const res = await invite({ variables: { input: values } });
      const token = res.data?.inviteStaff.token;
      if (token) setLink(`${window.location.origin}/accept-invitation?token=${encodeURIComponent(token)}`);
      form.reset();
    } catch (error) {
      applyServerIssues(errorIssues(error), form.setError, lang, (p) => ['email', 'displayName', 'role'].includes(p));
    }
  });

  return (
    <Stack spacing={3}>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="staff-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('settings.name')}</TableCell>
              <TableCell>{t('auth.email')}</TableCell>
              <TableCell>{t('settings.role')}</TableCell>
              <TableCell>{t('settings.acceptsVisits')}</TableCell>
              <TableCell>{t('settings.active')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.staffMembers.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{s.displayName}</TableCell>
                <TableCell>{s.email}</TableCell>
                <TableCell>
                  {me.can.setStaffRoles && s.id !== me.id ? (
                    <TextField select value={s.role} onChange={(e) => void act(() => update({ variables: { input: { id: s.id, role: e.target.value as Role } } }))} slotProps={{ htmlInput: { 'aria-label': `${t('settings.role')}: ${s.displayName}` } }}>
                      {roles.map((r) => <MenuItem key={r} value={r}>{t(`role.${r}`)}</MenuItem>)}
                    </TextField>
                  ) : t(`role.${s.role}`)}
                </TableCell>
                <TableCell>
                  <Switch checked={s.acceptsVisits} disabled={!me.can.setStaffRoles} onChange={(e) => void act(() => update({ variables: { input: { id: s.id, acceptsVisits: e.target.checked } } }))} slotProps={{ input: { 'aria-label': `${t('settings.acceptsVisits')}: ${s.displayName}` } }} />
                </TableCell>
                <TableCell>
                  <Switch checked={s.isActive} disabled={!me.can.setStaffRoles || s.id === me.id} onChange={(e) => void act(() => update({ variables: { input: { id: s.id, isActive: e.target.checked } } }))} slotProps={{ input: { 'aria-label': `${t('settings.active')}: ${s.displayName}` } }} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {me.can.inviteStaff && (
        <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate onSubmit={(e) => void onInvite(e)}>
          <Typography variant="h3" sx={{ mb: 2 }}>{t('settings.invite')}</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
            <TextField label={t('settings.personName')} {...fieldProps(form, 'displayName')} />
            <TextField label={t('auth.email')} type="email" {...fieldProps(form, 'email')} />
            <Controller control={form.control} name="role" render={({ field }) => (
              <TextField select label={t('settings.role')} value={field.value} onChange={field.onChange} sx={{ minWidth: 180 }}>
                {roles.map((r) => <MenuItem key={r} value={r}>{t(`role.${r}`)}</MenuItem>)}
              </TextField>
            )} />
            <Controller control={form.control} name="acceptsVisits" render={({ field }) => (
              <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={t('settings.acceptsVisits')} sx={{ whiteSpace: 'nowrap' }} />
            )} />
            <Button type="submit" variant="contained" disabled={form.formState.isSubmitting} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>{t('settings.invite')}</Button>
          </Stack>
          {link && (
            <Alert severity="success" sx={{ mt: 2 }} action={<Button color="inherit" size="small" onClick={() => void navigator.clipboard?.writeText(link)}>{t('settings.copy')}</Button>}>
              {t('settings.inviteLink')}
              <Box component="code" sx={{ display: 'block', wordBreak: 'break-all', mt: 0.5 }} data-testid="invite-link">{link}</Box>
            </Alert>
          )}
        </Paper>
      )}
      {!!data?.openInvitations.length && (
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>{t('settings.openInvitations')}</Typography>
          {data.openInvitations.map((i) => (
            <Typography key={i.id} variant="body2">
              {i.displayName} · {i.email} · {t(`role.${i.role}`)} · {t('settings.expires', { date: formatDate(i.expiresAt, locale) })}
            </Typography>
          ))}
        </Box>
      )}
    </Stack>
  );
}
