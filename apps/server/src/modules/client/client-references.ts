import { DomainError, type FieldIssue, validateCustomFieldValues, type ClientCard } from '@kartoteka/domain';
import type { EntityManager } from 'typeorm';
import { classificationRepository as classes } from '../classification/classification.repository';
import type { CardSnapshot } from './client-card';

const BUILT_IN_PHONE_TYPES = new Set(['MOBILE', 'WORK', 'HOME']);

/**
 * Checks what the card points at inside the business (groups, source, staff member, phone types, custom fields)
 * and normalises custom-field values against their definitions. Unknown ids are field errors, not 500s, and
 * ids of another business are simply unknown here (row-level security hides them).
 */
export async function resolveCardReferences(em: EntityManager, tenantId: string, card: CardSnapshot): Promise<CardSnapshot> {
  const issues: FieldIssue[] = [];
  const groups = await classes.existingGroupIds(em, tenantId, card.groupIds ?? []);
  (card.groupIds ?? []).forEach((id, i) => {
    if (!groups.has(id)) issues.push({ path: ['groupIds', i], code: 'INVALID_CHOICE', message: 'Unknown group.' });
  });
  if (card.sourceId && !(await classes.sourceExists(em, tenantId, card.sourceId))) {
    issues.push({ path: ['sourceId'], code: 'INVALID_CHOICE', message: 'Unknown source.' });
  }
  if (card.assignedStaffId && !(await classes.staffAcceptingVisits(em, tenantId, card.assignedStaffId))) {
    issues.push({ path: ['assignedStaffId'], code: 'INVALID_CHOICE', message: 'Not an active staff member who accepts visits.' });
  }
  for (const [i, phone] of card.phones.entries()) {
    if (!BUILT_IN_PHONE_TYPES.has(phone.typeKey) && !(await isCustomPhoneType(em, tenantId, phone.typeKey))) {
      issues.push({ path: ['phones', i, 'typeKey'], code: 'INVALID_CHOICE', message: 'Unknown phone type.' });
    }
  }
  const definitions = await classes.activeCustomFields(em, tenantId);
  const custom = validateCustomFieldValues(
    definitions.map((d) => ({ id: d.id, key: d.key, label: d.label, type: d.type, options: d.options, required: d.isRequired, appliesTo: d.appliesTo })),
    card.customFields ?? [],
    card.kind,
  );
  issues.push(...custom.issues);
  if (issues.length) throw new DomainError('VALIDATION_FAILED', 'Some values are not valid.', issues);
  return { ...card, customFields: custom.values as ClientCard['customFields'] };
}

async function isCustomPhoneType(em: EntityManager, tenantId: string, typeKey: string): Promise<boolean> {
  return /^[0-9a-f-]{36}$/i.test(typeKey) && classes.phoneTypeExists(em, tenantId, typeKey);
}
