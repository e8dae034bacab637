import type { EntityManager } from 'typeorm';
import { clientRowColumns, type ClientRow } from './client-columns';
import type { ClientFilter, ClientListQuery, FirstNameMatch, SearchPlan, SortField } from './client-list.query';
import { escapeLike, SqlParams } from './sql-params';

const SORT_COLUMN: Record<SortField, { column: string; cast: string }> = {
  NAME: { column: 'c.name_lf', cast: 'text' },
  NUMBER: { column: 'c.number_sort_key', cast: 'text' },
  CREATED_AT: { column: 'c.created_at', cast: 'timestamptz' },
  UPDATED_AT: { column: 'c.updated_at', cast: 'timestamptz' },
};

export type ClientPageRow = ClientRow & { sortValue: string };

/**
 * Search, filters and keyset pagination over clients. Each search plan uses one index (see PERFORMANCE.md and
 * docs/adr/0004-search-router.md); sub-selects that produce client ids are fenced as MATERIALIZED CTEs so the
 * planner cannot walk the sort index and filter row by row.
 *
 * Name prefixes are the exception: "kow" or "now" match thousands of clients on a million, and materialising
 * all of them to keep 20 cost 100+ ms. Each branch of a name match ("surname starts with", "first name starts
 * with", "has the tag") is instead asked for its own first page, in the list's order, with the filters and the
 * cursor applied (the surname branch reads it straight off the name index); the page is the best rows of those
 * few. Btree prefix selectivity is estimated well from the histograms, so here the planner may choose to walk
 * the name index, which it does only for dense matches (a first name like "anna").
 */
export const clientListRepository = {
  async findPage(em: EntityManager, q: ClientListQuery): Promise<ClientPageRow[]> {
    const keyed = findKeyedMatchPage(q);
    if (keyed) return em.query(keyed.sql, keyed.values);
    const p = new SqlParams();
    const sort = SORT_COLUMN[q.sort.field];
    const dir = q.sort.direction === 'DESC' ? 'desc' : 'asc';
    const limit = p.add(q.first + 1);
    const after = q.after ? { value: p.add(q.after.value), id: p.add(q.after.id) } : null;
    const page: PageWindow = { byName: q.sort.field === 'NAME' && isDefaultListing(q.filter), dir, after, limit };
    const { ctes, where, branches, fenced } = buildConditions(p, q.tenantId, q.plan, q.filter, await lookAhead(em, q), page);
    if (after) where.push(`(${sort.column}, c.id) ${dir === 'desc' ? '<' : '>'} (${after.value}::${sort.cast}, ${after.id}::uuid)`);
    if (branches) {
      const base = where.join(' and ');
      const order = `order by ${sort.column} ${dir}, c.id ${dir}`;
      ctes.push(`matched as materialized (${branches
        .map((b) => `(select c.id from clients c where ${base} and ${b} ${order} limit ${limit})`).join(' union ')})`);
      where.push('c.id in (select id from matched)');
    }
    let pageWhere = where.join(' and ');
    if (fenced && !branches) {
      // every match is read once (with its sort key, filters applied) behind a fence, and only the page's
      // rows are fetched again: joining thousands of matched ids back to clients made the planner hash-join
      // a scan of the whole table (0.6 s for "lews" or "486 1" on a million clients)
      ctes.push(`page as materialized (select c.id, ${sort.column} as sv from clients c where ${pageWhere})`);
      pageWhere = `c.tenant_id = ${p.add(q.tenantId)} and c.id in (select id from page order by sv ${dir}, id ${dir} limit ${limit})`;
    }
    const sql = `${ctes.length ? `with ${ctes.join(', ')} ` : ''}
      select ${clientRowColumns('c', q.columns ?? null)}, (${sort.column})::text as "sortValue" from clients c
       where ${pageWhere}
       order by ${sort.column} ${dir}, c.id ${dir}
       limit ${limit}`;
    return em.query(sql, p.values);
  },

  /**
   * How many clients match: all of them (atMost null, the connection's totalCount), or up to atMost, with
   * whether that was all (boundedCount). Counting to a bound stops early: each branch of a name match reads at
   * most atMost + 1 rows off its index and their union is counted ("anna", 36,051 matches on a million: about
   * 1 ms instead of 60-90 ms); other plans count under a LIMIT, except a substring, for which a LIMIT would
   * tempt the planner off the trigram index into a sequential scan.
   */
  async count(
    em: EntityManager, q: Pick<ClientListQuery, 'tenantId' | 'plan' | 'filter'>, atMost: number | null = null,
  ): Promise<{ value: number; exact: boolean }> {
    const bounded = (n: number) => (atMost !== null && n > atMost ? { value: atMost, exact: false } : { value: n, exact: true });
    // the whole list in one state (no search, no other filter): the business's kept counts (migration ClientCounts);
    // the bin is small and is filtered by status too, so it is counted
    if (q.plan.kind === 'NONE' && !q.filter.deleted && onlyStateFilter(q.filter)) {
      const column = { ACTIVE: 'active', INACTIVE: 'inactive', ALL: 'active + inactive' }[q.filter.status];
      const rows: { n: string }[] = await em.query(`select ${column} as n from client_counts where tenant_id = $1`, [q.tenantId]);
      return { value: Number(rows[0]?.n ?? 0), exact: true };
    }
    // a phone or e-mail search of the list as it opens: the matches carry their client's listing (findKeyedMatchPage)
    const k = new SqlParams();
    const keyed = isDefaultListing(q.filter) ? keyedMatches(k, k.add(q.tenantId), q.plan) : null;
    if (keyed) {
      const sql = atMost === null ? `select count(distinct id) as n from (${keyed}) m`
        : `select count(*) as n from (select distinct id from (${keyed}) m limit ${k.add(atMost + 1)}) d`;
      const rows: { n: string }[] = await em.query(sql, k.values);
      return bounded(Number(rows[0]!.n));
    }
    const p = new SqlParams();
    const { ctes, where, branches } = buildConditions(p, q.tenantId, q.plan, q.filter, await lookAhead(em, q));
    const cap = atMost !== null && q.plan.kind !== 'TEXT_SUBSTRING' ? p.add(atMost + 1) : null;
    const base = where.join(' and ');
    let counted: string;
    if (branches && cap) counted = branches.map((b) => `(select c.id from clients c where ${base} and ${b} limit ${cap})`).join(' union ');
    else counted = `select 1 from clients c where ${base}${branches ? ` and (${branches.join(' or ')})` : ''}${cap ? ` limit ${cap}` : ''}`;
    const rows: { n: string }[] = await em.query(
      `${ctes.length ? `with ${ctes.join(', ')} ` : ''} select count(*) as n from (${counted}) m`, p.values);
    return bounded(Number(rows[0]!.n));
  },

  // ---- probes used by the search planner: each answers from one index, in well under a millisecond ----

  /**
   * Whether a name (either order) starts with the prefix, how its first-name branch should read (FirstNameMatch),
   * and whether a tag has that name, in one round trip; and, when none matches and `variants` are given, the
   * dictionary words sharing a deletion variant with the typed word (those within one edit of it): a typo then
   * needs no round trip of its own. The CASE runs that lookup only when it is needed (an uncorrelated sub-select is
   * evaluated on first use), so a name that matches pays nothing for it.
   */
  async probeName(
    em: EntityManager, tenantId: string, prefix: string, variants: string[] | null = null,
  ): Promise<{ prefix: boolean; tag: boolean; firstNames: FirstNameMatch; near: string[] | null }> {
    // one word: the distinct first names that start with it, one step of ix_clients_first_word each (a loose
    // index scan), at most FIRST_WORDS_MAX + 1; with a space: how many first names start with it, up to
    // FIRST_NAME_DENSE (see FirstNameMatch)
    const oneWord = !prefix.includes(' ');
    const firstNames = oneWord
      ? `array(with recursive w(word) as (
                 (select first_word from clients where tenant_id = $1 and deleted_at is null and ${differentOrders()}
                     and first_word >= $2 order by first_word limit 1)
                 union all
                 select (select c.first_word from clients c where c.tenant_id = $1 and c.deleted_at is null and ${differentOrders('c.')}
                            and c.first_word > w.word order by c.first_word limit 1)
                   from w where w.word ^@ $2)
               select word from w where word ^@ $2 limit ${FIRST_WORDS_MAX + 1})`
      : `(select count(*)::int from (select 1 from clients where tenant_id = $1 and deleted_at is null and name_fl ^@ $2
                                      and ${differentOrders()} limit ${FIRST_NAME_DENSE}) f)`;
    const rows: { surname: boolean; first_names: string[] | number; tag: boolean; near: string[] | null }[] = await em.query(
      `select p.surname, p.first_names, p.tag,
              case when p.surname or p.tag or ${oneWord ? 'cardinality(p.first_names) > 0' : 'p.first_names > 0'} or $3::text[] is null then null
                   else array(select distinct term from client_search_term_variants
                               where tenant_id = $1 and variant = any($3::text[]) limit 200) end as near
         from (select exists (select 1 from clients where tenant_id = $1 and deleted_at is null and name_lf ^@ $2) as surname,
                      ${firstNames} as first_names,
                      exists (select 1 from tags where tenant_id = $1 and name_key = $2) as tag
               offset 0) p`,
      [tenantId, prefix, variants]);
    const r = rows[0];
    const found = r?.first_names ?? 0;
    let match: FirstNameMatch;
    if (Array.isArray(found)) match = found.length > FIRST_WORDS_MAX ? { kind: 'WALK' } : { kind: 'WORDS', words: found };
    else match = found >= FIRST_NAME_DENSE ? { kind: 'WALK' } : { kind: 'COLLECT' };
    const anyFirstName = Array.isArray(found) ? found.length > 0 : found > 0;
    return { prefix: r?.surname === true || anyFirstName, tag: r?.tag === true, firstNames: match, near: r?.near ?? null };
  },

  async isTagName(em: EntityManager, tenantId: string, nameKey: string): Promise<boolean> {
    const rows = await em.query(`select 1 from tags where tenant_id = $1 and name_key = $2`, [tenantId, nameKey]);
    return rows.length > 0;
  },

  /** The fallback for words more than one edit away: trigram similarity over the dictionary (slower). */
  async similarTerms(em: EntityManager, tenantId: string, word: string, limit = 8): Promise<string[]> {
    // the % operator uses the trigram index (pg_trgm's default threshold 0.3): loose enough for one or two
    // wrong or missing letters in a surname ("Nowk" → nowak scores 0.375)
    const rows: { term: string }[] = await em.query(
      `select term from client_search_terms
        where tenant_id = $1 and term % $2
        order by similarity(term, $2) desc, term limit $3`,
      [tenantId, word, limit]);
    return rows.map((r) => r.term);
  },

  async hasTextSubstring(em: EntityManager, tenantId: string, text: string): Promise<boolean> {
    const rows = await em.query(
      `select 1 from clients where tenant_id = $1 and deleted_at is null and search_text like $2 limit 1`,
      [tenantId, `%${escapeLike(text)}%`]);
    return rows.length > 0;
  },

  /** Whether some phone's national number starts with the digits, some has them in its middle, some starts so with its country code. */
  async probePhonePrefix(
    em: EntityManager, tenantId: string, digits: string,
  ): Promise<{ national: boolean; middle: boolean; international: boolean }> {
    const rows: { national: boolean; middle: boolean; international: boolean }[] = await em.query(
      `select exists (select 1 from client_phones where tenant_id = $1 and national_digits ^@ $2) as national,
              exists (select 1 from client_phone_fragments where tenant_id = $1 and fragment ^@ $2) as middle,
              exists (select 1 from client_phones where tenant_id = $1 and digits ^@ $2) as international`, [tenantId, digits]);
    const r = rows[0];
    return { national: r?.national === true, middle: r?.middle === true, international: r?.international === true };
  },

  async hasEmailPrefix(em: EntityManager, tenantId: string, text: string): Promise<boolean> {
    const rows = await em.query(
      `select 1 from client_emails where tenant_id = $1 and address ^@ $2 limit 1`, [tenantId, text]);
    return rows.length > 0;
  },
};

interface Conditions {
  ctes: string[];
  where: string[];
  /** Alternative predicates on `c` whose union is the match, each cheap to page on its own (see findPage). */
  branches: string[] | null;
  /** The match is collected whole first (a substring, a sparse prefix): findPage sorts it behind a fence. */
  fenced: boolean;
}

interface LookAhead {
  /** The tag a name search also matches, if it exists. */
  tagId: string | null;
  /** A phone or e-mail prefix that starts at least DENSE_PREFIX rows. */
  dense: boolean;
}

/**
 * From this many first names starting with a prefix that has a space ("anna k"), the list is walked in surname
 * order for them rather than their index range collected and sorted: on a million clients the two meet near
 * 3,000 (about 1.3 ms each), and counting to 3,000 costs 1.2 ms.
 */
const FIRST_NAME_DENSE = 3000;

/**
 * A one-word prefix that starts more distinct first names than this ("a", "ma") is walked in surname order: it
 * matches so many clients everywhere in the list that the 21st comes within a few hundred rows, while reading 21
 * of each name would cost 21 × the names.
 */
const FIRST_WORDS_MAX = 32;

/**
 * The rows a first-name condition can add: a company, or a person with one name part, reads the same in both
 * orders and is found by its surname-order condition. The first-name index holds only these rows (migration
 * FirstNameOrderIndex), so every condition on name_fl carries this one.
 */
const differentOrders = (alias = '') => `${alias}name_fl <> ${alias}name_lf`;

/** Above this many matches a phone or e-mail prefix pages in list order instead of collecting every match. */
const DENSE_PREFIX = 5000;

/**
 * What the SQL shape depends on, asked before building it, because the planner would have to guess:
 * - the tag a name search also matches ("vip" finds the clients tagged VIP): with the tag's id the planner knows
 *   from the statistics how many clients carry it, whereas a join on the name is guessed, and a wrong guess made
 *   it walk the whole name index (24 s on a million clients) for a tag that does not exist;
 * - whether an e-mail prefix is dense ("kontakt@", "biuro@": tens of thousands of company mailboxes) or
 *   sparse ("anna.k": a few hundred): collecting every match costs what the match count costs, walking the list
 *   order and probing each client costs what the distance to the 20th match costs. Prefix selectivities under
 *   1 % are below the histogram's resolution, so the planner cannot tell them apart; an index-only count up to
 *   DENSE_PREFIX can, in about a millisecond.
 */
async function lookAhead(em: EntityManager, q: Pick<ClientListQuery, 'tenantId' | 'plan'>): Promise<LookAhead> {
  const plan = q.plan;
  if (plan.kind === 'NAME_PREFIX') {
    // an empty tagKey: the planner already knows no tag has this name
    if (!plan.tagKey) return { tagId: null, dense: false };
    const rows: { id: string }[] = await em.query(`select id from tags where tenant_id = $1 and name_key = $2`, [q.tenantId, plan.tagKey]);
    return { tagId: rows[0]?.id ?? null, dense: false };
  }
  let sql: string | null = null;
  let value = '';
  if (plan.kind === 'EMAIL_PREFIX') {
    sql = `select 1 from client_emails where tenant_id = $1 and address ^@ $2`;
    value = plan.text;
  }
  if (!sql) return { tagId: null, dense: false };
  const rows: { n: string }[] = await em.query(`select count(*) as n from (${sql} limit ${DENSE_PREFIX}) x`, [q.tenantId, value]);
  return { tagId: null, dense: Number(rows[0]?.n ?? 0) >= DENSE_PREFIX };
}

/** The page a list query asks for (placeholders already added), for the branches that can pick it early. */
interface PageWindow {
  /** Sorted by name, active clients, no other filter: the list as it opens. */
  byName: boolean;
  dir: 'asc' | 'desc';
  after: { value: string; id: string } | null;
  limit: string;
}

function buildConditions(
  p: SqlParams, tenantId: string, plan: SearchPlan, filter: ClientFilter, ahead: LookAhead, page: PageWindow | null = null,
): Conditions {
  const { tagId, dense } = ahead;
  const t = p.add(tenantId);
  const where = [`c.tenant_id = ${t}`, filter.deleted ? 'c.deleted_at is not null' : 'c.deleted_at is null'];
  const ctes: string[] = [];
  let branches: string[] | null = null;
  let fenced = false;
  const matchIds = (cte: string) => {
    ctes.push(`matched as materialized (${cte})`);
    // an id lookup per match, never a hash join against a scan of every client
    where.push('c.id = any(array(select id from matched))');
    fenced = true;
  };
  switch (plan.kind) {
    case 'NONE':
      break;
    case 'EMPTY_RESULT':
      where.push('false');
      break;
    case 'NAME_PREFIX': {
      // ^@ (starts_with) is leakproof, so under row-level security it becomes a btree range; LIKE 'x%' does not
      const prefix = p.add(plan.prefix);
      const firstName = firstNameBranch(p, t, prefix, plan.firstNames, filter, page, ctes);
      branches = firstName ? [`c.name_lf ^@ ${prefix}`, firstName] : [`c.name_lf ^@ ${prefix}`];
      if (tagId) branches.push(`c.id in (select ct.client_id from client_tags ct where ct.tenant_id = ${t} and ct.tag_id = ${p.add(tagId)}::uuid)`);
      break;
    }
    case 'NAME_TERMS': {
      // one branch per dictionary word and name order: each is a btree range (a constant prefix, which
      // "^@ any(array)" would not give)
      // "whole word" when nothing follows: the word meant ("lew") must not turn into a prefix of thousands of
      // longer names ("lewandowska"): the name is that word, alone or followed by a space
      branches = plan.terms.flatMap((term) => {
        if (plan.rest) {
          const x = p.add(`${term} ${plan.rest}`);
          return [`c.name_lf ^@ ${x}`, `c.name_fl ^@ ${x} and ${differentOrders('c.')}`];
        }
        // the word alone or followed by a space, as one btree range under "C" collation: nothing a name can
        // hold sorts between "lew" and "lew " or after "lew …" and before "lew!"
        const from = p.add(term);
        const to = p.add(`${term}!`);
        return [`c.name_lf >= ${from} and c.name_lf < ${to}`, `c.name_fl >= ${from} and c.name_fl < ${to} and ${differentOrders('c.')}`];
      });
      break;
    }
    case 'TEXT_SUBSTRING':
      // fenced like the others: a trigram match next to ORDER BY name LIMIT tempts the planner to walk the name index
      where.push(`c.search_text like ${p.add(`%${escapeLike(plan.text)}%`)}`);
      fenced = true;
      break;
    case 'PHONE_PREFIX':
      // even a dense prefix ("+48 606 3": thousands of phones) is collected whole: walking the name index
      // and probing each client's phones cost more (0.3 s), and the planner turned "in" into a hash join
      matchIds(`select distinct client_id as id from client_phones where tenant_id = ${t} and digits ^@ ${p.add(plan.digits)}`);
      break;
    // fragments are matched in the national number: with the country code, "850 6" would also match every
    // +48 506… number ("48506…" contains "8506")
    case 'PHONE_SUFFIX':
      // a suffix is a prefix of the reversed number (ix_client_phones_national_reversed)
      matchIds(`select client_id as id from client_phones where tenant_id = ${t}
        and national_reversed ^@ ${p.add([...plan.digits].reverse().join(''))}`);
      break;
    case 'PHONE_SUBSTRING': {
      // digits anywhere in the number: at its start (the national number), or at the start of one of its
      // stored suffixes (client_phone_fragments, migration PhoneFragments): two btree ranges, no trigrams
      const digits = p.add(plan.digits);
      matchIds(`select client_id as id from client_phone_fragments where tenant_id = ${t} and fragment ^@ ${digits}
        union all select client_id from client_phones where tenant_id = ${t} and national_digits ^@ ${digits}`);
      break;
    }
    case 'EMAIL_PREFIX': {
      // "kontakt@" or "biuro@" start tens of thousands of company addresses: page in list order, do not collect
      const ids = `select client_id as id from client_emails where tenant_id = ${t} and address ^@ ${p.add(plan.text)}`;
      if (dense) branches = [`c.id in (${ids})`];
      else matchIds(ids);
      break;
    }
    case 'EMAIL_SUBSTRING':
      matchIds(`select client_id as id from client_emails where tenant_id = ${t} and address like ${p.add(`%${escapeLike(plan.text)}%`)}`);
      break;
    case 'NUMBER': {
      if (!plan.digits) {
        matchIds(`select id from clients where tenant_id = ${t} and deleted_at is null and client_number = ${p.add(plan.number)}`);
        break;
      }
      // at most 6 digits typed: a client number, or the start of few enough phone numbers to collect
      const number = p.add(plan.number);
      const prefix = p.add(plan.digits);
      matchIds(`select id from clients where tenant_id = ${t} and deleted_at is null and client_number = ${number}
                union select client_id from client_phones where tenant_id = ${t} and digits ^@ ${prefix}
                union select client_id from client_phones where tenant_id = ${t} and national_digits ^@ ${prefix}`);
      break;
    }
    case 'TAX_ID':
      where.push(`c.tax_id = ${p.add(plan.taxId)}`);
      break;
  }
  addFilters(p, t, filter, where);
  return { ctes, where, branches, fenced };
}

/**
 * The default page of a phone or e-mail search (active clients by name, no other filter): each matching phone,
 * fragment and e-mail carries its client's sort key and listing (migrations PhoneSortKeys, EmailSortKeys), in
 * the index that finds it or in the row the trigram match reads, so the page is picked from the matches alone and
 * only its rows are read from clients. Other filters or sort orders go through buildConditions, which looks
 * every matched client up.
 */
function findKeyedMatchPage(q: ClientListQuery): { sql: string; values: unknown[] } | null {
  if (q.sort.field !== 'NAME' || !isDefaultListing(q.filter)) return null;
  const p = new SqlParams();
  const t = p.add(q.tenantId);
  const matched = keyedMatches(p, t, q.plan);
  if (!matched) return null;
  const dir = q.sort.direction === 'DESC' ? 'desc' : 'asc';
  const after = q.after ? `where (sv, id) ${dir === 'desc' ? '<' : '>'} (${p.add(q.after.value)}::text, ${p.add(q.after.id)}::uuid)` : '';
  const limit = p.add(q.first + 1);
  // the listing is checked again on the page's rows: the copies change in the same transaction as the client,
  // so this only guards the rule, it never drops a row
  const sql = `with matched as materialized (${matched}),
      page as materialized (select distinct id, sv from matched ${after} order by sv ${dir}, id ${dir} limit ${limit})
    select ${clientRowColumns('c', q.columns ?? null)}, (c.name_lf)::text as "sortValue" from clients c
     where c.tenant_id = ${t} and c.id = any(array(select id from page)) and c.deleted_at is null and c.is_active
     order by c.name_lf ${dir}, c.id ${dir}
     limit ${limit}`;
  return { sql, values: p.values };
}

/** The listed clients a phone or e-mail search matches, as (id, sort key) rows with repeats; null for other plans. */
function keyedMatches(p: SqlParams, t: string, plan: SearchPlan): string | null {
  const keyed = (table: string, condition: string) =>
    `select client_id as id, client_name_lf as sv from ${table} where tenant_id = ${t} and ${condition} and client_listed`;
  switch (plan.kind) {
    case 'PHONE_PREFIX':
      return keyed('client_phones', `digits ^@ ${p.add(plan.digits)}`);
    case 'PHONE_SUFFIX':
      return keyed('client_phones', `national_reversed ^@ ${p.add([...plan.digits].reverse().join(''))}`);
    case 'PHONE_SUBSTRING': {
      const digits = p.add(plan.digits);
      return `${keyed('client_phone_fragments', `fragment ^@ ${digits}`)} union all ${keyed('client_phones', `national_digits ^@ ${digits}`)}`;
    }
    case 'EMAIL_PREFIX':
      return keyed('client_emails', `address ^@ ${p.add(plan.text)}`);
    case 'EMAIL_SUBSTRING':
      return keyed('client_emails', `address like ${p.add(`%${escapeLike(plan.text)}%`)}`);
    default:
      return null;
  }
}

/**
 * The first-name branch of a name prefix (see FirstNameMatch), as a condition on `c`; null when no first name
 * starts with the prefix. The bin is matched plainly: the probe's first names are those of clients not deleted.
 */
function firstNameBranch(
  p: SqlParams, t: string, prefix: string, match: FirstNameMatch, filter: ClientFilter, page: PageWindow | null, ctes: string[],
): string | null {
  const plain = `c.name_fl ^@ ${prefix} and ${differentOrders('c.')}`;
  if (filter.deleted || match.kind === 'WALK') return plain;
  if (match.kind === 'WORDS') {
    if (!match.words.length) return null;
    const words = p.add(match.words);
    if (!page?.byName) return `c.first_word = any(${words}::text[]) and ${differentOrders('c.')}`;
    // the list as it opens: the first page of each first name, in surname order off ix_clients_first_word, and
    // the best of those; only the page's ids are looked up
    const after = page.after ? ` and (f.name_lf, f.id) ${page.dir === 'desc' ? '<' : '>'} (${page.after.value}::text, ${page.after.id}::uuid)` : '';
    return `c.id = any(array(select f.id from unnest(${words}::text[]) w(word) cross join lateral (
        select f.id, f.name_lf from clients f
         where f.tenant_id = ${t} and f.deleted_at is null and ${differentOrders('f.')} and f.first_word = w.word and f.is_active${after}
         order by f.name_lf ${page.dir}, f.id ${page.dir} limit ${page.limit}) f
      order by f.name_lf ${page.dir}, f.id ${page.dir} limit ${page.limit}))`;
  }
  // COLLECT: fewer than FIRST_NAME_DENSE; read off their own index, fenced, because as a plain condition the
  // planner sometimes judged them dense and walked the list in surname order probing each first name
  ctes.push(`first_names as materialized (select id, name_lf as sv, is_active from clients
    where tenant_id = ${t} and deleted_at is null and name_fl ^@ ${prefix} and ${differentOrders()})`);
  if (!page?.byName) return 'c.id = any(array(select id from first_names))';
  const after = page.after ? ` and (sv, id) ${page.dir === 'desc' ? '<' : '>'} (${page.after.value}::text, ${page.after.id}::uuid)` : '';
  return `c.id = any(array(select id from first_names where is_active${after} order by sv ${page.dir}, id ${page.dir} limit ${page.limit}))`;
}

/** Active, not deleted, and nothing else: the list as it opens. */
function isDefaultListing(f: ClientFilter): boolean {
  return f.status === 'ACTIVE' && !f.deleted && onlyStateFilter(f);
}

/** No filter but the status and the bin. */
function onlyStateFilter(f: ClientFilter): boolean {
  return Object.entries(f).every(([key, value]) =>
    key === 'status' || key === 'deleted' || value === undefined || value === null || (Array.isArray(value) && value.length === 0));
}

function addFilters(p: SqlParams, t: string, f: ClientFilter, where: string[]): void {
  if (f.status === 'ACTIVE') where.push('c.is_active');
  if (f.status === 'INACTIVE') where.push('not c.is_active');
  if (f.kind) where.push(`c.kind = ${p.add(f.kind)}`);
  if (f.isSupplier !== undefined) where.push(`c.is_supplier = ${p.add(f.isSupplier)}`);
  if (f.isConflict !== undefined) where.push(`c.is_conflict = ${p.add(f.isConflict)}`);
  if (f.sourceIds?.length) where.push(`c.source_id = any(${p.add(f.sourceIds)}::uuid[])`);
  if (f.assignedStaffIds?.length) where.push(`c.assigned_staff_id = any(${p.add(f.assignedStaffIds)}::uuid[])`);
  if (f.bookingModes?.length) where.push(`c.booking_mode = any(${p.add(f.bookingModes)}::text[])`);
  if (f.groupIds?.length) {
    where.push(`exists (select 1 from client_groups g where g.tenant_id = ${t} and g.client_id = c.id and g.group_id = any(${p.add(f.groupIds)}::uuid[]))`);
  }
  if (f.tagIds?.length) {
    where.push(`exists (select 1 from client_tags g where g.tenant_id = ${t} and g.client_id = c.id and g.tag_id = any(${p.add(f.tagIds)}::uuid[]))`);
  }
  for (const purpose of f.hasConsents ?? []) {
    // the current state is the latest ledger record of the purpose
    where.push(`coalesce((select r.granted from consent_records r where r.tenant_id = ${t} and r.client_id = c.id
      and r.purpose_key = ${p.add(purpose)} order by r.seq desc limit 1), false)`);
  }
  if (f.birthdayFrom && f.birthdayTo) {
    const from = p.add(f.birthdayFrom.month * 100 + f.birthdayFrom.day);
    const to = p.add(f.birthdayTo.month * 100 + f.birthdayTo.day);
    // a range may wrap the new year (15 Dec – 15 Jan)
    where.push(`c.birthday_month is not null and (case when ${from} <= ${to}
      then (c.birthday_month * 100 + c.birthday_day) between ${from} and ${to}
      else (c.birthday_month * 100 + c.birthday_day) >= ${from} or (c.birthday_month * 100 + c.birthday_day) <= ${to} end)`);
  }
  if (f.createdFrom) where.push(`c.created_at >= ${p.add(f.createdFrom)}`);
  if (f.createdTo) where.push(`c.created_at < ${p.add(f.createdTo)}`);
  for (const cf of f.customFields ?? []) {
    where.push(`c.custom_fields @> ${p.add(JSON.stringify({ [cf.fieldId]: cf.value }))}::jsonb`);
  }
}
