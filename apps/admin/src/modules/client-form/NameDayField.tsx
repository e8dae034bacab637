import { formatPartialDate, suggestNameDays } from '@kartoteka/domain';
import { Box, Chip, FormHelperText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { fieldError } from '../../ui/forms/fieldProps';
import { monthNames } from './BirthdayField';
import type { ClientFormValues } from './formValues';

const DAYS = Array.from({ length: 31 }, (_v, i) => String(i + 1));

/** Name day (day and month) with suggestions from the Polish name-day calendar for the first name. */
export function NameDayField() {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const form = useFormContext<ClientFormValues>();
  const firstName = useWatch({ control: form.control, name: 'firstName' });
  const nameDay = useWatch({ control: form.control, name: 'nameDay' });
  const suggestions = suggestNameDays(firstName);
  const error = fieldError(form, 'nameDay.day') ?? fieldError(form, 'nameDay.month');
  const months = monthNames(locale);
  const pick = (d: { day: number; month: number }) => {
    form.setValue('nameDay.day', String(d.day), { shouldDirty: true });
    form.setValue('nameDay.month', String(d.month), { shouldDirty: true });
  };
  return (
    <Box role="group" aria-labelledby="nameday-label">
      <Typography id="nameday-label" variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('form.fields.nameDay')}</Typography>
      <Stack direction="row" spacing={1}>
        <Controller control={form.control} name="nameDay.day" render={({ field }) => (
          <TextField select label={t('form.fields.day')} value={field.value} onChange={field.onChange} sx={{ width: 90 }} error={!!error} id="f-nameDay-day">
            <MenuItem value="">{t('app.none')}</MenuItem>
            {DAYS.map((d) => <MenuItem key={d} value={d}>{d}</MenuItem>)}
          </TextField>
        )} />
        <Controller control={form.control} name="nameDay.month" render={({ field }) => (
          <TextField select label={t('form.fields.month')} value={field.value} onChange={field.onChange} sx={{ width: 150 }} error={!!error} id="f-nameDay-month">
            <MenuItem value="">{t('app.none')}</MenuItem>
            {months.map((m, i) => <MenuItem key={m} value={String(i + 1)}>{m}</MenuItem>)}
          </TextField>
        )} />
      </Stack>
      {error && <FormHelperText error>{error}</FormHelperText>}
      {suggestions.length > 0 && (
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5, mt: 1, alignItems: 'center' }} data-testid="nameday-suggestions">
          <Typography variant="caption" color="text.secondary">{t('form.fields.nameDaySuggest', { name: firstName.trim().split(/\s+/)[0] })}</Typography>
          {suggestions.slice(0, 8).map((d) => {
            const active = nameDay.day === String(d.day) && nameDay.month === String(d.month);
            return (
              <Chip key={`${d.month}-${d.day}`} label={formatPartialDate(d, lang)} color={active ? 'primary' : 'default'} variant={active ? 'filled' : 'outlined'} onClick={() => pick(d)} />
            );
          })}
        </Stack>
      )}
    </Box>
  );
}
