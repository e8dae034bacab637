import { BUILT_IN_CONSENT_PURPOSES } from '@kartoteka/domain';
import type { EntityManager } from 'typeorm';
import { ConsentPurposeEntity } from '../consent/consent.entities';
import { TenantEntity } from './tenant.entity';

/**
 * Creates a business with what every business starts with: its client-number counter and the built-in consent
 * purposes with their Polish wording (version 1). Runs inside the caller's transaction, which must already
 * have app.tenant_id set to tenantId (row-level security checks the insert).
 */
export async function createTenantRecords(em: EntityManager, tenantId: string, name: string): Promise<TenantEntity> {
  const tenant = await em.getRepository(TenantEntity).save({ id: tenantId, name });
  await em.query(`insert into client_number_counters (tenant_id, last_value) values ($1, 0)`, [tenantId]);
  await em.getRepository(ConsentPurposeEntity).insert(
    BUILT_IN_CONSENT_PURPOSES.map((p, position) => ({
      tenantId,
      key: p.key,
      name: p.name.pl,
      wording: p.wording.pl,
      wordingVersion: p.version,
      isBuiltin: true,
      position,
    })),
  );
  return tenant;
}
