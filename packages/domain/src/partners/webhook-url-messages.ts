import type { FieldIssue } from '../errors';
import type { MessageLanguage } from '../i18n-messages';
import { WEBHOOK_URL_MAX_LENGTH, type WebhookUrlProblem } from './webhook-url';

/**
 * Why a webhook URL was refused, in words a business owner understands. A URL issue carries its problem in
 * `params.reason` (the field code alone, NOT_ALLOWED, would only say "not allowed"), so the admin can tell
 * "use https" from "that address is inside a private network".
 */
const WEBHOOK_URL_PROBLEM_MESSAGES: Record<WebhookUrlProblem, { pl: string; en: string }> = {
  INVALID_URL: {
    pl: 'To nie jest prawidłowy adres (np. https://partner.example.com/kartoteka)',
    en: 'Not a valid address (e.g. https://partner.example.com/kartoteka)',
  },
  TOO_LONG: {
    pl: `Za długi adres (maks. ${WEBHOOK_URL_MAX_LENGTH} znaków)`,
    en: `The address is too long (max. ${WEBHOOK_URL_MAX_LENGTH} characters)`,
  },
  HTTPS_REQUIRED: {
    pl: 'Adres musi zaczynać się od https:// (http:// tylko do localhost na serwerze deweloperskim)',
    en: 'The address must start with https:// (http:// only to localhost on a development server)',
  },
  CREDENTIALS_NOT_ALLOWED: {
    pl: 'Adres nie może zawierać loginu ani hasła: odbiorca sprawdza podpis wiadomości',
    en: 'The address must not contain a user name or password: the receiver checks the signature instead',
  },
  FRAGMENT_NOT_ALLOWED: {
    pl: 'Usuń część po znaku # (nie jest wysyłana do serwera)',
    en: 'Remove the part after # (it is never sent to the server)',
  },
  PRIVATE_ADDRESS: {
    pl: 'Adres w sieci prywatnej lub wewnętrznej (localhost, 10.x, 192.168.x, .local…) jest niedozwolony',
    en: 'Private or internal network addresses (localhost, 10.x, 192.168.x, .local…) are not allowed',
  },
};

export function isWebhookUrlProblem(value: unknown): value is WebhookUrlProblem {
  return typeof value === 'string' && Object.hasOwn(WEBHOOK_URL_PROBLEM_MESSAGES, value);
}

export function webhookUrlProblemMessage(problem: WebhookUrlProblem, lang: MessageLanguage): string {
  return WEBHOOK_URL_PROBLEM_MESSAGES[problem][lang];
}

/** The precise message for a webhook URL issue, or null for any other issue (show fieldIssueMessage then). */
export function webhookUrlIssueMessage(issue: Pick<FieldIssue, 'params'>, lang: MessageLanguage): string | null {
  const reason = issue.params?.reason;
  return isWebhookUrlProblem(reason) ? webhookUrlProblemMessage(reason, lang) : null;
}
