import { FieldIssue } from '../errors';
import { addFieldIssue } from '../parse-with';
import { checkContactList, checkUniqueValues } from './contact-lists';

type Ctx = Parameters<typeof addFieldIssue>[0];

/**
 * F1.1: a person needs a first or a last name (either is enough: "Pani Ania" at the desk); a company needs its
 * name. Reads raw values defensively, as it runs even when other fields failed.
 */
export function clientNameIssues(card: { kind?: unknown; firstName?: unknown; lastName?: unknown; companyName?: unknown }): FieldIssue[] {
  const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (card.kind === 'COMPANY') {
    return filled(card.companyName) ? [] : [{ path: ['companyName'], code: 'REQUIRED', message: 'A company needs its name' }];
  }
  if (filled(card.firstName) || filled(card.lastName)) return [];
  return [
    { path: ['firstName'], code: 'REQUIRED', message: 'A person needs a first or a last name' },
    { path: ['lastName'], code: 'REQUIRED', message: 'A person needs a first or a last name' },
  ];
}

/** Cross-field checks of the lists a card carries, for create and update alike. */
export function checkClientLists(card: Record<string, unknown>, ctx: Ctx): void {
  checkContactList(card.phones, 'number', ctx, ['phones']);
  checkContactList(card.emails, 'address', ctx, ['emails']);
  checkUniqueValues(card.customFields, ctx, ['customFields'], (item) =>
    item && typeof item === 'object' && typeof (item as { fieldId?: unknown }).fieldId === 'string'
      ? (item as { fieldId: string }).fieldId
      : undefined,
  );
  checkUniqueValues(card.consents, ctx, ['consents'], (item) =>
    item && typeof item === 'object' && typeof (item as { purposeKey?: unknown }).purposeKey === 'string'
      ? (item as { purposeKey: string }).purposeKey
      : undefined,
  );
}

export function reportIssues(ctx: Ctx, issues: readonly FieldIssue[]): void {
  for (const i of issues) addFieldIssue(ctx, i.code, i.message, i.path, i.params);
}
