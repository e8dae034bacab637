/**
 * Postal codes. Poland is checked strictly (NN-NNN, the form Poczta Polska prints); other countries get a light
 * sanity check only, because formats differ widely (UK "SW1A 1AA", Ireland "D02 X285", Malta "VLT 1117") and a
 * wrong rejection at the desk costs more than an odd value.
 */

const PL_POSTAL = /^(\d{2})-?(\d{3})$/;
const OTHER_POSTAL = /^[A-Z0-9][A-Z0-9 -]{0,9}$/;

export function normalizePostalCode(code: string | null | undefined, country: string = 'PL'): string | null {
  if (typeof code !== 'string') return null;
  const compact = code.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, ' ');
  if (!compact) return null;
  if (country.toUpperCase() === 'PL') {
    const m = PL_POSTAL.exec(compact.replace(/\s/g, ''));
    return m ? `${m[1]}-${m[2]}` : null;
  }
  return OTHER_POSTAL.test(compact) && compact.length <= 10 ? compact : null;
}

export function isValidPostalCode(code: string | null | undefined, country: string = 'PL'): boolean {
  return normalizePostalCode(code, country) !== null;
}
