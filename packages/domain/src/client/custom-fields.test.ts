import { safeParseWith } from '../parse-with';
import { CustomFieldDefinition, customFieldDefinitionSchema, validateCustomFieldValues } from './custom-fields';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const def = (n: number, rest: Partial<CustomFieldDefinition>): CustomFieldDefinition => ({
  id: id(n), key: null, label: `Pole ${n}`, type: 'TEXT', options: [], required: false, appliesTo: 'ALL', ...rest,
});
const DEFS = [
  def(1, { label: 'Alergie', type: 'TEXT' }),
  def(2, { label: 'Liczba wizyt', type: 'NUMBER' }),
  def(3, { label: 'Data zgody', type: 'DATE' }),
  def(4, { label: 'Karta rabatowa', type: 'BOOLEAN' }),
  def(5, { label: 'Typ włosów', type: 'SINGLE_CHOICE', options: ['Proste', 'Kręcone', 'Falowane'] }),
  def(6, { label: 'Usługi', type: 'MULTI_CHOICE', options: ['Strzyżenie', 'Koloryzacja', 'Modelowanie'] }),
  def(7, { label: 'Osoba kontaktowa', type: 'TEXT', appliesTo: 'COMPANY', required: true }),
  def(8, { label: 'RODO podpisane', type: 'BOOLEAN', required: true, appliesTo: 'PERSON' }),
];

describe('validateCustomFieldValues', () => {
  it('normalises every type', () => {
    const r = validateCustomFieldValues(DEFS, [
      { fieldId: id(1), value: '  lateks ' },
      { fieldId: id(2), value: '1 234,5' },
      { fieldId: id(3), value: '14.05.2024' },
      { fieldId: id(4), value: 'false' },
      { fieldId: id(5), value: 'kręcone' },
      { fieldId: id(6), value: ['Modelowanie', 'strzyżenie', 'Modelowanie'] },
      { fieldId: id(8), value: true },
    ], 'PERSON');
    expect(r).toEqual({
      ok: true,
      issues: [],
      values: [
        { fieldId: id(1), value: 'lateks' },
        { fieldId: id(2), value: 1234.5 },
        { fieldId: id(3), value: '2024-05-14' },
        { fieldId: id(4), value: false },
        { fieldId: id(5), value: 'Kręcone' },
        { fieldId: id(6), value: ['Strzyżenie', 'Modelowanie'] },
        { fieldId: id(8), value: true },
      ],
    });
  });

  it('drops empty values', () => {
    expect(validateCustomFieldValues(DEFS, [{ fieldId: id(1), value: ' ' }, { fieldId: id(6), value: [] }, { fieldId: id(8), value: true }], 'PERSON'))
      .toEqual({ ok: true, issues: [], values: [{ fieldId: id(8), value: true }] });
  });

  it.each([
    [[{ fieldId: id(2), value: 'dużo' }], 'PERSON', [['customFields.0.value', 'INVALID_FORMAT'], ['customFields', 'REQUIRED']]],
    [[{ fieldId: id(2), value: Infinity }, { fieldId: id(8), value: true }], 'PERSON', [['customFields.0.value', 'INVALID_FORMAT']]],
    [[{ fieldId: id(3), value: '2024-02-30' }, { fieldId: id(8), value: true }], 'PERSON', [['customFields.0.value', 'INVALID_DATE']]],
    [[{ fieldId: id(4), value: 'tak' }, { fieldId: id(8), value: true }], 'PERSON', [['customFields.0.value', 'INVALID_FORMAT']]],
    [[{ fieldId: id(5), value: 'Afro' }, { fieldId: id(8), value: true }], 'PERSON', [['customFields.0.value', 'INVALID_CHOICE']]],
    [[{ fieldId: id(6), value: ['Strzyżenie', 'Manicure'] }, { fieldId: id(8), value: true }], 'PERSON', [['customFields.0.value', 'INVALID_CHOICE']]],
    [[{ fieldId: id(1), value: 'x'.repeat(1001) }, { fieldId: id(8), value: true }], 'PERSON', [['customFields.0.value', 'TOO_LONG']]],
    [[{ fieldId: id(9), value: 'x' }, { fieldId: id(8), value: true }], 'PERSON', [['customFields.0.fieldId', 'UNKNOWN_FIELD']]],
    [[{ fieldId: id(8), value: true }, { fieldId: id(8), value: false }], 'PERSON', [['customFields.1.fieldId', 'DUPLICATE']]],
    [[{ fieldId: id(7), value: 'Jan' }, { fieldId: id(8), value: true }], 'PERSON', [['customFields.0.value', 'NOT_ALLOWED']]],
    [[], 'PERSON', [['customFields', 'REQUIRED']]],
    [[], 'COMPANY', [['customFields', 'REQUIRED']]], // only "Osoba kontaktowa" applies to companies
    [[{ fieldId: id(7), value: 'Jan' }], 'COMPANY', []],
  ] as const)('%j for %s → %j', (values, kind, expected) => {
    const r = validateCustomFieldValues(DEFS, values, kind);
    expect(r.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expected);
    expect(r.ok).toBe(expected.length === 0);
  });

  it('names the missing required field', () => {
    const r = validateCustomFieldValues(DEFS, [], 'COMPANY');
    expect(r.issues[0].params).toEqual({ fieldId: id(7) });
  });

  it('returns the valid values next to the issues, for callers that collect issues from several checks', () => {
    const r = validateCustomFieldValues(DEFS, [{ fieldId: id(1), value: 'lateks' }, { fieldId: id(2), value: 'x' }], 'COMPANY');
    expect(r.ok).toBe(false);
    expect(r.values).toEqual([{ fieldId: id(1), value: 'lateks' }]);
  });
});

describe('customFieldDefinitionSchema', () => {
  it.each([
    [{ label: 'Alergie', type: 'TEXT' }, []],
    [{ label: 'Typ', type: 'SINGLE_CHOICE', options: ['A', 'B'] }, []],
    [{ label: 'Typ', type: 'SINGLE_CHOICE' }, [['options', 'REQUIRED']]],
    [{ label: 'Typ', type: 'MULTI_CHOICE', options: ['A', ' a '] }, [['options.1', 'DUPLICATE']]],
    [{ label: '', type: 'TEXT' }, [['label', 'REQUIRED']]],
    [{ label: 'x', type: 'COLOR' }, [['type', 'INVALID_CHOICE']]],
    [{ label: 'x', type: 'TEXT', key: 'Allergies!' }, [['key', 'INVALID_FORMAT']]],
  ])('%j → %j', (input, expected) => {
    const r = safeParseWith(customFieldDefinitionSchema, input);
    expect(r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expected);
  });

  it('drops options of a non-choice field and fills defaults', () => {
    expect(safeParseWith(customFieldDefinitionSchema, { label: ' Uwagi ', type: 'TEXT', options: ['A'] })).toEqual({
      ok: true,
      value: { key: 'uwagi', label: 'Uwagi', type: 'TEXT', options: [], required: false, appliesTo: 'ALL' },
    });
  });

  it.each([
    ['Typ włosów', 'typ_wlosow'],
    ['  Alergie / uczulenia ', 'alergie_uczulenia'],
    ['1. Numer karty', 'f_1_numer_karty'],
    ['???', 'field'],
  ])('derives key %j → %s', (label, key) => {
    const r = safeParseWith(customFieldDefinitionSchema, { label, type: 'TEXT' });
    expect(r.ok && r.value.key).toBe(key);
  });
});
