// Weights: how often a client carries the tag in a mixed salon / barber / physio / repair-shop customer base.
export const PERSON_TAG_WEIGHTS: readonly (readonly [string, number])[] = [
  ['stały klient', 22], ['koloryzacja', 16], ['strzyżenie', 16], ['manicure', 12], ['polecenie', 10],
  ['VIP', 6], ['pedicure', 7], ['rehabilitacja', 8], ['masaż', 8], ['alergia', 5], ['student', 6], ['senior', 5],
  ['pakiet', 6], ['brwi i rzęsy', 6], ['depilacja', 4], ['broda', 6], ['dzieci', 4], ['karta podarunkowa', 3],
  ['fizjoterapia', 6], ['naprawa', 4], ['gwarancja', 2], ['Booksy', 4], ['nie odbiera', 2], ['spóźnia się', 2],
  ['płatność kartą', 3], ['keratyna', 3], ['przedłużanie włosów', 2], ['hybryda', 5],
];

export const COMPANY_TAG_WEIGHTS: readonly (readonly [string, number])[] = [
  ['faktura', 20], ['firma', 18], ['stały klient', 10], ['hurt', 6], ['dostawca', 6], ['umowa', 6],
  ['przelew 14 dni', 8], ['VIP', 3], ['pakiet', 4], ['naprawa', 5], ['gwarancja', 3], ['polecenie', 4],
];

export const FAKE_TAGS: readonly string[] = Object.freeze([
  ...new Set([...PERSON_TAG_WEIGHTS, ...COMPANY_TAG_WEIGHTS].map(([tag]) => tag)),
]);

export const FAKE_GROUP_NAMES: readonly string[] = Object.freeze([
  'Stali klienci', 'Alergicy', 'Klienci sporadyczni', 'VIP', 'Nowi', 'Firmy',
]);

export const SOURCE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['Polecenie', 26], ['Google', 18], ['Booksy', 15], ['Instagram', 14], ['Facebook', 12],
  ['Przechodził obok', 6], ['Strona www', 6], ['Ulotka', 3],
];

export const FAKE_SOURCES: readonly string[] = Object.freeze(SOURCE_WEIGHTS.map(([source]) => source));

/**
 * Staff notes ("opis"): `{a|y}` is the feminine|masculine ending, `{c}` a hair-colour code, `{ox}` an oxidant
 * strength. Weighted toward salon work, then physiotherapy, then repair shops.
 */
export const DESCRIPTION_TEMPLATES: readonly (readonly [string, number])[] = [
  ['Uczulon{a|y} na amoniak', 6], ['Woli wizyty rano', 6], ['Woli wizyty po 17:00', 4], ['Farba {c} + {c}', 8],
  ['Farba {c} + {c}, oksydant {ox}', 6], ['Kolor: {c}, pasemka co drugą wizytę', 3], ['Odrost co 5 tygodni', 3],
  ['Wrażliwa skóra głowy', 3], ['Nie lubi krótkiego cięcia', 3], ['Strzyżenie maszynką na 3 mm po bokach', 4],
  ['Broda – tylko nożyczki, bez maszynki', 2], ['Uczulon{a|y} na lateks', 3], ['Uczulon{a|y} na nikiel', 2],
  ['Alergia na orzechy – uwaga na olejki', 2], ['Paznokcie łamliwe, tylko hybryda', 3], ['Manicure japoński', 2],
  ['Henna brwi 1.0, rzęsy 1.1', 2], ['Po operacji kolana (ACL), ćwiczenia w odciążeniu', 3],
  ['Ból odcinka lędźwiowego, unikać skłonów', 4], ['Rwa kulszowa – bez masażu głębokiego', 2],
  ['Skierowanie z NFZ, seria 10 zabiegów', 2], ['Ciśnienie wysokie – nie stosować gorących kamieni', 2],
  ['Masaż tylko olejkiem bezzapachowym', 2], ['W ciąży – zabiegi tylko za zgodą lekarza', 2],
  ['Przychodzi z dzieckiem', 2], ['Słabo słyszy, mówić głośno', 1], ['Zawsze płaci gotówką', 2],
  ['Prosi o tę samą stylistkę', 3], ['Nie wysyłać SMS przed 9:00', 2], ['Spóźnia się ok. 10 min', 2],
  ['Samochód: Skoda Octavia 2016, wymiana oleju co 15 tys. km', 1], ['Rower szosowy, serwis co pół roku', 1],
  ['Ekspres do kawy – gwarancja do 2027', 1], ['Zniżka stałego klienta uzgodniona z właścicielką', 2],
  ['Keratynowe prostowanie co 3 miesiące', 2], ['Dekoloryzacja w 2024, włosy osłabione', 2],
];

export const REMARKS: readonly (readonly [string, number])[] = [
  ['Płaci kartą', 4], ['Faktura na firmę', 3], ['Przypominać SMS dzień wcześniej', 4], ['Klient z Booksy', 3],
  ['Kontakt tylko telefoniczny', 2], ['Nie dzwonić w godzinach pracy', 2], ['Bon podarunkowy do wykorzystania', 2],
  ['Zaległa płatność za ostatnią wizytę', 1], ['Preferuje kontakt przez WhatsApp', 2],
  ['Rabat uzgodniony z właścicielką', 2], ['Odwołał(a) 2 wizyty bez uprzedzenia', 1],
  ['Karta lojalnościowa: 8/10 pieczątek', 2], ['Dane do faktury w osobnym mailu', 1],
];

export const COMPANY_REMARKS: readonly (readonly [string, number])[] = [
  ['Faktura VAT, termin płatności 14 dni', 5], ['Przelew 7 dni', 3], ['Kontakt: p. Anna z recepcji', 2],
  ['Dostawa w czwartki', 2], ['Zamówienia tylko mailowo', 2], ['Umowa ramowa do końca roku', 1],
  ['Rabat hurtowy 10%', 2], ['Płatność przy odbiorze', 2],
];

/** Remarks about the language to use with a client, by name origin (see data/foreign-names.ts). */
export const LANGUAGE_REMARKS: Readonly<Record<string, readonly string[]>> = {
  UA: ['Mówi po ukraińsku i trochę po polsku', 'Rozmawiać po rosyjsku lub ukraińsku', 'Dobrze mówi po polsku'],
  BY: ['Mówi po rosyjsku i białorusku', 'Dobrze mówi po polsku'],
  DE: ['Mówi po niemiecku i angielsku', 'Rozmawiać po angielsku'],
  GB: ['Mówi po angielsku', 'Tylko angielski'],
  VN: ['Mówi po angielsku, trochę po polsku', 'Przychodzi z tłumaczem (córka)'],
  OTHER: ['Mówi po angielsku', 'Rozmawiać po angielsku'],
};
