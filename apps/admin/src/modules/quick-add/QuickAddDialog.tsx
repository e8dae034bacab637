import { useMutation } from '@apollo/client/react';
import { quickCreateClientSchema, quickToFullClientInput, type QuickCreateClientInput } from '@kartoteka/domain';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, ToggleButton,
  ToggleButtonGroup, Typography, useMediaQuery, useTheme,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLang } from '../../i18n';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues, errorMessage } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { ConsentChoices } from '../consents/ConsentChoices';
import { ConsentNotice } from '../consents/ConsentNotice';
import { DuplicateWarning } from '../duplicates/DuplicateWarning';
import { useDuplicateCandidates } from '../duplicates/useDuplicateCandidates';
import { useReferenceData } from '../reference/useReferenceData';
import { QuickCreateClientDocument } from './graphql/quickCreateClient';

type Values = {
  kind: 'PERSON' | 'COMPANY';
  firstName: string;
  lastName: string;
  companyName: string;
  phone: string;
  email: string;
  consents: { purposeKey: string; granted: boolean }[];
};
const FIELDS = ['kind', 'firstName', 'lastName', 'companyName', 'phone', 'email'];
const EMPTY: Values = { kind: 'PERSON', firstName: '', lastName: '', companyName: '', phone: '', email: '', consents: [] };

function toInput(v: Values): QuickCreateClientInput {
  return {
    kind: v.kind,
    firstName: v.kind === 'PERSON' ? v.firstName : null,
    lastName: v.kind === 'PERSON' ? v.lastName : null,
    companyName: v.kind === 'COMPANY' ? v.companyName : null,
    phone: v.phone,
    email: v.email,
    consents: v.consents,
  };
}

/** F3.2: name, phone or e-mail, consents; "Więcej danych" carries everything typed into the full form. */
export function QuickAddDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const navigate = useNavigate();
  const notify = useNotify();
  const ref = useReferenceData();
  const [create] = useMutation(QuickCreateClientDocument);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: EMPTY, resolver: domainResolver(quickCreateClientSchema, () => lang, toInput) });
  const values = useWatch({ control: form.control }) as Values;
  const candidates = useDuplicateCandidates({
    kind: values.kind, firstName: values.firstName, lastName: values.lastName, companyName: values.companyName,
    phones: values.phone ? [values.phone] : [], emails: values.email ? [values.email] : [],
  });

  const onSubmit = form.handleSubmit(async (v) => {
    setFailure(null);
    try {
      const input = toInput(v);
      const res = await create({ variables: { input: { ...input, phone: input.phone || null, email: input.email || null } } });
      const client = res.data?.quickCreateClient;
      if (!client) return;
      notify(t('quick.created', { name: client.displayName }));
      onClose();
      await navigate(`/clients/${client.id}`);
    } catch (error) {
      const rest = applyServerIssues(errorIssues(error), form.setError, lang, (p) => FIELDS.includes(p));
      if (rest.length || !errorIssues(error).length) setFailure(errorMessage(error, lang));
    }
  });

  const more = () => {
    onClose();
    void navigate('/clients/new', { state: { prefill: quickToFullClientInput(toInput(form.getValues())) } });
  };

  return (
    <Dialog open={open} onClose={onClose} fullScreen={fullScreen} maxWidth="sm" fullWidth aria-labelledby="quick-add-title">
      <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid="quick-add-form">
        <DialogTitle id="quick-add-title">{t('quick.title')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <ToggleButtonGroup exclusive size="small" value={field.value} onChange={(_e, v: Values['kind'] | null) => v && field.onChange(v)} aria-label={t('form.fields.kind')}>
                  <ToggleButton value="PERSON">{t('kind.PERSON')}</ToggleButton>
                  <ToggleButton value="COMPANY">{t('kind.COMPANY')}</ToggleButton>
                </ToggleButtonGroup>
              )}
            />
            {values.kind === 'COMPANY' ? (
              <TextField label={t('form.fields.companyName')} autoFocus {...fieldProps(form, 'companyName')} />
            ) : (
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <TextField label={t('form.fields.firstName')} autoFocus autoComplete="off" {...fieldProps(form, 'firstName')} />
                <TextField label={t('form.fields.lastName')} autoComplete="off" {...fieldProps(form, 'lastName')} />
              </Stack>
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField label={t('form.fields.phone')} type="tel" inputMode="tel" autoComplete="off" {...fieldProps(form, 'phone', t('quick.phoneOrEmail'))} />
              <TextField label={t('form.fields.email')} type="email" autoComplete="off" {...fieldProps(form, 'email')} />
            </Stack>
            <DuplicateWarning candidates={candidates} onOpen={onClose} />
            <Box>
              <Typography variant="h3" sx={{ mb: 1 }}>{t('consents.title')}</Typography>
              <ConsentNotice infoObligation />
              <Controller
                control={form.control}
                name="consents"
                render={({ field }) => <ConsentChoices purposes={ref.consentPurposes} value={field.value} onChange={field.onChange} dense />}
              />
            </Box>
            {failure && <Alert severity="error" role="alert">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={more} data-testid="quick-add-more">{t('quick.more')}</Button>
          <Box sx={{ flex: 1 }} />
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting} data-testid="quick-add-submit">
            {t('quick.create')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
