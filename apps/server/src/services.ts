import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { FieldEncryption, loadMasterKey } from './crypto/field-encryption';
import { ClassificationService } from './modules/classification/classification.service';
import { ClientQueryService } from './modules/client/client-query.service';
import { ClientService } from './modules/client/client.service';
import { ConsentService } from './modules/consent/consent.service';
import { ApiKeyRateLimiter } from './modules/api-keys/api-key-rate-limit';
import { ApiKeyService } from './modules/api-keys/api-key.service';
import { EventHub } from './modules/events/event-hub';
import { EventService } from './modules/events/event.service';
import { ClientPhotoService } from './modules/files/client-photo.service';
import { LocalFileStorage, type FileStorage } from './modules/files/file-storage';
import { Signal } from './modules/events/signal';
import { AuthService } from './modules/staff/auth.service';
import { StaffService } from './modules/staff/staff.service';
import { WebhookService } from './modules/webhooks/webhook.service';

/** The use cases, built once per process and handed to resolvers through the request context. */
export interface Services {
  ds: DataSource;
  auth: AuthService;
  staff: StaffService;
  clients: ClientService;
  clientQueries: ClientQueryService;
  classification: ClassificationService;
  consents: ConsentService;
  encryption: FieldEncryption;
  apiKeys: ApiKeyService;
  apiKeyLimiter: ApiKeyRateLimiter;
  events: EventService;
  webhooks: WebhookService;
  /** Uploaded files: local disk under DATA_DIR/files (an S3-compatible storage can implement the same interface). */
  files: FileStorage;
  clientPhotos: ClientPhotoService;
  /** This process's fan-out to its GraphQL subscriptions (fed by the outbox dispatcher). */
  eventHub: EventHub;
  /** "New webhook deliveries may be due": wakes this process's webhook worker. */
  webhookWake: Signal;
}

export function createServices(
  ds: DataSource, config: Pick<Config, 'SESSION_TTL_HOURS' | 'ENCRYPTION_KEY' | 'DATA_DIR' | 'NODE_ENV'>, log: Logger = pino({ level: 'silent' }),
): Services {
  const auth = new AuthService(ds, config.SESSION_TTL_HOURS);
  const consents = new ConsentService(ds);
  const encryption = new FieldEncryption(loadMasterKey(config.ENCRYPTION_KEY, config.DATA_DIR));
  const webhookWake = new Signal();
  const files = new LocalFileStorage(path.join(config.DATA_DIR, 'files'));
  return {
    ds,
    auth,
    staff: new StaffService(ds, auth),
    clients: new ClientService(ds, encryption, consents),
    clientQueries: new ClientQueryService(ds),
    classification: new ClassificationService(ds),
    consents,
    encryption,
    apiKeys: new ApiKeyService(ds),
    apiKeyLimiter: new ApiKeyRateLimiter(),
    events: new EventService(ds),
    webhooks: new WebhookService(ds, encryption, { production: config.NODE_ENV === 'production', wake: webhookWake }),
    files,
    clientPhotos: new ClientPhotoService(ds, files, log),
    eventHub: new EventHub(),
    webhookWake,
  };
}
