import { Collapse, FormControlLabel, Stack, Switch, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { countryOptions } from '../../../ui/countries';
import { fieldProps } from '../../../ui/forms/fieldProps';
import { FormSection } from '../FormSection';
import type { ClientFormValues } from '../formValues';
import { TaxIdField } from '../TaxIdField';

/** F2.1: invoice data for a person (full name, address) or a company (name, NIP / VAT number, address). */
export function SectionInvoice() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const form = useFormContext<ClientFormValues>();
  const hasInvoice = useWatch({ control: form.control, name: 'hasInvoice' });
  const kind = useWatch({ control: form.control, name: 'invoiceData.kind' });

  const enable = (on: boolean) => {
    form.setValue('hasInvoice', on, { shouldDirty: true });
    if (!on) return;
    // Start from what the card already says, so nothing is typed twice.
    const v = form.getValues();
    const address = v.addresses[0];
    const fill = (name: `invoiceData.${keyof ClientFormValues['invoiceData']}`, value: string) => {
      if (!form.getValues(name)) form.setValue(name, value);
    };
    form.setValue('invoiceData.kind', v.kind);
    fill('invoiceData.name', [v.firstName, v.lastName].filter(Boolean).join(' '));
    fill('invoiceData.companyName', v.companyName);
    if (v.kind === 'COMPANY') fill('invoiceData.taxIdCountry', 'PL');
    if (address) {
      fill('invoiceData.street', address.street);
      fill('invoiceData.building', address.building);
      fill('invoiceData.apartment', address.apartment);
      fill('invoiceData.postalCode', address.postalCode);
      fill('invoiceData.city', address.city);
    }
    fill('invoiceData.email', v.emails.find((e) => e.isPrimary)?.address ?? v.emails[0]?.address ?? '');
  };

  return (
    <FormSection id="invoice" title={t('form.sections.invoice')}>
      <FormControlLabel control={<Switch checked={hasInvoice} onChange={(e) => enable(e.target.checked)} data-testid="has-invoice" />} label={t('form.fields.hasInvoice')} />
      <Collapse in={hasInvoice} unmountOnExit>
        <Stack spacing={2} sx={{ pt: 2 }}>
          <Controller control={form.control} name="invoiceData.kind" render={({ field }) => (
            <ToggleButtonGroup exclusive size="small" value={field.value} onChange={(_e, v: 'PERSON' | 'COMPANY' | null) => v && field.onChange(v)} aria-label={t('form.fields.invoiceKind')}>
              <ToggleButton value="PERSON">{t('kind.PERSON')}</ToggleButton>
              <ToggleButton value="COMPANY">{t('kind.COMPANY')}</ToggleButton>
            </ToggleButtonGroup>
          )} />
          {kind === 'COMPANY' ? (
            <>
              <TextField label={t('form.fields.invoiceCompany')} {...fieldProps(form, 'invoiceData.companyName')} />
              <TaxIdField />
            </>
          ) : (
            <TextField label={t('form.fields.invoiceName')} {...fieldProps(form, 'invoiceData.name')} />
          )}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField label={t('form.fields.street')} {...fieldProps(form, 'invoiceData.street')} />
            <Stack direction="row" spacing={2} sx={{ minWidth: { sm: 260 } }}>
              <TextField label={t('form.fields.building')} {...fieldProps(form, 'invoiceData.building')} />
              <TextField label={t('form.fields.apartment')} {...fieldProps(form, 'invoiceData.apartment')} />
            </Stack>
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField label={t('form.fields.postalCode')} sx={{ maxWidth: { sm: 160 } }} {...fieldProps(form, 'invoiceData.postalCode')} />
            <TextField label={t('form.fields.city')} {...fieldProps(form, 'invoiceData.city')} />
            <Controller control={form.control} name="invoiceData.country" render={({ field }) => (
              <TextField select label={t('form.fields.country')} value={field.value} onChange={field.onChange} id="f-invoiceData-country" slotProps={{ select: { native: true } }}>
                {countryOptions(locale).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
              </TextField>
            )} />
          </Stack>
          <TextField label={t('form.fields.invoiceEmail')} type="email" {...fieldProps(form, 'invoiceData.email')} />
        </Stack>
      </Collapse>
    </FormSection>
  );
}
