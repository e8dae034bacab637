export interface BusinessType {
  readonly name: string;
  readonly weight: number;
  /** Word used in generated domains ("salon-nowak.pl"). */
  readonly slug: string;
  /** Typical mailbox names at the firm's own domain. */
  readonly mailboxes: readonly string[];
}

export const BUSINESS_TYPES: readonly BusinessType[] = [
  { name: 'Salon Fryzjerski', weight: 14, slug: 'salon', mailboxes: ['salon', 'kontakt', 'rezerwacje'] },
  { name: 'Studio Urody', weight: 10, slug: 'studio', mailboxes: ['kontakt', 'studio', 'recepcja'] },
  { name: 'Salon Kosmetyczny', weight: 8, slug: 'salon', mailboxes: ['salon', 'kontakt'] },
  { name: 'Gabinet Kosmetyczny', weight: 6, slug: 'gabinet', mailboxes: ['gabinet', 'kontakt'] },
  { name: 'Barber Shop', weight: 5, slug: 'barber', mailboxes: ['barber', 'kontakt', 'hello'] },
  { name: 'Studio Paznokci', weight: 4, slug: 'nails', mailboxes: ['kontakt', 'studio'] },
  { name: 'Instytut Urody', weight: 3, slug: 'instytut', mailboxes: ['recepcja', 'kontakt'] },
  { name: 'Gabinet Fizjoterapii', weight: 7, slug: 'fizjo', mailboxes: ['rejestracja', 'kontakt', 'gabinet'] },
  { name: 'Centrum Rehabilitacji', weight: 4, slug: 'rehabilitacja', mailboxes: ['rejestracja', 'recepcja'] },
  { name: 'Gabinet Masażu', weight: 3, slug: 'masaz', mailboxes: ['kontakt', 'gabinet'] },
  { name: 'Auto-Serwis', weight: 6, slug: 'autoserwis', mailboxes: ['serwis', 'biuro', 'warsztat'] },
  { name: 'Warsztat Samochodowy', weight: 4, slug: 'warsztat', mailboxes: ['warsztat', 'biuro'] },
  { name: 'Serwis Rowerowy', weight: 2, slug: 'rowery', mailboxes: ['serwis', 'sklep'] },
  { name: 'Serwis RTV-AGD', weight: 2, slug: 'serwis', mailboxes: ['serwis', 'zgloszenia'] },
  { name: 'Hurtownia Kosmetyczna', weight: 4, slug: 'hurtownia', mailboxes: ['zamowienia', 'biuro', 'handlowy'] },
  { name: 'Hurtownia Fryzjerska', weight: 3, slug: 'hurtownia', mailboxes: ['zamowienia', 'biuro'] },
  { name: 'Zakład Usługowo-Handlowy', weight: 5, slug: 'zuh', mailboxes: ['biuro', 'kontakt'] },
  { name: 'Przedsiębiorstwo Handlowo-Usługowe', weight: 4, slug: 'phu', mailboxes: ['biuro', 'sekretariat'] },
  { name: 'P.H.U.', weight: 5, slug: 'phu', mailboxes: ['biuro', 'kontakt'] },
  { name: 'F.H.U.', weight: 3, slug: 'fhu', mailboxes: ['biuro', 'kontakt'] },
  { name: 'Biuro Rachunkowe', weight: 3, slug: 'biuro', mailboxes: ['biuro', 'ksiegowosc'] },
  { name: 'Kwiaciarnia', weight: 2, slug: 'kwiaty', mailboxes: ['zamowienia', 'kontakt'] },
  { name: 'Klinika Medycyny Estetycznej', weight: 2, slug: 'klinika', mailboxes: ['rejestracja', 'recepcja'] },
  { name: 'Pracownia Krawiecka', weight: 1, slug: 'krawiec', mailboxes: ['pracownia', 'kontakt'] },
  { name: 'Kancelaria Adwokacka', weight: 1, slug: 'kancelaria', mailboxes: ['kancelaria', 'sekretariat'] },
  { name: 'Hotel', weight: 1, slug: 'hotel', mailboxes: ['recepcja', 'rezerwacje'] },
];

export const COMPANY_BRANDS: readonly string[] = [
  'Bella', 'Glamour', 'Venus', 'Afrodyta', 'Perfekt', 'Elegancja', 'Magnolia', 'Orchidea', 'Kameleon', 'Nova',
  'Lux', 'Prestige', 'Styl', 'RehaMed', 'FizjoPlus', 'MediSpa', 'Vital', 'Harmonia', 'Relaks', 'Aura', 'Atelier',
  'Fryz-Art', 'Kosmo', 'BeautyLab', 'Hair Studio', 'Barba', 'Brzytwa', 'Nożyczki', 'Grzebień', 'Motylek',
  'Słonecznik', 'Złota Nitka', 'Różany Ogród', 'Łabędź', 'Żuraw', 'Pod Dębem', 'Na Starówce', 'Centrum',
  'Sanus', 'Ortomed', 'Kinetic', 'Motion', 'Fizjo-Med', 'Zdrowy Kręgosłup', 'Auto-Mix', 'Moto-Fix', 'Turbo',
  'Dobry Mechanik', 'Eko-Serwis', 'Elektro-Serwis', 'Trans-Pol', 'Agro-Bud', 'Kom-Bud', 'Bud-Rem', 'Max', 'Optima',
  'Pro-Beauty', 'Zen', 'Oaza', 'Bursztyn', 'Perła', 'Lawenda', 'Mięta', 'Konwalia', 'Jaśmin', 'Fiołek',
];

/** Second halves of the Polish "Ewa-Kos" / "Mar-Pol" style of firm name. */
export const BRAND_TAILS: readonly string[] = [
  'Kos', 'Pol', 'Bud', 'Mot', 'Trans', 'Med', 'Serwis', 'Hurt', 'Tex', 'Mix', 'Car', 'Styl', 'Fryz', 'Wit', 'Gaz',
  'Rol', 'Drew', 'Glass', 'Tech', 'Art',
];

export const LEGAL_FORMS: readonly (readonly [string, number])[] = [
  ['sp. z o.o.', 40], ['Sp. z o.o.', 14], ['s.c.', 24], ['sp.k.', 8], ['sp.j.', 6], ['S.A.', 4], ['sp. z o.o. sp.k.', 4],
];

export const COMPANY_TLDS: readonly (readonly [string, number])[] = [
  ['pl', 80], ['com.pl', 10], ['eu', 5], ['com', 5],
];
