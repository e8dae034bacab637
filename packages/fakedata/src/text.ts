// German umlauts follow the e-mail convention (Müller → mueller); everything else loses its diacritic.
const FOLD: Record<string, string> = {
  ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z',
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss',
  á: 'a', à: 'a', â: 'a', ã: 'a', å: 'a', č: 'c', ç: 'c', ď: 'd', é: 'e', è: 'e', ê: 'e', ë: 'e', ě: 'e',
  í: 'i', ì: 'i', î: 'i', ï: 'i', ı: 'i', ñ: 'n', ň: 'n', ò: 'o', ô: 'o', õ: 'o', ø: 'o', ř: 'r', š: 's',
  ş: 's', ť: 't', ú: 'u', ù: 'u', û: 'u', ů: 'u', ý: 'y', ž: 'z', ğ: 'g',
};

/**
 * Lower-case ASCII for e-mail local parts and domains: diacritics folded, spaces and apostrophes dropped,
 * hyphens kept only when `keepHyphens` (domains such as ewa-kos.pl).
 */
export function toAsciiSlug(text: string, keepHyphens = false): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else if (ch === '-' && keepHyphens) out += ch;
    else {
      const folded = FOLD[ch];
      if (folded !== undefined) out += folded;
    }
  }
  return out;
}

/** Feminine form of a Polish surname: only the adjectival -ski/-cki/-dzki endings change. */
export function feminineSurname(masculine: string): string {
  if (masculine.endsWith('ski') || masculine.endsWith('cki') || masculine.endsWith('dzki')) {
    return masculine.slice(0, -1) + 'a';
  }
  return masculine;
}

/** A name as shown (with diacritics) and as it appears in e-mail addresses. */
export interface NamePart {
  readonly text: string;
  readonly slug: string;
}

export function namePart(text: string): NamePart {
  return { text, slug: toAsciiSlug(text) };
}
