import { diffClientFields } from '@kartoteka/domain';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientCardFragment, UpdateClientInput } from '../../gql/graphql';
import { UpdateClientDocument } from '../client-form/graphql/updateClient';
import { errorCode, errorDetails } from '../../ui/graphqlErrors';
import { useNotify } from '../../ui/Notifier';
import { cardSnapshotFromClient } from './cardSnapshot';
import { ClientConflictDialog, type ConflictDetails } from './ClientConflictDialog';
import { ClientDetailDocument } from './graphql/clientDetail';

export type ClientPatch = Omit<UpdateClientInput, 'id' | 'version'>;
type Settle = { resolve(saved: ClientCardFragment | null): void; reject(error: unknown): void };
type Pending = { base: Record<string, unknown>; patch: ClientPatch; details: ConflictDetails; settle: Settle };
type Options = {
  /** The user's edit was saved (first try or re-applied after a conflict). */
  onSaved?(client: ClientCardFragment): void;
  /** The user dropped their edit after a conflict; this is the current card. */
  onDiscarded?(client: ClientCardFragment): void;
};

/**
 * Saves a patch against the version the user read. On VERSION_CONFLICT it shows what someone else changed and
 * lets the user re-apply their changed fields on top of the current version, or drop them: never a silent
 * overwrite. `save` settles only when the edit does: with the saved card, with null when the user dropped it,
 * or by throwing the error of the save, whether the first try or the re-applied one, so a re-applied edit that
 * the server refuses (BAD_USER_INPUT) lands next to its fields exactly as a first try's would.
 */
export function useSaveClient(client: ClientCardFragment | null | undefined, options: Options = {}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const apollo = useApolloClient();
  const [update] = useMutation(UpdateClientDocument);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (
    patch: ClientPatch, version: number, base: Record<string, unknown>, settle: Settle, retried = false,
  ): Promise<ClientCardFragment | null> => {
    if (!client) {
      settle.resolve(null);
      return null;
    }
    try {
      const res = await update({ variables: { input: { ...patch, id: client.id, version } } });
      const saved = res.data?.updateClient ?? null;
      if (saved) options.onSaved?.(saved);
      settle.resolve(saved);
      return saved;
    } catch (error) {
      const details = errorCode(error) === 'VERSION_CONFLICT' ? errorDetails<ConflictDetails>(error) : undefined;
      // the version moved but no field of the card did (a new photo, say): nothing to show or lose, save once more
      if (details && !retried && diffClientFields(base, details.current).length === 0) {
        return attempt(patch, details.currentVersion, details.current, settle, true);
      }
      if (details) setPending({ base, patch, details, settle });
      else settle.reject(error);
      return null;
    }
  };

  const save = (patch: ClientPatch) => new Promise<ClientCardFragment | null>((resolve, reject) => {
    if (!client) resolve(null);
    else void attempt(patch, client.version, cardSnapshotFromClient(client), { resolve, reject });
  });

  const refresh = () => apollo.query({ query: ClientDetailDocument, variables: { id: client?.id ?? '' }, fetchPolicy: 'network-only' });

  const reapply = async () => {
    if (!pending) return;
    setBusy(true);
    const { patch, details, settle } = pending;
    setPending(null);
    // A refusal goes to the caller (next to the field) once the current card is loaded: the screen still shows
    // the one from before the conflict, and saving again after the fix must not meet the same conflict.
    // Another conflict reopens the dialog.
    const saved = await attempt(patch, details.currentVersion, details.current, {
      resolve: settle.resolve,
      reject: (error) => {
        void refresh().catch(() => undefined).then(() => settle.reject(error));
      },
    });
    setBusy(false);
    if (saved) notify(t('conflict.reapplied'));
  };

  const discard = async () => {
    if (!client || !pending) return;
    setBusy(true);
    try {
      const res = await refresh();
      setPending(null);
      if (res.data?.client) options.onDiscarded?.(res.data.client);
      notify(t('conflict.discarded'), 'info');
      pending.settle.resolve(null);
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
