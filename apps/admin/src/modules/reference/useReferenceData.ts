import { useQuery } from '@apollo/client/react';
import { PHONE_TYPE_LABELS, isBuiltInPhoneType } from '@kartoteka/domain';
import { useMemo } from 'react';
import type { ReferenceDataQuery } from '../../gql/graphql';
import { useLang } from '../../i18n';
import { ReferenceDataDocument } from './graphql/referenceData';

export type ReferenceData = ReferenceDataQuery;
const EMPTY: ReferenceData = { groups: [], tags: [], sources: [], phoneTypes: [], consentPurposes: [], customFields: [], staffMembers: [] };

/** Groups, tags, sources, phone types, consent purposes, custom fields and staff, with label helpers. */
export function useReferenceData() {
  const { lang } = useLang();
  const { data, loading, error, refetch } = useQuery(ReferenceDataDocument, { fetchPolicy: 'cache-and-network' });
  const ref = data ?? EMPTY;
  return useMemo(() => {
    const phoneTypeLabel = (typeKey: string) =>
      isBuiltInPhoneType(typeKey) ? PHONE_TYPE_LABELS[typeKey][lang] : (ref.phoneTypes.find((p) => p.id === typeKey)?.name ?? typeKey);
    const groupName = (id: string) => ref.groups.find((g) => g.id === id)?.name ?? id;
    const sourceName = (id: string) => ref.sources.find((s) => s.id === id)?.name ?? id;
    const staffName = (id: string) => ref.staffMembers.find((s) => s.id === id)?.displayName ?? id;
    const purposeName = (key: string) => ref.consentPurposes.find((p) => p.key === key)?.name ?? key;
    return { ...ref, loading: loading && !data, error, refetch, phoneTypeLabel, groupName, sourceName, staffName, purposeName };
  }, [ref, lang, loading, data, error, refetch]);
}
