import { useMutation } from '@apollo/client/react';
import { clientCreateSchema, fieldIssueMessage, type FieldIssue } from '@kartoteka/domain';
import { Alert, Box, Button, Chip, Paper, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useMemo, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ClientCardFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { errorIssues, errorMessage } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { ConsentPanel } from '../consents/ConsentPanel';
import { useSaveClient } from '../client-profile/useSaveClient';
import { DuplicateWarning } from '../duplicates/DuplicateWarning';
import { useDuplicateCandidates } from '../duplicates/useDuplicateCandidates';
import { useReferenceData } from '../reference/useReferenceData';
import { FormSection } from './FormSection';
import {
  customFieldIssues, formToInput, moveCustomFieldIssue, toCreateInput, toUpdatePatch, valuesFromClient, type ClientFormValues,
} from './formValues';
import { CreateClientDocument } from './graphql/createClient';
import { SectionAddresses } from './sections/SectionAddresses';
import { SectionAdvanced } from './sections/SectionAdvanced';
import { SectionBasic } from './sections/SectionBasic';
import { SectionConsents } from './sections/SectionConsents';
import { SectionCustom } from './sections/SectionCustom';
import { SectionExtra } from './sections/SectionExtra';
import { SectionInvoice } from './sections/SectionInvoice';

const SECTIONS = ['basic', 'addresses', 'extra', 'consents', 'invoice', 'advanced', 'custom'] as const;

type Props = {
  initial: ClientFormValues;
  /** The card being edited; absent when adding a client. */
  client?: ClientCardFragment;
  identityDocuments?: { idCardNumber?: string | null; passportNumber?: string | null } | null;
};

/** F3.1: every field of the card in the peers' sections, validated by the domain's schema as the server does. */
export function ClientForm({ initial, client, identityDocuments }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('lg'));
  const navigate = useNavigate();
  const notify = useNotify();
  const ref = useReferenceData();
  const definitions = useMemo(() => ref.customFields.map((d) => ({ ...d, appliesTo: d.appliesTo })), [ref.customFields]);
  const [baseline, setBaseline] = useState(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const [create] = useMutation(CreateClientDocument);
  const form = useForm<ClientFormValues>({
    defaultValues: initial,
    resolver: domainResolver(clientCreateSchema, () => lang, (v) => formToInput(v, definitions), (v) => customFieldIssues(v, definitions)),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const reset = (c: ClientCardFragment) => {
    const values = valuesFromClient(c, definitions, identityDocuments);
    setBaseline(values);
    form.reset(values);
  };
  const saver = useSaveClient(client, {
    onSaved: (c) => {
      notify(t('form.saved'));
      reset(c);
      void navigate(`/clients/${c.id}`);
    },
    onDiscarded: reset,
  });

  const watched = useWatch({ control: form.control }) as ClientFormValues;
  const candidates = useDuplicateCandidates(
    {
      kind: watched.kind, firstName: watched.firstName, lastName: watched.lastName, companyName: watched.companyName,
      phones: watched.phones?.map((p) => p.number).filter(Boolean), emails: watched.emails?.map((e) => e.address).filter(Boolean),
      taxId: watched.hasInvoice ? watched.invoiceData?.taxId : null, excludeId: client?.id ?? null,
    },
    !client,
  );

  const placeIssues = (issues: FieldIssue[]) => {
    const values = form.getValues();
    const rest = applyServerIssues(issues, form.setError, lang, () => true, (i) => moveCustomFieldIssue(i, values.customFields).path.join('.'));
    return rest;
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        if (!client) {
          const res = await create({ variables: { input: toCreateInput(values, definitions) } });
          const created = res.data?.createClient;
          if (created) {
            notify(t('form.created'));
            form.reset(values);
            await navigate(`/clients/${created.id}`);
          }
          return;
        }
        const { fields, input } = toUpdatePatch(baseline, values, definitions);
        if (!fields.length) {
          notify(t('form.noChanges'), 'info');
          return;
        }
        await saver.save(input);
      } catch (error) {
        const issues = errorIssues(error);
        const rest = placeIssues(issues);
        const unplaced = rest.map((i) => `${i.path.join('.')}: ${fieldIssueMessage(i.code, lang, i.params)}`).join('; ');
        setFailure(issues.length ? (unplaced ? `${errorMessage(error, lang)} ${unplaced}` : errorMessage(error, lang)) : errorMessage(error, lang));
      }
    },
    (errors) => setFailure(t('form.invalidFields', { count: Object.keys(errors).length })),
  );

  const jump = (id: string) => document.getElementById(`section-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const nav = (
    <Stack direction={wide ? 'column' : 'row'} spacing={wide ? 0.5 : 1} sx={wide ? { position: 'sticky', top: 88 } : { overflowX: 'auto', pb: 1 }} component="nav" aria-label={t('form.newTitle')}>
      {SECTIONS.map((s) => (
        <Chip key={s} label={t(`form.sections.${s}`)} onClick={() => jump(s)} variant="outlined" clickable sx={wide ? { justifyContent: 'flex-start' } : undefined} />
      ))}
    </Stack>
  );

  return (
    <FormProvider {...form}>
      <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid="client-form">
        <Stack direction="row" sx={{ alignItems: 'center', mb: 2, gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h1" sx={{ flex: 1 }}>
            {client ? t('form.editTitle', { name: client.displayName }) : t('form.newTitle')}
          </Typography>
          <Button onClick={() => void navigate(client ? `/clients/${client.id}` : '/clients')}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting} data-testid="client-form-submit">
            {client ? t('form.saveChanges') : t('form.create')}
          </Button>
        </Stack>
        {!wide && nav}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: wide ? '170px minmax(0, 1fr) 300px' : 'minmax(0, 1fr)' }}>
          {wide && <Box>{nav}</Box>}
          <Stack spacing={2}>
            {!wide && <DuplicateWarning candidates={candidates} />}
            {failure && <Alert severity="error" role="alert" data-testid="form-error">{failure}</Alert>}
            <SectionBasic client={client} />
            <SectionAddresses />
            <SectionExtra hasHiddenDocuments={!!client?.hasIdentityDocuments && !identityDocuments} />
            {client ? (
              <FormSection id="consents" title={t('form.sections.consents')}>
                <ConsentPanel client={client} />
              </FormSection>
            ) : (
              <SectionConsents />
            )}
            <SectionInvoice />
            <SectionAdvanced />
            <SectionCustom />
            <Paper variant="outlined" sx={{ p: 1.5, display: 'flex', justifyContent: 'flex-end', gap: 1, position: 'sticky', bottom: 8, zIndex: 2 }}>
              <Button onClick={() => void navigate(client ? `/clients/${client.id}` : '/clients')}>{t('app.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
                {client ? t('form.saveChanges') : t('form.create')}
              </Button>
            </Paper>
          </Stack>
          {wide && (
            <Box>
              <Box sx={{ position: 'sticky', top: 88 }}>
                <DuplicateWarning candidates={candidates} />
              </Box>
            </Box>
          )}
        </Box>
      </Box>
      {saver.dialog}
    </FormProvider>
  );
}
