import { useMutation, useQuery } from '@apollo/client/react';
import { CUSTOM_FIELD_APPLIES_TO, CUSTOM_FIELD_TYPES, customFieldDefinitionSchema } from '@kartoteka/domain';
import { Button, Checkbox, Chip, FormControlLabel, List, ListItem, ListItemText, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { AllCustomFieldsQuery, CustomFieldAppliesTo, CustomFieldType } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { useSettingsTranslation } from '../../i18n/settings';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues } from '../../ui/graphqlErrors';
import { AllCustomFieldsDocument } from './graphql/allCustomFields';
import { SaveCustomFieldDocument } from './graphql/saveCustomField';

type Definition = AllCustomFieldsQuery['customFields'][number];
type Values = { id?: string; label: string; type: CustomFieldType; options: string; required: boolean; appliesTo: CustomFieldAppliesTo; isArchived: boolean };
const EMPTY: Values = { label: '', type: 'TEXT', options: '', required: false, appliesTo: 'ALL', isArchived: false };
const toInput = (v: Values) => ({ label: v.label, type: v.type, options: v.options.split(',').map((o) => o.trim()).filter(Boolean), required: v.required, appliesTo: v.appliesTo });

/** F1.10: the business's own card fields (text, number, date, yes/no, single and multiple choice). */
export function SettingsCustomFields() {
  const { t } = useSettingsTranslation();
  const { lang } = useLang();
  const { data } = useQuery(AllCustomFieldsDocument, { fetchPolicy: 'cache-and-network' });
  const [save] = useMutation(SaveCustomFieldDocument, { refetchQueries: ['AllCustomFields', 'ReferenceData'] });
  const [editing, setEditing] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: EMPTY, resolver: domainResolver(customFieldDefinitionSchema, () => lang, toInput) });
  const type = form.watch('type');
  const edit = (d: Definition) => {
    setEditing(d.id);
    form.reset({ id: d.id, label: d.label, type: d.type, options: d.options.join(', '), required: d.required, appliesTo: d.appliesTo, isArchived: d.isArchived });
  };
  const onSubmit = form.handleSubmit(async (v) => {
    try {
      await save({ variables: { input: { ...toInput(v), ...(v.id ? { id: v.id, isArchived: v.isArchived } : {}) } } });
      form.reset(EMPTY);
      setEditing(null);
    } catch (error) {
      applyServerIssues(errorIssues(error), form.setError, lang, (p) => ['label', 'type', 'options'].includes(p.split('.')[0]), (i) => i.path[0] === 'options' ? 'options' : i.path.join('.'));
    }
  });
  return (
    <Stack spacing={2}>
      <Paper variant="outlined" sx={{ p: 2 }} component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <Stack spacing={2}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            <TextField label={t('settings.fieldLabel')} {...fieldProps(form, 'label')} />
            <Controller control={form.control} name="type" render={({ field }) => (
              <TextField select label={t('settings.fieldType')} value={field.value} onChange={field.onChange} disabled={!!editing}>
                {CUSTOM_FIELD_TYPES.map((ty) => <MenuItem key={ty} value={ty}>{t(`settings.fieldTypes.${ty}`)}</MenuItem>)}
              </TextField>
            )} />
            <Controller control={form.control} name="appliesTo" render={({ field }) => (
              <TextField select label={t('settings.appliesTo')} value={field.value} onChange={field.onChange}>
                {CUSTOM_FIELD_APPLIES_TO.map((a) => <MenuItem key={a} value={a}>{t(`settings.appliesToOptions.${a}`)}</MenuItem>)}
              </TextField>
            )} />
          </Stack>
          {(type === 'SINGLE_CHOICE' || type === 'MULTI_CHOICE') && <TextField label={t('settings.options')} {...fieldProps(form, 'options')} />}
          <Stack direction="row" spacing={2}>
            <Controller control={form.control} name="required" render={({ field }) => (
              <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={t('settings.required')} />
            )} />
            {editing && (
              <Controller control={form.control} name="isArchived" render={({ field }) => (
                <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={t('settings.archive')} />
              )} />
            )}
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained">{editing ? t('app.save') : t('settings.create')}</Button>
            {editing && <Button onClick={() => { setEditing(null); form.reset(EMPTY); }}>{t('app.cancel')}</Button>}
          </Stack>
        </Stack>
      </Paper>
      <List dense>
        {data?.customFields.map((d) => (
          <ListItem key={d.id} divider secondaryAction={<Button size="small" onClick={() => edit(d)}>{t('app.edit')}</Button>}>
            <ListItemText
              primary={<Stack direction="row" spacing={1}><span>{d.label}</span>{d.required && <Chip label={t('settings.required')} sx={{ height: 20 }} />}{d.isArchived && <Chip label={t('settings.archived')} variant="outlined" sx={{ height: 20 }} />}</Stack>}
              secondary={`${t(`settings.fieldTypes.${d.type}`)} · ${t(`settings.appliesToOptions.${d.appliesTo}`)}${d.options.length ? ` · ${d.options.join(', ')}` : ''}`}
            />
          </ListItem>
        ))}
      </List>
      {data && !data.customFields.length && <Typography color="text.secondary">{t('form.fields.noCustomFields')}</Typography>}
    </Stack>
  );
}
