import {
  candidateProbeVariants, candidateProbeWords, duplicateNameProbes, phoneSearchKeys, prefixUpperBound, type DedupeKeys, type NameProbe,
} from '@kartoteka/domain';
import type { EntityManager } from 'typeorm';
import { ClientEntity } from './client.entity';

export interface DuplicateRow {
  client: ClientEntity;
  phones: string[];
  emails: string[];
}

/** Clients each name probe may return: the scorer picks the duplicates among them. */
const PER_PROBE = 10;
/** Clients scored at most. */
const CANDIDATES = 60;

/**
 * Candidate clients for a card being typed: exact phone, e-mail or tax id, and the names the domain's probes
 * point at (duplicateNameProbes: the stored name key, a first name with the start of a surname, a company's key
 * as a prefix). Every probe is one range of an index (ix_client_phones_digits, ix_client_emails_address,
 * ix_clients_tax_id, ix_clients_dedupe_key, ix_clients_first_word), so the lookup costs the same on a million
 * clients as on a hundred; the `LIKE any(…)` it replaces walked the whole table (0.2-0.5 s on a million) and
 * kept 50 arbitrary matches of any one similar word, which could leave the real duplicate out. Exact contact
 * matches come first, then the probes in the domain's order, so the cap never drops the client the card clearly
 * repeats. Scoring is the domain's.
 */
export const duplicateRepository = {
  async findCandidates(em: EntityManager, tenantId: string, keys: DedupeKeys, excludeId: string | null): Promise<DuplicateRow[]> {
    const words = candidateProbeWords(keys);
    const near: { term: string }[] = words.length ? await em.query(
      `select distinct term from client_search_term_variants where tenant_id = $1 and variant = any($2::text[]) limit 200`,
      [tenantId, candidateProbeVariants(words)]) : [];
    const probes = duplicateNameProbes(keys, near.map((r) => r.term));
    const of = <K extends NameProbe['kind']>(kind: K) => probes.flatMap((p) => (p.kind === kind ? [p as Extract<NameProbe, { kind: K }>] : []));
    const exact = of('KEY').map((p) => p.key);
    const people = of('PERSON');
    const prefixes = of('KEY_PREFIX').map((p) => p.keyFrom);
    const ids: { id: string }[] = await em.query(
      `select id from (
         select client_id as id, 0 as rank from client_phones where tenant_id = $1 and digits = any($2::text[])
         union all select client_id, 0 from client_emails where tenant_id = $1 and address = any($3::text[])
         union all select id, 0 from clients where tenant_id = $1 and $4::text is not null and tax_id = $4
         union all select x.id, p.n from unnest($6::text[]) with ordinality as p(key, n)
           cross join lateral (select c.id from clients c
             where c.tenant_id = $1 and c.deleted_at is null and c.dedupe_key = p.key and c.kind = $5 limit ${PER_PROBE}) x
         union all select x.id, 1000 + p.n from unnest($7::text[], $8::text[], $9::text[]) with ordinality as p(first_word, name_from, name_to, n)
           cross join lateral (select c.id from clients c
             where c.tenant_id = $1 and c.deleted_at is null and c.name_fl <> c.name_lf
               and c.first_word = p.first_word and c.name_lf >= p.name_from and c.name_lf < p.name_to limit ${PER_PROBE}) x
         union all select x.id, 2000 + p.n from unnest($10::text[], $11::text[]) with ordinality as p(key_from, key_to, n)
           cross join lateral (select c.id from clients c
             where c.tenant_id = $1 and c.deleted_at is null and c.dedupe_key >= p.key_from and c.dedupe_key < p.key_to
               and c.kind = $5 limit ${PER_PROBE}) x
       ) m where id <> coalesce($12::uuid, '00000000-0000-0000-0000-000000000000')
       group by id order by min(rank), id limit ${CANDIDATES}`,
      [tenantId, keys.phones.flatMap((e164) => phoneSearchKeys(e164).slice(0, 1)), keys.emails, keys.taxId ?? null, keys.kind, exact,
        people.map((p) => p.firstWord), people.map((p) => p.surnameFrom), people.map((p) => prefixUpperBound(p.surnameFrom)),
        prefixes, prefixes.map(prefixUpperBound), excludeId]);
    if (!ids.length) return [];
    const clients = await em.getRepository(ClientEntity).createQueryBuilder('c')
      .where('c.tenant_id = :tenantId and c.id = any(:ids) and c.deleted_at is null', { tenantId, ids: ids.map((r) => r.id) })
      .getMany();
    const phones: { client_id: string; e164: string }[] = await em.query(
      `select client_id, e164 from client_phones where tenant_id = $1 and client_id = any($2::uuid[])`, [tenantId, clients.map((c) => c.id)]);
    const emails: { client_id: string; address: string }[] = await em.query(
      `select client_id, address from client_emails where tenant_id = $1 and client_id = any($2::uuid[])`, [tenantId, clients.map((c) => c.id)]);
    return clients.map((client) => ({
      client,
      phones: phones.filter((p) => p.client_id === client.id).map((p) => p.e164),
      emails: emails.filter((e) => e.client_id === client.id).map((e) => e.address),
    }));
  },
};
