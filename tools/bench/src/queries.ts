import { normalizeForSearch } from '@kartoteka/domain';
import { SeededRandom, toAsciiSlug } from '@kartoteka/fakedata';
import type { Pool } from 'pg';

/** The search kinds the issue names; each gets its own latency row. */
export const SEARCH_KINDS = [
  'surname prefix',
  'full name (either order)',
  'no diacritics',
  'typo',
  'phone prefix',
  'phone suffix / middle',
  'e-mail fragment',
  'client number',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface QuerySet {
  kind: SearchKind;
  queries: string[];
}

interface SampleRow {
  kind: 'PERSON' | 'COMPANY';
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  client_number: string;
  phones: string[] | null;
  emails: string[] | null;
}

const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;

/**
 * What receptionists type, built from a repeatable sample of the loaded clients (so most inputs have answers,
 * with realistic frequencies: common surnames come up often) plus the examples from the issue. Inputs are
 * distinct within a kind; each kind gets `perKind` of them.
 */
export async function buildQuerySets(pool: Pool, tenantId: string, totalClients: number, perKind: number, seed: number): Promise<QuerySet[]> {
  const wanted = Math.max(perKind * 12, 2000);
  const percent = Math.min(100, (wanted / Math.max(totalClients, 1)) * 100 * 1.5);
  const { rows } = await pool.query<SampleRow>(
    `select c.kind, c.first_name, c.last_name, c.company_name, c.client_number,
            (select array_agg(p.e164 order by p.position) from client_phones p where p.tenant_id = c.tenant_id and p.client_id = c.id) as phones,
            (select array_agg(e.address order by e.position) from client_emails e where e.tenant_id = c.tenant_id and e.client_id = c.id) as emails
       from clients c tablesample bernoulli (${percent.toFixed(4)}) repeatable (${seed % 100000})
      where c.tenant_id = $1 and c.deleted_at is null and c.is_active
      limit ${wanted}`,
    [tenantId]);
  const r = new SeededRandom(seed);
  const persons = rows.filter((x) => x.kind === 'PERSON' && x.last_name && x.first_name);
  const polish = persons.filter((x) => /^[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ-]+$/.test(x.last_name!));
  const withDiacritics = persons.filter((x) => POLISH_LETTERS.test(x.last_name!) || POLISH_LETTERS.test(x.first_name!));
  const plPhones = rows.flatMap((x) => x.phones ?? []).filter((p) => p.startsWith('+48') && p.length === 12).map((p) => p.slice(3));
  const emails = rows.flatMap((x) => x.emails ?? []);

  const sets: QuerySet[] = [];
  const make = (kind: SearchKind, fixed: string[], gen: () => string | null) => {
    const out = new Set<string>(fixed);
    for (let guard = 0; out.size < perKind && guard < perKind * 50; guard++) {
      const q = gen();
      if (q && q.trim()) out.add(q);
    }
    sets.push({ kind, queries: [...out].slice(0, perKind) });
  };
  const lowerMaybe = (s: string) => (r.chance(0.7) ? s.toLowerCase() : s);

  make('surname prefix', ['kow', 'nowa', 'wiśn'], () => {
    const p = r.pick(polish);
    if (!p) return null;
    return lowerMaybe([...p.last_name!].slice(0, r.range(3, 6)).join(''));
  });

  make('full name (either order)', ['anna kowalska', 'kowalska anna'], () => {
    const p = r.pick(persons);
    if (!p) return null;
    const first = p.first_name!;
    const last = p.last_name!;
    const roll = r.next();
    if (roll < 0.45) return lowerMaybe(`${first} ${last}`);
    if (roll < 0.9) return lowerMaybe(`${last} ${first}`);
    return lowerMaybe(`${first} ${[...last].slice(0, r.range(3, 5)).join('')}`); // "anna kow"
  });

  make('no diacritics', ['zolc', 'lodz', 'slezak', 'wisniewska'], () => {
    const p = r.pick(withDiacritics);
    if (!p) return null;
    const last = toAsciiSlug(p.last_name!);
    const roll = r.next();
    if (roll < 0.5) return last;
    if (roll < 0.75) return last.slice(0, r.range(4, Math.max(4, last.length)));
    return `${toAsciiSlug(p.first_name!)} ${last}`;
  });

  make('typo', ['Kowalsky', 'Nowk', 'Wisniewsky'], () => {
    const p = r.pick(polish.filter((x) => x.last_name!.length >= 5));
    if (!p) return null;
    const typo = misspell(p.last_name!, r);
    // a misspelling that is still a prefix of a real name is not a typo search
    if (normalizeForSearch(p.last_name!).startsWith(normalizeForSearch(typo))) return null;
    return typo;
  });

  make('phone prefix', ['600 1', '501 23'], () => {
    const n = r.pick(plPhones);
    if (!n) return null;
    const len = r.range(4, 7);
    const digits = n.slice(0, len);
    const spaced = `${digits.slice(0, 3)} ${digits.slice(3)}`.trim();
    return r.chance(0.2) ? `+48 ${spaced}` : spaced;
  });

  make('phone suffix / middle', [], () => {
    const n = r.pick(plPhones);
    if (!n) return null;
    if (r.chance(0.5)) return `…${n.slice(-r.range(4, 5))}`; // "…4567": the last digits
    const start = r.range(2, 4);
    const mid = n.slice(start, start + r.range(4, 5)); // a middle fragment: "123 45"
    return mid.length > 3 ? `${mid.slice(0, 3)} ${mid.slice(3)}` : mid;
  });

  make('e-mail fragment', [], () => {
    const e = r.pick(emails);
    if (!e) return null;
    const at = e.indexOf('@');
    const local = e.slice(0, at);
    const roll = r.next();
    if (roll < 0.35 && local.includes('.')) {
      // "anna.kow"
      const dot = local.indexOf('.');
      return local.slice(0, Math.min(local.length, dot + 1 + r.range(2, 5)));
    }
    if (roll < 0.6) return `${local}@`; // the whole local part typed, domain not yet
    if (roll < 0.85) return e.slice(0, at + 1 + r.range(1, 4)); // "kowalska84@wp"
    return e; // pasted whole
  });

  make('client number', [], () => {
    const x = r.pick(rows);
    if (!x) return null;
    const roll = r.next();
    // a bare number is also a phone fragment (the server searches both); "#…" and "nr …" are numbers only
    return roll < 0.6 ? x.client_number : roll < 0.8 ? `#${x.client_number}` : `nr ${x.client_number}`;
  });
  return sets;
}

/** One realistic keyboard mistake: a wrong, missing, doubled or swapped letter, or -ski typed as -sky. */
function misspell(name: string, r: SeededRandom): string {
  const chars = [...name];
  const roll = r.next();
  if (/ski$|cki$/.test(name) && roll < 0.25) return name.slice(0, -1) + 'y';
  const i = r.range(1, chars.length - 2);
  if (roll < 0.45) chars.splice(i, 1);
  else if (roll < 0.65) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
  else if (roll < 0.8) chars.splice(i, 0, chars[i]!);
  else chars[i] = 'aeiouyklmnrstz'[r.int(14)]!;
  const out = chars.join('');
  return r.chance(0.5) ? out.toLowerCase() : out;
}
