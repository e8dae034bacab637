import {
  assertActorCan, DomainError, EVENT_TYPES, parseWith, TEST_EVENT_TYPE, webhookEndpointInputSchema,
  webhookEndpointUpdateSchema, type WebhookEndpointInput, type WebhookEndpointUpdate,
} from '@kartoteka/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { FieldEncryption } from '../../crypto/field-encryption';
import { inTenant } from '../../db/tenant-scope';
import { staffMembershipId, type Viewer } from '../../graphql/context';
import type { Signal } from '../events/signal';
import { STAFF_DISABLED_REASON } from './webhook-disable-reason';
import { newWebhookSecret } from './webhook-signing';
import {
  webhookRepository as repo, type DeliveryStatus, type WebhookAttemptRow, type WebhookDeliveryRow, type WebhookEndpointRow,
} from './webhook.repository';

export type { DeliveryStatus, WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from './webhook.repository';

export const MAX_ENDPOINTS_PER_BUSINESS = 20;
/** After "rotate secret" the old secret keeps signing (alongside the new one) this long. */
export const PREVIOUS_SECRET_VALID_HOURS = 24;
const DELIVERY_PAGE_MAX = 100;

export interface EndpointWithSecret {
  endpoint: WebhookEndpointRow;
  secret: string;
}

export interface DeliveryPage {
  deliveries: WebhookDeliveryRow[];
  hasNextPage: boolean;
}

export function encodeDeliveryCursor(seq: string): string {
  return Buffer.from(`d1:${seq}`).toString('base64url');
}

function decodeDeliveryCursor(cursor: string): string {
  const m = /^d1:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new DomainError('VALIDATION_FAILED', 'Unknown cursor.', [{ path: ['after'], code: 'INVALID_FORMAT', message: 'Unknown cursor.' }]);
  return m[1]!;
}

/**
 * Webhook endpoints of a business (URL, event types, secret) and their delivery log: create, change, rotate the
 * secret, disable and enable, send a test event, redeliver. Deliveries themselves are sent by the workers
 * (webhook-worker.ts); `wake` tells this process's worker there is something to send now.
 */
export class WebhookService {
  constructor(
    private readonly ds: DataSource,
    private readonly encryption: FieldEncryption,
    private readonly opts: { production: boolean; wake: Signal },
  ) {}

  eventTypes(): string[] {
    return [...EVENT_TYPES];
  }

  listEndpoints(viewer: Viewer): Promise<WebhookEndpointRow[]> {
    assertActorCan(viewer, 'webhook:manage');
    return inTenant(this.ds, viewer, (em) => repo.listEndpoints(em, viewer.tenantId));
  }

  getEndpoint(viewer: Viewer, id: string): Promise<WebhookEndpointRow | null> {
    assertActorCan(viewer, 'webhook:manage');
    return inTenant(this.ds, viewer, (em) => repo.findEndpoint(em, viewer.tenantId, id));
  }

  async create(viewer: Viewer, raw: WebhookEndpointInput): Promise<EndpointWithSecret> {
    assertActorCan(viewer, 'webhook:manage');
    const input = parseWith(webhookEndpointInputSchema({ production: this.opts.production }), raw);
    const secret = newWebhookSecret();
    const endpoint = await inTenant(this.ds, viewer, async (em) => {
      // serialise creations per business so the limit holds under concurrency
      await em.query(`select pg_advisory_xact_lock(hashtext('webhook_endpoints:' || $1))`, [viewer.tenantId]);
      if ((await repo.countEndpoints(em, viewer.tenantId)) >= MAX_ENDPOINTS_PER_BUSINESS) {
        throw new DomainError('INVALID_STATE', `A business can have at most ${MAX_ENDPOINTS_PER_BUSINESS} webhook endpoints.`);
      }
      const id = await repo.insertEndpoint(em, {
        tenantId: viewer.tenantId, url: input.url, description: input.description, eventTypes: input.eventTypes,
        secretEncrypted: this.encryption.encrypt(secret), createdById: staffMembershipId(viewer),
      });
      return (await repo.findEndpoint(em, viewer.tenantId, id))!;
    });
    return { endpoint, secret };
  }

  async update(viewer: Viewer, id: string, raw: WebhookEndpointUpdate): Promise<WebhookEndpointRow> {
    assertActorCan(viewer, 'webhook:manage');
    const patch = parseWith(webhookEndpointUpdateSchema({ production: this.opts.production }), raw);
    return inTenant(this.ds, viewer, async (em) => {
      await this.mustFind(em, viewer, id);
      await repo.updateEndpoint(em, viewer.tenantId, id, patch);
      return (await repo.findEndpoint(em, viewer.tenantId, id))!;
    });
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    assertActorCan(viewer, 'webhook:manage');
    return inTenant(this.ds, viewer, async (em) => {
      if (!(await repo.deleteEndpoint(em, viewer.tenantId, id))) throw notFound();
      return true;
    });
  }

  async rotateSecret(viewer: Viewer, id: string): Promise<EndpointWithSecret> {
    assertActorCan(viewer, 'webhook:manage');
    const secret = newWebhookSecret();
    const endpoint = await inTenant(this.ds, viewer, async (em) => {
      await this.mustFind(em, viewer, id, true);
      await repo.rotateSecret(em, viewer.tenantId, id, this.encryption.encrypt(secret), PREVIOUS_SECRET_VALID_HOURS);
      return (await repo.findEndpoint(em, viewer.tenantId, id))!;
    });
    return { endpoint, secret };
  }

  async setEnabled(viewer: Viewer, id: string, enabled: boolean): Promise<WebhookEndpointRow> {
    assertActorCan(viewer, 'webhook:manage');
    return inTenant(this.ds, viewer, async (em) => {
      const current = await this.mustFind(em, viewer, id, true);
      if (enabled) await repo.setDisabled(em, viewer.tenantId, id, null);
      else if (!current.disabledAt) await repo.setDisabled(em, viewer.tenantId, id, STAFF_DISABLED_REASON);
      return (await repo.findEndpoint(em, viewer.tenantId, id))!;
    });
  }

  async listDeliveries(viewer: Viewer, endpointId: string, args: { first?: number | null; after?: string | null; status?: DeliveryStatus | null }): Promise<DeliveryPage> {
    assertActorCan(viewer, 'webhook:manage');
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > DELIVERY_PAGE_MAX) {
      throw new DomainError('VALIDATION_FAILED', `first must be between 1 and ${DELIVERY_PAGE_MAX}.`, [
        { path: ['first'], code: 'OUT_OF_RANGE', message: `first must be between 1 and ${DELIVERY_PAGE_MAX}.`, params: { min: 1, max: DELIVERY_PAGE_MAX } },
      ]);
    }
    const beforeSeq = args.after ? decodeDeliveryCursor(args.after) : null;
    return inTenant(this.ds, viewer, async (em) => {
      await this.mustFind(em, viewer, endpointId);
      const rows = await repo.listDeliveries(em, viewer.tenantId, endpointId, { beforeSeq, status: args.status ?? null, limit: first + 1 });
      return { deliveries: rows.slice(0, first), hasNextPage: rows.length > first };
    });
  }

  getDelivery(viewer: Viewer, id: string): Promise<WebhookDeliveryRow | null> {
    assertActorCan(viewer, 'webhook:manage');
    return inTenant(this.ds, viewer, (em) => repo.findDelivery(em, viewer.tenantId, id));
  }

  /** Attempts of many deliveries at once (the delivery log page asks for them in one go). */
  attemptsOf(viewer: Viewer, deliveryIds: readonly string[]): Promise<WebhookAttemptRow[]> {
    assertActorCan(viewer, 'webhook:manage');
    return inTenant(this.ds, viewer, (em) => repo.attemptsOf(em, viewer.tenantId, deliveryIds));
  }

  /** Queues a `webhook.test` event for one endpoint, sent at once (one attempt, never retried). */
  async sendTest(viewer: Viewer, endpointId: string): Promise<WebhookDeliveryRow> {
    assertActorCan(viewer, 'webhook:manage');
    const delivery = await inTenant(this.ds, viewer, async (em) => {
      const endpoint = await this.mustFind(em, viewer, endpointId);
      if (endpoint.disabledAt) throw disabled();
      const eventId = randomUUID();
      const body = {
        id: eventId, type: TEST_EVENT_TYPE, timestamp: new Date().toISOString(), businessId: viewer.tenantId,
        data: { message: 'A test event from Kartoteka: your endpoint and signature check work.', endpointId },
      };
      const id = await repo.insertDelivery(em, {
        tenantId: viewer.tenantId, endpointId, eventId, eventType: TEST_EVENT_TYPE, payload: body, isTest: true, redeliveryOf: null,
      });
      return (await repo.findDelivery(em, viewer.tenantId, id))!;
    });
    this.opts.wake.emit();
    return delivery;
  }

  /** Sends a delivery's event again as a new delivery (same `webhook-id`, so receivers can deduplicate). */
  async redeliver(viewer: Viewer, deliveryId: string): Promise<WebhookDeliveryRow> {
    assertActorCan(viewer, 'webhook:manage');
    const delivery = await inTenant(this.ds, viewer, async (em) => {
      const original = await repo.findDelivery(em, viewer.tenantId, deliveryId);
      if (!original) throw new DomainError('NOT_FOUND', 'Delivery not found.');
      const endpoint = await this.mustFind(em, viewer, original.endpointId);
      if (endpoint.disabledAt) throw disabled();
      if (!original.isTest && !(await repo.eventExists(em, viewer.tenantId, original.eventId))) {
        throw new DomainError('INVALID_STATE', 'This event is older than the retention period and can no longer be sent.');
      }
      const id = await repo.insertDelivery(em, {
        tenantId: viewer.tenantId, endpointId: original.endpointId, eventId: original.eventId, eventType: original.eventType,
        payload: original.isTest ? await repo.findDeliveryPayload(em, viewer.tenantId, deliveryId) : null,
        isTest: original.isTest, redeliveryOf: original.id,
      });
      return (await repo.findDelivery(em, viewer.tenantId, id))!;
    });
    this.opts.wake.emit();
    return delivery;
  }

  private async mustFind(em: Parameters<typeof repo.findEndpoint>[0], viewer: Viewer, id: string, lock = false): Promise<WebhookEndpointRow> {
    const endpoint = await repo.findEndpoint(em, viewer.tenantId, id, lock);
    if (!endpoint) throw notFound();
    return endpoint;
  }
}

function notFound(): DomainError {
  return new DomainError('NOT_FOUND', 'Webhook endpoint not found.');
}

function disabled(): DomainError {
  return new DomainError('INVALID_STATE', 'The endpoint is disabled: enable it first.');
}
