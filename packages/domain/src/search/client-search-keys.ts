import type { ClientKind } from '../client/client-kind';
import { normalizeForSearch } from '../contact/search-normalize';

/**
 * The derived, indexed columns of a client row (F5.1, F5.3), computed in one place so that the server, imports
 * and the seed tools write identical values:
 * - nameLf ("kowalska anna") sorts and prefix-searches by surname; nameFl ("anna kowalska") by first name.
 *   Companies use the company name in both.
 * - numberSortKey sorts client numbers naturally: every run of digits is zero-padded to 12, so "2" < "10" and
 *   "A-2" < "A-10" under the "C" collation, and numeric numbers come before ones starting with a letter.
 * - searchText is what the trigram index sees: both name orders, the company, e-mails, the number and tags,
 *   normalised like every search input.
 */

export type ClientSearchKeyInput = {
  kind: ClientKind;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  clientNumber: string;
  emails?: readonly string[] | null;
  tags?: readonly string[] | null;
};

export type ClientSearchKeys = { nameLf: string; nameFl: string; numberSortKey: string; searchText: string };

export function clientNumberSortKey(clientNumber: string): string {
  return clientNumber.trim().toUpperCase().replace(/\d+/g, (run) => run.replace(/^0+(?=\d)/, '').padStart(12, '0'));
}

export function clientSearchKeys(c: ClientSearchKeyInput): ClientSearchKeys {
  const company = normalizeForSearch(c.companyName ?? '');
  const lf = normalizeForSearch(`${c.lastName ?? ''} ${c.firstName ?? ''}`);
  const fl = normalizeForSearch(`${c.firstName ?? ''} ${c.lastName ?? ''}`);
  const isCompany = c.kind === 'COMPANY' && company !== '';
  const nameLf = isCompany ? company : lf || company;
  const nameFl = isCompany ? company : fl || company;
  const parts = [nameLf, nameFl !== nameLf ? nameFl : '', company && company !== nameLf ? company : '', ...(c.emails ?? []), c.clientNumber, ...(c.tags ?? [])];
  const searchText = normalizeForSearch(parts.filter(Boolean).join(' '));
  return { nameLf, nameFl, numberSortKey: clientNumberSortKey(c.clientNumber), searchText };
}
