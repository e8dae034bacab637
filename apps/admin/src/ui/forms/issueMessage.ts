import { fieldIssueMessage, webhookUrlIssueMessage, type FieldIssue, type MessageLanguage } from '@kartoteka/domain';

/**
 * The words for one field issue in the chosen language: the domain's message for its code, or a more precise one
 * when the issue says why (`params.reason` of a refused webhook URL: "use https", "a private address").
 */
export function issueMessage(issue: Pick<FieldIssue, 'code' | 'params'>, lang: MessageLanguage): string {
  return webhookUrlIssueMessage(issue, lang) ?? fieldIssueMessage(issue.code, lang, issue.params);
}
