import { useMutation } from '@apollo/client/react';
import { API_KEY_DEFAULT_RATE_LIMIT_PER_MINUTE, apiKeyInputSchema } from '@kartoteka/domain';
import {
  Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormGroup,
  FormHelperText, FormLabel, Stack, TextField, Typography,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ApiKeyScope } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { usePartnersTranslation } from '../../i18n/partners';
import { applyServerIssues } from '../../ui/forms/applyServerIssues';
import { domainResolver } from '../../ui/forms/domainResolver';
import { fieldError, fieldProps } from '../../ui/forms/fieldProps';
import { errorIssues, errorMessage } from '../../ui/graphqlErrors';
import { API_KEY_SCOPE_LIST, API_KEY_SCOPE_NAMES } from './apiKeyScopes';
import { CreateApiKeyDocument } from './graphql/createApiKey';
import { OneTimeSecret } from './OneTimeSecret';

type Values = { name: string; scopes: ApiKeyScope[]; rateLimitPerMinute: string };
const EMPTY: Values = { name: '', scopes: [], rateLimitPerMinute: '' };
const FIELDS = ['name', 'scopes', 'rateLimitPerMinute'];

const rateLimit = (v: string): number | null => (v.trim() ? Number(v) : null);
// the domain schema speaks the scope names partners see ("clients:read"); the API takes the enum values
const toDomainInput = (v: Values) => ({ name: v.name, scopes: v.scopes.map((s) => API_KEY_SCOPE_NAMES[s]), rateLimitPerMinute: rateLimit(v.rateLimitPerMinute) });

/** Name and scopes of a new key, then its secret, shown this once. */
export function ApiKeyCreateDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = usePartnersTranslation();
  const { lang } = useLang();
  const [create] = useMutation(CreateApiKeyDocument, { refetchQueries: ['ApiKeys'] });
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: EMPTY, resolver: domainResolver(apiKeyInputSchema, () => lang, toDomainInput) });

  const close = () => {
    setCreated(null);
    setFailure(null);
    form.reset(EMPTY);
    onClose();
  };
  const onSubmit = form.handleSubmit(async (v) => {
    setFailure(null);
    try {
      const res = await create({ variables: { input: { name: v.name, scopes: v.scopes, rateLimitPerMinute: rateLimit(v.rateLimitPerMinute) } } });
      if (res.data) setCreated({ name: res.data.createApiKey.apiKey.name, secret: res.data.createApiKey.secret });
    } catch (error) {
      const unplaced = applyServerIssues(errorIssues(error), form.setError, lang, (p) => FIELDS.includes(p), (i) => (i.path[0] === 'scopes' ? 'scopes' : i.path.join('.')));
      if (unplaced.length || !errorIssues(error).length) setFailure(errorMessage(error, lang));
    }
  });
  const scopesError = fieldError(form, 'scopes');

  return (
    // while the secret is on screen only the button closes the dialog: a stray click must not lose it
    <Dialog open={open} onClose={created ? undefined : close} fullWidth maxWidth="sm" aria-labelledby="api-key-dialog-title">
      {created ? (
        <>
          <DialogTitle id="api-key-dialog-title">{t('apiKeys.secretTitle', { name: created.name })}</DialogTitle>
          <DialogContent>
            <OneTimeSecret warning={t('apiKeys.secretWarning')} hint={t('apiKeys.secretUsage')} secret={created.secret} testId="api-key-secret" />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={close}>{t('apiKeys.done')}</Button>
          </DialogActions>
        </>
      ) : (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <DialogTitle id="api-key-dialog-title">{t('apiKeys.createTitle')}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              {failure && <Alert severity="error">{failure}</Alert>}
              <TextField label={t('apiKeys.name')} autoFocus {...fieldProps(form, 'name', t('apiKeys.nameHelp'))} />
              <FormControl error={!!scopesError} component="fieldset" variant="standard">
                <FormLabel component="legend">{t('apiKeys.scopes')}</FormLabel>
                <Controller control={form.control} name="scopes" render={({ field }) => (
                  <FormGroup>
                    {API_KEY_SCOPE_LIST.map((scope) => (
                      <FormControlLabel
                        key={scope}
                        sx={{ alignItems: 'flex-start', mt: 0.5 }}
                        control={
                          <Checkbox
                            sx={{ pt: 0.25 }}
                            checked={field.value.includes(scope)}
                            onChange={(e) => field.onChange(e.target.checked ? [...field.value, scope] : field.value.filter((s) => s !== scope))}
                          />
                        }
                        label={
                          <span>
                            {t(`apiKeys.scope.${scope}.label`)} <Typography component="code" variant="body2" color="text.secondary">({API_KEY_SCOPE_NAMES[scope]})</Typography>
                            <Typography variant="body2" color="text.secondary">{t(`apiKeys.scope.${scope}.help`)}</Typography>
                          </span>
                        }
                      />
                    ))}
                  </FormGroup>
                )} />
                <FormHelperText>{scopesError ?? t('apiKeys.scopesHelp')}</FormHelperText>
              </FormControl>
              <TextField
                label={t('apiKeys.rateLimit')}
                type="number"
                slotProps={{ htmlInput: { min: 1, step: 1 } }}
                {...fieldProps(form, 'rateLimitPerMinute', t('apiKeys.rateLimitHelp', { count: API_KEY_DEFAULT_RATE_LIMIT_PER_MINUTE }))}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('app.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('apiKeys.submit')}</Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
