import {
  closeBrowser, CREATE_CLIENT, describeBrowser, endSession, gql, newSession, screenshot, signUpThroughUi, type Session,
} from '../support/browser';

const PEOPLE = [
  { firstName: 'Żaneta', lastName: 'Żółć', phones: [{ number: '600 100 200', whatsapp: true }], emails: [{ address: 'zaneta.zolc@gmail.com' }], tags: ['VIP'] },
  { firstName: 'Jan', lastName: 'Kowalski', phones: [{ number: '+48 501 234 567' }], emails: [{ address: 'jan.kowalski@wp.pl' }], isConflict: true },
  { firstName: 'Anna', lastName: 'Kowalska', phones: [{ number: '502 345 678' }], tags: ['koloryzacja'], bookingRestriction: { mode: 'REQUIRE_APPROVAL', reason: 'Dwie nieodwołane wizyty' } },
  { firstName: 'Łucja', lastName: 'Łódź', phones: [{ number: '+44 7911 123456' }], emails: [{ address: 'lucja@outlook.com' }] },
  { firstName: 'Piotr', lastName: 'Nowak', phones: [{ number: '(22) 621 45 67', typeKey: 'WORK' }], tags: ['broda'] },
  { kind: 'COMPANY', companyName: 'Hurtownia Kosmetyków Bella', phones: [{ number: '58 301 22 33', typeKey: 'WORK' }], emails: [{ address: 'zamowienia@bella-hurt.pl' }], isSupplier: true },
  { firstName: 'Katarzyna', lastName: 'Wiśniewska', phones: [{ number: '603 555 010' }], emails: [{ address: 'kasia.w@onet.pl' }], tags: ['VIP', 'koloryzacja'] },
  { firstName: 'Tomasz', lastName: 'Zieliński', phones: [{ number: '604 777 888' }] },
  { firstName: 'Magdalena', lastName: 'Wójcik', phones: [{ number: '605 123 321' }], emails: [{ address: 'magda.wojcik@interia.pl' }] },
];

async function seed(page: Session['page']): Promise<Record<string, string>> {
  const group = await gql<{ createGroup: { id: string } }>(page, `mutation { createGroup(name: "Stali klienci", color: "#2e7d32") { id } }`);
  await gql(page, `mutation { createGroup(name: "Alergicy", color: "#c62828") { id } }`);
  const ids: Record<string, string> = {};
  for (const [i, input] of PEOPLE.entries()) {
    const withGroup = i % 3 === 0 ? { ...input, groupIds: [group.createGroup.id] } : input;
    const c = await gql<{ createClient: { id: string; displayName: string } }>(page, CREATE_CLIENT, { input: withGroup });
    ids[c.createClient.displayName] = c.createClient.id;
  }
  return ids;
}

async function rowNames(page: Session['page']): Promise<string[]> {
  return page.getByTestId('client-row').locator('a[href^="/clients/"]').allInnerTexts();
}

describeBrowser('finding clients, filters, bulk actions', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await endSession(s);
    s = undefined;
  });
  afterAll(closeBrowser);

  it('searches by "zolc" and by a phone fragment, with the count, and keeps the search in the URL', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Szukaj');
    await seed(page);
    await page.reload();
    await page.getByTestId('clients-total').filter({ hasText: '9 klientów' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'client-list');
    await page.keyboard.press('/');
    await page.keyboard.type('zolc');
    await page.waitForURL('**/clients?q=zolc');
    await page.getByTestId('clients-total').filter({ hasText: '1 klient' }).waitFor();
    expect(await rowNames(page)).toEqual(['Żaneta Żółć']);
    await page.getByTestId('client-search').fill('345 678');
    await page.waitForURL(/q=345\+678|q=345%20678/);
    await page.getByTestId('client-row').filter({ hasText: 'Anna Kowalska' }).waitFor();
    await page.getByTestId('clients-total').filter({ hasText: '1 klient' }).waitFor();
    expect(await rowNames(page)).toEqual(['Anna Kowalska']);
    await page.goBack();
    await page.getByTestId('client-row').filter({ hasText: 'Żaneta Żółć' }).waitFor();
    expect(await page.getByTestId('client-search').inputValue()).toBe('zolc');
    expect(await rowNames(page)).toEqual(['Żaneta Żółć']);
  });

  it('counts a search up to a thousand and then says "ponad 1000", in Polish and English', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Tysiąc');
    // 1,002 clients named Nowak, thirty to a request (the API's alias limit)
    for (let from = 0; from < 1002; from += 30) {
      const n = Math.min(30, 1002 - from);
      const vars = Array.from({ length: n }, (_, i) => `$c${i}: QuickCreateClientInput!`).join(', ');
      const fields = Array.from({ length: n }, (_, i) => `c${i}: quickCreateClient(input: $c${i}) { id }`).join(' ');
      const values = Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, { firstName: `Jan${from + i}`, lastName: 'Nowak', phone: `600${String(from + i).padStart(6, '0')}` }]));
      await gql(page, `mutation(${vars}) { ${fields} }`, values);
    }
    await gql(page, CREATE_CLIENT, { input: { firstName: 'Anna', lastName: 'Kowalska' } });
    await page.reload();
    // the whole list is counted exactly (kept counts), a search up to 1,000
    await page.getByTestId('clients-total').filter({ hasText: /^1\s?003 klientów$/ }).waitFor();
    await page.getByTestId('client-search').fill('nowak');
    await page.getByTestId('clients-total').filter({ hasText: /^ponad 1\s?000 klientów$/ }).waitFor();
    await screenshot(page, 'client-list-bounded-count');
    await page.getByTestId('client-search').fill('kowalska');
    await page.getByTestId('clients-total').filter({ hasText: '1 klient' }).waitFor();
    await page.getByTestId('client-search').fill('nowak');
    await page.getByTestId('language-switch').click();
    await page.getByTestId('clients-total').filter({ hasText: 'more than 1,000 clients' }).waitFor();
  }, 120_000);

  it('never lets a slow answer to an older search overwrite the newer one', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Wyścig');
    await seed(page);
    await page.reload();
    await page.getByTestId('clients-total').filter({ hasText: '9 klientów' }).waitFor();
    let delayed = 0;
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('"search":"kow"')) {
        delayed += 1;
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue();
    });
    await page.getByTestId('client-search').fill('kow');
    await page.waitForURL('**/clients?q=kow');
    await page.getByTestId('client-search').fill('kowalska');
    await page.getByTestId('client-row').filter({ hasText: 'Anna Kowalska' }).waitFor();
    await page.waitForTimeout(2000); // the answer for "kow" (two clients) arrives now
    expect(delayed).toBeGreaterThanOrEqual(1);
    expect(await rowNames(page)).toEqual(['Anna Kowalska']);
    expect(await page.getByTestId('client-search').inputValue()).toBe('kowalska');
  });

  it('assigns a group to the selected clients in one action, deactivates one, and filters inactive', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Grupy');
    const ids = await seed(page);
    await page.reload();
    await page.getByTestId('clients-total').filter({ hasText: '9 klientów' }).waitFor();
    for (const name of ['Tomasz Zieliński', 'Magdalena Wójcik']) {
      await page.getByRole('checkbox', { name: `Zaznacz klienta ${name}` }).check();
    }
    await page.getByTestId('bulk-bar').getByText('Zaznaczono: 2').waitFor();
    await page.getByTestId('bulk-add-group').click();
    await page.getByRole('menuitem', { name: 'Alergicy' }).click();
    await page.getByText('Zmieniono klientów: 2').waitFor();
    const row = page.locator(`[data-client-id="${ids['Tomasz Zieliński']}"]`);
    await row.getByText('Alergicy').waitFor();

    await page.getByTestId('filter-group').click();
    await page.getByRole('option', { name: 'Alergicy' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('clients-total').filter({ hasText: '2 klientów' }).waitFor();

    await page.goto(`/clients/${ids['Tomasz Zieliński']}`);
    await page.getByTestId('profile-menu').click();
    await page.getByTestId('profile-toggle-status').click();
    await page.getByTestId('profile-status').filter({ hasText: 'Nieaktywny' }).waitFor();
    await page.goto('/clients');
    await page.getByTestId('clients-total').filter({ hasText: '8 klientów' }).waitFor();
    await page.getByTestId('filter-status').click();
    await page.getByRole('option', { name: 'Nieaktywny' }).click();
    await page.getByTestId('clients-total').filter({ hasText: '1 klient' }).waitFor();
    expect(await rowNames(page)).toEqual(['Tomasz Zieliński']);
    await page.locator('[data-marker="inactive"]').first().waitFor();
  });

  it('is usable on a 375 px wide phone: the list becomes cards', async () => {
    s = await newSession({ width: 375, height: 740 });
    const { page } = s;
    await signUpThroughUi(page, 'Barber Mobile');
    await seed(page);
    await page.reload();
    await page.getByTestId('clients-cards').waitFor();
    await page.getByTestId('clients-total').filter({ hasText: '9 klientów' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'client-list-mobile');
  });
});
