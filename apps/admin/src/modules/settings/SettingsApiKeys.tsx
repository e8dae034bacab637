import { useMutation, useQuery } from '@apollo/client/react';
import AddIcon from '@mui/icons-material/Add';
import {
  Alert, Box, Button, Chip, FormControlLabel, Link, Paper, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow,
  Tooltip, Typography, useMediaQuery, useTheme,
} from '@mui/material';
import { useState } from 'react';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { usePartnersTranslation } from '../../i18n/partners';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { ApiKeyCreateDialog } from './ApiKeyCreateDialog';
import { API_KEY_SCOPE_NAMES } from './apiKeyScopes';
import { ApiKeysDocument } from './graphql/apiKeys';
import { RevokeApiKeyDocument } from './graphql/revokeApiKey';
import { useSettingsAction } from './useSettingsMutation';

type ApiKey = ApiKeyFieldsFragment;

/** F9.2: the business's API keys for partner apps: list, create (secret shown once), revoke. */
export function SettingsApiKeys() {
  const { t } = usePartnersTranslation();
  const act = useSettingsAction();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const [includeRevoked, setIncludeRevoked] = useState(true);
  const { data, error, refetch } = useQuery(ApiKeysDocument, { variables: { includeRevoked }, fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeApiKeyDocument, { refetchQueries: ['ApiKeys'] });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const keys = data?.apiKeys ?? [];

  return (
    <Stack spacing={2} data-testid="settings-api-keys">
      <Alert severity="info" variant="outlined">
        {t('apiKeys.intro')} <Link href="/playground">{t('apiKeys.playground')}</Link>
      </Alert>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>{t('apiKeys.create')}</Button>
        <FormControlLabel control={<Switch checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} />} label={t('apiKeys.showRevoked')} />
      </Stack>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && keys.length === 0 && <Typography color="text.secondary">{t('apiKeys.empty')}</Typography>}
      {keys.length > 0 && (narrow ? (
        <Stack spacing={1}>
          {keys.map((key) => (
            <Paper key={key.id} variant="outlined" sx={{ p: 1.5, opacity: key.revokedAt ? 0.7 : 1 }} data-testid="api-key-row">
              <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
                <Box sx={{ minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600 }}>{key.name}</Typography>
                  <Prefix value={key.prefix} />
                </Box>
                <RevokeButton apiKey={key} onRevoke={setRevoking} />
              </Stack>
              <Scopes apiKey={key} />
              <KeyFacts apiKey={key} />
            </Paper>
          ))}
        </Stack>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="api-keys-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('settings.name')}</TableCell>
                <TableCell>{t('apiKeys.scopes')}</TableCell>
                <TableCell>{t('apiKeys.prefix')}</TableCell>
                <TableCell>{t('apiKeys.created')}</TableCell>
                <TableCell>{t('apiKeys.lastUsed')}</TableCell>
                <TableCell>{t('apiKeys.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {keys.map((key) => (
                <TableRow key={key.id} data-testid="api-key-row" sx={{ opacity: key.revokedAt ? 0.7 : 1 }}>
                  <TableCell sx={{ fontWeight: 600 }}>
                    {key.name}
                    <Typography variant="caption" color="text.secondary" component="div">{t('apiKeys.perMinute', { count: key.rateLimitPerMinute })}</Typography>
                  </TableCell>
                  <TableCell><Scopes apiKey={key} /></TableCell>
                  <TableCell><Prefix value={key.prefix} /></TableCell>
                  <TableCell><Created apiKey={key} /></TableCell>
                  <TableCell><LastUsed apiKey={key} /></TableCell>
                  <TableCell><Status apiKey={key} /></TableCell>
                  <TableCell align="right"><RevokeButton apiKey={key} onRevoke={setRevoking} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ))}
      <ApiKeyCreateDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={!!revoking}
        title={t('apiKeys.revokeConfirm', { name: revoking?.name ?? '' })}
        text={t('apiKeys.revokeText')}
        confirmLabel={t('apiKeys.revoke')}
        danger
        onConfirm={() => {
          if (revoking) void act(() => revoke({ variables: { id: revoking.id } }), t('apiKeys.revoked'));
          setRevoking(null);
        }}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}

function Prefix({ value }: { value: string }) {
  return <Box component="code" sx={{ fontFamily: 'ui-monospace, monospace', fontSize: 13, wordBreak: 'break-all' }}>{value}</Box>;
}

function Scopes({ apiKey }: { apiKey: ApiKey }) {
  const { t } = usePartnersTranslation();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, my: 0.5 }}>
      {apiKey.scopes.map((s) => (
        <Tooltip key={s} title={API_KEY_SCOPE_NAMES[s]}>
          <Chip label={t(`apiKeys.scope.${s}.label`)} variant="outlined" />
        </Tooltip>
      ))}
    </Stack>
  );
}

function Created({ apiKey }: { apiKey: ApiKey }) {
  const { t } = usePartnersTranslation();
  const { locale } = useLang();
  return (
    <>
      {formatDateTime(apiKey.createdAt, locale)}
      {apiKey.createdBy && <Typography variant="caption" color="text.secondary" component="div">{t('apiKeys.createdBy', { name: apiKey.createdBy.displayName })}</Typography>}
    </>
  );
}

function LastUsed({ apiKey }: { apiKey: ApiKey }) {
  const { t } = usePartnersTranslation();
  const { locale } = useLang();
  return <>{apiKey.lastUsedAt ? formatDateTime(apiKey.lastUsedAt, locale) : t('never')}</>;
}

function Status({ apiKey }: { apiKey: ApiKey }) {
  const { t } = usePartnersTranslation();
  const { locale } = useLang();
  return apiKey.revokedAt
    ? <Chip color="default" label={t('apiKeys.revokedAt', { date: formatDateTime(apiKey.revokedAt, locale) })} />
    : <Chip color="success" variant="outlined" label={t('apiKeys.active')} />;
}

function KeyFacts({ apiKey }: { apiKey: ApiKey }) {
  const { t } = usePartnersTranslation();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.5, mt: 1, fontSize: 14 }}>
      <Typography variant="body2" color="text.secondary">{t('apiKeys.created')}</Typography>
      <Typography variant="body2" component="div"><Created apiKey={apiKey} /></Typography>
      <Typography variant="body2" color="text.secondary">{t('apiKeys.lastUsed')}</Typography>
      <Typography variant="body2" component="div"><LastUsed apiKey={apiKey} /></Typography>
      <Typography variant="body2" color="text.secondary">{t('apiKeys.status')}</Typography>
      <Box><Status apiKey={apiKey} /></Box>
    </Box>
  );
}

function RevokeButton({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke(key: ApiKey): void }) {
  const { t } = usePartnersTranslation();
  if (apiKey.revokedAt) return null;
  return (
    <Button size="small" color="error" variant="outlined" onClick={() => onRevoke(apiKey)} aria-label={`${t('apiKeys.revoke')}: ${apiKey.name}`} sx={{ flexShrink: 0 }}>
      {t('apiKeys.revoke')}
    </Button>
  );
}
