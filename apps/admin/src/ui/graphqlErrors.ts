import { CombinedGraphQLErrors } from '@apollo/client';
import {
  domainErrorMessage, fieldIssueMessage, isDomainErrorCode, isFieldIssueCode,
  type DomainErrorCode, type FieldIssue, type MessageLanguage,
} from '@kartoteka/domain';

/**
 * Reading the API's typed errors (extensions.code, issues, details). The admin branches on codes, never on
 * message text, and shows the domain's Polish/English messages, never the server's English developer text.
 */

type Extensions = Record<string, unknown>;

function firstExtensions(error: unknown): Extensions | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions as Extensions | undefined;
}

export function errorCode(error: unknown): string | undefined {
  const code = firstExtensions(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function errorIssues(error: unknown): FieldIssue[] {
  const issues = firstExtensions(error)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is FieldIssue => !!i && typeof i === 'object' && Array.isArray((i as FieldIssue).path) && isFieldIssueCode((i as FieldIssue).code),
  );
}

export function errorDetails<T = Record<string, unknown>>(error: unknown): T | undefined {
  return firstExtensions(error)?.details as T | undefined;
}

const API_TO_DOMAIN: Record<string, DomainErrorCode> = {
  BAD_USER_INPUT: 'VALIDATION_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'INVALID_STATE',
};

/** One sentence for the user, in their language, for any error (network errors included). */
export function errorMessage(error: unknown, lang: MessageLanguage): string {
  const code = errorCode(error);
  if (code) {
    const domainCode = API_TO_DOMAIN[code] ?? code;
    if (isDomainErrorCode(domainCode)) {
      const issues = errorIssues(error);
      // A rejected input with one issue that the form cannot place: say what is wrong with it.
      if (domainCode === 'VALIDATION_FAILED' && issues.length === 1 && issues[0].path.length === 0) {
        return fieldIssueMessage(issues[0].code, lang, issues[0].params);
      }
      return domainErrorMessage(domainCode, lang);
    }
  }
  return lang === 'pl' ? 'Nie udało się połączyć z serwerem. Spróbuj ponownie.' : 'Could not reach the server. Please try again.';
}
