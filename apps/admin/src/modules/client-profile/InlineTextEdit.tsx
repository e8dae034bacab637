import EditIcon from '@mui/icons-material/Edit';
import { Button, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  value: string | null;
  canEdit: boolean;
  /** Resolves to an error message to show, or null when saved (or handed to the conflict dialog). */
  onSave(value: string | null): Promise<string | null>;
  testId?: string;
};

/** Edit one text of the card in place (description, remarks): pencil, type, save. */
export function InlineTextEdit({ label, value, canEdit, onSave, testId }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (draft === null) return;
    setBusy(true);
    const message = await onSave(draft.trim() ? draft : null);
    setBusy(false);
    setError(message);
    if (!message) setDraft(null);
  };
  if (draft === null) {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="body2" sx={{ flex: 1, whiteSpace: 'pre-wrap' }} color={value ? 'text.primary' : 'text.secondary'} data-testid={testId}>
          {value || t('profile.noData')}
        </Typography>
        {canEdit && (
          <Tooltip title={`${t('profile.editInPlace')}: ${label}`}>
            <IconButton size="small" aria-label={`${t('profile.editInPlace')}: ${label}`} onClick={() => setDraft(value ?? '')} data-testid={testId ? `${testId}-edit` : undefined}>
              <EditIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Stack>
    );
  }
  return (
    <Stack spacing={1}>
      <TextField
        label={label}
        multiline
        minRows={2}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        autoFocus
        error={!!error}
        helperText={error}
        slotProps={{ htmlInput: { 'data-testid': testId ? `${testId}-input` : undefined } }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDraft(null);
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button size="small" onClick={() => setDraft(null)}>{t('app.cancel')}</Button>
        <Button size="small" variant="contained" onClick={() => void save()} disabled={busy} data-testid={testId ? `${testId}-save` : undefined}>{t('app.save')}</Button>
      </Stack>
    </Stack>
  );
}
