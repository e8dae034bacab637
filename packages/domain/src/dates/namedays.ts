import { normalizeForSearch } from '../contact/search-normalize';
import { NAME_DAYS_PL } from './namedays-pl.data';
import type { DayMonth } from './partial-date';

/**
 * Name-day suggestions (F1.2) from the Polish calendar in `namedays-pl.data.ts`
 * (Wikipedia contributors, CC BY-SA, via the MIT `namedays` project).
 */

let index: Map<string, DayMonth[]> | undefined;

// Built on first use: 3,346 entries, so importing the package stays cheap for code that never asks.
function byName(): Map<string, DayMonth[]> {
  if (index) return index;
  const map = new Map<string, DayMonth[]>();
  for (const [key, names] of Object.entries(NAME_DAYS_PL)) {
    const [month, day] = key.split('-').map(Number);
    for (const name of names) {
      const k = normalizeForSearch(name);
      const list = map.get(k) ?? [];
      if (!list.some((d) => d.day === day && d.month === month)) list.push({ day, month });
      map.set(k, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => a.month - b.month || a.day - b.day);
  index = map;
  return map;
}

/**
 * Dates of a first name's name days, in calendar order ("Anna" has several). Matching ignores case and
 * diacritics ("lukasz" finds Łukasz); for "Anna Maria" or "Anna-Maria" the first name counts.
 */
export function suggestNameDays(firstName: string | null | undefined): DayMonth[] {
  if (!firstName) return [];
  const first = normalizeForSearch(firstName).split(/[\s-]+/)[0] ?? '';
  if (!first) return [];
  return (byName().get(first) ?? []).map((d) => ({ ...d }));
}

/** Names celebrated on a day; 29 February has its own names. */
export function nameDaysOn(day: number, month: number): string[] {
  const key = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [...(NAME_DAYS_PL[key] ?? [])];
}
