import { Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../ui/forms/fieldProps';
import { useReferenceData } from '../../reference/useReferenceData';
import { FormSection } from '../FormSection';
import type { ClientFormValues } from '../formValues';

/** F1.10: the business's own fields ("dane zdefiniowane"), in their order, for the client's kind. */
export function SectionCustom() {
  const { t } = useTranslation();
  const form = useFormContext<ClientFormValues>();
  const ref = useReferenceData();
  const kind = useWatch({ control: form.control, name: 'kind' });
  const rows = useWatch({ control: form.control, name: 'customFields' }) ?? [];
  const definitions = [...ref.customFields].sort((a, b) => a.position - b.position);
  return (
    <FormSection id="custom" title={t('form.sections.custom')}>
      {definitions.length === 0 && <Typography color="text.secondary">{t('form.fields.noCustomFields')}</Typography>}
      <Stack spacing={2}>
        {definitions.map((def) => {
          const index = rows.findIndex((r) => r.fieldId === def.id);
          if (index < 0 || (def.appliesTo !== 'ALL' && def.appliesTo !== kind)) return null;
          const name = `customFields.${index}.value` as const;
          const error = fieldError(form, name);
          const label = `${def.label}${def.required ? ' *' : ''}`;
          return (
            <Controller key={def.id} control={form.control} name={name} render={({ field }) => {
              switch (def.type) {
                case 'BOOLEAN':
                  return <FormControlLabel control={<Checkbox checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />} label={label} />;
                case 'SINGLE_CHOICE':
                case 'MULTI_CHOICE': {
                  const multiple = def.type === 'MULTI_CHOICE';
                  return (
                    <TextField select label={label} value={multiple ? (Array.isArray(field.value) ? field.value : []) : field.value} onChange={field.onChange} error={!!error} helperText={error} id={`f-custom-${def.id}`} slotProps={{ select: { multiple } }}>
                      {!multiple && <MenuItem value="">{t('app.none')}</MenuItem>}
                      {def.options.map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
                    </TextField>
                  );
                }
                default:
                  return (
                    <TextField
                      label={label}
                      value={typeof field.value === 'string' ? field.value : ''}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      type={def.type === 'DATE' ? 'date' : 'text'}
                      inputMode={def.type === 'NUMBER' ? 'decimal' : undefined}
                      multiline={def.type === 'TEXT'}
                      error={!!error}
                      helperText={error}
                      id={`f-custom-${def.id}`}
                      slotProps={def.type === 'DATE' ? { inputLabel: { shrink: true } } : undefined}
                    />
                  );
              }
            }} />
          );
        })}
      </Stack>
    </FormSection>
  );
}
