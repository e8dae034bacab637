import { useMutation, useQuery } from '@apollo/client/react';
import { consentPurposeInputSchema } from '@kartoteka/domain';
import { Alert, Button, Checkbox, Chip, FormControlLabel, List, ListItem, ListItemText, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { AllConsentPurposesQuery } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { useSettingsTranslation } from '../../i18n/settings';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues } from '../../ui/graphqlErrors';
import { AllConsentPurposesDocument } from './graphql/allConsentPurposes';
import { SaveConsentPurposeDocument } from './graphql/saveConsentPurpose';
import { useSettingsAction } from './useSettingsMutation';

type Purpose = AllConsentPurposesQuery['consentPurposes'][number];
type Values = { id?: string; key: string; name: string; wording: string; isArchived: boolean };
const EMPTY: Values = { key: '', name: '', wording: '', isArchived: false };
const toInput = (v: Values) => ({ key: v.id ? null : v.key.trim() || null, name: v.name, wording: v.wording, isArchived: v.isArchived });

/** F4.1 / F10.2: consent purposes and their wording; a new wording is a new version, old records keep theirs. */
export function SettingsConsentPurposes() {
  const { t } = useSettingsTranslation();
  const { lang } = useLang();
  const act = useSettingsAction();
  const { data } = useQuery(AllConsentPurposesDocument, { fetchPolicy: 'cache-and-network' });
  const [save] = useMutation(SaveConsentPurposeDocument, { refetchQueries: ['AllConsentPurposes', 'ReferenceData'] });
  const [editing, setEditing] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: EMPTY, resolver: domainResolver(consentPurposeInputSchema, () => lang, toInput) });
  const edit = (p: Purpose) => {
    setEditing(p.id);
    form.reset({ id: p.id, key: p.key, name: p.name, wording: p.wording, isArchived: p.isArchived });
  };
  const onSubmit = form.handleSubmit(async (v) => {
    const input = { name: v.name, wording: v.wording, ...(v.id ? { id: v.id, isArchived: v.isArchived } : { key: v.key.trim() || null }) };
    const ok = await act(async () => {
      try {
        await save({ variables: { input } });
      } catch (error) {
        applyServerIssues(errorIssues(error), form.setError, lang, (p) => ['key', 'name', 'wording'].includes(p));
        throw error;
      }
    });
    if (ok) {
      setEditing(null);
      form.reset(EMPTY);
    }
  });
  return (
    <Stack spacing={2}>
      <Alert severity="info" variant="outlined">{t('settings.wordingNote')}</Alert>
      <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Typography variant="h3" sx={{ mb: 2 }}>{editing ? t('app.edit') : t('settings.newPurpose')}</Typography>
        <Stack spacing={2}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField label={t('settings.purposeName')} {...fieldProps(form, 'name')} />
            {!editing && <TextField label={t('settings.purposeKey')} {...fieldProps(form, 'key')} />}
          </Stack>
          <TextField label={t('settings.purposeWording')} multiline minRows={3} {...fieldProps(form, 'wording')} />
          {editing && (
            <Controller control={form.control} name="isArchived" render={({ field }) => (
              <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={t('settings.archive')} />
            )} />
          )}
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained">{editing ? t('app.save') : t('settings.create')}</Button>
            {editing && <Button onClick={() => { setEditing(null); form.reset(EMPTY); }}>{t('app.cancel')}</Button>}
          </Stack>
        </Stack>
      </Paper>
      <List dense>
        {data?.consentPurposes.map((p) => (
          <ListItem key={p.id} divider secondaryAction={<Button size="small" onClick={() => edit(p)}>{t('app.edit')}</Button>} sx={{ pr: 10 }}>
            <ListItemText
              primary={<Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}><span>{p.name}</span><Chip label={p.key} variant="outlined" sx={{ height: 20 }} /><Chip label={t('settings.wordingVersion', { version: p.wordingVersion })} sx={{ height: 20 }} />{p.isBuiltin && <Chip label={t('settings.builtin')} sx={{ height: 20 }} />}{p.isArchived && <Chip label={t('settings.archived')} variant="outlined" sx={{ height: 20 }} />}</Stack>}
              secondary={p.wording}
            />
          </ListItem>
        ))}
      </List>
    </Stack>
  );
}
