import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { FieldEncryption, loadMasterKey } from './crypto/field-encryption';
import { ClassificationService } from './modules/classification/classification.service';
import { ClientQueryService } from './modules/client/client-query.service';
import { ClientService } from './modules/client/client.service';
import { ConsentService } from './modules/consent/consent.service';
import { AuthService } from './modules/staff/auth.service';
import { StaffService } from './modules/staff/staff.service';

/** The use cases, built once per process and handed to resolvers through the request context. */
export interface Services {
  ds: DataSource;
  auth: AuthService;
  staff: StaffService;
  clients: ClientService;
  clientQueries: ClientQueryService;
  classification: ClassificationService;
  consents: ConsentService;
}

export function createServices(ds: DataSource, config: Pick<Config, 'SESSION_TTL_HOURS' | 'ENCRYPTION_KEY' | 'DATA_DIR'>): Services {
  const auth = new AuthService(ds, config.SESSION_TTL_HOURS);
  const consents = new ConsentService(ds);
  const encryption = new FieldEncryption(loadMasterKey(config.ENCRYPTION_KEY, config.DATA_DIR));
  return {
    ds,
    auth,
    staff: new StaffService(ds, auth),
    clients: new ClientService(ds, encryption, consents),
    clientQueries: new ClientQueryService(ds),
    classification: new ClassificationService(ds),
    consents,
  };
}
