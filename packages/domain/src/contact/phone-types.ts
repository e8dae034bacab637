/**
 * Built-in phone types (F1.3). A phone's `typeKey` is either one of these keys or the id of a type the tenant
 * defined in settings, so the column is a plain string and tenants never wait for a migration.
 */
export const PHONE_TYPES = ['MOBILE', 'WORK', 'HOME'] as const;
export type BuiltInPhoneType = (typeof PHONE_TYPES)[number];

export const PHONE_TYPE_LABELS: Record<BuiltInPhoneType, { pl: string; en: string }> = {
  MOBILE: { pl: 'Komórkowy', en: 'Mobile' },
  WORK: { pl: 'Służbowy', en: 'Work' },
  HOME: { pl: 'Domowy', en: 'Home' },
};

/** Messaging channels a phone accepts, each a checkbox under the number. */
export const PHONE_CHANNELS = ['sms', 'whatsapp', 'viber'] as const;
export type PhoneChannel = (typeof PHONE_CHANNELS)[number];

export function isBuiltInPhoneType(typeKey: string): typeKey is BuiltInPhoneType {
  return (PHONE_TYPES as readonly string[]).includes(typeKey);
}
