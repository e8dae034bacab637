import {
  COMPANY_REMARKS,
  COMPANY_TAG_WEIGHTS,
  DESCRIPTION_TEMPLATES,
  LANGUAGE_REMARKS,
  PERSON_TAG_WEIGHTS,
  REMARKS,
  SOURCE_WEIGHTS,
} from './data/catalogs';
import { SeededRandom, WeightedPicker } from './random';
import type { FakeBirthday } from './types';

interface Note {
  readonly feminine: string;
  readonly masculine: string;
  /** Contains {c} / {ox} placeholders to fill per client. */
  readonly dynamic: boolean;
  readonly allergy: boolean;
}

const compileNote = (template: string): Note => ({
  feminine: template.replace(/\{(\w+)\|(\w+)\}/g, '$1'),
  masculine: template.replace(/\{(\w+)\|(\w+)\}/g, '$2'),
  dynamic: template.includes('{c}') || template.includes('{ox}'),
  allergy: /uczulon|alergi/i.test(template),
});

const DESCRIPTIONS = new WeightedPicker(DESCRIPTION_TEMPLATES.map(([t, w]) => [compileNote(t), w] as const));
const PERSON_REMARKS = new WeightedPicker(REMARKS);
const FIRM_REMARKS = new WeightedPicker(COMPANY_REMARKS);
const PERSON_TAGS = new WeightedPicker(PERSON_TAG_WEIGHTS);
const COMPANY_TAGS = new WeightedPicker(COMPANY_TAG_WEIGHTS);
const SOURCES = new WeightedPicker(SOURCE_WEIGHTS);
const TAG_COUNTS = new WeightedPicker([[0, 45], [1, 30], [2, 17], [3, 8]] as const);
const DISCOUNTS = new WeightedPicker([[5, 3], [10, 4], [15, 2], [20, 1]] as const);
const HAIR_TONES = ['0', '1', '3', '4', '5', '6', '7', '00', '01', '12', '34', '43', '66', '71'];
const OXIDANTS = ['1,9%', '3%', '6%', '6%', '9%', '12%'];

function hairColour(random: SeededRandom): string {
  return `${random.range(4, 10)}.${random.pick(HAIR_TONES)}`;
}

export interface PickedDescription {
  readonly text: string;
  readonly allergy: boolean;
}

export function personDescription(random: SeededRandom, female: boolean): PickedDescription {
  const note = DESCRIPTIONS.pick(random);
  let text = female ? note.feminine : note.masculine;
  if (note.dynamic) {
    text = text.replace(/\{c\}/g, () => hairColour(random)).replace('{ox}', () => random.pick(OXIDANTS));
  }
  return { text, allergy: note.allergy };
}

/** Foreign clients get a note about the language to use a third of the time. */
export function personRemark(random: SeededRandom, origin: string): string {
  const language = LANGUAGE_REMARKS[origin];
  if (language !== undefined && random.chance(0.35)) return random.pick(language);
  return PERSON_REMARKS.pick(random);
}
export const companyRemark = (random: SeededRandom) => FIRM_REMARKS.pick(random);
export const pickSource = (random: SeededRandom) => SOURCES.pick(random);
export const pickDiscount = (random: SeededRandom) => DISCOUNTS.pick(random);

export function pickTags(random: SeededRandom, company: boolean): string[] {
  const count = TAG_COUNTS.pick(random);
  const tags: string[] = [];
  const picker = company ? COMPANY_TAGS : PERSON_TAGS;
  for (let attempts = 0; tags.length < count && attempts < 8; attempts++) {
    const tag = picker.pick(random);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

// Ages of salon / physio clients: few children, most between 25 and 55.
const AGE_BANDS = new WeightedPicker<readonly [number, number]>([
  [[6, 17], 4], [[18, 24], 12], [[25, 34], 22], [[35, 44], 22], [[45, 54], 17], [[55, 64], 12], [[65, 74], 8],
  [[75, 90], 3],
]);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1];
}

export function birthYear(random: SeededRandom, referenceYear: number): number {
  const [min, max] = AGE_BANDS.pick(random);
  return referenceYear - random.range(min, max);
}

/** A valid date; without a year, 29 February is allowed (the card stores day and month only). */
export function birthday(random: SeededRandom, year: number | null): FakeBirthday {
  const month = random.range(1, 12);
  const day = random.range(1, daysInMonth(month, year));
  return { day, month, year };
}
