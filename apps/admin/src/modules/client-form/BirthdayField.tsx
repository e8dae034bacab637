import { Box, Checkbox, FormControlLabel, FormHelperText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { fieldError } from '../../ui/forms/fieldProps';
import type { ClientFormValues } from './formValues';

export function monthNames(locale: string): string[] {
  const fmt = new Intl.DateTimeFormat(locale, { month: 'long' });
  return Array.from({ length: 12 }, (_v, i) => fmt.format(new Date(2024, i, 15)));
}
const DAYS = Array.from({ length: 31 }, (_v, i) => String(i + 1));

/** Day and month, plus an optional year ("bez roku": many clients prefer not to give it). */
export function BirthdayField() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const form = useFormContext<ClientFormValues>();
  const noYear = useWatch({ control: form.control, name: 'birthday.noYear' });
  const error = fieldError(form, 'birthday.day') ?? fieldError(form, 'birthday.month') ?? fieldError(form, 'birthday.year') ?? fieldError(form, 'birthday');
  const months = monthNames(locale);
  return (
    <Box role="group" aria-labelledby="birthday-label">
      <Typography id="birthday-label" variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('form.fields.birthday')}</Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Controller control={form.control} name="birthday.day" render={({ field }) => (
          <TextField select label={t('form.fields.day')} value={field.value} onChange={field.onChange} sx={{ width: 90 }} error={!!error} id="f-birthday-day">
            <MenuItem value="">{t('app.none')}</MenuItem>
            {DAYS.map((d) => <MenuItem key={d} value={d}>{d}</MenuItem>)}
          </TextField>
        )} />
        <Controller control={form.control} name="birthday.month" render={({ field }) => (
          <TextField select label={t('form.fields.month')} value={field.value} onChange={field.onChange} sx={{ width: 150 }} error={!!error} id="f-birthday-month">
            <MenuItem value="">{t('app.none')}</MenuItem>
            {months.map((m, i) => <MenuItem key={m} value={String(i + 1)}>{m}</MenuItem>)}
          </TextField>
        )} />
        <TextField label={t('form.fields.year')} inputMode="numeric" disabled={noYear} sx={{ width: 100 }} {...form.register('birthday.year')} id="f-birthday-year" error={!!error} />
        <Controller control={form.control} name="birthday.noYear" render={({ field }) => (
          <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => { field.onChange(e.target.checked); if (e.target.checked) form.setValue('birthday.year', ''); }} />} label={t('form.fields.noYear')} />
        )} />
      </Stack>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}
