import type { FieldIssue, MessageLanguage } from '@kartoteka/domain';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { issueMessage } from './issueMessage';

/**
 * Puts the server's field issues next to their fields (`['phones', 1, 'number']` → `phones.1.number`).
 * `mapPath` lets a form move an issue whose path has no field of its own (e.g. a required custom field).
 * Returns the issues no field could take, for a message at the top of the form.
 */
export function applyServerIssues<V extends FieldValues>(
  issues: readonly FieldIssue[],
  setError: UseFormSetError<V>,
  lang: MessageLanguage,
  knownPath: (path: string) => boolean,
  mapPath: (issue: FieldIssue) => string | null = (i) => i.path.join('.'),
): FieldIssue[] {
  const unplaced: FieldIssue[] = [];
  let focused = false;
  for (const issue of issues) {
    const path = mapPath(issue);
    if (!path || !knownPath(path)) {
      unplaced.push(issue);
      continue;
    }
    setError(path as FieldPath<V>, { type: issue.code, message: issueMessage(issue, lang) }, { shouldFocus: !focused });
    focused = true;
  }
  return unplaced;
}
