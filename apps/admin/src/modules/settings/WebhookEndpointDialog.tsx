import { useMutation } from '@apollo/client/react';
import { webhookEndpointInputSchema } from '@kartoteka/domain';
import {
  Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormGroup,
  FormHelperText, FormLabel, Stack, TextField, Typography,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { WebhookEndpointFieldsFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { usePartnersTranslation } from '../../i18n/partners';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldError, fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues, errorMessage } from '../../ui/graphqlErrors';
import { CreateWebhookEndpointDocument } from './graphql/createWebhookEndpoint';
import { UpdateWebhookEndpointDocument } from './graphql/updateWebhookEndpoint';
import { OneTimeSecret } from './OneTimeSecret';
import { useEventTypeLabel } from './webhookLabels';

type Values = { url: string; description: string; eventTypes: string[] };
const FIELDS = ['url', 'description', 'eventTypes'];
const toInput = (v: Values) => ({ url: v.url, eventTypes: v.eventTypes, description: v.description.trim() || null });

// The browser cannot know whether the server runs in production, so it checks the development rules (https,
// or http to localhost; no credentials, no #fragment); the server adds the production ones (no private or
// internal addresses) and its answer lands on the same field.
const schema = webhookEndpointInputSchema({ production: false });

type Props = {
  open: boolean;
  /** The endpoint to change; without it a new one is created. */
  endpoint?: WebhookEndpointFieldsFragment;
  eventTypes: readonly string[];
  onClose(): void;
  /** After a create, once the secret was shown and the dialog closed. */
  onCreated?(id: string): void;
};

/**
 * Create or change an endpoint: URL, description, event types. A new endpoint's signing secret is shown once.
 * Render it only while open: the form starts from the endpoint as it is then.
 */
export function WebhookEndpointDialog({ open, endpoint, eventTypes, onClose, onCreated }: Props) {
  const { t } = usePartnersTranslation();
  const { lang } = useLang();
  const eventLabel = useEventTypeLabel();
  const [create] = useMutation(CreateWebhookEndpointDocument, { refetchQueries: ['WebhookEndpoints'] });
  const [update] = useMutation(UpdateWebhookEndpointDocument);
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const initial: Values = endpoint
    ? { url: endpoint.url, description: endpoint.description ?? '', eventTypes: [...endpoint.eventTypes] }
    : { url: '', description: '', eventTypes: [] };
  const form = useForm<Values>({ defaultValues: initial, resolver: domainResolver(schema, () => lang, toInput) });

  const close = () => {
    const done = created;
    setCreated(null);
    setFailure(null);
    form.reset();
    onClose();
    if (done) onCreated?.(done.id);
  };
  const onSubmit = form.handleSubmit(async (v) => {
    setFailure(null);
    try {
      if (endpoint) {
        // "" clears the description
        await update({ variables: { input: { id: endpoint.id, url: v.url.trim(), eventTypes: v.eventTypes, description: v.description.trim() } } });
        close();
      } else {
        const res = await create({ variables: { input: { url: v.url.trim(), eventTypes: v.eventTypes, description: v.description.trim() || null } } });
        if (res.data) setCreated({ id: res.data.createWebhookEndpoint.endpoint.id, secret: res.data.createWebhookEndpoint.secret });
      }
    } catch (error) {
      const issues = errorIssues(error);
      const unplaced = applyServerIssues(issues, form.setError, lang, (p) => FIELDS.includes(p), (i) => (i.path[0] === 'eventTypes' ? 'eventTypes' : i.path.join('.')));
      if (unplaced.length || !issues.length) setFailure(errorMessage(error, lang));
    }
  });
  const typesError = fieldError(form, 'eventTypes');

  return (
    <Dialog open={open} onClose={created ? undefined : close} fullWidth maxWidth="sm" aria-labelledby="webhook-dialog-title">
      {created ? (
        <>
          <DialogTitle id="webhook-dialog-title">{t('webhooks.secretTitle')}</DialogTitle>
          <DialogContent>
            <OneTimeSecret warning={t('webhooks.secretWarning')} secret={created.secret} testId="webhook-secret" />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={close}>{t('app.close')}</Button>
          </DialogActions>
        </>
      ) : (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <DialogTitle id="webhook-dialog-title">{endpoint ? t('webhooks.editTitle') : t('webhooks.createTitle')}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              {failure && <Alert severity="error">{failure}</Alert>}
              <TextField label={t('webhooks.url')} type="url" autoFocus placeholder="https://" {...fieldProps(form, 'url', t('webhooks.urlHelp'))} />
              <TextField label={t('webhooks.description')} {...fieldProps(form, 'description')} />
              <FormControl error={!!typesError} component="fieldset" variant="standard">
                <FormLabel component="legend">{t('webhooks.eventTypes')}</FormLabel>
                <Controller control={form.control} name="eventTypes" render={({ field }) => (
                  <FormGroup>
                    {eventTypes.map((type) => (
                      <FormControlLabel
                        key={type}
                        control={
                          <Checkbox
                            checked={field.value.includes(type)}
                            onChange={(e) => field.onChange(e.target.checked ? [...field.value, type] : field.value.filter((v) => v !== type))}
                          />
                        }
                        label={
                          <span>
                            <Typography component="code" variant="body2" sx={{ fontFamily: 'ui-monospace, monospace' }}>{type}</Typography>
                            {eventLabel(type) && <Typography component="span" variant="body2" color="text.secondary"> · {eventLabel(type)}</Typography>}
                          </span>
                        }
                      />
                    ))}
                  </FormGroup>
                )} />
                <FormHelperText>{typesError ?? t('webhooks.eventTypesHelp')}</FormHelperText>
              </FormControl>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('app.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{endpoint ? t('app.save') : t('webhooks.add')}</Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
