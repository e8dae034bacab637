import { createPrng, IndexPermutation, SeededRandom, WeightedPicker } from './random';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and differs across seeds', () => {
    const a = new SeededRandom(123);
    const b = new SeededRandom(123);
    const c = new SeededRandom(124);
    const seqA = Array.from({ length: 50 }, () => a.nextUint32());
    const seqB = Array.from({ length: 50 }, () => b.nextUint32());
    const seqC = Array.from({ length: 50 }, () => c.nextUint32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('yields floats in [0, 1) with a uniform-looking mean', () => {
    const prng = createPrng(7);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = prng();
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});

describe('WeightedPicker', () => {
  it('follows the weights', () => {
    const picker = new WeightedPicker([['a', 1], ['b', 3], ['c', 0], ['d', 6]] as const);
    const random = new SeededRandom(1);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
    for (let i = 0; i < 100_000; i++) counts[picker.pick(random)]++;
    expect(counts.c).toBe(0);
    expect(counts.a / 100_000).toBeCloseTo(0.1, 1);
    expect(counts.b / 100_000).toBeCloseTo(0.3, 1);
    expect(counts.d / 100_000).toBeCloseTo(0.6, 1);
  });
});

describe('IndexPermutation', () => {
  it.each([1, 37, 1000, 1001, 99_991])('is a bijection on [0, %i)', (size) => {
    const permutation = new IndexPermutation(size, 42);
    const seen = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const x = permutation.map(i);
      if (!(x >= 0 && x < size)) throw new Error(`out of range: ${i} → ${x}`);
      seen[x]++;
    }
    expect(seen.every((n) => n === 1)).toBe(true);
  });

  it('depends on the key', () => {
    const a = new IndexPermutation(1_000_000, 1);
    const b = new IndexPermutation(1_000_000, 2);
    const differing = Array.from({ length: 100 }, (_, i) => a.map(i) !== b.map(i)).filter(Boolean).length;
    expect(differing).toBeGreaterThan(95);
  });
});
