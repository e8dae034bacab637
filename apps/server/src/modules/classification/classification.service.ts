import {
  assertActorCan, customFieldDefinitionSchema, DomainError, normalizeForSearch, parseWith, classificationNameSchema,
  type CustomFieldDefinitionInput,
} from '@kartoteka/domain';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { inTenant } from '../../db/tenant-scope';
import { staffMembershipId, type Viewer } from '../../graphql/context';
import { appendEvent } from '../events/outbox';
import { assertBulkSize } from '../client/client.service';
import { clientRepository } from '../client/client.repository';
import {
  CustomFieldDefinitionEntity, GroupEntity, PhoneTypeEntity, SourceEntity, TagEntity,
} from './classification.entities';

type NamedEntity = GroupEntity | SourceEntity | TagEntity | PhoneTypeEntity;
export type NamedKind = 'group' | 'source' | 'tag' | 'phoneType';

const TARGETS: Record<NamedKind, EntityTarget<NamedEntity>> = {
  group: GroupEntity, source: SourceEntity, tag: TagEntity, phoneType: PhoneTypeEntity,
};

/**
 * The business's own lists (F1.7, F10.2): groups, tags, sources, phone types and custom fields, plus the bulk
 * actions on a list selection (assign or remove groups and tags on many clients at once).
 */
export class ClassificationService {
  constructor(private readonly ds: DataSource) {}

  list<T extends NamedEntity>(viewer: Viewer, kind: NamedKind): Promise<T[]> {
    return inTenant(this.ds, viewer, (em) =>
      em.getRepository(TARGETS[kind]).find({ where: { tenantId: viewer.tenantId }, order: { name: 'ASC' } }) as Promise<T[]>);
  }

  async create(viewer: Viewer, kind: NamedKind, rawName: string, extra: Partial<GroupEntity> = {}): Promise<NamedEntity> {
    assertActorCan(viewer, 'classification:manage');
    const name = parseWith(classificationNameSchema, rawName);
    return inTenant(this.ds, viewer, async (em) => {
      await this.assertNameFree(em, kind, viewer.tenantId, name, null);
      const repo = em.getRepository(TARGETS[kind]);
      return repo.save(repo.create({ tenantId: viewer.tenantId, name, nameKey: normalizeForSearch(name), ...extra } as NamedEntity));
    });
  }

  async rename(viewer: Viewer, kind: NamedKind, id: string, rawName: string, extra: Partial<GroupEntity & SourceEntity> = {}): Promise<NamedEntity> {
    assertActorCan(viewer, 'classification:manage');
    const name = parseWith(classificationNameSchema, rawName);
    return inTenant(this.ds, viewer, async (em) => {
      const repo = em.getRepository(TARGETS[kind]);
      const existing = await repo.findOne({ where: { tenantId: viewer.tenantId, id } });
      if (!existing) throw new DomainError('NOT_FOUND', 'Not found.');
      await this.assertNameFree(em, kind, viewer.tenantId, name, id);
      return repo.save({ ...existing, ...extra, name, nameKey: normalizeForSearch(name) } as NamedEntity);
    });
  }

  /** Deleting a group or tag removes it from every client; a source in use is archived instead of deleted. */
  async remove(viewer: Viewer, kind: NamedKind, id: string): Promise<boolean> {
    assertActorCan(viewer, 'classification:manage');
    return inTenant(this.ds, viewer, async (em) => {
      const repo = em.getRepository(TARGETS[kind]);
      const existing = await repo.findOne({ where: { tenantId: viewer.tenantId, id } });
      if (!existing) throw new DomainError('NOT_FOUND', 'Not found.');
      if (kind === 'source') {
        const used = await em.query(`select 1 from clients where tenant_id = $1 and source_id = $2 limit 1`, [viewer.tenantId, id]);
        if (used.length) {
          await em.getRepository(SourceEntity).update({ tenantId: viewer.tenantId, id }, { isArchived: true });
          return true;
        }
      }
      if (kind === 'phoneType') {
        const used = await em.query(`select 1 from client_phones where tenant_id = $1 and type_key = $2 limit 1`, [viewer.tenantId, id]);
        if (used.length) throw new DomainError('INVALID_STATE', 'Phones of this type exist: change them first.');
      }
      await repo.delete({ tenantId: viewer.tenantId, id });
      return true;
    });
  }

  /** Merges tags into one: clients keep a single copy of the target tag, the merged tags disappear (F1.7). */
  async mergeTags(viewer: Viewer, sourceIds: string[], targetId: string): Promise<TagEntity> {
    assertActorCan(viewer, 'classification:manage');
    const sources = [...new Set(sourceIds)].filter((id) => id !== targetId);
    return inTenant(this.ds, viewer, async (em) => {
      const tags = em.getRepository(TagEntity);
      const target = await tags.findOne({ where: { tenantId: viewer.tenantId, id: targetId } });
      const found = await em.query(`select id from tags where tenant_id = $1 and id = any($2::uuid[])`, [viewer.tenantId, sources]);
      if (!target || found.length !== sources.length) throw new DomainError('NOT_FOUND', 'Tag not found.');
      await em.query(
        `insert into client_tags (tenant_id, client_id, tag_id)
         select tenant_id, client_id, $2 from client_tags where tenant_id = $1 and tag_id = any($3::uuid[])
         on conflict do nothing`, [viewer.tenantId, targetId, sources]);
      await em.query(`delete from tags where tenant_id = $1 and id = any($2::uuid[])`, [viewer.tenantId, sources]);
      return target;
    });
  }

  /** Adds or removes groups on many clients; each client that changes gets a new version and an event. */
  async setGroupsOnClients(viewer: Viewer, clientIds: string[], groupIds: string[], mode: 'ADD' | 'REMOVE'): Promise<number> {
    return this.bulkMembership(viewer, clientIds, groupIds, mode, 'client_groups', 'group_id', 'groups', 'groupIds');
  }

  async setTagsOnClients(viewer: Viewer, clientIds: string[], tagIds: string[], mode: 'ADD' | 'REMOVE'): Promise<number> {
    return this.bulkMembership(viewer, clientIds, tagIds, mode, 'client_tags', 'tag_id', 'tags', 'tags');
  }

  listCustomFields(viewer: Viewer, includeArchived = false): Promise<CustomFieldDefinitionEntity[]> {
    return inTenant(this.ds, viewer, (em) =>
      em.getRepository(CustomFieldDefinitionEntity).find({
        where: includeArchived ? { tenantId: viewer.tenantId } : { tenantId: viewer.tenantId, isArchived: false },
        order: { position: 'ASC', createdAt: 'ASC' },
      }));
  }

  async saveCustomField(viewer: Viewer, raw: CustomFieldDefinitionInput & { id?: string | null; isArchived?: boolean | null }): Promise<CustomFieldDefinitionEntity> {
    assertActorCan(viewer, 'classification:manage');
    const input = parseWith(customFieldDefinitionSchema, raw);
    return inTenant(this.ds, viewer, async (em) => {
      const repo = em.getRepository(CustomFieldDefinitionEntity);
      const all = await repo.find({ where: { tenantId: viewer.tenantId } });
      const existing = raw.id ? all.find((f) => f.id === raw.id) : undefined;
      if (raw.id && !existing) throw new DomainError('NOT_FOUND', 'Custom field not found.');
      if (existing && existing.type !== input.type) {
        // stored values were validated against the old type: changing it would make them lie
        throw new DomainError('VALIDATION_FAILED', 'The type of an existing field cannot change.', [
          { path: ['type'], code: 'NOT_ALLOWED', message: 'The type of an existing field cannot change.' },
        ]);
      }
      const key = existing?.key ?? input.key;
      if (!existing && all.some((f) => f.key === key)) {
        throw new DomainError('ALREADY_EXISTS', 'A field with this key exists.', [{ path: ['key'], code: 'DUPLICATE', message: 'A field with this key exists.' }]);
      }
      return repo.save(repo.create({
        ...(existing ?? { tenantId: viewer.tenantId, position: all.length }),
        key, label: input.label, type: input.type, options: input.options ?? [], isRequired: input.required,
        appliesTo: input.appliesTo ?? 'ALL', isArchived: raw.isArchived ?? existing?.isArchived ?? false,
      }));
    });
  }

  private async bulkMembership(
    viewer: Viewer, clientIds: string[], itemIds: string[], mode: 'ADD' | 'REMOVE',
    table: 'client_groups' | 'client_tags', column: 'group_id' | 'tag_id', itemTable: 'groups' | 'tags', field: string,
  ): Promise<number> {
    assertActorCan(viewer, 'client:bulkUpdate');
    const clients = [...new Set(clientIds)];
    const items = [...new Set(itemIds)];
    assertBulkSize(clients);
    return inTenant(this.ds, viewer, async (em) => {
      const known = await em.query(`select id from ${itemTable} where tenant_id = $1 and id = any($2::uuid[])`, [viewer.tenantId, items]);
      if (known.length !== items.length || !items.length) {
        throw new DomainError('VALIDATION_FAILED', 'Unknown group or tag.', [{ path: [field], code: 'INVALID_CHOICE', message: 'Unknown group or tag.' }]);
      }
      const rows = await clientRepository.lockManyForUpdate(em, viewer.tenantId, clients);
      if (rows.length !== clients.length) throw new DomainError('NOT_FOUND', 'Client not found.');
      const before = await this.membershipOf(em, viewer.tenantId, clients, table, column, itemTable);
      const changed: { client_id: string }[] = mode === 'ADD'
        ? await em.query(
          `insert into ${table} (tenant_id, client_id, ${column})
           select $1, c, i from unnest($2::uuid[]) c cross join unnest($3::uuid[]) i
           on conflict do nothing returning client_id`, [viewer.tenantId, clients, items])
        : await em.query(
          `with gone as (delete from ${table} where tenant_id = $1 and client_id = any($2::uuid[]) and ${column} = any($3::uuid[])
           returning client_id) select client_id from gone`, [viewer.tenantId, clients, items]);
      const changedIds = [...new Set(changed.map((r) => r.client_id))];
      const after = await this.membershipOf(em, viewer.tenantId, changedIds, table, column, itemTable);
      for (const row of rows.filter((r) => changedIds.includes(r.id))) {
        const version = row.version + 1;
        await clientRepository.update(em, viewer.tenantId, row.id, { version, updatedAt: new Date(), updatedById: staffMembershipId(viewer) });
        await appendEvent(em, viewer, 'client.updated', row.id, {
          // the whole list before and after, in the same shape as the changes of a card edit
          clientId: row.id, version,
          changes: [{ field, from: listValue(before.get(row.id) ?? [], field), to: listValue(after.get(row.id) ?? [], field) }],
        });
      }
      return changedIds.length;
    });
  }

  /** The groups or tags each client has now, as {id, name}. */
  private async membershipOf(
    em: EntityManager, tenantId: string, clientIds: string[], table: string, column: string, itemTable: string,
  ): Promise<Map<string, { id: string; name: string }[]>> {
    const rows: { client_id: string; id: string; name: string }[] = await em.query(
      `select m.client_id, i.id, i.name from ${table} m join ${itemTable} i on i.tenant_id = m.tenant_id and i.id = m.${column}
        where m.tenant_id = $1 and m.client_id = any($2::uuid[])`, [tenantId, clientIds]);
    const map = new Map<string, { id: string; name: string }[]>();
    for (const r of rows) map.set(r.client_id, [...(map.get(r.client_id) ?? []), { id: r.id, name: r.name }]);
    return map;
  }

  private async assertNameFree(em: EntityManager, kind: NamedKind, tenantId: string, name: string, exceptId: string | null): Promise<void> {
    const clash = await em.getRepository(TARGETS[kind]).findOne({ where: { tenantId, nameKey: normalizeForSearch(name) } });
    if (clash && clash.id !== exceptId) {
      throw new DomainError('ALREADY_EXISTS', 'This name is already used.', [
        { path: ['name'], code: 'DUPLICATE', message: kind === 'tag' ? 'A tag with this name exists: merge them instead.' : 'This name is already used.' },
      ]);
    }
  }
}

/** groupIds are compared as sorted ids, tags as sorted names: the same shape diffClientFields gives a card edit. */
function listValue(items: { id: string; name: string }[], field: string): string[] {
  return field === 'tags'
    ? items.map((i) => i.name).sort((a, b) => a.localeCompare(b, 'pl'))
    : items.map((i) => i.id).sort();
}
