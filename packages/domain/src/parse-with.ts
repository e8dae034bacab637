import { z } from 'zod';
import { FieldIssue, FieldIssueCode, FieldPath, isFieldIssueCode, validationError } from './errors';

/**
 * Bridge between zod and our closed list of `FieldIssueCode`s. Custom refinements say which code they mean with
 * `params: { code: 'INVALID_NIP' }` (see `addFieldIssue`); built-in zod issues are translated here, so the API and
 * the admin form never see zod's own issue codes.
 */

type ZodIssue = z.core.$ZodIssue;
type IssueParams = Record<string, string | number>;

export type SafeParseResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Parse or throw `DomainError('VALIDATION_FAILED')` with our field issues. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = safeParseWith(schema, input);
  if (!result.ok) throw validationError(result.issues);
  return result.value;
}

export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown): SafeParseResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: zodIssuesToFieldIssues(result.error.issues, input) };
}

export function zodIssuesToFieldIssues(issues: readonly ZodIssue[], rootInput?: unknown): FieldIssue[] {
  return issues.flatMap((issue) => zodIssueToFieldIssues(issue, rootInput));
}

/** One zod issue becomes one field issue, except `unrecognized_keys`, which names each key on its own path. */
export function zodIssueToFieldIssues(issue: ZodIssue, rootInput?: unknown): FieldIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      code: 'UNKNOWN_FIELD' as const,
      message: `Unknown field "${key}"`,
    }));
  }
  const { code, params } = mapIssue(issue, path, rootInput);
  const out: FieldIssue = { path, code, message: issue.message };
  if (params && Object.keys(params).length > 0) out.params = params;
  return [out];
}

function mapIssue(
  issue: ZodIssue,
  path: FieldPath,
  rootInput: unknown,
): { code: FieldIssueCode; params?: IssueParams } {
  switch (issue.code) {
    case 'custom': {
      const { code, ...rest } = (issue.params ?? {}) as Record<string, unknown>;
      return { code: isFieldIssueCode(code) ? code : 'INVALID_FORMAT', params: onlyScalars(rest) };
    }
    case 'invalid_type': {
      const value = 'input' in issue ? issue.input : valueAt(rootInput, path);
      // A missing key and an explicit null on a non-nullable field are both "you must fill this in".
      if (value === undefined || value === null) return { code: 'REQUIRED' };
      return { code: 'INVALID_FORMAT', params: { expected: String(issue.expected) } };
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
        // min(1) on a string or list is how "required" is spelt for values that are present but empty.
        if (minimum <= 1) return { code: 'REQUIRED' };
        return { code: 'TOO_SHORT', params: { minimum } };
      }
      return { code: 'OUT_OF_RANGE', params: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
        return { code: 'TOO_LONG', params: { maximum } };
      }
      return { code: 'OUT_OF_RANGE', params: { maximum } };
    }
    case 'invalid_format': {
      if (issue.format === 'email') return { code: 'INVALID_EMAIL' };
      if (issue.format === 'date' || issue.format === 'datetime' || issue.format === 'time') {
        return { code: 'INVALID_DATE' };
      }
      return { code: 'INVALID_FORMAT', params: { format: issue.format } };
    }
    case 'invalid_value':
      return { code: 'INVALID_CHOICE', params: { options: issue.values.map(String).join(', ') } };
    case 'invalid_union':
      // A discriminated union with an unknown discriminator is a wrong choice, anything else a wrong shape.
      return { code: 'discriminator' in issue && issue.discriminator ? 'INVALID_CHOICE' : 'INVALID_FORMAT' };
    case 'not_multiple_of':
      return { code: 'INVALID_FORMAT', params: { divisor: Number(issue.divisor) } };
    case 'invalid_key':
    case 'invalid_element':
      return { code: 'INVALID_FORMAT' };
    default:
      return { code: 'INVALID_FORMAT' };
  }
}

function onlyScalars(record: Record<string, unknown>): IssueParams | undefined {
  const out: IssueParams = {};
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/**
 * Report one of our codes from inside `superRefine` / `transform`. The code travels in `params.code` and is
 * picked up by `zodIssueToFieldIssues`; the message is the English developer message.
 */
export function addFieldIssue(
  ctx: { addIssue: (issue: z.core.$ZodSuperRefineIssue) => void },
  code: FieldIssueCode,
  message: string,
  path: FieldPath = [],
  params?: IssueParams,
): void {
  ctx.addIssue({ code: 'custom', message, path, params: { ...params, code } });
}

/**
 * Issues keyed by dotted path (`phones.1.number`), first issue per path: what a react-hook-form resolver or
 * `setError` loop needs. The admin shows `fieldIssueMessage(issue.code, lang, issue.params)` next to the field.
 */
export function fieldIssuesByPath(issues: readonly FieldIssue[]): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (!(key in out)) out[key] = issue;
  }
  return out;
}
