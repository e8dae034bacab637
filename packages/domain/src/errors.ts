/**
 * One error type for every business rule. The API maps each `DomainErrorCode` once, at the GraphQL edge
 * (`extensions.code`), and the admin branches on the codes, never on message text.
 */

export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'VERSION_CONFLICT',
  'ALREADY_EXISTS',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'INVALID_STATE',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export const FIELD_ISSUE_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'TOO_SHORT',
  'INVALID_FORMAT',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'INVALID_POSTAL_CODE',
  'INVALID_DATE',
  'INVALID_NIP',
  'INVALID_REGON',
  'INVALID_PESEL',
  'INVALID_VAT_NUMBER',
  'INVALID_TAX_ID',
  'OUT_OF_RANGE',
  'INVALID_CHOICE',
  'DUPLICATE',
  'NOT_ALLOWED',
  'WEAK_PASSWORD',
  'UNKNOWN_FIELD',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

export type FieldPath = (string | number)[];

export interface FieldIssue {
  /** Where the problem is, as the form sees it: `['phones', 1, 'number']`. Empty for the whole input. */
  path: FieldPath;
  code: FieldIssueCode;
  /** English, for developers and logs. Users see `fieldIssueMessage(code, lang, params)`. */
  message: string;
  params?: Record<string, string | number>;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === 'string' && (DOMAIN_ERROR_CODES as readonly string[]).includes(value);
}

export function isFieldIssueCode(value: unknown): value is FieldIssueCode {
  return typeof value === 'string' && (FIELD_ISSUE_CODES as readonly string[]).includes(value);
}

export function fieldIssue(
  path: FieldPath,
  code: FieldIssueCode,
  message: string,
  params?: Record<string, string | number>,
): FieldIssue {
  return params ? { path, code, message, params } : { path, code, message };
}

export function validationError(issues: FieldIssue[]): DomainError {
  const summary = issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.code}`)
    .join('; ');
  const more = issues.length > 5 ? ` (+${issues.length - 5} more)` : '';
  return new DomainError('VALIDATION_FAILED', `Validation failed: ${summary}${more}`, issues);
}

/** Prefix every issue path, e.g. when a nested validator's issues are reported inside a bigger input. */
export function prefixIssues(prefix: FieldPath, issues: FieldIssue[]): FieldIssue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}
