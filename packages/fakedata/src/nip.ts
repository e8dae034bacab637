import { IndexPermutation, SeededRandom, type Prng } from './random';

// Builtins are read once per module: in a Jest sandbox every global lookup (Math, String, Date) goes through
// the context's interceptor and costs about 100x more, which would skew the printed throughput.
const { floor, min } = Math;
const toStr = String;

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/**
 * First three digits of real tax-office codes (urzędy skarbowe) of the cities the generator uses, so numbers look
 * like real ones; only the checksum is ever validated.
 */
const TAX_OFFICE_PREFIXES = [
  '521', '522', '524', '525', '526', '527', '113', '118', '951', '676', '677', '678', '679', '944', '725', '726',
  '727', '728', '729', '894', '895', '896', '897', '898', '899', '778', '779', '781', '782', '783', '583', '584',
  '585', '604', '851', '852', '955', '554', '953', '712', '713', '946', '634', '954', '542', '966', '813', '879',
  '956', '657', '739', '754', '929', '599', '573', '949', '796', '644', '586', '958', '547', '937', '736',
] as const;

const SLOTS_PER_PREFIX = 100_000 * 9; // 5 free digits, then the 9th digit chosen among its 9+ valid values
const NIP_SPACE = TAX_OFFICE_PREFIXES.length * SLOTS_PER_PREFIX;

/** Weighted sum mod 11 of the first nine digits; 10 means no valid NIP exists with these nine digits. */
export function nipCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (firstNine.charCodeAt(i) - 48) * NIP_WEIGHTS[i];
  return sum % 11;
}

export function isValidNip(nip: string): boolean {
  if (!/^\d{10}$/.test(nip)) return false;
  const check = nipCheckDigit(nip);
  return check !== 10 && check === nip.charCodeAt(9) - 48;
}

function nipFromSlot(slot: number): string {
  const prefixIndex = floor(slot / SLOTS_PER_PREFIX);
  const rest = slot - prefixIndex * SLOTS_PER_PREFIX;
  const middle = floor(rest / 9);
  const rank = rest - middle * 9;
  const eight = TAX_OFFICE_PREFIXES[prefixIndex] + toStr(100_000 + middle).slice(1);
  let partial = 0;
  for (let i = 0; i < 8; i++) partial += (eight.charCodeAt(i) - 48) * NIP_WEIGHTS[i];
  // 7 (the 9th weight) is invertible mod 11, so the ten candidate digits give ten distinct check values and at
  // most one of them is the forbidden 10: at least nine digits remain, and `rank` picks one of the first nine.
  let seen = -1;
  for (let d = 0; d <= 9; d++) {
    const check = (partial + 7 * d) % 11;
    if (check === 10) continue;
    seen++;
    if (seen === rank) return eight + toStr(d) + toStr(check);
  }
  throw new Error('unreachable: every 8-digit NIP prefix has at least nine valid continuations');
}

const permutations = new Map<number, IndexPermutation>();

function permutationFor(salt: number): IndexPermutation {
  let permutation = permutations.get(salt);
  if (!permutation) {
    permutation = new IndexPermutation(NIP_SPACE, salt ^ 0x4e495021);
    permutations.set(salt, permutation);
  }
  return permutation;
}

/**
 * A valid Polish NIP (10 digits, correct checksum, never a check value of 10).
 * - `validNip(index, salt?)`: deterministic; distinct indexes give distinct NIPs for the same salt (the first
 *   ~57 million indexes; beyond that values repeat).
 * - `validNip(prng)` or `validNip(seededRandom)`: a random valid NIP.
 */
export function validNip(source: number | Prng | SeededRandom, salt = 0): string {
  if (typeof source === 'number') {
    if (!Number.isInteger(source) || source < 0) throw new Error(`NIP index must be a non-negative integer: ${source}`);
    return nipFromSlot(permutationFor(salt >>> 0).map(source));
  }
  const u = source instanceof SeededRandom ? source.next() : source();
  return nipFromSlot(min(NIP_SPACE - 1, floor(u * NIP_SPACE)));
}
