import { mix32, SeededRandom, WeightedPicker } from './random';

// Builtins are read once per module: in a Jest sandbox every global lookup (Math, String, Date) goes through
// the context's interceptor and costs about 100x more, which would skew the printed throughput.
const { imul } = Math;
const toStr = String;

type LocalPart = (first: string, last: string, yy: string, random: SeededRandom) => string;

// How Polish users actually build addresses: anna.kowalska@, akowalska84@, kowalska.anna@, anna1984@ ...
// Over half carry digits, as they must once the plain forms of common names are taken.
const PERSON_LOCAL_PARTS = new WeightedPicker<LocalPart>([
  [(f, l) => `${f}.${l}`, 20],
  [(f, l) => f + l, 6],
  [(f, l) => f[0] + l, 6],
  [(f, l) => `${l}.${f}`, 4],
  [(f, l) => `${f}_${l}`, 3],
  [(f, l) => l + f[0], 2],
  [(f, l) => `${f[0]}.${l}`, 3],
  [(f, l, yy) => f[0] + l + yy, 10],
  [(f, l, yy) => `${f}.${l}${yy}`, 8],
  [(f, _l, yy) => f + yy, 3],
  [(_f, l, yy) => l + yy, 3],
  [(f, l, yy) => `${l}.${f}${yy}`, 3],
  [(f, l, _yy, r) => `${f}.${l}${r.range(1, 999)}`, 10],
  [(f, l, _yy, r) => f + l + r.range(1, 9999), 8],
  [(f, l, _yy, r) => f[0] + l + r.range(1, 999), 5],
  [(f, _l, _yy, r) => f + r.range(100, 9999), 6],
]);

/**
 * Addresses already handed out by one generator, kept as 31-bit hashes (a million clients cost ~30 MB, not the
 * strings). A hash collision only makes the caller pick another address, so uniqueness is exact.
 */
export class EmailRegistry {
  private readonly seen = new Set<number>();

  claim(address: string): boolean {
    let h = 0x811c9dc5;
    for (let i = 0; i < address.length; i++) h = imul(h ^ address.charCodeAt(i), 0x01000193);
    h = mix32(h) >>> 1;
    if (this.seen.has(h)) return false;
    this.seen.add(h);
    return true;
  }
}

/**
 * A person's address, unique within the registry: like real users who find "anna.kowalska@" taken, later
 * clients with a common name end up with digits. `first`/`last` are ASCII slugs; `birthYear` feeds the "84" in
 * akowalska84.
 */
export function personEmail(
  random: SeededRandom,
  registry: EmailRegistry,
  first: string,
  last: string,
  birthYear: number | null,
  domains: WeightedPicker<string>,
): string {
  const year = birthYear ?? random.range(1955, 2006);
  const yy = toStr(100 + (year % 100)).slice(1);
  const f = first.length > 0 ? first : 'klient';
  const l = last.length > 0 ? last : 'x';
  for (let attempt = 0; attempt < 3; attempt++) {
    const address = `${PERSON_LOCAL_PARTS.pick(random)(f, l, yy, random)}@${domains.pick(random)}`;
    if (registry.claim(address)) return address;
  }
  for (let digits = 100; ; digits *= 10) {
    const address = `${f}.${l}${random.range(1, digits * 10)}@${domains.pick(random)}`;
    if (registry.claim(address)) return address;
  }
}

/** A firm's address: a mailbox at its own domain, or a free mailbox; unique within the registry. */
export function companyEmail(
  random: SeededRandom,
  registry: EmailRegistry,
  mailboxes: readonly string[],
  domainLabel: string,
  tld: () => string,
  freeMailLocal: string,
  freeDomains: WeightedPicker<string>,
): string {
  const ownDomain = random.chance(0.75);
  for (let attempt = 0; attempt < 2; attempt++) {
    const address = ownDomain
      ? `${random.pick(mailboxes)}@${domainLabel}.${tld()}`
      : `${freeMailLocal}@${freeDomains.pick(random)}`;
    if (registry.claim(address)) return address;
  }
  for (let digits = 100; ; digits *= 10) {
    const n = random.range(1, digits * 10);
    const address = ownDomain
      ? `${random.pick(mailboxes)}@${domainLabel}${n}.${tld()}`
      : `${freeMailLocal}${n}@${freeDomains.pick(random)}`;
    if (registry.claim(address)) return address;
  }
}
