import { requiredText } from '../common/text-fields';
import { normalizeForSearch } from '../contact/search-normalize';

/**
 * Names of the tenant's classification lists (F1.7, F10.2): groups ("Stali klienci", "Alergicy"), tags, sources
 * ("Skąd klient dowiedział się o nas") and phone types. Names are unique per tenant by `classificationNameKey`,
 * so "VIP" and "vip", or "Żółte" and "zolte", cannot both exist; renaming into an existing name is a merge
 * (tags) or a DUPLICATE (others), decided by the service.
 * 50 characters, like a tag typed on a card, so every name can also be a tag.
 */
export const CLASSIFICATION_NAME_MAX_LENGTH = 50;

export const classificationNameSchema = requiredText(CLASSIFICATION_NAME_MAX_LENGTH);

export function classificationNameKey(name: string): string {
  return normalizeForSearch(name);
}
