import { Alert, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { languageOptions } from '../../../ui/countries';
import { fieldProps } from '../../../ui/forms/fieldProps';
import { BirthdayField } from '../BirthdayField';
import { FormSection } from '../FormSection';
import type { ClientFormValues } from '../formValues';
import { NameDayField } from '../NameDayField';

export function SectionExtra({ hasHiddenDocuments }: { hasHiddenDocuments: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const form = useFormContext<ClientFormValues>();
  return (
    <FormSection id="extra" title={t('form.sections.extra')}>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
          <BirthdayField />
          <NameDayField />
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Controller control={form.control} name="gender" render={({ field }) => (
            <TextField select label={t('form.fields.gender')} value={field.value} onChange={field.onChange} id="f-gender">
              <MenuItem value="">{t('app.none')}</MenuItem>
              {(['FEMALE', 'MALE', 'OTHER'] as const).map((g) => <MenuItem key={g} value={g}>{t(`gender.${g}`)}</MenuItem>)}
            </TextField>
          )} />
          <Controller control={form.control} name="preferredLanguage" render={({ field }) => (
            <TextField select label={t('form.fields.preferredLanguage')} value={field.value} onChange={field.onChange} id="f-preferredLanguage" slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} error={!!form.formState.errors.preferredLanguage} helperText={form.formState.errors.preferredLanguage?.message}>
              <option value="">{t('app.none')}</option>
              {languageOptions(locale).map((l) => <option key={l.code} value={l.code}>{l.name}</option>)}
            </TextField>
          )} />
          <TextField label={t('form.fields.loyaltyCardNumber')} {...fieldProps(form, 'loyaltyCardNumber')} />
        </Stack>
        <TextField label={t('form.fields.remarks')} multiline minRows={3} {...fieldProps(form, 'remarks')} />
        <Typography variant="h3">{t('form.fields.idCard')} / {t('form.fields.passport')}</Typography>
        <Alert severity={hasHiddenDocuments ? 'warning' : 'info'} variant="outlined">
          {hasHiddenDocuments ? t('form.fields.idDocsHidden') : t('form.fields.idDocsNote')}
        </Alert>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField label={t('form.fields.idCard')} autoComplete="off" {...fieldProps(form, 'identityDocuments.idCardNumber')} />
          <TextField label={t('form.fields.passport')} autoComplete="off" {...fieldProps(form, 'identityDocuments.passportNumber')} />
        </Stack>
      </Stack>
    </FormSection>
  );
}
