import { getMetadataArgsStorage } from 'typeorm';
import { ClientEntity } from './client.entity';

/** Columns only the server reads: search keys, ciphertexts and their hashes, the tenant. */
const INTERNAL = ['tenantId', 'numberSortKey', 'nameLf', 'nameFl', 'firstWord', 'dedupeKey', 'searchText', 'idCardEncrypted', 'idCardHash',
  'passportEncrypted', 'passportHash'] as const;

/** A client as lists show it: the card without its internal columns (what mapClient needs). */
export type ClientRow = Omit<ClientEntity, (typeof INTERNAL)[number]> & { hasIdentityDocuments: boolean };

/**
 * The select list of a client row, aliased to property names so rows need no renaming, read from the
 * entity's decorators so a new column shows up here by itself. On a list page this replaced `c.*` and a
 * per-row snake_case → camelCase copy (tools/bench CPU profile). `only`: just these columns (and the id).
 */
export function clientRowColumns(alias: string, only: readonly string[] | null = null): string {
  const key = `${alias}|${only?.join(',') ?? '*'}`;
  let sql = selectLists.get(key);
  if (sql === undefined) {
    const wanted = only ? new Set(only) : null;
    const parts = COLUMNS.filter(([, property]) => !wanted || property === 'id' || wanted.has(property))
      .map(([column, property]) => `${alias}.${column} as "${property}"`);
    if (!wanted || wanted.has('hasIdentityDocuments')) {
      parts.push(`(${alias}.id_card_encrypted is not null or ${alias}.passport_encrypted is not null) as "hasIdentityDocuments"`);
    }
    sql = parts.join(', ');
    if (selectLists.size < 1000) selectLists.set(key, sql);
  }
  return sql;
}

const selectLists = new Map<string, string>();
const internal = new Set<string>(INTERNAL);
const COLUMNS: [string, string][] = getMetadataArgsStorage().filterColumns(ClientEntity)
  .filter((c) => !internal.has(c.propertyName))
  .map((c) => [c.options.name ?? c.propertyName, c.propertyName]);
