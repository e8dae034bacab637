import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import MapIcon from '@mui/icons-material/Place';
import { mapUrl } from '@kartoteka/domain';
import { Box, Button, IconButton, Link, MenuItem, Stack, TextField } from '@mui/material';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { countryOptions } from '../../../ui/countries';
import { fieldProps } from '../../../ui/forms/fieldProps';
import { FormSection } from '../FormSection';
import { newAddress, type ClientFormValues } from '../formValues';

const KINDS = ['RESIDENCE', 'CORRESPONDENCE', 'REGISTRATION', 'WORK'] as const;

export function SectionAddresses() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const form = useFormContext<ClientFormValues>();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'addresses' });
  const addresses = useWatch({ control: form.control, name: 'addresses' }) ?? [];
  const used = new Set(addresses.map((a) => a.kind));
  return (
    <FormSection id="addresses" title={t('form.sections.addresses')}>
      <Stack spacing={2}>
        {fields.map((field, i) => {
          const a = addresses[i];
          return (
            <Box key={field.id} sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(6, 1fr)' }, pb: 2, borderBottom: '1px dashed', borderColor: 'divider' }}>
              <Controller
                control={form.control}
                name={`addresses.${i}.kind`}
                render={({ field: f }) => (
                  <TextField select label={t('form.fields.addressKind')} value={f.value} onChange={f.onChange} sx={{ gridColumn: { xs: '1 / -1', sm: 'span 2' } }} id={`f-addresses-${i}-kind`}>
                    {KINDS.map((k) => <MenuItem key={k} value={k}>{t(`addressKind.${k}`)}</MenuItem>)}
                  </TextField>
                )}
              />
              <Box sx={{ gridColumn: { xs: '1 / -1', sm: 'span 4' }, display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 1 }}>
                {a && (a.city || a.street) && (
                  <Link href={mapUrl(a)} target="_blank" rel="noopener noreferrer" sx={{ display: 'inline-flex', alignItems: 'center' }}>
                    <MapIcon fontSize="small" /> {t('form.fields.showOnMap')}
                  </Link>
                )}
                <IconButton aria-label={t('form.fields.removeAddress')} onClick={() => remove(i)}><DeleteIcon /></IconButton>
              </Box>
              <TextField label={t('form.fields.street')} sx={{ gridColumn: { xs: '1 / -1', sm: 'span 4' } }} {...fieldProps(form, `addresses.${i}.street`)} />
              <TextField label={t('form.fields.building')} {...fieldProps(form, `addresses.${i}.building`)} />
              <TextField label={t('form.fields.apartment')} {...fieldProps(form, `addresses.${i}.apartment`)} />
              <TextField label={t('form.fields.postalCode')} {...fieldProps(form, `addresses.${i}.postalCode`)} />
              <TextField label={t('form.fields.city')} sx={{ gridColumn: { xs: 'span 1', sm: 'span 3' } }} {...fieldProps(form, `addresses.${i}.city`)} />
              <Controller
                control={form.control}
                name={`addresses.${i}.country`}
                render={({ field: f }) => (
                  <TextField select label={t('form.fields.country')} value={f.value} onChange={f.onChange} sx={{ gridColumn: { xs: '1 / -1', sm: 'span 2' } }} id={`f-addresses-${i}-country`} slotProps={{ select: { native: true } }}>
                    {countryOptions(locale).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
                  </TextField>
                )}
              />
            </Box>
          );
        })}
        <Box>
          <Button startIcon={<AddIcon />} onClick={() => append(newAddress(KINDS.find((k) => !used.has(k)) ?? 'RESIDENCE'))} data-testid="add-address">
            {t('form.fields.addAddress')}
          </Button>
        </Box>
      </Stack>
    </FormSection>
  );
}
