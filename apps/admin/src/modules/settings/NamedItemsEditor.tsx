import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, Checkbox, Chip, IconButton, List, ListItem, ListItemText, Stack, TextField, Tooltip } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useSettingsTranslation } from '../../i18n/settings';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export type NamedItem = { id: string; name: string; color?: string | null; isArchived?: boolean };

type Props = {
  items: readonly NamedItem[];
  withColor?: boolean;
  selectable?: boolean;
  selected?: Set<string>;
  onSelect?(id: string): void;
  onCreate(name: string, color: string | null): Promise<boolean>;
  onRename(item: NamedItem, name: string, color: string | null): Promise<boolean>;
  onDelete?(item: NamedItem): Promise<boolean>;
  extraActions?(item: NamedItem): ReactNode;
  testId?: string;
};

/** Create, rename and delete the business's named lists (groups, tags, sources, phone types). */
export function NamedItemsEditor({ items, withColor, selectable, selected, onSelect, onCreate, onRename, onDelete, extraActions, testId }: Props) {
  const { t } = useSettingsTranslation();
  const [name, setName] = useState('');
  const [color, setColor] = useState('#1f4f7a');
  const [editing, setEditing] = useState<{ id: string; name: string; color: string } | null>(null);
  const [deleting, setDeleting] = useState<NamedItem | null>(null);
  const create = async () => {
    if (!name.trim()) return;
    if (await onCreate(name.trim(), withColor ? color : null)) setName('');
  };
  return (
    <Stack spacing={2} data-testid={testId}>
      <Stack direction="row" spacing={1} component="form" onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <TextField label={t('settings.name')} value={name} onChange={(e) => setName(e.target.value)} slotProps={{ htmlInput: { maxLength: 50, 'data-testid': testId ? `${testId}-new` : undefined } }} />
        {withColor && <TextField label={t('settings.color')} type="color" value={color} onChange={(e) => setColor(e.target.value)} sx={{ width: 90 }} />}
        <Button type="submit" variant="contained">{t('settings.create')}</Button>
      </Stack>
      <List dense disablePadding>
        {items.map((item) => (
          <ListItem key={item.id} divider secondaryAction={
            editing?.id === item.id ? undefined : (
              <Box>
                {extraActions?.(item)}
                <Tooltip title={t('settings.rename')}>
                  <IconButton aria-label={`${t('settings.rename')}: ${item.name}`} onClick={() => setEditing({ id: item.id, name: item.name, color: item.color ?? '#1f4f7a' })}><EditIcon fontSize="small" /></IconButton>
                </Tooltip>
                {onDelete && (
                  <Tooltip title={t('app.delete')}>
                    <IconButton aria-label={`${t('app.delete')}: ${item.name}`} onClick={() => setDeleting(item)}><DeleteIcon fontSize="small" /></IconButton>
                  </Tooltip>
                )}
              </Box>
            )
          }>
            {selectable && <Checkbox checked={selected?.has(item.id) ?? false} onChange={() => onSelect?.(item.id)} slotProps={{ input: { 'aria-label': item.name } }} />}
            {editing?.id === item.id ? (
              <Stack direction="row" spacing={1} sx={{ flex: 1, py: 0.5 }} component="form" onSubmit={(e) => { e.preventDefault(); void onRename(item, editing.name.trim(), withColor ? editing.color : null).then((ok) => ok && setEditing(null)); }}>
                <TextField label={t('settings.newName')} value={editing.name} autoFocus onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
                {withColor && <TextField type="color" label={t('settings.color')} value={editing.color} onChange={(e) => setEditing({ ...editing, color: e.target.value })} sx={{ width: 90 }} />}
                <Button type="submit" variant="contained" size="small">{t('app.save')}</Button>
                <Button size="small" onClick={() => setEditing(null)}>{t('app.cancel')}</Button>
              </Stack>
            ) : (
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    {withColor && <Box sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: item.color ?? 'primary.main' }} />}
                    <span>{item.name}</span>
                    {item.isArchived && <Chip label={t('settings.archived')} variant="outlined" sx={{ height: 20 }} />}
                  </Stack>
                }
              />
            )}
          </ListItem>
        ))}
      </List>
      <ConfirmDialog
        open={!!deleting}
        title={t('settings.deleteConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('app.delete')}
        danger
        onConfirm={() => { if (deleting && onDelete) void onDelete(deleting); setDeleting(null); }}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
