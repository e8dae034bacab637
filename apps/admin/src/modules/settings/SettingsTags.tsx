import { useMutation } from '@apollo/client/react';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useSettingsTranslation } from '../../i18n/settings';
import { useReferenceData } from '../reference/useReferenceData';
import { CreateTagDocument } from './graphql/createTag';
import { DeleteTagDocument } from './graphql/deleteTag';
import { MergeTagsDocument } from './graphql/mergeTags';
import { RenameTagDocument } from './graphql/renameTag';
import { NamedItemsEditor } from './NamedItemsEditor';
import { useSettingsAction } from './useSettingsMutation';

const refetch = { refetchQueries: ['ReferenceData'] };

/** Tags: create, rename, delete, and merge several into one (F1.7). */
export function SettingsTags() {
  const { t } = useSettingsTranslation();
  const ref = useReferenceData();
  const act = useSettingsAction();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState('');
  const [create] = useMutation(CreateTagDocument, refetch);
  const [rename] = useMutation(RenameTagDocument, refetch);
  const [remove] = useMutation(DeleteTagDocument, refetch);
  const [merge] = useMutation(MergeTagsDocument, { refetchQueries: ['ReferenceData', 'ClientsList'] });
  const toggle = (id: string) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const sources = [...selected].filter((id) => id !== target);
  return (
    <Stack spacing={2}>
      <Alert severity="info" variant="outlined">{t('settings.mergeHint')}</Alert>
      {selected.size > 0 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField select label={t('settings.mergeInto')} value={target} onChange={(e) => setTarget(e.target.value)} sx={{ maxWidth: 320 }}>
            {ref.tags.map((tag) => <MenuItem key={tag.id} value={tag.id}>{tag.name}</MenuItem>)}
          </TextField>
          <Button variant="contained" disabled={!target || sources.length === 0} onClick={() => void act(() => merge({ variables: { sourceIds: sources, targetId: target } }), t('settings.merged')).then((ok) => { if (ok) { setSelected(new Set()); setTarget(''); } })}>
            {t('settings.merge')} ({sources.length})
          </Button>
        </Stack>
      )}
      <NamedItemsEditor
        items={ref.tags}
        selectable
        selected={selected}
        onSelect={toggle}
        onCreate={(name) => act(() => create({ variables: { name } }))}
        onRename={(item, name) => act(() => rename({ variables: { id: item.id, name } }))}
        onDelete={(item) => act(() => remove({ variables: { id: item.id } }))}
      />
    </Stack>
  );
}
