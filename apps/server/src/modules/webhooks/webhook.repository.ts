import type { EntityManager } from 'typeorm';

export interface WebhookEndpointRow {
  id: string;
  tenantId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  secretEncrypted: string;
  createdAt: Date;
  updatedAt: Date;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  lastSuccessAt: Date | null;
}

export type DeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';

export interface WebhookDeliveryRow {
  id: string;
  /** seq as text (for the log's cursor); not named seq, so `order by seq` keeps sorting the number */
  seqText: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  isTest: boolean;
  status: DeliveryStatus;
  attemptCount: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  redeliveryOf: string | null;
  createdAt: Date;
  completedAt: Date | null;
}

export interface WebhookAttemptRow {
  id: string;
  deliveryId: string;
  attemptNumber: number;
  attemptedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  succeeded: boolean;
}

const ENDPOINT_COLUMNS = `id, tenant_id as "tenantId", url, description, event_types as "eventTypes",
  secret_encrypted as "secretEncrypted", created_at as "createdAt", updated_at as "updatedAt",
  disabled_at as "disabledAt", disabled_reason as "disabledReason", failing_since as "failingSince",
  last_success_at as "lastSuccessAt"`;

const DELIVERY_COLUMNS = `id, seq::text as "seqText", endpoint_id as "endpointId", event_id as "eventId", event_type as "eventType",
  is_test as "isTest", status, attempt_count as "attemptCount",
  case when status = 'PENDING' then next_attempt_at end as "nextAttemptAt", last_attempt_at as "lastAttemptAt",
  last_status_code as "lastStatusCode", last_error as "lastError", redelivery_of as "redeliveryOf",
  created_at as "createdAt", completed_at as "completedAt"`;

/** Tenant-scoped SQL of webhook endpoints and their delivery log (the workers' SQL is in webhook-worker.ts). */
export const webhookRepository = {
  async listEndpoints(em: EntityManager, tenantId: string): Promise<WebhookEndpointRow[]> {
    return em.query(`select ${ENDPOINT_COLUMNS} from webhook_endpoints where tenant_id = $1 order by created_at, id`, [tenantId]);
  },

  async findEndpoint(em: EntityManager, tenantId: string, id: string, lock = false): Promise<WebhookEndpointRow | null> {
    const rows: WebhookEndpointRow[] = await em.query(
      `select ${ENDPOINT_COLUMNS} from webhook_endpoints where tenant_id = $1 and id = $2 ${lock ? 'for update' : ''}`, [tenantId, id]);
    return rows[0] ?? null;
  },

  async countEndpoints(em: EntityManager, tenantId: string): Promise<number> {
    const rows: { n: number }[] = await em.query(`select count(*)::int as n from webhook_endpoints where tenant_id = $1`, [tenantId]);
    return rows[0]!.n;
  },

  async insertEndpoint(em: EntityManager, row: { tenantId: string; url: string; description: string | null; eventTypes: string[]; secretEncrypted: string; createdById: string | null }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `insert into webhook_endpoints (tenant_id, url, description, event_types, secret_encrypted, created_by_id)
       values ($1, $2, $3, $4::text[], $5, $6) returning id`,
      [row.tenantId, row.url, row.description, row.eventTypes, row.secretEncrypted, row.createdById]);
    return rows[0]!.id;
  },

  async updateEndpoint(em: EntityManager, tenantId: string, id: string, patch: { url?: string; description?: string | null; eventTypes?: string[] }): Promise<void> {
    await em.query(
      `update webhook_endpoints set
         url = coalesce($3, url),
         description = case when $4::boolean then $5 else description end,
         event_types = coalesce($6::text[], event_types),
         updated_at = now()
       where tenant_id = $1 and id = $2`,
      [tenantId, id, patch.url ?? null, patch.description !== undefined, patch.description ?? null, patch.eventTypes ?? null]);
  },

  async rotateSecret(em: EntityManager, tenantId: string, id: string, secretEncrypted: string, previousValidHours: number): Promise<void> {
    await em.query(
      `update webhook_endpoints set previous_secret_encrypted = secret_encrypted,
         previous_secret_expires_at = now() + make_interval(hours => $4), secret_encrypted = $3, updated_at = now()
       where tenant_id = $1 and id = $2`, [tenantId, id, secretEncrypted, previousValidHours]);
  },

  async setDisabled(em: EntityManager, tenantId: string, id: string, reason: string | null): Promise<void> {
    if (reason === null) {
      await em.query(`update webhook_endpoints set disabled_at = null, disabled_reason = null, failing_since = null, updated_at = now()
        where tenant_id = $1 and id = $2`, [tenantId, id]);
      return;
    }
    await em.query(`update webhook_endpoints set disabled_at = coalesce(disabled_at, now()), disabled_reason = $3, updated_at = now()
      where tenant_id = $1 and id = $2`, [tenantId, id, reason]);
    await em.query(`update webhook_deliveries set status = 'FAILED', completed_at = now(), last_error = 'Endpoint disabled'
      where tenant_id = $1 and endpoint_id = $2 and status = 'PENDING'`, [tenantId, id]);
  },

  async deleteEndpoint(em: EntityManager, tenantId: string, id: string): Promise<boolean> {
    // (TypeORM answers a DELETE with [rows, count]: select the rows with a CTE to get them plainly)
    const rows: unknown[] = await em.query(
      `with d as (delete from webhook_endpoints where tenant_id = $1 and id = $2 returning id) select id from d`, [tenantId, id]);
    return rows.length > 0;
  },

  async listDeliveries(em: EntityManager, tenantId: string, endpointId: string, opts: { beforeSeq: string | null; status: DeliveryStatus | null; limit: number }): Promise<WebhookDeliveryRow[]> {
    return em.query(
      `select ${DELIVERY_COLUMNS} from webhook_deliveries
        where tenant_id = $1 and endpoint_id = $2 and ($3::bigint is null or seq < $3::bigint) and ($4::text is null or status = $4)
        order by webhook_deliveries.seq desc limit $5`,
      [tenantId, endpointId, opts.beforeSeq, opts.status, opts.limit]);
  },

  async findDelivery(em: EntityManager, tenantId: string, id: string): Promise<WebhookDeliveryRow | null> {
    const rows: WebhookDeliveryRow[] = await em.query(`select ${DELIVERY_COLUMNS} from webhook_deliveries where tenant_id = $1 and id = $2`, [tenantId, id]);
    return rows[0] ?? null;
  },

  async findDeliveryPayload(em: EntityManager, tenantId: string, id: string): Promise<unknown> {
    const rows: { payload: unknown }[] = await em.query(`select payload from webhook_deliveries where tenant_id = $1 and id = $2`, [tenantId, id]);
    return rows[0]?.payload ?? null;
  },

  async insertDelivery(em: EntityManager, row: { tenantId: string; endpointId: string; eventId: string; eventType: string; payload: unknown; isTest: boolean; redeliveryOf: string | null }): Promise<string> {
    const rows: { id: string }[] = await em.query(
      `insert into webhook_deliveries (tenant_id, endpoint_id, event_id, event_type, payload, is_test, redelivery_of)
       values ($1, $2, $3, $4, $5::jsonb, $6, $7) returning id`,
      [row.tenantId, row.endpointId, row.eventId, row.eventType, row.payload === null ? null : JSON.stringify(row.payload), row.isTest, row.redeliveryOf]);
    return rows[0]!.id;
  },

  async eventExists(em: EntityManager, tenantId: string, eventId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`select 1 from outbox where tenant_id = $1 and id = $2`, [tenantId, eventId]);
    return rows.length > 0;
  },

  async attemptsOf(em: EntityManager, tenantId: string, deliveryIds: readonly string[]): Promise<WebhookAttemptRow[]> {
    return em.query(
      `select id, delivery_id as "deliveryId", attempt_number as "attemptNumber", attempted_at as "attemptedAt",
              duration_ms as "durationMs", status_code as "statusCode", error, response_excerpt as "responseExcerpt", succeeded
         from webhook_attempts where tenant_id = $1 and delivery_id = any ($2::uuid[]) order by seq`,
      [tenantId, [...deliveryIds]]);
  },
};
