import { COUNTRY_CODES, LANGUAGE_CODES } from '@kartoteka/domain';

const cache = new Map<string, { code: string; name: string }[]>();

function named(codes: readonly string[], locale: string, type: 'region' | 'language', first: string[]) {
  const key = `${type}:${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type });
  } catch {
    names = undefined;
  }
  const all = codes.map((code) => ({ code, name: safeName(names, code) }));
  const top = first.map((c) => all.find((a) => a.code === c)).filter((x): x is { code: string; name: string } => !!x);
  const rest = all.filter((a) => !first.includes(a.code)).sort((a, b) => a.name.localeCompare(b.name, locale));
  const out = [...top, ...rest];
  cache.set(key, out);
  return out;
}

function safeName(names: Intl.DisplayNames | undefined, code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Countries (the domain's ISO list) named in the user's language, Poland and neighbours first. */
export function countryOptions(locale: string) {
  return named(COUNTRY_CODES, locale, 'region', ['PL', 'DE', 'CZ', 'SK', 'UA', 'LT', 'GB']);
}

export function languageOptions(locale: string) {
  return named(LANGUAGE_CODES, locale, 'language', ['pl', 'en', 'uk', 'de', 'ru']);
}
