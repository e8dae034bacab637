import type { Pool } from 'pg';
import type { GqlClient } from './gql';
import { SeededRandom } from '@kartoteka/fakedata';
import { nowMs, summarize, type LatencySummary } from './stats';

const DUPLICATES = `query Duplicates($input: DuplicateProbeInput!) {
  duplicateCandidates(input: $input) { score reasons client { id } }
}`;

export interface DuplicateResult {
  label: string;
  inputs: number;
  http: LatencySummary;
  /** Inputs whose best candidate is the sampled client or one with the same name (a real duplicate). */
  found: number;
}

interface Sampled {
  id: string;
  kind: 'PERSON' | 'COMPANY';
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
}

type Answer = { duplicateCandidates: { score: number; reasons: string[]; client: { id: string } }[] };

/**
 * duplicateCandidates as the add-client form calls it while the receptionist types (F3.3): the name of a sampled
 * client as it is stored, with one letter of the surname missing, and a company's name. Each input is asked once
 * to warm up, then timed. A hit is a best candidate that is the sampled client or carries SAME_NAME /
 * SIMILAR_NAME (on a million clients many people share a name, and any of them is a duplicate to show).
 */
export async function measureDuplicates(api: GqlClient, pool: Pool, tenantId: string, perKind: number, seed: number): Promise<DuplicateResult[]> {
  const { rows } = await pool.query<Sampled>(
    `select id, kind, first_name, last_name, company_name from clients tablesample bernoulli (0.2) repeatable (${seed % 100000})
      where tenant_id = $1 and deleted_at is null limit ${perKind * 20}`, [tenantId]);
  const r = new SeededRandom(seed);
  const people = rows.filter((x) => x.kind === 'PERSON' && x.first_name && x.last_name && x.last_name.length >= 5);
  const companies = rows.filter((x) => x.kind === 'COMPANY' && x.company_name);
  const dropLetter = (s: string) => {
    const i = 1 + r.int(s.length - 2);
    return s.slice(0, i) + s.slice(i + 1);
  };
  const sets: { label: string; inputs: { id: string; input: Record<string, unknown> }[] }[] = [
    { label: 'person, name as stored', inputs: people.slice(0, perKind).map((p) => ({ id: p.id, input: { firstName: p.first_name, lastName: p.last_name } })) },
    { label: 'person, a letter of the surname missing', inputs: people.slice(perKind, 2 * perKind).map((p) => ({ id: p.id, input: { firstName: p.first_name, lastName: dropLetter(p.last_name!) } })) },
    { label: 'company, name as stored', inputs: companies.slice(0, perKind).map((p) => ({ id: p.id, input: { kind: 'COMPANY', companyName: p.company_name } })) },
  ];
  const results: DuplicateResult[] = [];
  for (const set of sets) {
    for (const { input } of set.inputs) await ask(api, input);
    const ms: number[] = [];
    let found = 0;
    for (const { id, input } of set.inputs) {
      const t0 = nowMs();
      const answer = await ask(api, input);
      ms.push(nowMs() - t0);
      const best = answer.duplicateCandidates[0];
      if (best && (best.client.id === id || best.reasons.includes('SAME_NAME') || best.reasons.includes('SIMILAR_NAME'))) found++;
    }
    results.push({ label: set.label, inputs: set.inputs.length, http: summarize(ms), found });
  }
  return results;
}

async function ask(api: GqlClient, input: Record<string, unknown>): Promise<Answer> {
  const res = await api.request<Answer>(DUPLICATES, { input });
  if (res.errors?.length || !res.data) throw new Error(`duplicateCandidates(${JSON.stringify(input)}) failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}
