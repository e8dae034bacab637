import { normalizeForSearch } from '../contact/search-normalize';
import type { ClientKind } from './client-kind';

/**
 * Names are stored as typed (only trimmed, spaces collapsed): no title-casing, because "McDonald", "de Vries" and
 * "Anna-Maria" are all correct as their owners write them.
 */
export const PERSON_NAME_MAX_LENGTH = 100;
/** Longer than person names: Polish legal names run long ("… spółka z ograniczoną odpowiedzialnością sp.k."). */
export const COMPANY_NAME_MAX_LENGTH = 200;

export type NamedClient = {
  kind: ClientKind;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
};

/** "Anna Kowalska" for a person, the company name for a company; falls back to whatever name exists. */
export function displayName(client: NamedClient): string {
  const person = [client.firstName, client.lastName].map((s) => s?.trim()).filter(Boolean).join(' ');
  const company = client.companyName?.trim() ?? '';
  return client.kind === 'COMPANY' ? company || person : person || company;
}

/**
 * The key lists sort by: "kowalska anna" for a person (surname first, as Polish client lists are read),
 * the company name for a company; normalised like search, so "Łukasiewicz" sorts with "L", not after "Z".
 */
export function sortName(client: NamedClient): string {
  if (client.kind === 'COMPANY' && client.companyName?.trim()) return normalizeForSearch(client.companyName);
  const key = normalizeForSearch(`${client.lastName ?? ''} ${client.firstName ?? ''}`);
  return key || normalizeForSearch(client.companyName ?? '');
}
