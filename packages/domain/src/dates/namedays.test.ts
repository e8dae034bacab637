import { NAME_DAYS_PL } from './namedays-pl.data';
import { nameDaysOn, suggestNameDays } from './namedays';

describe('suggestNameDays', () => {
  it.each([
    ['Anna', ['01-10', '02-27', '06-07', '06-09', '06-23', '07-15', '07-26', '09-01']],
    ['anna', ['01-10', '02-27', '06-07', '06-09', '06-23', '07-15', '07-26', '09-01']],
    ['  ANNA  Maria ', ['01-10', '02-27', '06-07', '06-09', '06-23', '07-15', '07-26', '09-01']],
    ['Łukasz', ['02-17', '04-22', '09-10', '10-18', '10-31', '12-17']],
    ['lukasz', ['02-17', '04-22', '09-10', '10-18', '10-31', '12-17']],
    ['Zofia', ['05-15', '09-30']],
    ['zofia-maria', ['05-15', '09-30']],
    ['Roman', ['02-28', '02-29', '04-21', '08-09', '10-06', '10-23', '11-18']],
    ['Kasia', []], // diminutives are not in the calendar; dedupe knows them, name days do not guess
    ['Xyzzy', []],
    ['', []],
  ])('%j → %j', (name, dates) => {
    const got = suggestNameDays(name).map((d) => `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
    expect(got).toEqual(dates);
  });

  it('returns copies (callers cannot corrupt the index)', () => {
    suggestNameDays('Zofia')[0].day = 99;
    expect(suggestNameDays('Zofia')[0].day).toBe(15);
  });
});

describe('nameDaysOn', () => {
  it.each([
    [24, 12, ['Adam', 'Ewa']],
    [29, 2, ['August', 'Roman']],
    [15, 5, ['Zofia']],
  ])('%i.%i includes %j', (d, m, names) => {
    expect(nameDaysOn(d, m)).toEqual(expect.arrayContaining(names));
  });

  it('answers nothing for an impossible day', () => {
    expect(nameDaysOn(30, 2)).toEqual([]);
  });

  it('covers every day of a leap year with 3346 names', () => {
    expect(Object.keys(NAME_DAYS_PL)).toHaveLength(366);
    expect(Object.values(NAME_DAYS_PL).reduce((n, names) => n + names.length, 0)).toBe(3346);
  });
});
