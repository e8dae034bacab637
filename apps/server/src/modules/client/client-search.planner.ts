import { classifySearchInput, normalizeForSearch, rankTypoCandidates, typoVariants, validateNip } from '@kartoteka/domain';
import type { EntityManager } from 'typeorm';
import type { SearchPlan } from './client-list.query';
import { clientListRepository as repo } from './client-list.repository';

/**
 * Picks how to match a search string: the domain says what the input looks like (name, phone, e-mail, number,
 * tax id), and a probe on the cheapest index decides whether to fall back to a slower, broader match only when
 * the fast one finds nothing: name prefix, then substring anywhere in the card's text ("bella" in "Studio Urody
 * Bella"), then similar dictionary words for typos ("Kowalsky" → kowalski, kowalska).
 */
/** Dictionary words a typo is looked up as: each adds two index ranges to the page query (and its planning). */
const TYPO_WORDS = 6;
/** Longer "words" (a pasted sentence) are not looked up as typos: their variants would only cost. */
const TYPO_MAX_LENGTH = 40;

export async function planSearch(em: EntityManager, tenantId: string, raw: string | null | undefined): Promise<SearchPlan> {
  const input = classifySearchInput(raw ?? '');
  switch (input.kind) {
    case 'EMPTY':
      return { kind: 'NONE' };
    case 'PHONE': {
      const digits = input.digits ?? '';
      if (digits.length < 3) return { kind: 'NAME_PREFIX', prefix: input.normalized, tagKey: input.normalized, firstNames: { kind: 'WALK' } };
      if (input.isSuffix) return { kind: 'PHONE_SUFFIX', digits };
      // typed with + or 00: the digits include the country code; otherwise they are anywhere in the national
      // number ("486 1" is 486 1… or …4861…, not +48 61…: the start or the middle, both shown, so a number that
      // merely starts so cannot hide the ones that hold the digits), and only a foreign number typed without +
      // falls back to the full digits
      const found = await repo.probePhonePrefix(em, tenantId, digits);
      if (input.phoneMatch === 'PREFIX') return found.international ? { kind: 'PHONE_PREFIX', digits } : { kind: 'PHONE_SUBSTRING', digits };
      if (found.national || found.middle) return { kind: 'PHONE_SUBSTRING', digits };
      return found.international ? { kind: 'PHONE_PREFIX', digits } : { kind: 'PHONE_SUBSTRING', digits };
    }
    case 'EMAIL':
      return (await repo.hasEmailPrefix(em, tenantId, input.normalized))
        ? { kind: 'EMAIL_PREFIX', text: input.normalized }
        : { kind: 'EMAIL_SUBSTRING', text: input.normalized };
    case 'CLIENT_NUMBER':
      return { kind: 'NUMBER', number: input.clientNumber ?? input.normalized, digits: null };
    case 'MIXED':
      // a short number is either a client number or the start of a phone number: both are shown
      return { kind: 'NUMBER', number: input.clientNumber ?? input.normalized, digits: input.digits || null };
    case 'TAX_ID': {
      const nip = validateNip(input.normalized);
      return { kind: 'TAX_ID', taxId: nip.normalized ?? input.normalized };
    }
    default: {
      const text = normalizeForSearch(input.normalized);
      // only punctuation ("%", "_", "-"): nothing can match it
      if (!text) return { kind: 'EMPTY_RESULT' };
      const [first = '', ...rest] = input.tokens.map(normalizeForSearch);
      // One word: its dictionary neighbours first (exact variant lookups, about 1 ms), because the trigram probe
      // of the card text costs 10-20 ms on a million clients. They come with the name probe, in its round trip,
      // and are looked up only when no name starts with the input.
      const variants = first.length >= 3 && first.length <= TYPO_MAX_LENGTH ? typoVariants(first) : null;
      // tagKey stays empty when no tag has this name (the list then skips it)
      const probe = await repo.probeName(em, tenantId, text, variants);
      if (probe.prefix || probe.tag) return { kind: 'NAME_PREFIX', prefix: text, tagKey: probe.tag ? text : '', firstNames: probe.firstNames };
      // "janina.wojci": the start of an e-mail address typed without its @
      if (/^\S*\.\S*$/.test(text) && (await repo.hasEmailPrefix(em, tenantId, text))) return { kind: 'EMAIL_PREFIX', text };
      // A word that is itself in the dictionary is a whole word of some name, just not its start ("bella" in
      // "Studio Urody Bella"): a substring search.
      const near = probe.near ?? [];
      if (!rest.length && near.includes(first)) return { kind: 'TEXT_SUBSTRING', text };
      const close = rankTypoCandidates(first, near, TYPO_WORDS);
      if (!rest.length && close.length) return { kind: 'NAME_TERMS', terms: close, rest: '' };
      if (text.length >= 3 && (await repo.hasTextSubstring(em, tenantId, text))) return { kind: 'TEXT_SUBSTRING', text };
      // words further than one edit: trigram similarity over the dictionary (slower, rarely needed)
      const terms = close.length ? close : first.length >= 3 ? await repo.similarTerms(em, tenantId, first) : [];
      if (terms.length) return { kind: 'NAME_TERMS', terms, rest: rest.join(' ') };
      return { kind: 'EMPTY_RESULT' };
    }
  }
}
