import { useMutation } from '@apollo/client/react';
import { Button, Menu, MenuItem, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { errorMessage } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { useReferenceData } from '../reference/useReferenceData';
import { SetClientGroupsDocument } from './graphql/setClientGroups';
import { SetClientStatusDocument } from './graphql/setClientStatus';
import { SetClientTagsDocument } from './graphql/setClientTags';

type Props = { ids: string[]; onDone(): void; onClear(): void };
type MenuKind = 'addGroup' | 'removeGroup' | 'addTag' | 'removeTag';

/** One action for all selected clients: add/remove a group or a tag, set inactive or active. */
export function ClientsBulkBar({ ids, onDone, onClear }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const ref = useReferenceData();
  const [menu, setMenu] = useState<{ kind: MenuKind; anchor: HTMLElement } | null>(null);
  const [setGroups, groupsState] = useMutation(SetClientGroupsDocument);
  const [setTags, tagsState] = useMutation(SetClientTagsDocument);
  const [setStatus, statusState] = useMutation(SetClientStatusDocument);
  const busy = groupsState.loading || tagsState.loading || statusState.loading;

  const run = async (action: () => Promise<number>) => {
    setMenu(null);
    try {
      const count = await action();
      notify(t('list.bulkDone', { count }));
      onDone();
    } catch (error) {
      notify(errorMessage(error, lang), 'error');
    }
  };
  const pick = (id: string) => {
    if (!menu) return;
    const change = menu.kind.startsWith('add') ? 'ADD' : 'REMOVE';
    if (menu.kind.endsWith('Group')) {
      void run(async () => (await setGroups({ variables: { clientIds: ids, groupIds: [id], change } })).data?.setClientGroups ?? 0);
    } else {
      void run(async () => (await setTags({ variables: { clientIds: ids, tagIds: [id], change } })).data?.setClientTags ?? 0);
    }
  };
  const status = (value: 'ACTIVE' | 'INACTIVE') =>
    void run(async () => (await setStatus({ variables: { ids, status: value } })).data?.setClientStatus.length ?? 0);
  const open = (kind: MenuKind) => (e: React.MouseEvent<HTMLElement>) => setMenu({ kind, anchor: e.currentTarget });
  const options = menu?.kind.endsWith('Group') ? ref.groups : ref.tags;

  return (
    <Paper variant="outlined" sx={{ p: 1, bgcolor: 'primary.50', borderColor: 'primary.main' }} data-testid="bulk-bar" role="region" aria-label={t('list.selected', { count: ids.length })}>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography variant="body2" sx={{ fontWeight: 600, mr: 1 }}>{t('list.selected', { count: ids.length })}</Typography>
        <Button size="small" variant="outlined" disabled={busy || !ref.groups.length} onClick={open('addGroup')} data-testid="bulk-add-group">{t('list.bulkAddGroup')}</Button>
        <Button size="small" variant="outlined" disabled={busy || !ref.groups.length} onClick={open('removeGroup')}>{t('list.bulkRemoveGroup')}</Button>
        <Button size="small" variant="outlined" disabled={busy || !ref.tags.length} onClick={open('addTag')}>{t('list.bulkAddTag')}</Button>
        <Button size="small" variant="outlined" disabled={busy || !ref.tags.length} onClick={open('removeTag')}>{t('list.bulkRemoveTag')}</Button>
        <Button size="small" variant="outlined" color="warning" disabled={busy} onClick={() => status('INACTIVE')} data-testid="bulk-deactivate">{t('list.bulkDeactivate')}</Button>
        <Button size="small" variant="outlined" disabled={busy} onClick={() => status('ACTIVE')}>{t('list.bulkActivate')}</Button>
        <Button size="small" onClick={onClear}>{t('list.clearSelection')}</Button>
      </Stack>
      <Menu anchorEl={menu?.anchor} open={!!menu} onClose={() => setMenu(null)}>
        {options.map((o) => (
          <MenuItem key={o.id} onClick={() => pick(o.id)}>{o.name}</MenuItem>
        ))}
      </Menu>
    </Paper>
  );
}
