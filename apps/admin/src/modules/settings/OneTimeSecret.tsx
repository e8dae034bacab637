import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { useRef } from 'react';
import { usePartnersTranslation } from '../../i18n/partners';
import { useNotify } from '../../ui/Notifier';

type Props = { title?: string; warning: string; secret: string; hint?: string; testId?: string };

/** A secret the server shows once (an API key, a webhook signing secret): the value, a copy button, a warning. */
export function OneTimeSecret({ title, warning, secret, hint, testId }: Props) {
  const { t } = usePartnersTranslation();
  const notify = useNotify();
  const box = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      notify(t('copied'));
    } catch {
      // no clipboard (an insecure origin, a denied permission): select the text so Ctrl+C works
      const range = document.createRange();
      if (box.current) range.selectNodeContents(box.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      notify(t('copyFailed'), 'warning');
    }
  };
  return (
    <Alert severity="warning" variant="outlined" role="status" sx={{ '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}>
      <AlertTitle>{title ?? t('shownOnce')}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        {title && <strong>{t('shownOnce')}. </strong>}
        {warning}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Box
          component="code"
          ref={box}
          data-testid={testId}
          sx={{
            flex: 1, minWidth: 0, p: 1, borderRadius: 1, bgcolor: 'grey.100', fontFamily: 'ui-monospace, monospace',
            fontSize: 14, wordBreak: 'break-all', userSelect: 'all',
          }}
        >
          {secret}
        </Box>
        <Button variant="contained" startIcon={<ContentCopyIcon />} onClick={() => void copy()} sx={{ flexShrink: 0 }}>
          {t('copy')}
        </Button>
      </Stack>
      {hint && <Typography variant="caption" component="p" sx={{ mt: 1 }}>{hint}</Typography>}
    </Alert>
  );
}
