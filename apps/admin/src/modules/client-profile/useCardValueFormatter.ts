import { formatPartialDate, formatPhone, type PartialDate } from '@kartoteka/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { useReferenceData } from '../reference/useReferenceData';

/** Where a card field's label lives in the translations (field names are the domain's). */
const LABEL_KEYS: Record<string, string> = {
  kind: 'form.fields.kind', firstName: 'form.fields.firstName', lastName: 'form.fields.lastName', companyName: 'form.fields.companyName',
  clientNumber: 'form.fields.clientNumber', phones: 'form.fields.phones', emails: 'form.fields.emails', addresses: 'form.sections.addresses',
  groupIds: 'form.fields.groups', tags: 'form.fields.tags', sourceId: 'form.fields.source', assignedStaffId: 'form.fields.assignedStaff',
  description: 'form.fields.description', birthday: 'form.fields.birthday', nameDay: 'form.fields.nameDay', gender: 'form.fields.gender',
  preferredLanguage: 'form.fields.preferredLanguage', loyaltyCardNumber: 'form.fields.loyaltyCardNumber', remarks: 'form.fields.remarks',
  identityDocuments: 'form.fields.idCard', invoiceData: 'form.sections.invoice', isActive: 'form.fields.isActive',
  isSupplier: 'form.fields.isSupplier', isConflict: 'form.fields.isConflict', bookingRestriction: 'form.fields.bookingMode',
  discountPercent: 'form.fields.discount', onlineBookingLimit: 'form.fields.onlineLimit', blockNewsletter: 'form.fields.blockNewsletter',
  blockAutomaticMessages: 'form.fields.blockAutomatic', customFields: 'form.sections.custom',
};

type Obj = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Field labels and readable values of card fields, for the conflict dialog. */
export function useCardValueFormatter() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const ref = useReferenceData();
  const label = (field: string) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : field);
  const value = (field: string, v: unknown): string => {
    const none = t('app.none');
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return none;
    if (typeof v === 'boolean') return v ? t('app.yes') : t('app.no');
    const list = Array.isArray(v) ? (v as Obj[]) : [];
    switch (field) {
      case 'kind': return t(`kind.${str(v)}`);
      case 'gender': return t(`gender.${str(v)}`);
      case 'phones': return list.map((p) => formatPhone(str(p.number))).join(', ');
      case 'emails': return list.map((e) => str(e.address)).join(', ');
      case 'addresses':
        return list.map((a) => `${t(`addressKind.${str(a.kind)}`)}: ${[[a.street, a.building].filter(Boolean).join(' '), [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}`).join('; ');
      case 'groupIds': return (v as string[]).map(ref.groupName).join(', ');
      case 'tags': return (v as string[]).join(', ');
      case 'sourceId': return ref.sourceName(str(v));
      case 'assignedStaffId': return ref.staffName(str(v));
      case 'birthday':
      case 'nameDay': return formatPartialDate(v as PartialDate, lang);
      case 'bookingRestriction': {
        const b = v as Obj;
        return [t(`booking.${str(b.mode)}`), str(b.reason), str(b.expiresAt)].filter(Boolean).join(' · ');
      }
      case 'invoiceData': {
        const d = v as Obj;
        return [d.companyName ?? d.name, d.taxId, [d.postalCode, d.city].filter(Boolean).join(' ')].filter(Boolean).map(str).join(', ');
      }
      case 'customFields':
        return list.map((f) => `${ref.customFields.find((d) => d.id === f.fieldId)?.label ?? str(f.fieldId)}: ${Array.isArray(f.value) ? f.value.join(', ') : typeof f.value === 'boolean' ? (f.value ? t('app.yes') : t('app.no')) : str(f.value)}`).join('; ');
      default:
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
  };
  return { label, value };
}
