import { safeParseWith, type FieldIssue, type MessageLanguage } from '@kartoteka/domain';
import { set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { issueMessage } from './issueMessage';

/**
 * A react-hook-form resolver that runs the domain's zod schema (the same one the server runs) and reports its
 * field issues with the domain's Polish/English messages. `toInput` turns the form's values (strings from inputs)
 * into the schema's input; the form's field names follow the input's paths, so issue paths land on fields.
 * The form keeps its raw values: the server normalises them itself.
 */
export function domainResolver<V extends FieldValues>(
  schema: z.ZodType,
  lang: () => MessageLanguage,
  toInput: (values: V) => unknown = (v) => v,
  extraIssues: (values: V) => FieldIssue[] = () => [],
): Resolver<V> {
  return (values) => {
    const result = safeParseWith(schema, toInput(values));
    const issues = [...(result.ok ? [] : result.issues), ...extraIssues(values)];
    if (issues.length === 0) return { values, errors: {} };
    return { values: {}, errors: issuesToErrors<V>(issues, lang()) };
  };
}

export function issuesToErrors<V extends FieldValues>(issues: readonly FieldIssue[], lang: MessageLanguage): FieldErrors<V> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    const path = issue.path.length ? issue.path.join('.') : 'root';
    const existing = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), errors);
    if (existing && typeof existing === 'object' && 'message' in existing) continue;
    set(errors, path, { type: issue.code, message: issueMessage(issue, lang) });
  }
  return errors as FieldErrors<V>;
}
