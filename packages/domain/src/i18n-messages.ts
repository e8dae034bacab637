import type { DomainErrorCode, FieldIssueCode } from './errors';
import { CLIENT_PHOTO_MAX_BYTES, CLIENT_PHOTO_TYPE_NAMES } from './files/client-photo';

/**
 * User-facing texts for every code, Polish first. They live in the domain package so that the server (e-mails,
 * CSV error reports) and the admin show the same words. `{name}` placeholders are filled from issue params.
 */

export type MessageLanguage = 'pl' | 'en';

type Catalogue<C extends string> = Record<C, { pl: string; en: string }>;

const FIELD_ISSUE_MESSAGES: Catalogue<FieldIssueCode> = {
  REQUIRED: { pl: 'To pole jest wymagane', en: 'This field is required' },
  TOO_LONG: { pl: 'Za długi tekst (maks. {maximum} znaków)', en: 'Too long (max. {maximum} characters)' },
  TOO_SHORT: { pl: 'Za krótki tekst (min. {minimum} znaków)', en: 'Too short (min. {minimum} characters)' },
  INVALID_FORMAT: { pl: 'Nieprawidłowy format', en: 'Invalid format' },
  INVALID_EMAIL: { pl: 'Nieprawidłowy adres e-mail', en: 'Invalid e-mail address' },
  INVALID_PHONE: { pl: 'Nieprawidłowy numer telefonu', en: 'Invalid phone number' },
  INVALID_POSTAL_CODE: {
    pl: 'Nieprawidłowy kod pocztowy (dla Polski: 00-000)',
    en: 'Invalid postal code (Poland: 00-000)',
  },
  INVALID_DATE: { pl: 'Nieprawidłowa data', en: 'Invalid date' },
  INVALID_NIP: { pl: 'Nieprawidłowy numer NIP', en: 'Invalid NIP (Polish tax number)' },
  INVALID_REGON: { pl: 'Nieprawidłowy numer REGON', en: 'Invalid REGON number' },
  INVALID_PESEL: { pl: 'Nieprawidłowy numer PESEL', en: 'Invalid PESEL number' },
  INVALID_VAT_NUMBER: { pl: 'Nieprawidłowy numer VAT UE', en: 'Invalid EU VAT number' },
  INVALID_TAX_ID: { pl: 'Nieprawidłowy numer identyfikacji podatkowej', en: 'Invalid tax identification number' },
  OUT_OF_RANGE: { pl: 'Wartość spoza dozwolonego zakresu', en: 'Value out of range' },
  INVALID_CHOICE: { pl: 'Wybierz jedną z dostępnych opcji', en: 'Choose one of the available options' },
  DUPLICATE: { pl: 'Ta wartość się powtarza', en: 'This value is repeated' },
  NOT_ALLOWED: { pl: 'Ta wartość jest niedozwolona', en: 'This value is not allowed' },
  WEAK_PASSWORD: {
    pl: 'Hasło jest zbyt słabe: użyj co najmniej {minimum} znaków, nie powtarzaj jednego znaku i nie używaj adresu e-mail',
    en: 'Password too weak: use at least {minimum} characters, not one repeated character, not your e-mail',
  },
  UNKNOWN_FIELD: { pl: 'Nieznane pole', en: 'Unknown field' },
  FILE_TOO_LARGE: { pl: 'Plik jest za duży (maks. {maxMb} MB)', en: 'The file is too large (max. {maxMb} MB)' },
  UNSUPPORTED_FILE_TYPE: { pl: 'Nieobsługiwany rodzaj pliku (dozwolone: {types})', en: 'Unsupported file type (allowed: {types})' },
};

const DOMAIN_ERROR_MESSAGES: Catalogue<DomainErrorCode> = {
  VALIDATION_FAILED: { pl: 'Popraw zaznaczone pola', en: 'Please correct the highlighted fields' },
  NOT_FOUND: { pl: 'Nie znaleziono', en: 'Not found' },
  FORBIDDEN: { pl: 'Nie masz uprawnień do tej operacji', en: 'You are not allowed to do this' },
  UNAUTHENTICATED: { pl: 'Zaloguj się, aby kontynuować', en: 'Please sign in to continue' },
  VERSION_CONFLICT: {
    pl: 'Ktoś inny zmienił te dane w międzyczasie. Sprawdź zmiany i zapisz ponownie',
    en: 'Someone else changed this in the meantime. Review the changes and save again',
  },
  ALREADY_EXISTS: { pl: 'Taki wpis już istnieje', en: 'This already exists' },
  INVALID_CREDENTIALS: { pl: 'Nieprawidłowy e-mail lub hasło', en: 'Invalid e-mail or password' },
  ACCOUNT_LOCKED: {
    pl: 'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za kilka minut',
    en: 'Too many failed sign-in attempts. Try again in a few minutes',
  },
  RATE_LIMITED: { pl: 'Zbyt wiele żądań. Spróbuj ponownie za chwilę', en: 'Too many requests. Try again shortly' },
  INVALID_STATE: {
    pl: 'Tej operacji nie można wykonać w obecnym stanie',
    en: 'This operation is not possible in the current state',
  },
};

/** Defaults for placeholders a message uses but an issue did not send (so no raw `{minimum}` reaches a user). */
const PARAM_DEFAULTS: Record<string, string | number> = {
  minimum: 10, maximum: '…', maxMb: CLIENT_PHOTO_MAX_BYTES / 1024 / 1024, types: CLIENT_PHOTO_TYPE_NAMES,
};

export function fieldIssueMessage(
  code: FieldIssueCode,
  lang: MessageLanguage,
  params?: Record<string, string | number>,
): string {
  const entry = FIELD_ISSUE_MESSAGES[code] ?? FIELD_ISSUE_MESSAGES.INVALID_FORMAT;
  return interpolate(entry[lang] ?? entry.pl, params);
}

export function domainErrorMessage(code: DomainErrorCode, lang: MessageLanguage): string {
  const entry = DOMAIN_ERROR_MESSAGES[code] ?? DOMAIN_ERROR_MESSAGES.INVALID_STATE;
  return entry[lang] ?? entry.pl;
}

function interpolate(template: string, params?: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name] ?? PARAM_DEFAULTS[name];
    return value === undefined ? '' : String(value);
  });
}
