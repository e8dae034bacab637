import type { PhoneCountry } from './data/foreign-names';
import { IndexPermutation, SeededRandom, WeightedPicker } from './random';

// Builtins are read once per module: in a Jest sandbox every global lookup (Math, String, Date) goes through
// the context's interceptor and costs about 100x more, which would skew the printed throughput.
const toStr = String;

// Prefix ranges libphonenumber-js (metadata 1.13) classifies as mobile: PL (?:45|5[0137]|6[069]|7[2389]|88)\d{7},
// DE 1(?:6[023]|7\d)\d{7,8}|15[0-25-9]\d{8}, GB 7(?:[1-3]\d\d|77[1-7]|78[014-9]|79[024-9])\d{6} (subset),
// UA (?:50|6[36-8]|73|9[1-9])\d{7}. Keeping to them lets the domain's phone validation accept every number.
const POLISH_MOBILE_DECADES: readonly (readonly [string, number])[] = [
  ['50', 12], ['51', 12], ['53', 10], ['57', 6], ['60', 14], ['66', 10], ['69', 10], ['72', 6], ['73', 5],
  ['78', 7], ['79', 8], ['88', 8], ['45', 2],
];
const POLISH_MOBILE_PREFIXES = new WeightedPicker(
  POLISH_MOBILE_DECADES.flatMap(([decade, weight]) =>
    Array.from({ length: 10 }, (_, d) => [`+48${decade}${d}`, weight / 10] as const),
  ),
);

const GERMAN_PREFIXES = [
  '151', '152', '155', '157', '159', '160', '162', '163', '170', '171', '172', '173', '174', '175', '176', '177',
  '178', '179',
].map((p) => `+49${p}`);

const BRITISH_PREFIXES: readonly string[] = [
  ...Array.from({ length: 300 }, (_, i) => toStr(100 + i)), // 7100-7399
  ...['1', '2', '3', '4', '5', '6', '7'].flatMap((b) => Array.from({ length: 10 }, (_, c) => `7${b}${c}`)),
  ...['0', '1', '4', '5', '6', '7', '8', '9'].flatMap((b) => Array.from({ length: 10 }, (_, c) => `8${b}${c}`)),
  ...['0', '2', '4', '5', '6', '7', '8', '9'].flatMap((b) => Array.from({ length: 10 }, (_, c) => `9${b}${c}`)),
].map((abc) => `+447${abc}`);

const UKRAINIAN_PREFIXES = new WeightedPicker<string>([
  ['+38050', 18], ['+38066', 10], ['+38095', 8], ['+38099', 8], ['+38067', 22], ['+38068', 8], ['+38096', 8],
  ['+38097', 10], ['+38098', 6], ['+38063', 10], ['+38073', 6], ['+38093', 12],
]);

const pad = (value: number, width: number) => toStr(10 ** width + value).slice(1);

/**
 * Numbers for one generator: the subscriber digits of Polish numbers come from a keyed permutation of the
 * stream index, so within a million clients no two primary (or two secondary) mobiles share their last six
 * digits under the same prefix, while still looking random.
 */
export class PhoneNumbers {
  private readonly mobile: IndexPermutation[];
  private readonly landline: IndexPermutation[];

  constructor(seed: number) {
    this.mobile = [0, 1].map((slot) => new IndexPermutation(1_000_000, seed * 7 + slot + 0x6d6f6221));
    this.landline = [0, 1].map((slot) => new IndexPermutation(8_000_000, seed * 7 + slot + 0x6c616e64));
  }

  polishMobile(random: SeededRandom, index: number, slot: number): string {
    return POLISH_MOBILE_PREFIXES.pick(random) + pad(this.mobile[slot].map(index), 6);
  }

  /** Landline: +48, the city's 2-digit area code, 7 subscriber digits starting 2-9. */
  polishLandline(areaCode: string, index: number, slot: number): string {
    return `+48${areaCode}${2_000_000 + this.landline[slot].map(index)}`;
  }

  foreignMobile(random: SeededRandom, country: PhoneCountry): string {
    switch (country) {
      case 'DE':
        return random.pick(GERMAN_PREFIXES) + pad(random.int(100_000_000), 8);
      case 'GB':
        return random.pick(BRITISH_PREFIXES) + pad(random.int(1_000_000), 6);
      case 'UA':
        return UKRAINIAN_PREFIXES.pick(random) + pad(random.int(10_000_000), 7);
    }
  }
}
