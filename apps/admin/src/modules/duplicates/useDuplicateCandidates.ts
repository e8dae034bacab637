import { useQuery } from '@apollo/client/react';
import { parsePhone, isValidEmail } from '@kartoteka/domain';
import { useMemo } from 'react';
import type { ClientKind, DuplicateProbeInput } from '../../gql/graphql';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { DuplicateCandidatesDocument } from './graphql/duplicateCandidates';

export type DuplicateProbe = {
  kind?: ClientKind | null;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  phones?: string[];
  emails?: string[];
  taxId?: string | null;
  excludeId?: string | null;
};

/**
 * F3.3: existing cards that match what is being typed. Asks only once the typing pauses (400 ms) and only with
 * enough to go on: a name of 3+ letters, a valid phone or e-mail, or a tax id. Phones are sent in E.164.
 */
export function useDuplicateCandidates(probe: DuplicateProbe, enabled = true) {
  const input = useMemo<DuplicateProbeInput | null>(() => {
    const phones = (probe.phones ?? []).map((p) => parsePhone(p)).flatMap((p) => (p.ok ? [p.e164] : []));
    const emails = (probe.emails ?? []).map((e) => e.trim()).filter((e) => isValidEmail(e));
    const name = [probe.firstName, probe.lastName, probe.kind === 'COMPANY' ? probe.companyName : null].filter(Boolean).join(' ').trim();
    const taxId = probe.taxId?.replace(/\W/g, '') ?? '';
    if (!phones.length && !emails.length && name.length < 3 && taxId.length < 8) return null;
    return {
      kind: probe.kind ?? 'PERSON',
      firstName: probe.firstName?.trim() || null,
      lastName: probe.lastName?.trim() || null,
      companyName: probe.companyName?.trim() || null,
      phones,
      emails,
      taxId: taxId || null,
      excludeId: probe.excludeId ?? null,
    };
  }, [probe.kind, probe.firstName, probe.lastName, probe.companyName, probe.phones, probe.emails, probe.taxId, probe.excludeId]);
  const key = JSON.stringify(input);
  const debounced = useDebouncedValue(key, 400);
  const settled = debounced === key ? input : null;
  const { data, previousData } = useQuery(DuplicateCandidatesDocument, {
    variables: { input: settled ?? { kind: 'PERSON' } },
    skip: !enabled || !settled,
    fetchPolicy: 'network-only',
  });
  if (!enabled || !input) return [];
  return (data ?? previousData)?.duplicateCandidates ?? [];
}
