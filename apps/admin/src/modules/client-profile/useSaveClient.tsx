import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientCardFragment, UpdateClientInput } from '../../gql/graphql';
import { UpdateClientDocument } from '../client-form/graphql/updateClient';
import { useLang } from '../../i18n';
import { errorCode, errorDetails, errorMessage } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { cardSnapshotFromClient } from './cardSnapshot';
import { ClientConflictDialog, type ConflictDetails } from './ClientConflictDialog';
import { ClientDetailDocument } from './graphql/clientDetail';

export type ClientPatch = Omit<UpdateClientInput, 'id' | 'version'>;
type Pending = { base: Record<string, unknown>; patch: ClientPatch; details: ConflictDetails };
type Options = {
  /** The user's edit was saved (first try or re-applied after a conflict). */
  onSaved?(client: ClientCardFragment): void;
  /** The user dropped their edit after a conflict; this is the current card. */
  onDiscarded?(client: ClientCardFragment): void;
};

/**
 * Saves a patch against the version the user read. On VERSION_CONFLICT it shows what someone else changed and
 * lets the user re-apply their changed fields on top of the current version, or drop them: never a silent
 * overwrite. Throws other errors to the caller (validation issues belong next to the form's fields).
 */
export function useSaveClient(client: ClientCardFragment | null | undefined, options: Options = {}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const apollo = useApolloClient();
  const [update] = useMutation(UpdateClientDocument);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (patch: ClientPatch, version: number, base: Record<string, unknown>): Promise<ClientCardFragment | null> => {
    if (!client) return null;
    try {
      const res = await update({ variables: { input: { ...patch, id: client.id, version } } });
      const saved = res.data?.updateClient ?? null;
      if (saved) options.onSaved?.(saved);
      return saved;
    } catch (error) {
      if (errorCode(error) !== 'VERSION_CONFLICT') throw error;
      const details = errorDetails<ConflictDetails>(error);
      if (!details) throw error;
      setPending({ base, patch, details });
      return null;
    }
  };

  const save = (patch: ClientPatch) => (client ? attempt(patch, client.version, cardSnapshotFromClient(client)) : Promise.resolve(null));

  const reapply = async () => {
    if (!pending) return;
    setBusy(true);
    const { patch, details } = pending;
    setPending(null);
    try {
      const saved = await attempt(patch, details.currentVersion, details.current);
      if (saved) notify(t('conflict.reapplied'));
    } catch (error) {
      notify(errorMessage(error, lang), 'error');
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    if (!client) return;
    setBusy(true);
    try {
      const res = await apollo.query({ query: ClientDetailDocument, variables: { id: client.id }, fetchPolicy: 'network-only' });
      setPending(null);
      if (res.data?.client) options.onDiscarded?.(res.data.client);
      notify(t('conflict.discarded'), 'info');
    } finally {
      setBusy(false);
    }
  };

  const dialog: ReactNode = pending ? (
    <ClientConflictDialog
      base={pending.base}
      details={pending.details}
      mine={pending.patch as Record<string, unknown>}
      busy={busy}
      onReapply={() => void reapply()}
      onDiscard={() => void discard()}
    />
  ) : null;

  return { save, dialog, conflictOpen: !!pending };
}
