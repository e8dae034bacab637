// Builtins are read once per module: in a Jest sandbox every global lookup (Math, String, Date) goes through
// the context's interceptor and costs about 100x more, which would skew the printed throughput.
const { floor, imul, ceil, sqrt } = Math;

/** A float in [0, 1), the shape most helpers accept ("prng" in the README). */
export type Prng = () => number;

/** 32-bit finaliser (MurmurHash3 fmix32): spreads small, correlated inputs (seeds, indexes) over all bits. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): passes PractRand to 2^40+ bytes, 128 bits of
 * state, and on V8 it is only a handful of integer ops per draw. The counter guarantees no short cycles.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // Integer seeds and fractional seeds both work; `>>> 0` keeps them 32-bit before mixing.
    const s = floor(seed) >>> 0;
    this.a = mix32(s ^ 0x9e3779b9);
    this.b = mix32(s + 0x6a09e667);
    this.c = mix32(s ^ 0xbb67ae85);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return floor(this.next() * n);
  }

  /** Integer in [min, max], both inclusive. */
  range(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[floor(this.next() * items.length)];
  }
}

export function createPrng(seed: number): Prng {
  const random = new SeededRandom(seed);
  return () => random.next();
}

/**
 * Vose's alias table: O(1) weighted choice from one draw, which matters at a million clients with a dozen
 * weighted choices each.
 */
export class WeightedPicker<T> {
  readonly items: readonly T[];
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    const n = entries.length;
    if (n === 0) throw new Error('WeightedPicker needs at least one entry');
    this.items = entries.map((e) => e[0]);
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    let total = 0;
    for (const [, w] of entries) {
      if (!(w >= 0)) throw new Error(`Negative or NaN weight: ${w}`);
      total += w;
    }
    const scaled = entries.map((e) => (e[1] * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.prob[s] = scaled[s];
      this.alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    for (const i of large) this.prob[i] = 1;
    for (const i of small) this.prob[i] = 1;
  }

  pickIndex(random: SeededRandom): number {
    const x = random.next() * this.prob.length;
    const i = floor(x);
    return x - i < this.prob[i] ? i : this.alias[i];
  }

  pick(random: SeededRandom): T {
    return this.items[this.pickIndex(random)];
  }
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedPicker<T> {
  return new WeightedPicker(entries);
}

/**
 * A keyed bijection on [0, size): a 4-round Feistel network on a square domain with cycle walking. Mapping the
 * stream index through it gives numbers (phones, NIPs) that look random yet never repeat within `size` indexes.
 */
export class IndexPermutation {
  private readonly side: number;
  private readonly keys: Uint32Array;

  constructor(
    readonly size: number,
    key: number,
  ) {
    if (!(size >= 1) || size > 2 ** 40) throw new Error(`Unsupported permutation size ${size}`);
    this.side = ceil(sqrt(size));
    this.keys = new Uint32Array(4);
    for (let r = 0; r < 4; r++) this.keys[r] = mix32((key >>> 0) + imul(r + 1, 0x9e3779b1));
  }

  map(index: number): number {
    const m = this.side;
    // Beyond `size` the values repeat, but with a different key per lap so the repetition is not periodic.
    const lap = floor(index / this.size);
    let x = index - lap * this.size;
    const lapKey = lap === 0 ? 0 : mix32(lap);
    do {
      let left = floor(x / m);
      let right = x - left * m;
      for (let r = 0; r < 4; r++) {
        const f = mix32((right ^ this.keys[r] ^ lapKey) >>> 0) % m;
        const next = (left + f) % m;
        left = right;
        right = next;
      }
      x = left * m + right;
    } while (x >= this.size);
    return x;
  }
}
