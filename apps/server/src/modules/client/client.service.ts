import {
  assertActorCan, clientCreateSchema, clientUpdateSchema, diffClientFields, DomainError, formatClientNumber,
  parseWith, quickCreateClientSchema, quickToFullClientInput, type ClientCreateInput, type ClientUpdateInput,
  type QuickCreateClientInput, searchDictionaryTerms,
} from '@kartoteka/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { FieldEncryption } from '../../crypto/field-encryption';
import { inTenant } from '../../db/tenant-scope';
import { staffMembershipId, type Viewer } from '../../graphql/context';
import { classificationRepository as classes } from '../classification/classification.repository';
import type { ConsentService } from '../consent/consent.service';
import { appendEvent } from '../events/outbox';
import { addressRows, columnsFromCard, emailRows, phoneRows, snapshotFromRecord, type CardSnapshot } from './client-card';
import { resolveCardReferences } from './client-references';
import type { ClientEntity, CreatedVia } from './client.entity';
import { clientRepository as repo } from './client.repository';
import { IdentityDocumentsVault } from './identity-documents';

export interface WriteMeta {
  via: CreatedVia;
  consentMethod?: 'STAFF_OUTSIDE_SYSTEM' | 'API' | 'IMPORT' | 'ONLINE_FORM';
}

/** Use cases of the client card: load, apply the domain rule, save and emit in one transaction. */
export class ClientService {
  private readonly vault: IdentityDocumentsVault;

  constructor(private readonly ds: DataSource, encryption: FieldEncryption, private readonly consents: ConsentService) {
    this.vault = new IdentityDocumentsVault(encryption);
  }

  async get(viewer: Viewer, id: string, opts: { includeDeleted?: boolean } = {}): Promise<ClientEntity | null> {
    assertActorCan(viewer, 'client:read');
    return inTenant(this.ds, viewer, (em) => repo.findById(em, viewer.tenantId, id, opts));
  }

  async create(viewer: Viewer, raw: ClientCreateInput, meta: WriteMeta = { via: 'STAFF_FORM' }): Promise<ClientEntity> {
    assertActorCan(viewer, 'client:create');
    // a partner app's client is created "through the API", and the consents it sends were collected by it
    if (viewer.kind === 'apiKey') meta = { via: 'API', consentMethod: 'API' };
    // identity documents never enter the card snapshot: it becomes an event payload that partners receive
    const { consents, identityDocuments, ...parsed } = parseWith(clientCreateSchema, raw);
    return inTenant(this.ds, viewer, async (em) => {
      const card = await resolveCardReferences(em, viewer.tenantId, parsed);
      const clientNumber = await this.assignNumber(em, viewer.tenantId, card.clientNumber ?? null);
      const tags = await classes.upsertTagsByName(em, viewer.tenantId, card.tags ?? []);
      const client = await repo.insert(em, {
        ...columnsFromCard(card, clientNumber),
        ...this.vault.columnsFor(identityDocuments ?? null),
        tenantId: viewer.tenantId,
        version: 1,
        createdVia: meta.via,
        createdById: staffMembershipId(viewer),
        updatedById: staffMembershipId(viewer),
      });
      await this.writeChildren(em, viewer.tenantId, client.id, card, tags.map((t) => t.id));
      const snapshot = { ...card, clientNumber, tags: tags.map((t) => t.name) };
      await appendEvent(em, viewer, 'client.created', client.id, {
        clientId: client.id, version: 1, createdVia: meta.via, client: snapshot,
      });
      if (consents.length) {
        await this.consents.recordChoices(em, viewer, client.id, consents, meta.consentMethod ?? 'STAFF_OUTSIDE_SYSTEM');
      }
      return client;
    });
  }

  async quickCreate(viewer: Viewer, raw: QuickCreateClientInput, meta: WriteMeta = { via: 'QUICK_ADD' }): Promise<ClientEntity> {
    const quick = parseWith(quickCreateClientSchema, raw);
    return this.create(viewer, quickToFullClientInput(quick), meta);
  }

  /**
   * Applies a patch to the version the user read. A newer saved version is refused with VERSION_CONFLICT,
   * carrying the current card and what changed since, so the admin can show it and let the user re-apply.
   */
  async update(viewer: Viewer, raw: ClientUpdateInput & { id: string }): Promise<ClientEntity> {
    assertActorCan(viewer, 'client:update');
    const { id, ...rest } = raw;
    const patch = parseWith(clientUpdateSchema, rest);
    return inTenant(this.ds, viewer, async (em) => {
      const current = await repo.lockForUpdate(em, viewer.tenantId, id);
      if (!current || current.deletedAt) throw notFound();
      const before = await this.snapshot(em, current);
      if (current.version !== patch.version) {
        throw new DomainError('VERSION_CONFLICT', 'Someone else saved this client in the meantime.', [], {
          currentVersion: current.version, current: before, updatedAt: current.updatedAt.toISOString(),
        });
      }
      const { version: _v, identityDocuments, ...changes } = patch;
      const { consents: _consents, identityDocuments: _docs, ...merged } = parseWith(clientCreateSchema, { ...before, ...stripUndefined(changes) });
      const card = await resolveCardReferences(em, viewer.tenantId, merged);
      const clientNumber = card.clientNumber && card.clientNumber !== current.clientNumber
        ? await this.assignNumber(em, viewer.tenantId, card.clientNumber, current.id)
        : current.clientNumber;
      const tags = await classes.upsertTagsByName(em, viewer.tenantId, card.tags ?? []);
      const after: CardSnapshot = { ...card, clientNumber, tags: tags.map((t) => t.name).sort((a, b) => a.localeCompare(b, 'pl')), groupIds: [...(card.groupIds ?? [])].sort() };
      const changed = diffClientFields(before, after);
      const identityChanged = identityDocuments !== undefined;
      if (!changed.length && !identityChanged) return current;
      const version = current.version + 1;
      await repo.update(em, viewer.tenantId, id, {
        ...columnsFromCard(after, clientNumber),
        ...(identityChanged ? this.vault.columnsFor(identityDocuments ?? null) : {}),
        version,
        updatedAt: new Date(),
        updatedById: staffMembershipId(viewer),
      });
      await this.writeChildren(em, viewer.tenantId, id, after, tags.map((t) => t.id));
      await appendEvent(em, viewer, 'client.updated', id, {
        clientId: id, version,
        changes: [...changed, ...(identityChanged ? [{ field: 'identityDocuments', from: '***', to: '***' }] : [])],
      });
      return (await repo.findById(em, viewer.tenantId, id))!;
    });
  }

  /** Active / inactive for one client or many at once (a list selection); one event per changed client. */
  async setStatus(viewer: Viewer, ids: string[], active: boolean): Promise<ClientEntity[]> {
    const unique = [...new Set(ids)];
    assertActorCan(viewer, unique.length > 1 ? 'client:bulkUpdate' : 'client:update');
    assertBulkSize(unique);
    return inTenant(this.ds, viewer, async (em) => {
      const rows = await repo.lockManyForUpdate(em, viewer.tenantId, unique);
      if (rows.length !== unique.length) throw notFound();
      const status = (isActive: boolean) => (isActive ? 'ACTIVE' : 'INACTIVE');
      for (const row of rows.filter((r) => r.isActive !== active)) {
        const version = row.version + 1;
        await repo.update(em, viewer.tenantId, row.id, { isActive: active, version, updatedAt: new Date(), updatedById: staffMembershipId(viewer) });
        await appendEvent(em, viewer, 'client.updated', row.id, {
          clientId: row.id, version, changes: [{ field: 'status', from: status(row.isActive), to: status(active) }],
        });
      }
      return repo.findByIds(em, viewer.tenantId, unique);
    });
  }

  async delete(viewer: Viewer, id: string): Promise<ClientEntity> {
    assertActorCan(viewer, 'client:delete');
    return inTenant(this.ds, viewer, async (em) => {
      const current = await repo.lockForUpdate(em, viewer.tenantId, id);
      if (!current || current.deletedAt) throw notFound();
      const version = current.version + 1;
      await repo.update(em, viewer.tenantId, id, { deletedAt: new Date(), version, updatedAt: new Date(), updatedById: staffMembershipId(viewer) });
      await appendEvent(em, viewer, 'client.deleted', id, { clientId: id, version, clientNumber: current.clientNumber });
      return (await repo.findById(em, viewer.tenantId, id, { includeDeleted: true }))!;
    });
  }

  /** A restored client keeps its number unless another client took it meanwhile; then it gets a new one. */
  async restore(viewer: Viewer, id: string): Promise<ClientEntity> {
    assertActorCan(viewer, 'client:restore');
    return inTenant(this.ds, viewer, async (em) => {
      const current = await repo.lockForUpdate(em, viewer.tenantId, id);
      if (!current || !current.deletedAt) throw notFound();
      const clientNumber = (await repo.isNumberTaken(em, viewer.tenantId, current.clientNumber, id))
        ? await this.assignNumber(em, viewer.tenantId, null)
        : current.clientNumber;
      const version = current.version + 1;
      await repo.update(em, viewer.tenantId, id, {
        deletedAt: null, clientNumber, version, updatedAt: new Date(), updatedById: staffMembershipId(viewer),
      });
      await appendEvent(em, viewer, 'client.restored', id, { clientId: id, version, clientNumber });
      return (await repo.findById(em, viewer.tenantId, id))!;
    });
  }

  async readIdentityDocuments(viewer: Viewer, client: ClientEntity) {
    assertActorCan(viewer, 'client:readIdentityDocuments');
    if (!client.idCardEncrypted && !client.passportEncrypted) return null;
    await inTenant(this.ds, viewer, (em) => repo.logIdentityDocumentView(em, viewer.tenantId, client.id, staffMembershipId(viewer)!));
    return this.vault.read(client);
  }

  async snapshot(em: EntityManager, client: ClientEntity): Promise<CardSnapshot> {
    const children = await repo.loadChildren(em, client.tenantId, client.id);
    const tags = await classes.listTagsByIds(em, client.tenantId, children.tagIds);
    return snapshotFromRecord(client, children, tags.map((t) => t.name));
  }

  private async assignNumber(em: EntityManager, tenantId: string, requested: string | null, exceptId?: string): Promise<string> {
    if (requested) {
      if (await repo.isNumberTaken(em, tenantId, requested, exceptId)) {
        throw new DomainError('VALIDATION_FAILED', 'This client number is already used.', [
          { path: ['clientNumber'], code: 'DUPLICATE', message: 'This client number is already used by another client.' },
        ]);
      }
      if (!exceptId) await repo.nextCounterValue(em, tenantId);
      return requested;
    }
    // a number typed by hand may already hold the next counter value: skip it, never reuse
    for (;;) {
      const candidate = formatClientNumber(await repo.nextCounterValue(em, tenantId));
      if (!(await repo.isNumberTaken(em, tenantId, candidate))) return candidate;
    }
  }

  private async writeChildren(em: EntityManager, tenantId: string, clientId: string, card: CardSnapshot, tagIds: string[]): Promise<void> {
    await repo.replacePhones(em, tenantId, clientId, phoneRows(card));
    await repo.replaceEmails(em, tenantId, clientId, emailRows(card));
    await repo.replaceAddresses(em, tenantId, clientId, addressRows(card));
    await repo.replaceGroups(em, tenantId, clientId, card.groupIds ?? []);
    await repo.replaceTags(em, tenantId, clientId, tagIds);
    const keys = columnsFromCard(card, '');
    await repo.addSearchTerms(em, tenantId, searchDictionaryTerms(keys.nameLf ?? '', keys.nameFl ?? ''));
  }
}

export function assertBulkSize(ids: string[]): void {
  if (!ids.length || ids.length > 500) {
    throw new DomainError('VALIDATION_FAILED', 'Choose between 1 and 500 clients.', [
      { path: ['ids'], code: 'OUT_OF_RANGE', message: 'Choose between 1 and 500 clients.', params: { min: 1, max: 500 } },
    ]);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function notFound(): DomainError {
  return new DomainError('NOT_FOUND', 'Client not found.');
}
