import { safeParseWith } from '../parse-with';
import { boundedCountArgsSchema, clientListArgsSchema } from './client-list-args.schema';

const G = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('clientListArgsSchema', () => {
  it('fills defaults and drops nulls from the filter', () => {
    expect(safeParseWith(clientListArgsSchema, { search: '  anna ', filter: { status: null, isSupplier: true, groupIds: [G] } })).toEqual({
      ok: true,
      value: { search: 'anna', filter: { isSupplier: true, groupIds: [G] }, orderBy: { field: 'NAME', direction: 'ASC' }, first: 20, after: null },
    });
    expect(safeParseWith(clientListArgsSchema, {})).toEqual({
      ok: true,
      value: { search: null, filter: {}, orderBy: { field: 'NAME', direction: 'ASC' }, first: 20, after: null },
    });
  });

  it('keeps the default status when none is given', () => {
    const r = safeParseWith(clientListArgsSchema, { filter: { kind: 'COMPANY' } });
    expect(r.ok && { status: 'ACTIVE', ...r.value.filter }).toEqual({ status: 'ACTIVE', kind: 'COMPANY' });
  });

  it('reads dates and day-month ranges', () => {
    const r = safeParseWith(clientListArgsSchema, {
      filter: { createdFrom: '2025-01-01', createdTo: new Date('2025-02-01T00:00:00Z'), birthdayFrom: { day: 1, month: 12 }, birthdayTo: { day: 15, month: 1 } },
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
      first: 100,
    });
    expect(r.ok && r.value.filter).toEqual({
      createdFrom: new Date('2025-01-01T00:00:00Z'), createdTo: new Date('2025-02-01T00:00:00Z'),
      birthdayFrom: { day: 1, month: 12 }, birthdayTo: { day: 15, month: 1 },
    });
  });

  it.each([
    [{ first: 101 }, [['first', 'OUT_OF_RANGE']]],
    [{ first: 0 }, [['first', 'OUT_OF_RANGE']]],
    [{ orderBy: { field: 'AGE' } }, [['orderBy.field', 'INVALID_CHOICE']]],
    [{ filter: { status: 'DELETED' } }, [['filter.status', 'INVALID_CHOICE']]],
    [{ filter: { groupIds: ['x'] } }, [['filter.groupIds.0', 'INVALID_FORMAT']]],
    [{ filter: { birthdayFrom: { day: 30, month: 2 } } }, [['filter.birthdayFrom.day', 'INVALID_DATE']]],
    [{ filter: { createdFrom: '2025-02-01', createdTo: '2025-01-01' } }, [['filter.createdTo', 'OUT_OF_RANGE']]],
    [{ filter: { hasConsents: ['marketing'] } }, [['filter.hasConsents.0', 'INVALID_FORMAT']]],
    [{ search: 'x'.repeat(201) }, [['search', 'TOO_LONG']]],
  ])('%j → %j', (input, expected) => {
    const r = safeParseWith(clientListArgsSchema, input);
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expected);
  });
});

describe('boundedCountArgsSchema', () => {
  it.each([
    [{}, { ok: true, value: { atMost: 1000 } }],
    [{ atMost: null }, { ok: true, value: { atMost: 1000 } }],
    [{ atMost: 1 }, { ok: true, value: { atMost: 1 } }],
    [{ atMost: 10_000 }, { ok: true, value: { atMost: 10_000 } }],
  ])('%j → %j', (input, expected) => {
    expect(safeParseWith(boundedCountArgsSchema, input)).toEqual(expected);
  });

  it.each([[0], [-5], [10_001], [2.5]])('refuses atMost %j', (atMost) => {
    const r = safeParseWith(boundedCountArgsSchema, { atMost });
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['atMost', atMost === 2.5 ? 'INVALID_FORMAT' : 'OUT_OF_RANGE']]);
  });
});
