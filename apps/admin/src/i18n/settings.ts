import i18n from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * Texts of the settings screens, in their own i18next namespace: only the (lazy) settings page imports this file,
 * so they are not part of the admin's first load. Both languages are registered at once (they are small), which
 * keeps the main `translation` bundle of English loading on demand as before. Keys keep their `settings.` prefix.
 */
const pl = {
  settings: {
    title: 'Ustawienia',
    staff: 'Personel',
    groups: 'Grupy',
    tags: 'Tagi',
    sources: 'Źródła',
    phoneTypes: 'Typy telefonów',
    customFields: 'Pola własne',
    consentPurposes: 'Zgody',
    apiKeys: 'Klucze API',
    webhooks: 'Webhooki',
    name: 'Nazwa',
    color: 'Kolor',
    newName: 'Nowa nazwa',
    create: 'Dodaj',
    rename: 'Zmień nazwę',
    merge: 'Scal',
    mergeInto: 'Scal wybrane tagi w',
    mergeHint: 'Zaznacz tagi do scalenia, potem wybierz tag docelowy.',
    merged: 'Scalono tagi',
    archived: 'zarchiwizowane',
    archive: 'Archiwizuj',
    unarchive: 'Przywróć',
    deleteConfirm: 'Usunąć „{{name}}”?',
    invite: 'Zaproś osobę',
    personName: 'Imię i nazwisko',
    inviteLink: 'Link zaproszenia (wyślij go tej osobie; działa raz):',
    copy: 'Kopiuj',
    copied: 'Skopiowano',
    openInvitations: 'Oczekujące zaproszenia',
    expires: 'wygasa {{date}}',
    acceptsVisits: 'Przyjmuje wizyty',
    active: 'Aktywny',
    role: 'Rola',
    fieldLabel: 'Etykieta',
    fieldType: 'Typ pola',
    options: 'Opcje (po przecinku)',
    required: 'Wymagane',
    appliesTo: 'Dotyczy',
    appliesToOptions: { ALL: 'wszystkich', PERSON: 'osób', COMPANY: 'firm' },
    fieldTypes: { TEXT: 'Tekst', NUMBER: 'Liczba', DATE: 'Data', BOOLEAN: 'Tak/Nie', SINGLE_CHOICE: 'Wybór jednej opcji', MULTI_CHOICE: 'Wybór wielu opcji' },
    purposeName: 'Nazwa celu',
    purposeWording: 'Treść zgody pokazywana klientowi',
    purposeKey: 'Klucz (np. PROGRAM_LOJALNOSCIOWY)',
    newPurpose: 'Nowy cel zgody',
    wordingVersion: 'wersja treści {{version}}',
    builtin: 'wbudowany',
    wordingNote: 'Zmiana treści tworzy nową wersję; zapisane zgody zachowują treść, na którą klient się zgodził.',
    noAccess: 'Nie masz dostępu do ustawień.',
  },
};

export type SettingsMessages = typeof pl;

const en: SettingsMessages = {
  settings: {
    title: 'Settings', staff: 'Staff', groups: 'Groups', tags: 'Tags', sources: 'Sources', phoneTypes: 'Phone types',
    customFields: 'Custom fields', consentPurposes: 'Consents', apiKeys: 'API keys', webhooks: 'Webhooks', name: 'Name', color: 'Colour', newName: 'New name',
    create: 'Add', rename: 'Rename', merge: 'Merge', mergeInto: 'Merge selected tags into',
    mergeHint: 'Select the tags to merge, then choose the target tag.', merged: 'Tags merged', archived: 'archived',
    archive: 'Archive', unarchive: 'Restore', deleteConfirm: 'Delete “{{name}}”?', invite: 'Invite a person', personName: 'Full name',
    inviteLink: 'Invitation link (send it to the person; it works once):', copy: 'Copy', copied: 'Copied',
    openInvitations: 'Open invitations', expires: 'expires {{date}}', acceptsVisits: 'Accepts visits', active: 'Active',
    role: 'Role', fieldLabel: 'Label', fieldType: 'Field type', options: 'Options (comma separated)', required: 'Required',
    appliesTo: 'Applies to', appliesToOptions: { ALL: 'everyone', PERSON: 'persons', COMPANY: 'companies' },
    fieldTypes: { TEXT: 'Text', NUMBER: 'Number', DATE: 'Date', BOOLEAN: 'Yes/No', SINGLE_CHOICE: 'Single choice', MULTI_CHOICE: 'Multiple choice' },
    purposeName: 'Purpose name', purposeWording: 'Wording shown to the client', purposeKey: 'Key (e.g. LOYALTY_PROGRAM)',
    newPurpose: 'New consent purpose', wordingVersion: 'wording version {{version}}', builtin: 'built-in',
    wordingNote: 'Changing the wording makes a new version; recorded consents keep the wording the client agreed to.',
    noAccess: 'You have no access to settings.',
  },
};

export const SETTINGS_NS = 'settings';

if (!i18n.hasResourceBundle('pl', SETTINGS_NS)) {
  i18n.addResourceBundle('pl', SETTINGS_NS, pl);
  i18n.addResourceBundle('en', SETTINGS_NS, en);
}

/** `t` for the settings screens: `settings.…` from this file, everything else (`app.…`, `role.…`) from the app's. */
export function useSettingsTranslation() {
  return useTranslation([SETTINGS_NS, 'translation'], { nsMode: 'fallback' });
}
