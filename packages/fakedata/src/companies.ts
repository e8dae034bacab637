import { BRAND_TAILS, BUSINESS_TYPES, COMPANY_BRANDS, COMPANY_TLDS, LEGAL_FORMS, type BusinessType } from './data/companies';
import type { City } from './data/places';
import { pickPolishFirstName, pickPolishLastName } from './names';
import { SeededRandom, WeightedPicker } from './random';
import { namePart, toAsciiSlug, type NamePart } from './text';

export interface FakeCompanyName {
  readonly name: string;
  /** Second-level label of the firm's own domain, e.g. "ewa-kos" or "salon-nowak". */
  readonly domainLabel: string;
  readonly mailboxes: readonly string[];
  /** Local part used when the firm runs on a free mailbox (salon.nowak@wp.pl). */
  readonly freeMailLocal: string;
}

const TYPES = new WeightedPicker(BUSINESS_TYPES.map((t) => [t, t.weight] as const));
const BRANDS: readonly NamePart[] = COMPANY_BRANDS.map(namePart);
const LEGAL = new WeightedPicker(LEGAL_FORMS);
const TLDS = new WeightedPicker(COMPANY_TLDS);
const ABBREVIATIONS = ['P.H.U.', 'F.H.U.', 'P.P.H.U.', 'Z.U.H.', 'F.U.H.'];

type Pattern = (random: SeededRandom, city: City) => FakeCompanyName;

const brandSlug = (brand: NamePart) => toAsciiSlug(brand.text, true);

/** "Ewa-Kos", "Mar-Pol": first three letters of a name plus a trade word. */
function coinedBrand(random: SeededRandom, from: string): NamePart {
  const text = `${from.slice(0, 3)}-${random.pick(BRAND_TAILS)}`;
  return { text, slug: toAsciiSlug(text, true) };
}

function owner(random: SeededRandom): { first: NamePart; last: NamePart } {
  const female = random.chance(0.55);
  return { first: pickPolishFirstName(random, female), last: pickPolishLastName(random, female) };
}

const withLegal = (random: SeededRandom, name: string, share: number) =>
  random.chance(share) ? `${name} ${LEGAL.pick(random)}` : name;

const firm = (name: string, domainLabel: string, type: BusinessType | null, freeMailLocal: string): FakeCompanyName => ({
  name,
  domainLabel,
  mailboxes: type?.mailboxes ?? ['biuro', 'kontakt', 'info'],
  freeMailLocal,
});

const PATTERNS = new WeightedPicker<Pattern>([
  // Salon Fryzjerski Anna Nowak (sole trader: no legal form)
  [(r) => {
    const type = TYPES.pick(r);
    const { first, last } = owner(r);
    return firm(`${type.name} ${first.text} ${last.text}`, `${type.slug}-${last.slug}`, type, `${type.slug}.${last.slug}`);
  }, 26],
  // Studio Urody Bella, Salon Fryzjerski Glamour Gdańsk
  [(r, city) => {
    const type = TYPES.pick(r);
    const brand = r.pick(BRANDS);
    const inCity = r.chance(0.3);
    const label = inCity ? `${brandSlug(brand)}-${toAsciiSlug(city.name, true)}` : r.chance(0.4) ? `${type.slug}-${brandSlug(brand)}` : brandSlug(brand);
    const name = inCity ? `${type.name} ${brand.text} ${city.name}` : `${type.name} ${brand.text}`;
    return firm(withLegal(r, name, 0.25), label, type, `${type.slug}.${brand.slug}`);
  }, 24],
  // Ewa-Kos s.c. / Bella sp. z o.o.
  [(r) => {
    const brand = r.chance(0.5) ? coinedBrand(r, owner(r).first.text) : r.pick(BRANDS);
    return firm(withLegal(r, brand.text, 1), brandSlug(brand), null, brand.slug.replace(/-/g, '.'));
  }, 14],
  // Auto-Serwis Kowalczyk Sp. z o.o. / Zakład Usługowo-Handlowy Wiśniewski
  [(r) => {
    const type = TYPES.pick(r);
    const last = pickPolishLastName(r, false);
    return firm(withLegal(r, `${type.name} ${last.text}`, 0.45), `${last.slug}-${type.slug}`, type, `${last.slug}.${type.slug}`);
  }, 20],
  // P.H.U. Mar-Pol Marek Nowak
  [(r) => {
    const { first, last } = owner(r);
    const brand = coinedBrand(r, r.chance(0.6) ? first.text : last.text);
    return firm(`${r.pick(ABBREVIATIONS)} ${brand.text} ${first.text} ${last.text}`, brandSlug(brand), null, `${brand.slug.replace(/-/g, '')}`);
  }, 8],
  // Glamour s.c. Anna Nowak, Ewa Kowalska
  [(r) => {
    const brand = r.pick(BRANDS);
    const a = owner(r);
    const b = owner(r);
    return firm(
      `${brand.text} s.c. ${a.first.text} ${a.last.text}, ${b.first.text} ${b.last.text}`,
      brandSlug(brand),
      null,
      `${brand.slug}.sc`,
    );
  }, 8],
]);

export function pickCompanyName(random: SeededRandom, city: City): FakeCompanyName {
  return PATTERNS.pick(random)(random, city);
}

export function pickCompanyTld(random: SeededRandom): string {
  return TLDS.pick(random);
}
