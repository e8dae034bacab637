import { Stack } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConsentChoices } from '../../consents/ConsentChoices';
import { ConsentNotice } from '../../consents/ConsentNotice';
import { useReferenceData } from '../../reference/useReferenceData';
import { FormSection } from '../FormSection';
import type { ClientFormValues } from '../formValues';

/** Consents chosen while adding a client; an existing client's consents are recorded one by one on the profile. */
export function SectionConsents() {
  const { t } = useTranslation();
  const form = useFormContext<ClientFormValues>();
  const ref = useReferenceData();
  return (
    <FormSection id="consents" title={t('form.sections.consents')}>
      <Stack spacing={2}>
        <ConsentNotice infoObligation />
        <Controller control={form.control} name="consents" render={({ field }) => (
          <ConsentChoices purposes={ref.consentPurposes} value={field.value} onChange={field.onChange} />
        )} />
      </Stack>
    </FormSection>
  );
}
