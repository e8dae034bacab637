import { isValidNip, nipCheckDigit, validNip } from './nip';
import { createPrng, SeededRandom } from './random';

const checksumOk = (nip: string) => {
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(nip[i]), 0);
  return /^\d{10}$/.test(nip) && sum % 11 !== 10 && sum % 11 === Number(nip[9]);
};

describe('validNip', () => {
  it('accepts a known real NIP and rejects a wrong check digit', () => {
    expect(isValidNip('5261040828')).toBe(true);
    expect(isValidNip('5261040827')).toBe(false);
    expect(isValidNip('526104082')).toBe(false);
    expect(isValidNip('526-104-08-28')).toBe(false);
  });

  it('never accepts a number whose weighted sum gives 10', () => {
    let firstNine = '';
    for (let n = 100_000_000; ; n++) {
      if (nipCheckDigit(String(n)) === 10) {
        firstNine = String(n);
        break;
      }
    }
    for (let d = 0; d <= 9; d++) expect(isValidNip(firstNine + d)).toBe(false);
  });

  it('gives valid, distinct NIPs for distinct indexes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) {
      const nip = validNip(i, 99);
      if (!checksumOk(nip)) throw new Error(`invalid NIP ${nip} for index ${i}`);
      seen.add(nip);
    }
    expect(seen.size).toBe(200_000);
    expect(validNip(12345, 99)).toBe(validNip(12345, 99));
    expect(validNip(12345, 99)).not.toBe(validNip(12345, 100));
  });

  it('gives valid NIPs from a prng or a SeededRandom', () => {
    const prng = createPrng(5);
    const random = new SeededRandom(6);
    const nips = Array.from({ length: 10_000 }, (_, i) => validNip(i % 2 === 0 ? prng : random));
    expect(nips.filter((nip) => !checksumOk(nip))).toEqual([]);
    expect(new Set(nips).size).toBeGreaterThan(9_990);
  });
});
