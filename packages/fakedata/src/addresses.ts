import { CITIES, STREETS, type City } from './data/places';
import { SeededRandom, WeightedPicker } from './random';
import type { FakeAddress, FakeAddressKind } from './types';

// Builtins are read once per module: in a Jest sandbox every global lookup (Math, String, Date) goes through
// the context's interceptor and costs about 100x more, which would skew the printed throughput.
const { floor } = Math;
const toStr = String;

const CITY_PICKER = new WeightedPicker(CITIES.map((city) => [city, city.weight] as const));
const STREET_PICKER = new WeightedPicker(STREETS);
const BUILDING_LETTERS = ['A', 'B', 'C', 'D', 'a', 'b'];

export function pickCity(random: SeededRandom): City {
  return CITY_PICKER.pick(random);
}

function postalCode(random: SeededRandom, city: City): string {
  const [from, to] = city.postal.length === 1 ? city.postal[0] : random.pick(city.postal);
  const code = toStr(100_000 + from + random.int(to - from + 1)).slice(1);
  return `${code.slice(0, 2)}-${code.slice(2)}`;
}

function buildingNumber(random: SeededRandom): string {
  // Low numbers dominate: most streets are short.
  const u = random.next();
  const n = 1 + floor(u * u * 140);
  if (random.chance(0.07)) return `${n}${random.pick(BUILDING_LETTERS)}`;
  return toStr(n);
}

export function fakeAddress(random: SeededRandom, city: City, kind: FakeAddressKind): FakeAddress {
  const street = STREET_PICKER.pick(random);
  const building = buildingNumber(random);
  const apartment = kind !== 'WORK' && random.chance(city.flatShare) ? toStr(1 + floor(random.next() ** 1.6 * 120)) : null;
  return { kind, street, building, apartment, postalCode: postalCode(random, city), city: city.name, country: 'PL' };
}
