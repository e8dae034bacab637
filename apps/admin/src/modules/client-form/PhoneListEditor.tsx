import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { parsePhone, PHONE_TYPES } from '@kartoteka/domain';
import { Box, Button, Checkbox, FormControlLabel, IconButton, MenuItem, Radio, Stack, TextField, Tooltip } from '@mui/material';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../ui/forms/fieldProps';
import { useReferenceData } from '../reference/useReferenceData';
import { newPhone, type ClientFormValues } from './formValues';

/** F1.3: any number of phones, each with a type, one primary, and the channels it accepts (SMS, WhatsApp, Viber). */
export function PhoneListEditor() {
  const { t } = useTranslation();
  const form = useFormContext<ClientFormValues>();
  const ref = useReferenceData();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'phones' });
  const phones = useWatch({ control: form.control, name: 'phones' }) ?? [];
  const setPrimary = (index: number) => {
    phones.forEach((_p, i) => form.setValue(`phones.${i}.isPrimary`, i === index, { shouldDirty: true }));
  };
  const typeOptions = [
    ...PHONE_TYPES.map((key) => ({ key, label: ref.phoneTypeLabel(key) })),
    ...ref.phoneTypes.map((p) => ({ key: p.id, label: p.name })),
  ];

  return (
    <Stack spacing={1.5} data-testid="phone-list">
      {fields.map((field, i) => {
        const parsed = phones[i]?.number ? parsePhone(phones[i].number) : null;
        const error = fieldError(form, `phones.${i}.number`) ?? fieldError(form, `phones.${i}.isPrimary`) ?? fieldError(form, `phones.${i}.typeKey`);
        return (
          <Box key={field.id} sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr auto', sm: '2fr 1fr auto' }, alignItems: 'start', pb: 1, borderBottom: '1px dashed', borderColor: 'divider' }} data-testid={`phone-row-${i}`}>
            <TextField
              label={`${t('form.fields.phone')} ${fields.length > 1 ? i + 1 : ''}`.trim()}
              type="tel"
              inputMode="tel"
              {...form.register(`phones.${i}.number`)}
              id={`f-phones-${i}-number`}
              error={!!error}
              helperText={error ?? (parsed?.ok ? parsed.international : ' ')}
            />
            <Box sx={{ display: { xs: 'none', sm: 'block' } }} />
            <Controller
              control={form.control}
              name={`phones.${i}.typeKey`}
              render={({ field: f }) => (
                <TextField select label={t('form.fields.phoneType')} value={f.value} onChange={f.onChange} sx={{ gridColumn: { xs: '1 / 2', sm: '2 / 3' }, gridRow: { sm: '1' } }} id={`f-phones-${i}-type`}>
                  {typeOptions.map((o) => <MenuItem key={o.key} value={o.key}>{o.label}</MenuItem>)}
                </TextField>
              )}
            />
            <Tooltip title={t('form.fields.removePhone', { n: i + 1 })}>
              <IconButton aria-label={t('form.fields.removePhone', { n: i + 1 })} onClick={() => remove(i)} sx={{ gridColumn: { xs: '2', sm: '3' }, gridRow: { xs: '1', sm: '1' } }}>
                <DeleteIcon />
              </IconButton>
            </Tooltip>
            <Stack direction="row" useFlexGap sx={{ gridColumn: '1 / -1', flexWrap: 'wrap', columnGap: 1, mt: -1 }}>
              <FormControlLabel control={<Radio checked={!!phones[i]?.isPrimary} onChange={() => setPrimary(i)} />} label={t('form.fields.primary')} />
              {(['sms', 'whatsapp', 'viber'] as const).map((channel) => (
                <Controller
                  key={channel}
                  control={form.control}
                  name={`phones.${i}.${channel}`}
                  render={({ field: f }) => (
                    <FormControlLabel control={<Checkbox checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)} />} label={t(`form.fields.${channel}`)} />
                  )}
                />
              ))}
            </Stack>
          </Box>
        );
      })}
      <Box>
        <Button startIcon={<AddIcon />} onClick={() => append(newPhone(fields.length === 0))} data-testid="add-phone">
          {t('form.fields.addPhone')}
        </Button>
      </Box>
    </Stack>
  );
}
