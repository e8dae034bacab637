import { POLISH_FEMALE_FIRST_NAMES, POLISH_MALE_FIRST_NAMES } from './data/first-names-pl';
import { FOREIGN_ORIGINS, type OriginKey, type PhoneCountry } from './data/foreign-names';
import { SeededRandom, WeightedPicker } from './random';
import { pickPolishSurname, surnameForms, type SurnameForms } from './surnames';
import { namePart, type NamePart } from './text';

export type { NamePart };

export interface PersonName {
  readonly firstName: NamePart;
  readonly lastName: NamePart;
  readonly female: boolean;
  readonly origin: 'PL' | OriginKey;
  /** Country of the person's phone when it is not Polish, else null. */
  readonly phoneCountry: PhoneCountry | null;
  readonly emailDomains: WeightedPicker<string>;
}

const firstNamePicker = (rows: readonly (readonly [string, number])[]) =>
  new WeightedPicker(rows.map(([name, weight]) => [namePart(name), weight] as const));

const PL_FEMALE = firstNamePicker(POLISH_FEMALE_FIRST_NAMES);
const PL_MALE = firstNamePicker(POLISH_MALE_FIRST_NAMES);

export const POLISH_EMAIL_DOMAINS = new WeightedPicker<string>([
  ['gmail.com', 34], ['wp.pl', 16], ['o2.pl', 11], ['onet.pl', 10], ['interia.pl', 9], ['outlook.com', 5],
  ['op.pl', 4], ['icloud.com', 3], ['yahoo.com', 2], ['gazeta.pl', 2], ['poczta.fm', 1], ['hotmail.com', 1],
  ['vp.pl', 1], ['tlen.pl', 1],
]);

interface CompiledOrigin {
  readonly key: OriginKey;
  readonly female: WeightedPicker<NamePart>;
  readonly male: WeightedPicker<NamePart>;
  readonly surnames: WeightedPicker<SurnameForms>;
  readonly tailShare: number;
  readonly tailStems: readonly string[];
  readonly tailSuffixes: readonly string[];
  readonly tailCache: (SurnameForms | undefined)[];
  readonly homePhoneShare: number;
  readonly phoneCountry: PhoneCountry | null;
  readonly emailDomains: WeightedPicker<string>;
}

const ORIGINS: readonly CompiledOrigin[] = FOREIGN_ORIGINS.map((origin) => ({
  key: origin.key,
  female: firstNamePicker(origin.femaleFirst),
  male: firstNamePicker(origin.maleFirst),
  surnames: new WeightedPicker(origin.surnames.map(([m, f, w]) => [surnameForms(m, f), w] as const)),
  tailShare: origin.tail?.share ?? 0,
  tailStems: origin.tail?.stems ?? [],
  tailSuffixes: origin.tail?.suffixes ?? [],
  tailCache: new Array((origin.tail?.stems.length ?? 0) * (origin.tail?.suffixes.length ?? 0)),
  homePhoneShare: origin.homePhoneShare,
  phoneCountry: origin.phoneCountry,
  emailDomains: new WeightedPicker(origin.emailDomains),
}));
const ORIGIN_PICKER = new WeightedPicker(ORIGINS.map((o, i) => [o, FOREIGN_ORIGINS[i].weight] as const));

const FEMALE_SHARE = 0.62; // salons and physios see more women than men
const DOUBLE_BARRELLED_SHARE = 0.04; // of Polish women: "Nowak-Kowalska"

function foreignSurname(origin: CompiledOrigin, random: SeededRandom): SurnameForms {
  if (origin.tailShare > 0 && random.chance(origin.tailShare)) {
    const stem = random.int(origin.tailStems.length);
    const suffix = random.int(origin.tailSuffixes.length);
    const key = stem * origin.tailSuffixes.length + suffix;
    let forms = origin.tailCache[key];
    if (forms === undefined) {
      const name = origin.tailStems[stem] + origin.tailSuffixes[suffix];
      forms = surnameForms(name, name);
      origin.tailCache[key] = forms;
    }
    return forms;
  }
  return origin.surnames.pick(random);
}

export function pickPolishFirstName(random: SeededRandom, female: boolean): NamePart {
  return (female ? PL_FEMALE : PL_MALE).pick(random);
}

export function pickPolishLastName(random: SeededRandom, female: boolean): NamePart {
  const forms = pickPolishSurname(random);
  if (female && random.chance(DOUBLE_BARRELLED_SHARE)) {
    const second = pickPolishSurname(random);
    if (second !== forms) {
      return { text: `${forms.feminine.text}-${second.feminine.text}`, slug: forms.feminine.slug + second.feminine.slug };
    }
  }
  return female ? forms.feminine : forms.masculine;
}

/** A person's name: Polish with probability `1 - foreignShare`, else one of the foreign origins. */
export function pickPersonName(random: SeededRandom, foreignShare: number): PersonName {
  const female = random.chance(FEMALE_SHARE);
  if (!random.chance(foreignShare)) {
    return {
      firstName: pickPolishFirstName(random, female),
      lastName: pickPolishLastName(random, female),
      female,
      origin: 'PL',
      phoneCountry: null,
      emailDomains: POLISH_EMAIL_DOMAINS,
    };
  }
  const origin = ORIGIN_PICKER.pick(random);
  const surname = foreignSurname(origin, random);
  return {
    firstName: (female ? origin.female : origin.male).pick(random),
    lastName: female ? surname.feminine : surname.masculine,
    female,
    origin: origin.key,
    phoneCountry: origin.phoneCountry !== null && random.chance(origin.homePhoneShare) ? origin.phoneCountry : null,
    emailDomains: origin.emailDomains,
  };
}
