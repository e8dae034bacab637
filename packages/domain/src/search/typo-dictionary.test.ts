import { editDistance, rankTypoCandidates, searchDictionaryTerms, typoVariants } from './typo-dictionary';

describe('searchDictionaryTerms', () => {
  it.each([
    [['kowalska anna', 'anna kowalska'], ['kowalska', 'anna']],
    [['szymanska, nowak sp. j.'], ['szymanska', 'nowak']],
    [['auto-serwis nowak'], ['auto-serwis', 'nowak']],
    [['li bo'], []],
    [['"studio" urody (bella)'], ['studio', 'urody', 'bella']],
    [['ольга іванова'], ['ольга', 'іванова']],
  ])('%j → %j', (names, terms) => {
    expect(searchDictionaryTerms(...names)).toEqual(terms);
  });
});

describe('typoVariants', () => {
  it('is the word and the word without each one letter', () => {
    expect(typoVariants('nowak')).toEqual(['nowak', 'owak', 'nwak', 'noak', 'nowk', 'nowa']);
  });
  it('keeps short words as they are', () => {
    expect(typoVariants('ewa')).toEqual(['ewa']);
  });
  it('counts letters, not UTF-16 units', () => {
    expect(typoVariants('ολγα')).toEqual(['ολγα', 'λγα', 'ογα', 'ολα', 'ολγ']);
  });

  // two words one edit apart always share a variant: that is what the lookup relies on
  it.each([
    ['kowalsky', 'kowalski'], // wrong letter
    ['nowk', 'nowak'], // missing letter
    ['kowallski', 'kowalski'], // one too many
    ['oliinky', 'oliinyk'], // neighbours swapped
    ['grauowska', 'grabowska'],
    ['szymaiska', 'szymanska'],
  ])('%s and %s share a variant', (typo, word) => {
    const shared = typoVariants(typo).filter((v) => typoVariants(word).includes(v));
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('editDistance', () => {
  it.each([
    ['kowalski', 'kowalski', 0],
    ['kowalsky', 'kowalski', 1],
    ['nowk', 'nowak', 1],
    ['oliinky', 'oliinyk', 1],
    ['wisniewska', 'wisnieska', 1],
    ['grzegorz', 'grzegrz', 1],
    ['abc', 'cba', 2],
    ['', 'abc', 3],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('rankTypoCandidates', () => {
  it('puts the fewest edits first and leaves out the typed word and far words', () => {
    expect(rankTypoCandidates('kowalsky', ['kowalska', 'kowalski', 'kowal', 'kowalsky', 'kowalewski', 'kowalski'])).toEqual(['kowalska', 'kowalski']);
  });
  it('keeps at most limit words', () => {
    expect(rankTypoCandidates('nowk', ['nowak', 'nowy', 'nowa', 'nowik', 'now'], 2)).toEqual(['nowa', 'nowy']);
  });
});
