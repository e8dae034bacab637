import { typoVariants } from '@kartoteka/domain';
import type { EntityManager } from 'typeorm';
import { ClientEntity } from './client.entity';
import {
  ClientAddressEntity, ClientEmailEntity, ClientGroupEntity, ClientPhoneEntity, ClientTagEntity,
} from './client-children.entities';

export interface ClientChildren {
  phones: ClientPhoneEntity[];
  emails: ClientEmailEntity[];
  addresses: ClientAddressEntity[];
  groupIds: string[];
  tagIds: string[];
}

type NewPhone = Omit<ClientPhoneEntity, 'id' | 'tenantId' | 'clientId' | 'position' | 'nationalReversed' | 'clientNameLf' | 'clientListed'>;
type NewEmail = Omit<ClientEmailEntity, 'id' | 'tenantId' | 'clientId' | 'position' | 'clientNameLf' | 'clientListed'>;
type NewAddress = Omit<ClientAddressEntity, 'id' | 'tenantId' | 'clientId' | 'position'>;

/** The only place that reads and writes client rows (the list and search queries live in client-list.repository). */
export const clientRepository = {
  findById(em: EntityManager, tenantId: string, id: string, opts: { includeDeleted?: boolean } = {}): Promise<ClientEntity | null> {
    const qb = em.getRepository(ClientEntity).createQueryBuilder('c').where('c.tenant_id = :tenantId and c.id = :id', { tenantId, id });
    if (!opts.includeDeleted) qb.andWhere('c.deleted_at is null');
    return qb.getOne();
  },

  findByIds(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<ClientEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return em.getRepository(ClientEntity).createQueryBuilder('c')
      .where('c.tenant_id = :tenantId and c.id = any(:ids)', { tenantId, ids }).getMany();
  },

  /** Row lock for read-modify-write: a concurrent save waits, then sees the new version and gets VERSION_CONFLICT. */
  lockForUpdate(em: EntityManager, tenantId: string, id: string): Promise<ClientEntity | null> {
    return em.getRepository(ClientEntity).createQueryBuilder('c')
      .where('c.tenant_id = :tenantId and c.id = :id', { tenantId, id })
      .setLock('pessimistic_write').getOne();
  },

  lockManyForUpdate(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<ClientEntity[]> {
    return em.getRepository(ClientEntity).createQueryBuilder('c')
      .where('c.tenant_id = :tenantId and c.id = any(:ids) and c.deleted_at is null', { tenantId, ids })
      .orderBy('c.id').setLock('pessimistic_write').getMany();
  },

  /** One query after another: a transaction is one connection, and pg warns about (and will refuse) overlapping queries. */
  async loadChildren(em: EntityManager, tenantId: string, clientId: string): Promise<ClientChildren> {
    const phones = await em.getRepository(ClientPhoneEntity).find({ where: { tenantId, clientId }, order: { position: 'ASC' } });
    const emails = await em.getRepository(ClientEmailEntity).find({ where: { tenantId, clientId }, order: { position: 'ASC' } });
    const addresses = await em.getRepository(ClientAddressEntity).find({ where: { tenantId, clientId }, order: { position: 'ASC' } });
    const groups = await em.getRepository(ClientGroupEntity).find({ where: { tenantId, clientId } });
    const tags = await em.getRepository(ClientTagEntity).find({ where: { tenantId, clientId } });
    return { phones, emails, addresses, groupIds: groups.map((g) => g.groupId), tagIds: tags.map((t) => t.tagId) };
  },

  /** Counts every client ever created in the business, so a generated number is never reused. */
  async nextCounterValue(em: EntityManager, tenantId: string): Promise<number> {
    // wrapped in a select: TypeORM answers a bare UPDATE … RETURNING with [rows, count]
    const rows: { last_value: string }[] = await em.query(
      `with next as (update client_number_counters set last_value = last_value + 1 where tenant_id = $1 returning last_value)
       select last_value from next`, [tenantId]);
    return Number(rows[0]!.last_value);
  },

  async isNumberTaken(em: EntityManager, tenantId: string, clientNumber: string, exceptId?: string): Promise<boolean> {
    const rows = await em.query(
      `select 1 from clients where tenant_id = $1 and client_number = $2 and deleted_at is null and id <> coalesce($3::uuid, '00000000-0000-0000-0000-000000000000') limit 1`,
      [tenantId, clientNumber, exceptId ?? null]);
    return rows.length > 0;
  },

  async insert(em: EntityManager, data: Partial<ClientEntity>): Promise<ClientEntity> {
    const repo = em.getRepository(ClientEntity);
    return repo.save(repo.create(data));
  },

  async update(em: EntityManager, tenantId: string, id: string, patch: Partial<ClientEntity>): Promise<void> {
    // jsonb columns defeat TypeORM's deep-partial type; the patch is a plain column map
    await em.getRepository(ClientEntity).update({ tenantId, id }, patch as Parameters<ReturnType<EntityManager['getRepository']>['update']>[1]);
  },

  async replacePhones(em: EntityManager, tenantId: string, clientId: string, phones: NewPhone[]): Promise<void> {
    await em.getRepository(ClientPhoneEntity).delete({ tenantId, clientId });
    if (phones.length) {
      await em.getRepository(ClientPhoneEntity).insert(phones.map((p, position) => ({ ...p, tenantId, clientId, position })));
    }
  },

  async replaceEmails(em: EntityManager, tenantId: string, clientId: string, emails: NewEmail[]): Promise<void> {
    await em.getRepository(ClientEmailEntity).delete({ tenantId, clientId });
    if (emails.length) {
      await em.getRepository(ClientEmailEntity).insert(emails.map((e, position) => ({ ...e, tenantId, clientId, position })));
    }
  },

  async replaceAddresses(em: EntityManager, tenantId: string, clientId: string, addresses: NewAddress[]): Promise<void> {
    await em.getRepository(ClientAddressEntity).delete({ tenantId, clientId });
    if (addresses.length) {
      await em.getRepository(ClientAddressEntity).insert(addresses.map((a, position) => ({ ...a, tenantId, clientId, position })));
    }
  },

  async replaceGroups(em: EntityManager, tenantId: string, clientId: string, groupIds: string[]): Promise<void> {
    await em.getRepository(ClientGroupEntity).delete({ tenantId, clientId });
    if (groupIds.length) {
      await em.getRepository(ClientGroupEntity).insert(groupIds.map((groupId) => ({ tenantId, clientId, groupId })));
    }
  },

  async replaceTags(em: EntityManager, tenantId: string, clientId: string, tagIds: string[]): Promise<void> {
    await em.getRepository(ClientTagEntity).delete({ tenantId, clientId });
    if (tagIds.length) {
      await em.getRepository(ClientTagEntity).insert(tagIds.map((tagId) => ({ tenantId, clientId, tagId })));
    }
  },

  /** Name words for the typo-tolerant search dictionary, with their deletion variants (domain typo-dictionary). */
  async addSearchTerms(em: EntityManager, tenantId: string, terms: string[]): Promise<void> {
    if (!terms.length) return;
    // only words new to the dictionary get variants written: most clients share their words with others
    const added: { term: string }[] = await em.query(
      `with added as (insert into client_search_terms (tenant_id, term) select $1, unnest($2::text[]) on conflict do nothing returning term)
       select term from added`,
      [tenantId, terms]);
    if (!added.length) return;
    const pairs = added.flatMap(({ term }) => typoVariants(term).map((variant) => [variant, term] as const));
    await em.query(
      `insert into client_search_term_variants (tenant_id, variant, term)
       select $1, v, t from unnest($2::text[], $3::text[]) as x(v, t) on conflict do nothing`,
      [tenantId, pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
  },

  async logIdentityDocumentView(em: EntityManager, tenantId: string, clientId: string, membershipId: string): Promise<void> {
    await em.query(
      `insert into identity_document_views (tenant_id, client_id, membership_id) values ($1, $2, $3)`,
      [tenantId, clientId, membershipId]);
  },
};
