import { fieldIssueMessage, type MessageLanguage } from '@kartoteka/domain';
import { errorIssues } from '../../ui/graphqlErrors';

/**
 * The message of the server's first issue on `field` (BAD_USER_INPUT, e.g. `['groupIds', 0]`), for an editor
 * on the profile that edits that one field in place; null when the error is about something else.
 */
export function serverFieldError(error: unknown, field: string, lang: MessageLanguage): string | null {
  const issue = errorIssues(error).find((i) => i.path[0] === field);
  return issue ? fieldIssueMessage(issue.code, lang, issue.params) : null;
}
