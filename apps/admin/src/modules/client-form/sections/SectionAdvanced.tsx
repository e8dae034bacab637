import { FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldProps } from '../../../ui/forms/fieldProps';
import { FormSection } from '../FormSection';
import type { ClientFormValues } from '../formValues';

const MODES = ['ALLOW', 'REQUIRE_APPROVAL', 'BLOCKED'] as const;

export function SectionAdvanced() {
  const { t } = useTranslation();
  const form = useFormContext<ClientFormValues>();
  const mode = useWatch({ control: form.control, name: 'bookingRestriction.mode' });
  const toggle = (name: 'isSupplier' | 'isConflict' | 'blockNewsletter' | 'blockAutomaticMessages', label: string) => (
    <Controller control={form.control} name={name} render={({ field }) => (
      <FormControlLabel control={<Switch checked={field.value} onChange={(e) => field.onChange(e.target.checked)} data-testid={`switch-${name}`} />} label={label} />
    )} />
  );
  return (
    <FormSection id="advanced" title={t('form.sections.advanced')}>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          {toggle('isSupplier', t('form.fields.isSupplier'))}
          {toggle('isConflict', t('form.fields.isConflict'))}
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Controller control={form.control} name="bookingRestriction.mode" render={({ field }) => (
            <TextField select label={t('form.fields.bookingMode')} value={field.value} onChange={field.onChange} id="f-bookingRestriction-mode">
              {MODES.map((m) => <MenuItem key={m} value={m}>{t(`booking.${m}`)}</MenuItem>)}
            </TextField>
          )} />
          {mode !== 'ALLOW' && (
            <TextField label={t('form.fields.bookingExpires')} type="date" slotProps={{ inputLabel: { shrink: true } }} {...fieldProps(form, 'bookingRestriction.expiresAt')} />
          )}
        </Stack>
        {mode !== 'ALLOW' && <TextField label={t('form.fields.bookingReason')} {...fieldProps(form, 'bookingRestriction.reason')} />}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField label={t('form.fields.discount')} inputMode="decimal" {...fieldProps(form, 'discountPercent')} />
          <TextField label={t('form.fields.onlineLimit')} inputMode="numeric" {...fieldProps(form, 'onlineBookingLimit')} />
        </Stack>
        {toggle('blockNewsletter', t('form.fields.blockNewsletter'))}
        {toggle('blockAutomaticMessages', t('form.fields.blockAutomatic'))}
      </Stack>
    </FormSection>
  );
}
