import DataLoader from 'dataloader';
import type { TenantReader } from '../../db/request-reads';
import type { Viewer } from '../../graphql/context';
import { CustomFieldDefinitionEntity, GroupEntity, SourceEntity, TagEntity } from '../classification/classification.entities';
import type { ConsentService, ConsentStateRow } from '../consent/consent.service';
import { ClientAddressEntity, ClientEmailEntity, ClientPhoneEntity } from './client-children.entities';

export interface StaffRef { id: string; displayName: string }

/**
 * Per-request batching for the fields of a client page: 50 clients with phones, e-mails, groups and tags cost
 * one query per relation, not one per client.
 */
export function createClientLoaders(scoped: TenantReader, viewer: Viewer, consents: ConsentService) {
  const t = viewer.tenantId;
  const byClient = <E extends { clientId: string }>(rows: E[], ids: readonly string[]) =>
    ids.map((id) => rows.filter((r) => r.clientId === id));

  return {
    phones: new DataLoader<string, ClientPhoneEntity[]>(async (ids) => byClient(await scoped((em) =>
      em.getRepository(ClientPhoneEntity).createQueryBuilder('p').where('p.tenant_id = :t and p.client_id = any(:ids)', { t, ids: [...ids] })
        .orderBy('p.position').getMany()), ids)),
    emails: new DataLoader<string, ClientEmailEntity[]>(async (ids) => byClient(await scoped((em) =>
      em.getRepository(ClientEmailEntity).createQueryBuilder('e').where('e.tenant_id = :t and e.client_id = any(:ids)', { t, ids: [...ids] })
        .orderBy('e.position').getMany()), ids)),
    addresses: new DataLoader<string, ClientAddressEntity[]>(async (ids) => byClient(await scoped((em) =>
      em.getRepository(ClientAddressEntity).createQueryBuilder('a').where('a.tenant_id = :t and a.client_id = any(:ids)', { t, ids: [...ids] })
        .orderBy('a.position').getMany()), ids)),
    groups: new DataLoader<string, GroupEntity[]>(async (ids) => {
      const rows: (GroupEntity & { clientId: string })[] = await scoped((em) => em.query(
        `select g.id, g.name, g.color, g.created_at as "createdAt", cg.client_id as "clientId"
           from client_groups cg join groups g on g.tenant_id = cg.tenant_id and g.id = cg.group_id
          where cg.tenant_id = $1 and cg.client_id = any($2::uuid[]) order by g.name`, [t, [...ids]]));
      return byClient(rows, ids);
    }),
    tags: new DataLoader<string, TagEntity[]>(async (ids) => {
      const rows: (TagEntity & { clientId: string })[] = await scoped((em) => em.query(
        `select g.id, g.name, g.created_at as "createdAt", ct.client_id as "clientId"
           from client_tags ct join tags g on g.tenant_id = ct.tenant_id and g.id = ct.tag_id
          where ct.tenant_id = $1 and ct.client_id = any($2::uuid[]) order by g.name`, [t, [...ids]]));
      return byClient(rows, ids);
    }),
    sources: new DataLoader<string, SourceEntity | null>(async (ids) => {
      const rows = await scoped((em) => em.getRepository(SourceEntity).createQueryBuilder('s')
        .where('s.tenant_id = :t and s.id = any(:ids)', { t, ids: [...ids] }).getMany());
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    staff: new DataLoader<string, StaffRef | null>(async (ids) => {
      const rows: StaffRef[] = await scoped((em) => em.query(
        `select m.id, a.display_name as "displayName" from memberships m join staff_accounts a on a.id = m.account_id
          where m.tenant_id = $1 and m.id = any($2::uuid[])`, [t, [...ids]]));
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    consents: new DataLoader<string, ConsentStateRow[]>(async (ids) => {
      const map = await consents.currentState(viewer, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    customFieldDefinitions: new DataLoader<'all', CustomFieldDefinitionEntity[]>(async (keys) => {
      const defs = await scoped((em) => em.getRepository(CustomFieldDefinitionEntity).find({ where: { tenantId: t }, order: { position: 'ASC' } }));
      return keys.map(() => defs);
    }),
  };
}

export type ClientLoaders = ReturnType<typeof createClientLoaders>;
