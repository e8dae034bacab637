import CheckIcon from '@mui/icons-material/CheckCircle';
import { checkTaxId, EU_VAT_COUNTRIES, fieldIssueMessage } from '@kartoteka/domain';
import { InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { fieldError } from '../../ui/forms/fieldProps';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import type { ClientFormValues } from './formValues';

/**
 * Prefix + NIP / EU VAT number, checked as it is typed with the domain's `checkTaxId` (the function behind the
 * API's `taxIdCheck`): checksums for NIP, REGON, PESEL and every EU VAT format, offline and without a request.
 */
export function TaxIdField() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const form = useFormContext<ClientFormValues>();
  const taxId = useWatch({ control: form.control, name: 'invoiceData.taxId' }) ?? '';
  const country = useWatch({ control: form.control, name: 'invoiceData.taxIdCountry' }) ?? '';
  const typed = useDebouncedValue(`${country}|${taxId}`, 200);
  const [hint, number] = [typed.split('|')[0], typed.split('|').slice(1).join('|')];
  const check = number.replace(/\W/g, '').length >= 8 ? checkTaxId(number, hint || null) : null;
  const serverError = fieldError(form, 'invoiceData.taxId');
  const live = check && !check.valid ? fieldIssueMessage(check.reason ?? 'INVALID_TAX_ID', lang) : undefined;
  const ok = check?.valid && !serverError;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Controller control={form.control} name="invoiceData.taxIdCountry" render={({ field }) => (
        <TextField select label={t('form.fields.taxIdCountry')} value={field.value} onChange={field.onChange} sx={{ width: 110, flexShrink: 0 }} id="f-invoiceData-taxIdCountry">
          <MenuItem value="">{t('app.none')}</MenuItem>
          {EU_VAT_COUNTRIES.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
        </TextField>
      )} />
      <TextField
        label={t('form.fields.taxId')}
        {...form.register('invoiceData.taxId')}
        id="f-invoiceData-taxId"
        error={!!serverError || !!live}
        helperText={serverError ?? live ?? (ok ? t('form.fields.taxIdValid', { kind: check.kind === 'EU_VAT' ? 'VAT UE' : check.kind }) : ' ')}
        slotProps={{
          htmlInput: { 'data-testid': 'tax-id', autoComplete: 'off' },
          input: ok ? { endAdornment: <InputAdornment position="end"><CheckIcon color="success" fontSize="small" aria-hidden /></InputAdornment> } : undefined,
          formHelperText: { sx: ok ? { color: 'success.main' } : undefined, role: 'status' } as object,
        }}
      />
    </Stack>
  );
}
