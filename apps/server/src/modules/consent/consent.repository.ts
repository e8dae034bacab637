import type { EntityManager } from 'typeorm';
import { ConsentPurposeEntity, ConsentRecordEntity } from './consent.entities';

export const consentRepository = {
  listPurposes(em: EntityManager, tenantId: string, includeArchived = false): Promise<ConsentPurposeEntity[]> {
    return em.getRepository(ConsentPurposeEntity).find({
      where: includeArchived ? { tenantId } : { tenantId, isArchived: false },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  },

  findPurpose(em: EntityManager, tenantId: string, key: string): Promise<ConsentPurposeEntity | null> {
    return em.getRepository(ConsentPurposeEntity).findOne({ where: { tenantId, key } });
  },

  findPurposeById(em: EntityManager, tenantId: string, id: string): Promise<ConsentPurposeEntity | null> {
    return em.getRepository(ConsentPurposeEntity).findOne({ where: { tenantId, id } });
  },

  async savePurpose(em: EntityManager, purpose: Partial<ConsentPurposeEntity>): Promise<ConsentPurposeEntity> {
    const repo = em.getRepository(ConsentPurposeEntity);
    return repo.save(repo.create(purpose));
  },

  /** Ledger records of some clients, oldest first (the order the current state is derived in). */
  recordsOf(em: EntityManager, tenantId: string, clientIds: readonly string[]): Promise<ConsentRecordEntity[]> {
    if (!clientIds.length) return Promise.resolve([]);
    return em.getRepository(ConsentRecordEntity).createQueryBuilder('r')
      .where('r.tenant_id = :tenantId and r.client_id = any(:ids)', { tenantId, ids: [...clientIds] })
      .orderBy('r.seq', 'ASC').getMany();
  },

  async append(em: EntityManager, record: Omit<ConsentRecordEntity, 'id' | 'seq' | 'recordedAt'>): Promise<ConsentRecordEntity> {
    const repo = em.getRepository(ConsentRecordEntity);
    const saved = await repo.insert(repo.create(record));
    return (await repo.findOneBy({ id: saved.identifiers[0]!.id as string }))!;
  },
};
