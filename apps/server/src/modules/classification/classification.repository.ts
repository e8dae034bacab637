import { normalizeForSearch } from '@kartoteka/domain';
import type { EntityManager } from 'typeorm';
import { CustomFieldDefinitionEntity, GroupEntity, PhoneTypeEntity, SourceEntity, TagEntity } from './classification.entities';

export const classificationRepository = {
  async existingGroupIds(em: EntityManager, tenantId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await em.query(`select id from groups where tenant_id = $1 and id = any($2::uuid[])`, [tenantId, ids]);
    return new Set(rows.map((r) => r.id));
  },

  async sourceExists(em: EntityManager, tenantId: string, id: string): Promise<boolean> {
    return (await em.getRepository(SourceEntity).countBy({ tenantId, id })) > 0;
  },

  async phoneTypeExists(em: EntityManager, tenantId: string, id: string): Promise<boolean> {
    return (await em.getRepository(PhoneTypeEntity).countBy({ tenantId, id })) > 0;
  },

  /** Finds tags by name (case- and diacritic-insensitive) and creates the missing ones; returns ids in input order. */
  async upsertTagsByName(em: EntityManager, tenantId: string, names: string[]): Promise<TagEntity[]> {
    if (!names.length) return [];
    const keyed = names.map((name) => ({ name, nameKey: normalizeForSearch(name) }));
    await em.query(
      `insert into tags (tenant_id, name, name_key) select $1, n, k from unnest($2::text[], $3::text[]) as u(n, k)
       on conflict (tenant_id, name_key) do nothing`,
      [tenantId, keyed.map((k) => k.name), keyed.map((k) => k.nameKey)]);
    const tags = await em.getRepository(TagEntity).createQueryBuilder('t')
      .where('t.tenant_id = :tenantId and t.name_key = any(:keys)', { tenantId, keys: keyed.map((k) => k.nameKey) }).getMany();
    const byKey = new Map(tags.map((t) => [t.nameKey, t]));
    return keyed.map((k) => byKey.get(k.nameKey)!).filter(Boolean);
  },

  listTagsByIds(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<TagEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return em.getRepository(TagEntity).createQueryBuilder('t').where('t.tenant_id = :tenantId and t.id = any(:ids)', { tenantId, ids: [...ids] }).getMany();
  },

  listGroupsByIds(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<GroupEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return em.getRepository(GroupEntity).createQueryBuilder('g').where('g.tenant_id = :tenantId and g.id = any(:ids)', { tenantId, ids: [...ids] }).getMany();
  },

  activeCustomFields(em: EntityManager, tenantId: string): Promise<CustomFieldDefinitionEntity[]> {
    return em.getRepository(CustomFieldDefinitionEntity).find({ where: { tenantId, isArchived: false }, order: { position: 'ASC', createdAt: 'ASC' } });
  },

  allCustomFields(em: EntityManager, tenantId: string): Promise<CustomFieldDefinitionEntity[]> {
    return em.getRepository(CustomFieldDefinitionEntity).find({ where: { tenantId }, order: { position: 'ASC', createdAt: 'ASC' } });
  },

  async staffAcceptingVisits(em: EntityManager, tenantId: string, membershipId: string): Promise<boolean> {
    const rows = await em.query(
      `select 1 from memberships where tenant_id = $1 and id = $2 and is_active and accepts_visits`, [tenantId, membershipId]);
    return rows.length > 0;
  },
};
