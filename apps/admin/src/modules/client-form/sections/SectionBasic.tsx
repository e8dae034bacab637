import { Autocomplete, Box, Chip, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/SessionProvider';
import type { ClientCardFragment } from '../../../gql/graphql';
import { fieldProps } from '../../../ui/forms/fieldProps';
import { ClientAvatar, ClientPhotoActions } from '../../client-profile/ClientPhoto';
import { useReferenceData } from '../../reference/useReferenceData';
import { EmailListEditor } from '../EmailListEditor';
import { FormSection } from '../FormSection';
import type { ClientFormValues } from '../formValues';
import { PhoneListEditor } from '../PhoneListEditor';

/** `client`: the card being edited (its photo is changed here at once, not with the form); absent for a new one. */
export function SectionBasic({ client }: { client?: ClientCardFragment }) {
  const { t } = useTranslation();
  const me = useViewer();
  const form = useFormContext<ClientFormValues>();
  const ref = useReferenceData();
  const kind = useWatch({ control: form.control, name: 'kind' });
  return (
    <FormSection id="basic" title={t('form.sections.basic')}>
      <Stack spacing={2}>
        {client && me.can.updateClients && !client.deletedAt && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} data-testid="form-photo">
            <ClientAvatar client={client} size={64} />
            <ClientPhotoActions client={client} />
          </Stack>
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <ToggleButtonGroup
                exclusive
                size="small"
                value={field.value}
                onChange={(_e, v: ClientFormValues['kind'] | null) => {
                  if (!v) return;
                  field.onChange(v);
                  if (!form.getValues('hasInvoice')) form.setValue('invoiceData.kind', v);
                }}
                aria-label={t('form.fields.kind')}
              >
                <ToggleButton value="PERSON" data-testid="kind-person">{t('kind.PERSON')}</ToggleButton>
                <ToggleButton value="COMPANY" data-testid="kind-company">{t('kind.COMPANY')}</ToggleButton>
              </ToggleButtonGroup>
            )}
          />
          <TextField label={t('form.fields.clientNumber')} sx={{ maxWidth: { sm: 220 } }} {...fieldProps(form, 'clientNumber', t('form.fields.clientNumberHint'))} />
        </Stack>
        {kind === 'COMPANY' && <TextField label={t('form.fields.companyName')} {...fieldProps(form, 'companyName')} />}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField label={t('form.fields.firstName')} autoComplete="off" {...fieldProps(form, 'firstName')} />
          <TextField label={t('form.fields.lastName')} autoComplete="off" {...fieldProps(form, 'lastName')} />
        </Stack>
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>{t('form.fields.phones')}</Typography>
          <PhoneListEditor />
        </Box>
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>{t('form.fields.emails')}</Typography>
          <EmailListEditor />
        </Box>
        <Controller
          control={form.control}
          name="groupIds"
          render={({ field }) => (
            <Autocomplete
              multiple
              options={ref.groups.map((g) => g.id)}
              value={field.value}
              getOptionLabel={(id) => ref.groupName(id)}
              onChange={(_e, v) => field.onChange(v)}
              renderValue={(value, getItemProps) => value.map((id, index) => { const { key, ...p } = getItemProps({ index }); return <Chip key={key} label={ref.groupName(id)} {...p} />; })}
              renderInput={(params) => <TextField {...params} label={t('form.fields.groups')} />}
            />
          )}
        />
        <Controller
          control={form.control}
          name="tags"
          render={({ field }) => (
            <Autocomplete
              multiple
              freeSolo
              options={ref.tags.map((tag) => tag.name)}
              value={field.value}
              onChange={(_e, v) => field.onChange(v.map((x) => x.trim()).filter(Boolean))}
              renderInput={(params) => <TextField {...params} label={t('form.fields.tags')} helperText={t('form.fields.tagsHint')} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'tags-input' } }} />}
            />
          )}
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Controller
            control={form.control}
            name="sourceId"
            render={({ field }) => (
              <TextField select label={t('form.fields.source')} value={field.value} onChange={field.onChange} id="f-sourceId">
                <MenuItem value="">{t('app.none')}</MenuItem>
                {ref.sources.filter((s) => !s.isArchived || s.id === field.value).map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
              </TextField>
            )}
          />
          <Controller
            control={form.control}
            name="assignedStaffId"
            render={({ field }) => (
              <TextField select label={t('form.fields.assignedStaff')} value={field.value} onChange={field.onChange} id="f-assignedStaffId" error={!!form.formState.errors.assignedStaffId} helperText={form.formState.errors.assignedStaffId?.message}>
                <MenuItem value="">{t('app.none')}</MenuItem>
                {ref.staffMembers.filter((s) => (s.acceptsVisits && s.isActive) || s.id === field.value).map((s) => <MenuItem key={s.id} value={s.id}>{s.displayName}</MenuItem>)}
              </TextField>
            )}
          />
        </Stack>
        <TextField label={t('form.fields.description')} multiline minRows={2} {...fieldProps(form, 'description')} />
      </Stack>
    </FormSection>
  );
}
