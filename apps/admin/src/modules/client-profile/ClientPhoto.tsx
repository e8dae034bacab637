import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { useApolloClient } from '@apollo/client/react';
import {
  CLIENT_PHOTO_MAX_BYTES, CLIENT_PHOTO_TYPE_NAMES, CLIENT_PHOTO_TYPES, clientPhotoIssues, domainErrorMessage, fieldIssueMessage,
  IMAGE_SIGNATURE_BYTES, isDomainErrorCode, isFieldIssueCode, type MessageLanguage,
} from '@kartoteka/domain';
import { Avatar, Box, Button, Stack, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientCardFragment } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { sendClientPhoto, type PhotoRefusal } from './clientPhotoApi';
import { ClientDetailDocument } from './graphql/clientDetail';

type PhotoClient = Pick<ClientCardFragment, 'id' | 'displayName' | 'photoUrl'>;

/** "Ewa Wiśniewska-Nowak" → "EW": shown when the client has no photo. */
function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{L}/u.test(w)).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('');
}

/** `size` in pixels, or per breakpoint (`{ xs: 56, sm: 88 }`). */
export function ClientAvatar({ client, size }: { client: PhotoClient; size: number | Record<string, number> }) {
  const sizes = typeof size === 'number' ? { xs: size } : size;
  const scaled = (k: number) => Object.fromEntries(Object.entries(sizes).map(([bp, px]) => [bp, px * k]));
  return (
    <Avatar
      src={client.photoUrl ?? undefined}
      alt={client.displayName}
      sx={{ width: scaled(1), height: scaled(1), fontSize: scaled(0.4), bgcolor: 'primary.light' }}
      data-testid="client-avatar"
      data-photo={client.photoUrl ? 'yes' : 'no'}
    >
      {initials(client.displayName)}
    </Avatar>
  );
}

function refusalMessage(refusal: PhotoRefusal, lang: MessageLanguage): string {
  const issue = refusal.issues.find((i) => isFieldIssueCode(i.code));
  if (issue) return fieldIssueMessage(issue.code, lang, issue.params);
  const code = refusal.code === 'BAD_USER_INPUT' ? 'VALIDATION_FAILED' : refusal.code;
  return isDomainErrorCode(code) ? domainErrorMessage(code, lang) : domainErrorMessage('INVALID_STATE', lang);
}

/**
 * "Zmień zdjęcie" / "Usuń zdjęcie" for staff who may edit the client. A chosen file is checked with the domain's
 * rule (type by its first bytes, size) before it is sent; problems are shown here, in the user's language.
 * The photo is saved at once (not with the form) and bumps the card's version, so the card is re-read.
 */
export function ClientPhotoActions({ client }: { client: PhotoClient }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const apollo = useApolloClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  const hint = t('photo.hint', { types: CLIENT_PHOTO_TYPE_NAMES, maxMb: CLIENT_PHOTO_MAX_BYTES / 1024 / 1024 });

  const send = async (file: File | null) => {
    setBusy(true);
    setError(null);
    try {
      const refusal = await sendClientPhoto(client.id, file);
      if (refusal) {
        setError(refusalMessage(refusal, lang));
        return;
      }
      // the new version and URL for the whole card (the form keeps what was typed: only the cache changes)
      await apollo.query({ query: ClientDetailDocument, variables: { id: client.id }, fetchPolicy: 'network-only' });
      notify(t(file ? 'photo.saved' : 'photo.removed'));
    } catch (e) {
      setError(errorMessage(e, lang));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const head = new Uint8Array(await file.slice(0, IMAGE_SIGNATURE_BYTES).arrayBuffer());
    const [issue] = clientPhotoIssues({ declaredType: file.type, size: file.size, head });
    if (issue) setError(fieldIssueMessage(issue.code, lang, issue.params));
    else await send(file);
  };

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<PhotoCameraIcon />} onClick={() => input.current?.click()} disabled={busy} data-testid="photo-change">
          {client.photoUrl ? t('photo.change') : t('photo.add')}
        </Button>
        {client.photoUrl && (
          <Button size="small" color="error" onClick={() => setConfirm(true)} disabled={busy} data-testid="photo-remove">{t('photo.remove')}</Button>
        )}
        <input ref={input} type="file" hidden accept={CLIENT_PHOTO_TYPES.join(',')} onChange={(e) => void onFile(e)} data-testid="photo-input" />
      </Stack>
      {/* F1.2: the client sees the photo too (e.g. in online booking), so the user is told before choosing one */}
      <Typography variant="caption" component="p" color={error ? 'error' : 'text.secondary'} role={error ? 'alert' : undefined} data-testid={error ? 'photo-error' : 'photo-hint'}>
        {error ?? hint}
      </Typography>
      <ConfirmDialog
        open={confirm}
        title={t('photo.remove')}
        text={t('photo.removeConfirm', { name: client.displayName })}
        confirmLabel={t('photo.remove')}
        danger
        busy={busy}
        onConfirm={() => { setConfirm(false); void send(null); }}
        onClose={() => setConfirm(false)}
      />
    </Box>
  );
}
