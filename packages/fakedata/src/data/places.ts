export interface City {
  readonly name: string;
  /** Population in thousands: the pick weight. */
  readonly weight: number;
  /** Inclusive ranges of postal codes as 5-digit integers (00-001 → 1, 31-999 → 31999). */
  readonly postal: readonly (readonly [number, number])[];
  /** Landline area code (2 digits after +48). */
  readonly areaCode: string;
  /** Share of addresses with an apartment number (blocks of flats vs houses). */
  readonly flatShare: number;
}

export const CITIES: readonly City[] = [
  { name: 'Warszawa', weight: 1860, postal: [[1, 4999]], areaCode: '22', flatShare: 0.8 },
  { name: 'Kraków', weight: 800, postal: [[30001, 31999]], areaCode: '12', flatShare: 0.75 },
  { name: 'Wrocław', weight: 670, postal: [[50001, 54999]], areaCode: '71', flatShare: 0.75 },
  { name: 'Łódź', weight: 660, postal: [[90001, 94999]], areaCode: '42', flatShare: 0.78 },
  { name: 'Poznań', weight: 540, postal: [[60001, 61999]], areaCode: '61', flatShare: 0.72 },
  { name: 'Gdańsk', weight: 490, postal: [[80001, 80999]], areaCode: '58', flatShare: 0.75 },
  { name: 'Szczecin', weight: 390, postal: [[70001, 71999]], areaCode: '91', flatShare: 0.72 },
  { name: 'Bydgoszcz', weight: 330, postal: [[85001, 85999]], areaCode: '52', flatShare: 0.7 },
  { name: 'Lublin', weight: 330, postal: [[20001, 20999]], areaCode: '81', flatShare: 0.72 },
  { name: 'Białystok', weight: 290, postal: [[15001, 15999]], areaCode: '85', flatShare: 0.7 },
  { name: 'Katowice', weight: 280, postal: [[40001, 40999]], areaCode: '32', flatShare: 0.7 },
  { name: 'Gdynia', weight: 240, postal: [[81001, 81599]], areaCode: '58', flatShare: 0.68 },
  { name: 'Częstochowa', weight: 210, postal: [[42200, 42280]], areaCode: '34', flatShare: 0.65 },
  { name: 'Radom', weight: 200, postal: [[26600, 26699]], areaCode: '48', flatShare: 0.62 },
  { name: 'Rzeszów', weight: 200, postal: [[35001, 35999]], areaCode: '17', flatShare: 0.62 },
  { name: 'Toruń', weight: 195, postal: [[87100, 87162]], areaCode: '56', flatShare: 0.65 },
  { name: 'Sosnowiec', weight: 190, postal: [[41200, 41219]], areaCode: '32', flatShare: 0.68 },
  { name: 'Kielce', weight: 185, postal: [[25001, 25999]], areaCode: '41', flatShare: 0.62 },
  { name: 'Olsztyn', weight: 170, postal: [[10001, 10999]], areaCode: '89', flatShare: 0.65 },
  { name: 'Bielsko-Biała', weight: 165, postal: [[43300, 43382]], areaCode: '33', flatShare: 0.55 },
  { name: 'Zielona Góra', weight: 140, postal: [[65001, 65999]], areaCode: '68', flatShare: 0.58 },
  { name: 'Opole', weight: 125, postal: [[45001, 45999]], areaCode: '77', flatShare: 0.6 },
  { name: 'Gorzów Wielkopolski', weight: 120, postal: [[66400, 66470]], areaCode: '95', flatShare: 0.6 },
  { name: 'Zakopane', weight: 27, postal: [[34500, 34531]], areaCode: '18', flatShare: 0.25 },
  { name: 'Pruszków', weight: 60, postal: [[5800, 5820]], areaCode: '22', flatShare: 0.5 },
  { name: 'Piaseczno', weight: 50, postal: [[5500, 5520]], areaCode: '22', flatShare: 0.45 },
  { name: 'Wieliczka', weight: 25, postal: [[32020, 32020]], areaCode: '12', flatShare: 0.3 },
  { name: 'Sopot', weight: 35, postal: [[81701, 81878]], areaCode: '58', flatShare: 0.6 },
  { name: 'Gliwice', weight: 175, postal: [[44100, 44164]], areaCode: '32', flatShare: 0.62 },
];

// Weights are rough frequencies of the street name across Polish towns; stored without the "ul." prefix.
export const STREETS: readonly (readonly [string, number])[] = [
  ['Polna', 30], ['Leśna', 28], ['Słoneczna', 26], ['Krótka', 24], ['Szkolna', 24], ['Ogrodowa', 23], ['Lipowa', 22],
  ['Łąkowa', 20], ['Kwiatowa', 20], ['Brzozowa', 19], ['Kościelna', 18], ['Sportowa', 16], ['Zielona', 16],
  ['Kolejowa', 15], ['Parkowa', 15], ['Akacjowa', 14], ['Mickiewicza', 22], ['Słowackiego', 18], ['Kościuszki', 20],
  ['Piłsudskiego', 16], ['Sienkiewicza', 18], ['Kopernika', 15], ['Żeromskiego', 13], ['Reymonta', 11],
  ['Konopnickiej', 12], ['Prusa', 10], ['Chopina', 13], ['Moniuszki', 12], ['Kilińskiego', 9], ['3 Maja', 16],
  ['11 Listopada', 12], ['Armii Krajowej', 12], ['Jana Pawła II', 14], ['Wojska Polskiego', 14],
  ['Długa', 14], ['Marszałkowska', 8], ['Puławska', 6], ['Grochowska', 5], ['Świętokrzyska', 5], ['Piotrkowska', 6],
  ['Floriańska', 4], ['Grunwaldzka', 10], ['Warszawska', 14], ['Krakowska', 12], ['Poznańska', 9], ['Gdańska', 9],
  ['Toruńska', 6], ['Lubelska', 8], ['Wrocławska', 8], ['Mazowiecka', 7], ['Źródlana', 8], ['Spacerowa', 9],
  ['Cicha', 10], ['Wąska', 7], ['Szeroka', 6], ['Nowa', 12], ['Stara', 7], ['Rynek', 6], ['Plac Wolności', 5],
  ['Aleje Jerozolimskie', 4], ['Sosnowa', 12], ['Klonowa', 11], ['Wiśniowa', 11], ['Jesionowa', 7], ['Dębowa', 10],
  ['Fabryczna', 8], ['Dworcowa', 9], ['Młyńska', 8], ['Zamkowa', 7], ['Górna', 7], ['Graniczna', 9],
  ['Żwirki i Wigury', 7], ['Bohaterów Westerplatte', 6], ['Niepodległości', 9], ['Solidarności', 8],
  ['Bolesława Chrobrego', 7], ['Kazimierza Wielkiego', 5], ['Mikołaja Reja', 5], ['Kardynała Wyszyńskiego', 6],
  ['Księdza Popiełuszki', 5], ['Traugutta', 8], ['Orzeszkowej', 7], ['Żytnia', 5], ['Wierzbowa', 7], ['Jaśminowa', 6],
  ['Różana', 8], ['Malinowa', 6], ['Miodowa', 5], ['Pszczela', 4], ['Jagiellońska', 7], ['Piastowska', 7],
];
