import type { EntityManager } from 'typeorm';
import { ClientEntity } from './client.entity';
import { clientListRepository } from './client-list.repository';
import { escapeLike } from './sql-params';

export interface DuplicateKeys {
  phones: string[];
  emails: string[];
  nameKey: string;
  taxId?: string | null;
}

export interface DuplicateRow {
  client: ClientEntity;
  phones: string[];
  emails: string[];
}

/**
 * Candidate clients for a card being typed: exact phone, e-mail or tax id, and names that start with a word
 * similar to one of the typed name words (the same dictionary the typo search uses). Scoring is the domain's.
 */
export const duplicateRepository = {
  async findCandidates(em: EntityManager, tenantId: string, keys: DuplicateKeys, excludeId: string | null): Promise<DuplicateRow[]> {
    const words = keys.nameKey.split(' ').filter((w) => w.length >= 3);
    const similar = new Set<string>();
    for (const word of words.slice(0, 3)) {
      for (const term of await clientListRepository.similarTerms(em, tenantId, word, 5)) similar.add(term);
    }
    const likes = [...similar].map((t) => `${escapeLike(t)}%`);
    const ids: { id: string }[] = await em.query(
      `select id from (
         select client_id as id from client_phones where tenant_id = $1 and e164 = any($2::text[])
         union select client_id from client_emails where tenant_id = $1 and address = any($3::text[])
         union select id from clients where tenant_id = $1 and $4::text is not null and tax_id = $4
         union (select id from clients where tenant_id = $1 and deleted_at is null and (name_lf like any($5::text[]) or name_fl like any($5::text[])) limit 50)
       ) m where id <> coalesce($6::uuid, '00000000-0000-0000-0000-000000000000') limit 60`,
      [tenantId, keys.phones, keys.emails, keys.taxId ?? null, likes, excludeId]);
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
