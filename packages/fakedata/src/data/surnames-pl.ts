// The most frequent Polish surnames in their masculine form, with approximate counts of bearers (thousands, both
// sexes). Feminine forms are derived (-ski → -ska, -cki → -cka, -dzki → -dzka; all others are invariant).
export const POLISH_TOP_SURNAMES: readonly (readonly [string, number])[] = [
  ['Nowak', 200], ['Kowalski', 140], ['Wiśniewski', 110], ['Wójcik', 100], ['Kowalczyk', 98], ['Kamiński', 95],
  ['Lewandowski', 93], ['Zieliński', 91], ['Szymański', 89], ['Woźniak', 88], ['Dąbrowski', 87],
  ['Kozłowski', 76], ['Jankowski', 69], ['Mazur', 68], ['Wojciechowski', 67], ['Kwiatkowski', 66],
  ['Krawczyk', 65], ['Kaczmarek', 64], ['Piotrowski', 62], ['Grabowski', 59], ['Zając', 57], ['Pawłowski', 57],
  ['Michalski', 56], ['Król', 55], ['Wieczorek', 53], ['Jabłoński', 53], ['Wróbel', 53], ['Nowakowski', 52],
  ['Majewski', 52], ['Olszewski', 51], ['Stępień', 50], ['Malinowski', 50], ['Jaworski', 50], ['Adamczyk', 49],
  ['Dudek', 48], ['Nowicki', 48], ['Pawlak', 47], ['Górski', 46], ['Witkowski', 46], ['Sikora', 46],
  ['Walczak', 45], ['Rutkowski', 45], ['Baran', 44], ['Michalak', 44], ['Szewczyk', 44], ['Ostrowski', 43],
  ['Tomaszewski', 43], ['Pietrzak', 43], ['Duda', 42], ['Zalewski', 42], ['Wróblewski', 41], ['Jasiński', 40],
  ['Marciniak', 40], ['Bąk', 40], ['Zawadzki', 39], ['Sadowski', 39], ['Jakubowski', 39], ['Wilk', 38],
  ['Chmielewski', 38], ['Włodarczyk', 38], ['Borkowski', 37], ['Czarnecki', 37], ['Sokołowski', 37],
  ['Urbański', 36], ['Kubiak', 36], ['Maciejewski', 36], ['Szczepański', 36], ['Kucharski', 35],
  ['Wilczyński', 35], ['Kalinowski', 35], ['Lis', 35], ['Mazurek', 34], ['Wysocki', 34], ['Adamski', 34],
  ['Kaźmierczak', 34], ['Wasilewski', 34], ['Sobczak', 33], ['Czerwiński', 33], ['Andrzejewski', 33],
  ['Cieślak', 33], ['Głowacki', 33], ['Zakrzewski', 32], ['Kołodziej', 32], ['Sikorski', 32], ['Krajewski', 32],
  ['Gajewski', 31], ['Szymczak', 31], ['Szulc', 31], ['Baranowski', 31], ['Laskowski', 31], ['Brzeziński', 30],
  ['Makowski', 30], ['Ziółkowski', 30], ['Przybylski', 30], ['Domański', 29], ['Nowacki', 29], ['Borowski', 29],
  ['Błaszczyk', 29], ['Chojnacki', 29], ['Ciesielski', 29], ['Mróz', 28], ['Szczepaniak', 28],
  ['Wesołowski', 28], ['Górecki', 28], ['Krupa', 28], ['Kaczmarczyk', 28], ['Leszczyński', 28], ['Lipiński', 27],
  ['Kowalewski', 27], ['Urbaniak', 27], ['Kozak', 27], ['Kania', 27], ['Mikołajczyk', 26], ['Czajkowski', 26],
  ['Mucha', 26], ['Tomczak', 26], ['Kozieł', 26], ['Markowski', 26], ['Kowalik', 26], ['Nawrocki', 26],
  ['Brzozowski', 26], ['Janik', 25], ['Musiał', 25], ['Wawrzyniak', 25], ['Markiewicz', 25], ['Orłowski', 25],
  ['Tomczyk', 25], ['Jarosz', 25], ['Kołodziejczyk', 25], ['Kurek', 24], ['Kopeć', 24], ['Żak', 24],
  ['Wolski', 24], ['Łuczak', 24], ['Dziedzic', 24], ['Kot', 24], ['Stasiak', 24], ['Stankiewicz', 24],
  ['Piątek', 23], ['Jóźwiak', 23], ['Urban', 23], ['Dobrowolski', 23], ['Pawlik', 23], ['Kruk', 23],
  ['Domagała', 23], ['Piasecki', 23], ['Wierzbicki', 23], ['Karpiński', 23], ['Jastrzębski', 22], ['Polak', 22],
  ['Zięba', 22], ['Janicki', 22], ['Wójtowicz', 22], ['Stefański', 22], ['Sosnowski', 22], ['Bednarek', 22],
  ['Majchrzak', 22], ['Bielecki', 22], ['Małecki', 22], ['Maj', 22], ['Sowa', 21], ['Milewski', 21],
  ['Gajda', 21], ['Klimek', 21], ['Olejniczak', 21], ['Ratajczak', 21], ['Romanowski', 21], ['Matuszewski', 21],
  ['Śliwiński', 21], ['Madej', 21], ['Kasprzak', 21], ['Wilczek', 20], ['Grzelak', 20], ['Socha', 20],
  ['Czajka', 20], ['Marczak', 20], ['Fijałkowski', 20], ['Bielski', 20], ['Ślęzak', 18],
];

/** Surnames the benchmark's diacritic queries ("zolc", "lodz") rely on: injected at a fixed small share. */
export const DIACRITIC_MARKER_SURNAMES = ['Żółć', 'Łódź'] as const;

/**
 * Roots of real Polish surnames. Combined with suffixes (and with generated onset + coda stems) they make the
 * long tail: tens of thousands of distinct, mostly plausible, diacritic-heavy surnames.
 */
export const POLISH_SURNAME_STEMS: readonly string[] = [
  'Żół', 'Łąc', 'Gąs', 'Brzęcz', 'Szczęs', 'Wróbl', 'Ślusar', 'Źdźbł', 'Chrząszcz', 'Grzyb', 'Pszczół', 'Ślęz',
  'Gęs', 'Źreb', 'Żur', 'Kowal', 'Mazur', 'Kwiat', 'Jabł', 'Dąb', 'Bąk', 'Żab', 'Sęk', 'Wąs', 'Mącz', 'Krzyż',
  'Zięb', 'Głąb', 'Pączk', 'Łęcz', 'Świątk', 'Wiśn', 'Cieśl', 'Kołodz', 'Młynarcz', 'Stolarcz', 'Kraw', 'Szewc',
  'Bednar', 'Kuśnierz', 'Garbar', 'Koszył', 'Rataj', 'Kmieć', 'Sołt', 'Wójt', 'Młyn', 'Kuźn', 'Pszczoł', 'Gołęb',
  'Jastrzęb', 'Sokoł', 'Kruk', 'Wron', 'Sroc', 'Czaj', 'Łabędz', 'Bocian', 'Żuraw', 'Dzięcioł', 'Słowik',
  'Szczygł', 'Wilcz', 'Niedźwiedz', 'Lis', 'Zając', 'Borsuk', 'Jeż', 'Kozł', 'Baran', 'Wołk', 'Byk', 'Koń',
  'Brzoz', 'Lip', 'Jawor', 'Klon', 'Jesion', 'Grab', 'Olsz', 'Wierzb', 'Sosn', 'Jodł', 'Buk', 'Dęb', 'Tatar',
  'Litw', 'Rus', 'Czech', 'Węgr', 'Niemc', 'Prus', 'Mazow', 'Kujaw', 'Ślązak', 'Podgór', 'Zagór', 'Zarzecz',
  'Zawadz', 'Zalew', 'Przybył', 'Wesoł', 'Smutn', 'Mądr', 'Dobr', 'Zł', 'Cich', 'Głośn', 'Krótk', 'Dług',
  'Grub', 'Chud', 'Mał', 'Wielk', 'Młod', 'Now', 'Biał', 'Czarn', 'Czerw', 'Zielon', 'Siw', 'Rud',
  'Złot', 'Srebrn', 'Miedz', 'Żelaz', 'Kamień', 'Piask', 'Błot', 'Łęg', 'Bagn', 'Rzek', 'Staw', 'Jezior',
  'Górk', 'Dolin', 'Pol', 'Łąk', 'Gaj', 'Bor', 'Las', 'Krzak', 'Chwast', 'Mak', 'Groch', 'Bób', 'Kapust',
  'Rzep', 'Marchw', 'Cebul', 'Czosn', 'Chrzan', 'Ogórk', 'Grusz', 'Śliw', 'Wiśl', 'Czereśn', 'Porzecz', 'Malin',
  'Jagód', 'Żołędz', 'Orzech', 'Kasztan', 'Miód', 'Wosk', 'Chleb', 'Mąk', 'Kasz', 'Piwn', 'Miodow', 'Wódk',
  'Pierog', 'Kiełbas', 'Szynk', 'Boczk', 'Słonin', 'Smalec', 'Masł', 'Ser', 'Jajk', 'Kur', 'Kogut', 'Indycz',
  'Gąsior', 'Kaczor', 'Kacz', 'Łoś', 'Jeleń', 'Sarn', 'Dzik', 'Żubr', 'Tur', 'Ryś', 'Kun', 'Tchórz', 'Szczur',
  'Mysz', 'Żmij', 'Żab', 'Ropuch', 'Raczk', 'Szczupak', 'Karp', 'Leszcz', 'Węgorz', 'Okoń', 'Sum', 'Pstrąg',
  'Śledź', 'Dorsz', 'Trzmiel', 'Bąkow', 'Motyl', 'Komar', 'Much', 'Pająk', 'Mrówk', 'Świerszcz', 'Konik',
  'Ślimak', 'Robak', 'Chrabąszcz', 'Żuk', 'Kret', 'Wiewiór', 'Popiel', 'Węgl', 'Smoł', 'Dziegc', 'Kłos', 'Żyt',
  'Pszen', 'Owies', 'Jęczmień', 'Len', 'Konop', 'Słom', 'Snop', 'Sierp', 'Kos',
  'Widł', 'Pług', 'Bron', 'Wóz', 'Sań', 'Koł', 'Dyszl', 'Chomąt', 'Podkow', 'Gwóźdź', 'Młot', 'Kleszcz',
  'Piłk', 'Siekier', 'Topór', 'Nóż', 'Łyżk', 'Widelc', 'Garnk', 'Dzban', 'Kubk', 'Misk', 'Talerz', 'Stół',
  'Ławk', 'Stołk', 'Szaf', 'Skrzyn', 'Kufer', 'Wor', 'Torb', 'Kosz', 'Kobiałk', 'Beczk', 'Wiadr', 'Konew',
];

/**
 * Onset syllables and coda consonants: every onset + coda is a stem ("Żó" + "ł" → "Żół", "Gą" + "s" → "Gąs").
 * Many carry Polish diacritics so that unaccented search is exercised on real-looking data.
 */
export const SURNAME_ONSETS: readonly string[] = [
  'Ba', 'Bo', 'Bu', 'Bie', 'Bła', 'Bro', 'Brze', 'Cha', 'Chmie', 'Cho', 'Chrzą', 'Cie', 'Cze', 'Ćwie', 'Da',
  'Dą', 'Dę', 'Dro', 'Dzie', 'Dzię', 'Fi', 'Ga', 'Gą', 'Gę', 'Gło', 'Gó', 'Gra', 'Grzy', 'Ja', 'Jó', 'Ka',
  'Ką', 'Kę', 'Ko', 'Kró', 'Kry', 'Ku', 'La', 'Le', 'Li', 'Łą', 'Ło', 'Łu', 'Ma', 'Mą', 'Mie', 'Mi', 'Mo',
  'Na', 'No', 'Pa', 'Pie', 'Pio', 'Prze', 'Pu', 'Ra', 'Ro', 'Ry', 'Rzą', 'Rze', 'Sa', 'Si', 'So', 'Sta',
  'Stę', 'Su', 'Sze', 'Szy', 'Ślę', 'Śli', 'Świe', 'Świę', 'Ta', 'To', 'Trze', 'Wa', 'Wą', 'Wę', 'Wie', 'Wo',
  'Wró', 'Wy', 'Za', 'Zą', 'Zie', 'Zię', 'Źre', 'Żą', 'Ża', 'Żó', 'Żu', 'Ży', 'Chło', 'Szczę', 'Pszo', 'Grą',
];

export const SURNAME_CODAS: readonly string[] = [
  'b', 'd', 'ł', 'm', 'n', 'p', 'r', 's', 't', 'w', 'z', 'ch', 'l', 'k', 'g', 'cz', 'sz', 'rz', 'ż', 'c', 'ś',
  'ć', 'ń', 'ź', 'dź', 'st', 'rn', 'łk', 'sk', 'jk',
];

export interface SurnameSuffix {
  readonly text: string;
  readonly weight: number;
}

export const SURNAME_SUFFIXES: readonly SurnameSuffix[] = [
  { text: 'ak', weight: 12 }, { text: 'ek', weight: 8 }, { text: 'ik', weight: 4 }, { text: 'czyk', weight: 5 },
  { text: 'czak', weight: 3 }, { text: 'ewicz', weight: 6 }, { text: 'owicz', weight: 3 }, { text: 'owski', weight: 14 },
  { text: 'ewski', weight: 5 }, { text: 'iński', weight: 9 }, { text: 'ański', weight: 3 }, { text: 'ecki', weight: 3 },
  { text: 'uk', weight: 3 }, { text: 'ała', weight: 2 }, { text: 'ura', weight: 1 }, { text: 'ocha', weight: 1 },
  { text: 'oń', weight: 2 }, { text: 'arz', weight: 2 }, { text: 'ka', weight: 3 }, { text: 'el', weight: 2 },
  { text: 'iec', weight: 2 }, { text: 'as', weight: 1 }, { text: 'ys', weight: 1 }, { text: 'ulski', weight: 2 },
];
