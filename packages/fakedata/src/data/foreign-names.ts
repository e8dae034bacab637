export type OriginKey = 'UA' | 'BY' | 'DE' | 'GB' | 'VN' | 'OTHER';
export type PhoneCountry = 'UA' | 'DE' | 'GB';

type Weighted = readonly (readonly [string, number])[];
/** [masculine, feminine, weight]; identical forms for invariant surnames. */
type SurnameRow = readonly [string, string, number];

export interface ForeignOrigin {
  readonly key: OriginKey;
  /** Share among the non-Polish persons. */
  readonly weight: number;
  readonly femaleFirst: Weighted;
  readonly maleFirst: Weighted;
  readonly surnames: readonly SurnameRow[];
  /** Generated tail (stem + suffix, invariant by sex) used instead of the list this often. */
  readonly tail?: { readonly share: number; readonly stems: readonly string[]; readonly suffixes: readonly string[] };
  /** How many of them still use a phone from home. */
  readonly homePhoneShare: number;
  readonly phoneCountry: PhoneCountry | null;
  readonly emailDomains: Weighted;
}

const inv = (name: string, weight: number): SurnameRow => [name, name, weight];

// Ukrainian names follow the official Ukrainian romanisation (Olena, Andrii); a minority are entered the Polish
// way (Ołena, Andrij, Szewczenko), as Polish staff often type them from a Polish residence card.
const UKRAINIAN: ForeignOrigin = {
  key: 'UA',
  weight: 46,
  femaleFirst: [
    ['Olena', 30], ['Oksana', 25], ['Iryna', 28], ['Nataliia', 22], ['Tetiana', 25], ['Yuliia', 20], ['Svitlana', 18],
    ['Kateryna', 18], ['Anastasiia', 16], ['Viktoriia', 16], ['Halyna', 10], ['Liudmyla', 10], ['Mariia', 14],
    ['Oleksandra', 10], ['Daria', 12], ['Anna', 14], ['Khrystyna', 8], ['Sofiia', 10], ['Alina', 10],
    ['Valentyna', 6], ['Inna', 8], ['Larysa', 6], ['Nadiia', 6], ['Ołena', 6], ['Switłana', 3],
    ['Julia', 4], ['Natalia', 5],
  ],
  maleFirst: [
    ['Andrii', 22], ['Oleksandr', 28], ['Serhii', 22], ['Volodymyr', 18], ['Dmytro', 20], ['Oleh', 14],
    ['Mykola', 14], ['Ivan', 16], ['Vasyl', 12], ['Yurii', 12], ['Taras', 8], ['Bohdan', 10], ['Maksym', 12],
    ['Artem', 12], ['Vitalii', 10], ['Ihor', 12], ['Roman', 10], ['Mykhailo', 10], ['Petro', 6],
    ['Yaroslav', 8], ['Andrij', 5], ['Serhij', 4], ['Jurij', 3], ['Wasyl', 3], ['Ołeh', 2],
  ],
  surnames: [
    inv('Kovalenko', 30), inv('Shevchenko', 30), inv('Bondarenko', 26), inv('Tkachenko', 22), inv('Kravchenko', 22),
    inv('Boiko', 20), inv('Kovalchuk', 20), inv('Oliinyk', 18), inv('Shevchuk', 18), inv('Polishchuk', 16),
    inv('Koval', 16), inv('Bondar', 14), inv('Tkachuk', 14), inv('Moroz', 14), inv('Marchenko', 14),
    inv('Lysenko', 14), inv('Rudenko', 12), inv('Savchenko', 12), inv('Petrenko', 12), inv('Klymenko', 12),
    inv('Pavlenko', 12), inv('Melnyk', 20), inv('Kravchuk', 10), inv('Ponomarenko', 10), inv('Vasylenko', 10),
    inv('Kuzmenko', 8), inv('Levchenko', 8), inv('Karpenko', 8), inv('Havryliuk', 8), inv('Symonenko', 6),
    inv('Kozak', 8), inv('Hrytsenko', 6), inv('Lytvynenko', 6), inv('Yatsenko', 6), inv('Demchenko', 6),
    ['Kovalskyi', 'Kovalska', 6], ['Ivanov', 'Ivanova', 8], ['Petrov', 'Petrova', 5], ['Sokolov', 'Sokolova', 4],
    ['Zaitsev', 'Zaitseva', 4], inv('Kowalenko', 5), inv('Szewczenko', 5), inv('Tkaczenko', 4), inv('Kowalczuk', 3),
    inv('Ołijnyk', 2), inv('Łysenko', 2),
  ],
  tail: {
    share: 0.35,
    stems: [
      'Hryts', 'Stepan', 'Fed', 'Marty', 'Semen', 'Prokop', 'Havryl', 'Yats', 'Lytvyn', 'Did', 'Ostap', 'Kyryl',
      'Panas', 'Maty', 'Tymosh', 'Yarem', 'Dorosh', 'Kost', 'Les', 'Pylyp', 'Nazar', 'Sydor', 'Khoma', 'Yakym',
      'Ilch', 'Hordi', 'Onysh', 'Zakhar', 'Tyt', 'Danyl', 'Herasym', 'Makar', 'Kuz', 'Sav', 'Trokhym', 'Ohri',
      'Bilous', 'Chorn', 'Siry', 'Zelen', 'Syniak', 'Kryvon', 'Holub', 'Horob', 'Solov', 'Vovk', 'Lys', 'Zhuk',
      'Kushn', 'Honchar', 'Kovtun', 'Kolis', 'Stelmakh', 'Tesli', 'Kravets', 'Shvets', 'Rybal', 'Pasich',
    ],
    suffixes: ['enko', 'chuk', 'uk', 'yshyn', 'iv', 'ets', 'iak', 'ovych', 'ko', 'ak', 'yk', 'ar'],
  },
  homePhoneShare: 0.27,
  phoneCountry: 'UA',
  emailDomains: [['gmail.com', 62], ['ukr.net', 18], ['i.ua', 4], ['outlook.com', 5], ['wp.pl', 4], ['icloud.com', 5], ['meta.ua', 2]],
};

const BELARUSIAN: ForeignOrigin = {
  key: 'BY',
  weight: 8,
  femaleFirst: [
    ['Volha', 10], ['Hanna', 10], ['Aliaksandra', 6], ['Tatsiana', 10], ['Katsiaryna', 8], ['Iryna', 8],
    ['Nasta', 4], ['Darya', 6], ['Yuliya', 8], ['Alena', 8], ['Maryna', 6], ['Sviatlana', 6],
  ],
  maleFirst: [
    ['Aliaksandr', 12], ['Siarhei', 10], ['Dzmitry', 10], ['Andrei', 10], ['Mikalai', 6], ['Uladzimir', 6],
    ['Pavel', 8], ['Ihar', 6], ['Maksim', 8], ['Yauhen', 6], ['Artsiom', 6], ['Vadzim', 4],
  ],
  surnames: [
    ['Ivanou', 'Ivanova', 10], ['Kavaliou', 'Kavaliova', 8], inv('Novik', 8), ['Kazlou', 'Kazlova', 6],
    inv('Marozau', 4), inv('Shevchuk', 4), ['Lukashevich', 'Lukashevich', 6], inv('Bandarenka', 6),
    inv('Kavalchuk', 5), inv('Zhuk', 5), inv('Karpovich', 5), inv('Sidarovich', 4), ['Volkau', 'Volkava', 4],
    ['Tsikhanouski', 'Tsikhanouskaya', 2], inv('Radzevich', 4), inv('Yakubovich', 4), inv('Hrynevich', 4),
  ],
  homePhoneShare: 0,
  phoneCountry: null,
  emailDomains: [['gmail.com', 70], ['mail.ru', 8], ['tut.by', 6], ['yandex.by', 4], ['wp.pl', 6], ['outlook.com', 6]],
};

const GERMAN: ForeignOrigin = {
  key: 'DE',
  weight: 15,
  femaleFirst: [
    ['Sabine', 10], ['Petra', 8], ['Claudia', 8], ['Julia', 8], ['Anna', 8], ['Laura', 7], ['Katrin', 6],
    ['Monika', 6], ['Ursula', 5], ['Lena', 7], ['Jana', 5], ['Stefanie', 6], ['Birgit', 4], ['Jutta', 3],
    ['Sophie', 6], ['Hannah', 6], ['Lea', 5], ['Jessica', 4], ['Sandra', 6], ['Nicole', 6],
  ],
  maleFirst: [
    ['Thomas', 10], ['Michael', 10], ['Andreas', 9], ['Stefan', 8], ['Markus', 7], ['Christian', 8],
    ['Jürgen', 5], ['Klaus', 5], ['Lukas', 7], ['Jonas', 7], ['Frank', 6], ['Uwe', 4], ['Matthias', 6],
    ['Sebastian', 6], ['Tobias', 6], ['Florian', 5], ['Günter', 3], ['Jörg', 4], ['Felix', 5], ['Maximilian', 5],
  ],
  surnames: [
    inv('Müller', 30), inv('Schmidt', 24), inv('Schneider', 16), inv('Fischer', 15), inv('Weber', 14),
    inv('Meyer', 14), inv('Wagner', 12), inv('Becker', 11), inv('Schulz', 11), inv('Hoffmann', 11),
    inv('Schäfer', 9), inv('Koch', 9), inv('Bauer', 9), inv('Richter', 9), inv('Klein', 9), inv('Wolf', 8),
    inv('Schröder', 8), inv('Neumann', 8), inv('Schwarz', 8), inv('Zimmermann', 7), inv('Braun', 7),
    inv('Krüger', 7), inv('Hofmann', 7), inv('Hartmann', 6), inv('Lange', 6), inv('Schmitt', 6), inv('Werner', 6),
    inv('Schmitz', 6), inv('Krause', 6), inv('Meier', 6), inv('Lehmann', 6), inv('Schmid', 5), inv('Schulze', 5),
    inv('Maier', 5), inv('Köhler', 5), inv('Herrmann', 5), inv('König', 5), inv('Walter', 5), inv('Mayer', 5),
    inv('Huber', 5), inv('Kaiser', 5), inv('Fuchs', 5), inv('Peters', 5), inv('Lang', 5), inv('Scholz', 5),
    inv('Möller', 4), inv('Weiß', 4), inv('Jung', 4), inv('Hahn', 4), inv('Vogel', 4), inv('Friedrich', 4),
    inv('Keller', 4), inv('Günther', 4), inv('Frank', 4), inv('Berger', 4), inv('Winkler', 4), inv('Roth', 4),
    inv('Beck', 4), inv('Lorenz', 4), inv('Baumann', 4), inv('Franke', 4), inv('Albrecht', 4), inv('Schuster', 4),
  ],
  homePhoneShare: 0.22,
  phoneCountry: 'DE',
  emailDomains: [['gmail.com', 25], ['gmx.de', 25], ['web.de', 20], ['t-online.de', 12], ['outlook.de', 6], ['yahoo.de', 5], ['icloud.com', 7]],
};

const ENGLISH: ForeignOrigin = {
  key: 'GB',
  weight: 13,
  femaleFirst: [
    ['Emma', 8], ['Olivia', 8], ['Sarah', 8], ['Emily', 7], ['Jessica', 6], ['Sophie', 6], ['Charlotte', 6],
    ['Amy', 5], ['Lucy', 5], ['Hannah', 5], ['Grace', 4], ['Chloe', 5], ['Rebecca', 4], ['Laura', 4],
    ['Megan', 4], ['Siobhan', 2], ['Aoife', 2], ['Jennifer', 4],
  ],
  maleFirst: [
    ['James', 10], ['John', 8], ['David', 8], ['Michael', 7], ['Daniel', 7], ['Thomas', 7], ['Oliver', 7],
    ['Harry', 6], ['George', 5], ['William', 6], ['Jack', 6], ['Matthew', 5], ['Christopher', 4], ['Sean', 3],
    ['Patrick', 3], ['Robert', 5], ['Richard', 4], ['Ryan', 4],
  ],
  surnames: [
    inv('Smith', 20), inv('Jones', 14), inv('Williams', 12), inv('Taylor', 11), inv('Brown', 11), inv('Davies', 9),
    inv('Evans', 8), inv('Wilson', 8), inv('Johnson', 8), inv('Walker', 6), inv('Wright', 6), inv('Robinson', 6),
    inv('Thompson', 6), inv('White', 6), inv('Hughes', 5), inv('Edwards', 5), inv('Green', 5), inv('Hall', 5),
    inv('Wood', 5), inv('Harris', 5), inv('Lewis', 5), inv('Martin', 5), inv('Jackson', 5), inv('Clarke', 5),
    inv('Clark', 4), inv('Turner', 4), inv('Hill', 4), inv('Scott', 4), inv('Cooper', 4), inv('Morris', 4),
    inv("O'Brien", 3), inv('Murphy', 4), inv('Kelly', 4), inv("O'Connor", 3), inv('Byrne', 2), inv('Walsh', 3),
    inv('McDonald', 3), inv('Campbell', 3), inv('Stewart', 3), inv('Anderson', 3),
  ],
  homePhoneShare: 0.25,
  phoneCountry: 'GB',
  emailDomains: [['gmail.com', 40], ['outlook.com', 14], ['hotmail.co.uk', 14], ['yahoo.co.uk', 10], ['icloud.com', 10], ['btinternet.com', 6], ['live.co.uk', 6]],
};

// Vietnamese staff and clients in Poland usually file the family name as the surname and the rest as first name.
const VIETNAMESE: ForeignOrigin = {
  key: 'VN',
  weight: 4,
  femaleFirst: [
    ['Thi Lan', 6], ['Thi Huong', 6], ['Thi Hoa', 5], ['Thi Mai', 5], ['Thi Thu', 4], ['Ngoc Anh', 4],
    ['Thanh Huyen', 3], ['Linh', 4], ['Trang', 4], ['Thi Nga', 3], ['Phuong', 3], ['Thu Trang', 3],
  ],
  maleFirst: [
    ['Van Minh', 6], ['Van Hung', 6], ['Van Nam', 5], ['Duc Anh', 5], ['Quang Huy', 4], ['Minh Tuan', 4],
    ['Van Long', 4], ['Thanh Tung', 3], ['Hoang', 3], ['Dung', 3], ['Van Thanh', 4], ['Tuan Anh', 3],
  ],
  surnames: [
    inv('Nguyen', 40), inv('Tran', 12), inv('Le', 10), inv('Pham', 8), inv('Hoang', 5), inv('Phan', 4),
    inv('Vu', 4), inv('Dang', 3), inv('Bui', 3), inv('Do', 3), inv('Ho', 2), inv('Ngo', 2), inv('Duong', 2), inv('Ly', 2),
  ],
  homePhoneShare: 0,
  phoneCountry: null,
  emailDomains: [['gmail.com', 75], ['yahoo.com', 10], ['outlook.com', 6], ['wp.pl', 5], ['icloud.com', 4]],
};

// Smaller communities, each kept together so first name and surname match.
const otherOrigin = (
  weight: number,
  femaleFirst: Weighted,
  maleFirst: Weighted,
  surnames: readonly SurnameRow[],
): ForeignOrigin => ({
  key: 'OTHER',
  weight,
  femaleFirst,
  maleFirst,
  surnames,
  homePhoneShare: 0,
  phoneCountry: null,
  emailDomains: [['gmail.com', 70], ['outlook.com', 10], ['yahoo.com', 8], ['icloud.com', 6], ['hotmail.com', 6]],
});

const OTHERS: readonly ForeignOrigin[] = [
  otherOrigin(
    2.5,
    [['María', 4], ['Lucía', 3], ['Carmen', 2], ['Ana', 3], ['Sofía', 2]],
    [['José', 4], ['Carlos', 3], ['Javier', 3], ['Diego', 2], ['Pablo', 2]],
    [inv('García', 4), inv('Fernández', 3), inv('Rodríguez', 3), inv('López', 3), inv('Martínez', 3), inv('Sánchez', 2)],
  ),
  otherOrigin(
    2,
    [['Giulia', 4], ['Francesca', 3], ['Chiara', 3], ['Sara', 2]],
    [['Marco', 4], ['Luca', 4], ['Alessandro', 3], ['Matteo', 3]],
    [inv('Rossi', 4), inv('Russo', 3), inv('Bianchi', 3), inv('Romano', 3), inv('Ricci', 2), inv('Esposito', 2)],
  ),
  otherOrigin(
    2,
    [['Priya', 3], ['Ananya', 2], ['Pooja', 2], ['Neha', 2]],
    [['Rahul', 3], ['Arjun', 2], ['Amit', 2], ['Vikram', 2]],
    [inv('Sharma', 3), inv('Patel', 3), inv('Singh', 3), inv('Kumar', 3), inv('Gupta', 2)],
  ),
  otherOrigin(
    1.5,
    [['Ayşe', 2], ['Elif', 2], ['Zeynep', 2], ['Fatma', 1]],
    [['Mehmet', 3], ['Emre', 2], ['Mustafa', 2], ['Burak', 2]],
    [inv('Yılmaz', 3), inv('Kaya', 2), inv('Demir', 2), inv('Şahin', 2), inv('Çelik', 2)],
  ),
  otherOrigin(
    1.5,
    [['Nino', 2], ['Tamar', 2], ['Mariam', 2], ['Ana', 1]],
    [['Giorgi', 3], ['Levan', 2], ['Davit', 2], ['Irakli', 2]],
    [inv('Beridze', 2), inv('Kapanadze', 2), inv('Gelashvili', 2), inv('Maisuradze', 2), inv('Lomidze', 1)],
  ),
  otherOrigin(
    1.5,
    [['Veronika', 2], ['Petra', 2], ['Tereza', 2], ['Lucie', 2]],
    [['Jiří', 2], ['Tomáš', 2], ['Petr', 2], ['Jan', 2]],
    [['Novák', 'Nováková', 3], ['Svoboda', 'Svobodová', 2], ['Dvořák', 'Dvořáková', 2], ['Černý', 'Černá', 2], ['Procházka', 'Procházková', 2]],
  ),
];

export const FOREIGN_ORIGINS: readonly ForeignOrigin[] = [UKRAINIAN, BELARUSIAN, GERMAN, ENGLISH, VIETNAMESE, ...OTHERS];
