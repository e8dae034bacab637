import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Checkbox, FormControlLabel, IconButton, Radio, Stack, TextField } from '@mui/material';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../ui/forms/fieldProps';
import { newEmail, type ClientFormValues } from './formValues';

/** F1.4: a primary e-mail plus extra ones, each with "agrees to receive e-mail". */
export function EmailListEditor() {
  const { t } = useTranslation();
  const form = useFormContext<ClientFormValues>();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'emails' });
  const emails = useWatch({ control: form.control, name: 'emails' }) ?? [];
  const setPrimary = (index: number) => emails.forEach((_e, i) => form.setValue(`emails.${i}.isPrimary`, i === index, { shouldDirty: true }));
  return (
    <Stack spacing={1}>
      {fields.map((field, i) => {
        const error = fieldError(form, `emails.${i}.address`) ?? fieldError(form, `emails.${i}.isPrimary`);
        return (
          <Box key={field.id}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField label={`${t('form.fields.email')} ${fields.length > 1 ? i + 1 : ''}`.trim()} type="email" {...form.register(`emails.${i}.address`)} id={`f-emails-${i}-address`} error={!!error} helperText={error} />
              <IconButton aria-label={t('form.fields.removeEmail', { n: i + 1 })} onClick={() => remove(i)}>
                <DeleteIcon />
              </IconButton>
            </Stack>
            <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
              <FormControlLabel control={<Radio checked={!!emails[i]?.isPrimary} onChange={() => setPrimary(i)} />} label={t('form.fields.primary')} />
              <Controller
                control={form.control}
                name={`emails.${i}.acceptsEmail`}
                render={({ field: f }) => <FormControlLabel control={<Checkbox checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)} />} label={t('form.fields.acceptsEmail')} />}
              />
            </Stack>
          </Box>
        );
      })}
      <Box>
        <Button startIcon={<AddIcon />} onClick={() => append(newEmail(fields.length === 0))}>{t('form.fields.addEmail')}</Button>
      </Box>
    </Stack>
  );
}
