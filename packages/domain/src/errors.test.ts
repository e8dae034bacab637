import { z } from 'zod';
import { DOMAIN_ERROR_CODES, DomainError, FIELD_ISSUE_CODES, isDomainError, prefixIssues, validationError } from './errors';
import { domainErrorMessage, fieldIssueMessage } from './i18n-messages';
import { addFieldIssue, fieldIssuesByPath, parseWith, safeParseWith } from './parse-with';

describe('DomainError', () => {
  it('carries code, issues and details', () => {
    const e = new DomainError('NOT_FOUND', 'Client 7 not found', [], { id: 7 });
    expect(e).toBeInstanceOf(Error);
    expect(isDomainError(e)).toBe(true);
    expect(e).toMatchObject({ name: 'DomainError', code: 'NOT_FOUND', message: 'Client 7 not found', issues: [], details: { id: 7 } });
  });

  it('validationError summarises the issues', () => {
    const e = validationError([
      { path: ['phones', 1, 'number'], code: 'INVALID_PHONE', message: 'bad' },
      { path: [], code: 'REQUIRED', message: 'x' },
    ]);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.message).toBe('Validation failed: phones.1.number: INVALID_PHONE; (root): REQUIRED');
    expect(e.issues).toHaveLength(2);
  });

  it('prefixIssues nests paths', () => {
    expect(prefixIssues(['invoiceData'], [{ path: ['taxId'], code: 'INVALID_NIP', message: '' }])[0].path).toEqual(['invoiceData', 'taxId']);
  });
});

describe('parseWith maps zod issues to our codes', () => {
  const schema = z
    .object({
      name: z.string().min(1).max(5),
      code: z.string().min(3),
      age: z.number().int().min(0).max(150),
      kind: z.enum(['A', 'B']),
      email: z.email().optional(),
      id: z.guid().optional(),
      tags: z.array(z.string()).min(1).optional(),
      nip: z.string().optional(),
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.nip === 'bad') addFieldIssue(ctx, 'INVALID_NIP', 'Invalid NIP', ['nip'], { hint: 'x' });
    });
  const codes = (input: unknown) => {
    const r = safeParseWith(schema, input);
    return r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code, i.params ?? null]);
  };
  const ok = { name: 'Ann', code: 'abc', age: 30, kind: 'A' };

  it.each([
    [{ ...ok, name: '' }, [['name', 'REQUIRED', null]]],
    [{ ...ok, name: 'Annabelle' }, [['name', 'TOO_LONG', { maximum: 5 }]]],
    [{ ...ok, code: 'ab' }, [['code', 'TOO_SHORT', { minimum: 3 }]]],
    [{ ...ok, name: undefined }, [['name', 'REQUIRED', null]]],
    [{ ...ok, name: null }, [['name', 'REQUIRED', null]]],
    [{ ...ok, name: 5 }, [['name', 'INVALID_FORMAT', { expected: 'string' }]]],
    [{ ...ok, age: -1 }, [['age', 'OUT_OF_RANGE', { minimum: 0 }]]],
    [{ ...ok, age: 151 }, [['age', 'OUT_OF_RANGE', { maximum: 150 }]]],
    [{ ...ok, age: 1.5 }, [['age', 'INVALID_FORMAT', { expected: 'int' }]]],
    [{ ...ok, kind: 'C' }, [['kind', 'INVALID_CHOICE', { options: 'A, B' }]]],
    [{ ...ok, email: 'x' }, [['email', 'INVALID_EMAIL', null]]],
    [{ ...ok, id: 'x' }, [['id', 'INVALID_FORMAT', { format: 'guid' }]]],
    [{ ...ok, tags: [] }, [['tags', 'REQUIRED', null]]],
    [{ ...ok, extra: 1, other: 2 }, [['extra', 'UNKNOWN_FIELD', null], ['other', 'UNKNOWN_FIELD', null]]],
    [{ ...ok, nip: 'bad' }, [['nip', 'INVALID_NIP', { hint: 'x' }]]],
    [undefined, [['', 'REQUIRED', null]]],
  ])('%j → %j', (input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('parseWith returns the value or throws VALIDATION_FAILED', () => {
    expect(parseWith(schema, ok)).toEqual(ok);
    expect(() => parseWith(schema, { ...ok, kind: 'X' })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('fieldIssuesByPath keeps the first issue per field', () => {
    const byPath = fieldIssuesByPath([
      { path: ['a', 0], code: 'REQUIRED', message: '' },
      { path: ['a', 0], code: 'TOO_LONG', message: '' },
    ]);
    expect(Object.keys(byPath)).toEqual(['a.0']);
    expect(byPath['a.0'].code).toBe('REQUIRED');
  });
});

describe('i18n messages', () => {
  it.each(FIELD_ISSUE_CODES.map((c) => [c]))('%s has Polish and English texts', (code) => {
    const pl = fieldIssueMessage(code, 'pl', { minimum: 3, maximum: 5 });
    const en = fieldIssueMessage(code, 'en', { minimum: 3, maximum: 5 });
    expect(pl).toBeTruthy();
    expect(en).toBeTruthy();
    expect(pl).not.toEqual(en);
    expect(`${pl} ${en}`).not.toMatch(/[{}]/);
  });

  it.each(DOMAIN_ERROR_CODES.map((c) => [c]))('%s has Polish and English texts', (code) => {
    expect(domainErrorMessage(code, 'pl')).toBeTruthy();
    expect(domainErrorMessage(code, 'en')).toBeTruthy();
    expect(domainErrorMessage(code, 'pl')).not.toEqual(domainErrorMessage(code, 'en'));
  });

  it('fills parameters', () => {
    expect(fieldIssueMessage('INVALID_NIP', 'pl')).toBe('Nieprawidłowy numer NIP');
    expect(fieldIssueMessage('TOO_LONG', 'pl', { maximum: 100 })).toBe('Za długi tekst (maks. 100 znaków)');
    expect(fieldIssueMessage('TOO_LONG', 'en', { maximum: 100 })).toBe('Too long (max. 100 characters)');
    expect(fieldIssueMessage('WEAK_PASSWORD', 'pl')).toContain('co najmniej 10 znaków');
  });
});
