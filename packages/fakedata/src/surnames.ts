import {
  DIACRITIC_MARKER_SURNAMES,
  POLISH_SURNAME_STEMS,
  POLISH_TOP_SURNAMES,
  SURNAME_CODAS,
  SURNAME_ONSETS,
  SURNAME_SUFFIXES,
} from './data/surnames-pl';
import { mix32, SeededRandom, WeightedPicker } from './random';
import { feminineSurname, namePart, type NamePart } from './text';

/** Both grammatical forms of a surname with their e-mail slugs, computed once per distinct surname. */
export interface SurnameForms {
  readonly masculine: NamePart;
  readonly feminine: NamePart;
}

export function surnameForms(masculine: string, feminine = feminineSurname(masculine)): SurnameForms {
  const m = namePart(masculine);
  return { masculine: m, feminine: feminine === masculine ? m : namePart(feminine) };
}

// How the stem's last consonant behaves before a suffix.
enum StemClass {
  Hard = 0, // b, d, ł, m, n, r, s, t, w, z, ch, l ...
  Velar = 1, // k, g: "e" becomes "ie" (Bąk + ewicz → Bąkiewicz)
  Sibilant = 2, // cz, sz, rz, ż, c, dz: "i" becomes "y" (Kacz + iński → Kaczyński)
  Soft = 3, // ś, ć, ń, ź: written si/ci/ni/zi before a vowel (Gąś + ak → Gąsiak)
  J = 4, // j: no "i" suffixes (Gajewski yes, Gajiński no)
}

function classify(stem: string): StemClass | null {
  const last = stem[stem.length - 1];
  const prev = stem[stem.length - 2];
  if ('aąeęioóuy'.includes(last)) return null;
  if (last === 'k' || last === 'g') return StemClass.Velar;
  if (last === 'j') return StemClass.J;
  if (last === 'ś' || last === 'ć' || last === 'ń' || last === 'ź') return StemClass.Soft;
  if (last === 'ż' || last === 'c') return StemClass.Sibilant;
  if (last === 'z' && (prev === 'c' || prev === 's' || prev === 'r' || prev === 'd')) return StemClass.Sibilant;
  return StemClass.Hard;
}

const NOT_AFTER: Record<string, readonly StemClass[]> = {
  ek: [StemClass.Velar],
  ik: [StemClass.Velar, StemClass.J],
  czyk: [StemClass.Sibilant, StemClass.Velar],
  czak: [StemClass.Sibilant, StemClass.Velar],
  ka: [StemClass.Velar],
  ecki: [StemClass.Velar, StemClass.Sibilant, StemClass.Soft, StemClass.J],
  el: [StemClass.Sibilant],
  iec: [StemClass.Sibilant, StemClass.J],
  'iński': [StemClass.J],
  arz: [StemClass.Sibilant],
  ys: [StemClass.Soft, StemClass.Velar],
  ulski: [StemClass.Soft],
};

const UNSOFTEN: Record<string, string> = { ś: 's', ć: 'c', ń: 'n', ź: 'z' };

function joinStem(stem: string, cls: StemClass, suffix: string): string {
  // "Srocka", "Gąska" would read as feminine -cka/-ska forms: use -ak there.
  if (suffix === 'ka' && /[scz]$/.test(stem)) return joinStem(stem, cls, 'ak');
  const startsWithVowel = 'aąeęioóuy'.includes(suffix[0]);
  switch (cls) {
    case StemClass.Soft:
      if (!startsWithVowel) return stem + suffix;
      {
        const base = stem.slice(0, -1) + UNSOFTEN[stem[stem.length - 1]];
        return suffix[0] === 'i' ? base + suffix : base + 'i' + suffix;
      }
    case StemClass.Sibilant:
      return suffix[0] === 'i' ? stem + 'y' + suffix.slice(1) : stem + suffix;
    case StemClass.Velar:
      return suffix[0] === 'e' ? stem + 'i' + suffix : stem + suffix;
    default:
      return stem + suffix;
  }
}

interface TailStem {
  readonly text: string;
  readonly cls: StemClass;
}

function buildTailStems(): { stems: TailStem[]; weights: number[] } {
  const seen = new Set<string>();
  const stems: TailStem[] = [];
  const weights: number[] = [];
  const add = (text: string, weight: number) => {
    const cls = classify(text);
    if (cls === null || seen.has(text)) return;
    seen.add(text);
    stems.push({ text, cls });
    weights.push(weight);
  };
  // A skewed but fixed weight per stem (cubed uniform hash) gives a realistic long tail: a few tail names are
  // moderately common, most are rare.
  const skew = (i: number) => 0.15 + 4 * (mix32(i * 2654435761) / 4294967296) ** 3;
  POLISH_SURNAME_STEMS.forEach((stem, i) => add(stem, 3 * skew(i)));
  let i = 10_000;
  for (const onset of SURNAME_ONSETS) {
    for (const coda of SURNAME_CODAS) add(onset + coda, skew(i++));
  }
  return { stems, weights };
}

const TAIL = buildTailStems();
const TAIL_STEM_PICKER = new WeightedPicker(TAIL.stems.map((s, i) => [i, TAIL.weights[i]] as const));
const SUFFIX_COUNT = SURNAME_SUFFIXES.length;
const STEM_CLASSES = [StemClass.Hard, StemClass.Velar, StemClass.Sibilant, StemClass.Soft, StemClass.J];
const SUFFIX_PICKER_BY_CLASS: WeightedPicker<number>[] = STEM_CLASSES.map(
  (cls) =>
    new WeightedPicker(
      SURNAME_SUFFIXES.map((suffix, index) => [index, (NOT_AFTER[suffix.text] ?? []).includes(cls) ? 0 : suffix.weight] as const),
    ),
);
// Lazily filled: only the combinations actually drawn get their strings built.
const tailCache: (SurnameForms | undefined)[] = new Array(TAIL.stems.length * SUFFIX_COUNT);

/** Number of distinct masculine tail surnames the generator can produce (for documentation and tests). */
export const TAIL_SURNAME_COMBINATIONS = TAIL.stems.reduce(
  (sum, stem) => sum + SURNAME_SUFFIXES.filter((s) => !(NOT_AFTER[s.text] ?? []).includes(stem.cls)).length,
  0,
);

const TOP_PICKER = new WeightedPicker(POLISH_TOP_SURNAMES.map(([name, weight]) => [surnameForms(name), weight] as const));
const MARKER_PICKER = new WeightedPicker([
  [surnameForms(DIACRITIC_MARKER_SURNAMES[0]), 55],
  [surnameForms(DIACRITIC_MARKER_SURNAMES[1]), 45],
]);

const MARKER_SHARE = 0.02;
const TOP_SHARE = 0.45;

export function pickPolishTailSurname(random: SeededRandom): SurnameForms {
  const stemIndex = TAIL_STEM_PICKER.pickIndex(random);
  const stem = TAIL.stems[stemIndex];
  const suffixIndex = SUFFIX_PICKER_BY_CLASS[stem.cls].pickIndex(random);
  const key = stemIndex * SUFFIX_COUNT + suffixIndex;
  let forms = tailCache[key];
  if (forms === undefined) {
    forms = surnameForms(joinStem(stem.text, stem.cls, SURNAME_SUFFIXES[suffixIndex].text));
    tailCache[key] = forms;
  }
  return forms;
}

/** A Polish surname: 2 % the diacritic markers (Żółć, Łódź), 45 % the frequent ones, the rest the long tail. */
export function pickPolishSurname(random: SeededRandom): SurnameForms {
  const u = random.next();
  if (u < MARKER_SHARE) return MARKER_PICKER.pick(random);
  if (u < MARKER_SHARE + TOP_SHARE) return TOP_PICKER.pick(random);
  return pickPolishTailSurname(random);
}
