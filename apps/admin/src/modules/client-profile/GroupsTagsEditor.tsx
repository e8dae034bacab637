import EditIcon from '@mui/icons-material/Edit';
import { Autocomplete, Button, Chip, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientCardFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { errorMessage } from '../../ui/graphqlErrors';
import { ClientTags } from '../clients/ClientTags';
import { useReferenceData } from '../reference/useReferenceData';
import { serverFieldError } from './serverFieldError';
import type { ClientPatch } from './useSaveClient';

type Props = { client: ClientCardFragment; canEdit: boolean; onSave(patch: ClientPatch): Promise<unknown> };

/** Groups and tags of one client, edited in place (the list's bulk actions do the same for many). */
export function GroupsTagsEditor({ client, canEdit, onSave }: Props) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  const { lang } = useLang();
  const [draft, setDraft] = useState<{ groupIds: string[]; tags: string[] } | null>(null);
  const [errors, setErrors] = useState<{ groupIds?: string | null; tags?: string | null; other?: string }>({});
  const [busy, setBusy] = useState(false);
  // settles after a version conflict too: saved, dropped (the current card is shown), or refused next to the field
  const save = async (value: { groupIds: string[]; tags: string[] }) => {
    setBusy(true);
    try {
      await onSave(value);
      setDraft(null);
      setErrors({});
    } catch (error) {
      const groupIds = serverFieldError(error, 'groupIds', lang);
      const tags = serverFieldError(error, 'tags', lang);
      setErrors({ groupIds, tags, other: groupIds || tags ? undefined : errorMessage(error, lang) });
    } finally {
      setBusy(false);
    }
  };
  if (!draft) {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flex: 1 }}>
          {client.groups.length || client.tags.length ? <ClientTags groups={client.groups} tags={client.tags} /> : <span>{t('profile.noData')}</span>}
        </Stack>
        {canEdit && (
          <Tooltip title={t('profile.editInPlace')}>
            <IconButton size="small" aria-label={`${t('profile.editInPlace')}: ${t('profile.groupsTags')}`} onClick={() => { setErrors({}); setDraft({ groupIds: client.groups.map((g) => g.id), tags: client.tags.map((x) => x.name) }); }}>
              <EditIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Stack>
    );
  }
  return (
    <Stack spacing={1.5}>
      <Autocomplete
        multiple
        options={ref.groups.map((g) => g.id)}
        value={draft.groupIds}
        getOptionLabel={(id) => ref.groupName(id)}
        onChange={(_e, groupIds) => setDraft({ ...draft, groupIds })}
        renderValue={(value, getItemProps) => value.map((id, index) => { const { key, ...p } = getItemProps({ index }); return <Chip key={key} label={ref.groupName(id)} {...p} />; })}
        renderInput={(params) => <TextField {...params} label={t('form.fields.groups')} error={!!errors.groupIds} helperText={errors.groupIds} />}
      />
      <Autocomplete
        multiple
        freeSolo
        options={ref.tags.map((x) => x.name)}
        value={draft.tags}
        onChange={(_e, tags) => setDraft({ ...draft, tags: tags.map((x) => x.trim()).filter(Boolean) })}
        renderInput={(params) => <TextField {...params} label={t('form.fields.tags')} error={!!errors.tags} helperText={errors.tags ?? t('form.fields.tagsHint')} />}
      />
      {errors.other && <Typography variant="body2" color="error" role="alert">{errors.other}</Typography>}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button size="small" onClick={() => setDraft(null)}>{t('app.cancel')}</Button>
        <Button size="small" variant="contained" disabled={busy} onClick={() => void save(draft)} data-testid="groups-tags-save">{t('app.save')}</Button>
      </Stack>
    </Stack>
  );
}
