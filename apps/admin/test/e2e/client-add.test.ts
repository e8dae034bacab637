import {
  closeBrowser, describeBrowser, endSession, gql, newSession, screenshot, signUpThroughUi, type Session,
} from '../support/browser';

describeBrowser('adding clients: quick add and the full form', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await endSession(s);
    s = undefined;
  });
  afterAll(closeBrowser);

  it('quick-adds a client with a name, a phone and a consent, from anywhere', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Szybki');
    await page.getByTestId('quick-add-open').click();
    const dialog = page.getByTestId('quick-add-form');
    await dialog.getByText(/muszą zostać zebrane poza systemem/).waitFor();
    await dialog.getByText(/obowiązku informacyjnym/).waitFor();
    await dialog.getByLabel('Imię').fill('Żaneta');
    await dialog.getByLabel('Nazwisko').fill('Żółć');
    await dialog.getByTestId('quick-add-submit').click();
    await dialog.getByText('To pole jest wymagane').waitFor();
    await dialog.getByLabel('Telefon', { exact: true }).fill('502 111 222');
    await dialog.getByTestId('consent-DATA_PROCESSING').locator('input').check();
    await dialog.getByTestId('quick-add-submit').click();
    await page.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    await page.getByTestId('profile-name').filter({ hasText: 'Żaneta Żółć' }).waitFor();
    await page.getByTestId('profile-contact').getByRole('link', { name: /502 111 222/ }).waitFor();
    expect(await page.getByTestId('consent-state-DATA_PROCESSING').getAttribute('data-granted')).toBe('true');
    await page.getByText('szybkie dodanie').waitFor();
  });

  it('warns about a duplicate while typing, and "Więcej danych" carries what was typed into the full form', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Duplikat');
    await gql(page, `mutation { createClient(input: { firstName: "Jan", lastName: "Kowalski", phones: [{ number: "501 234 567" }] }) { id } }`);
    await page.getByTestId('quick-add-open').click();
    const dialog = page.getByTestId('quick-add-form');
    await dialog.getByLabel('Imię').fill('Janek');
    await dialog.getByLabel('Nazwisko').fill('Nowy');
    await dialog.getByLabel('Telefon', { exact: true }).fill('+48 501-234-567');
    const warning = dialog.getByTestId('duplicate-warning');
    await warning.getByText('Jan Kowalski').waitFor();
    await warning.getByText('ten sam telefon').waitFor();
    await dialog.getByTestId('quick-add-more').click();
    await page.waitForURL('**/clients/new');
    expect(await page.getByLabel('Imię').inputValue()).toBe('Janek');
    expect(await page.getByTestId('phone-row-0').locator('input[type=tel]').inputValue()).toBe('+48 501-234-567');
    await page.getByTestId('duplicate-warning').getByRole('link', { name: 'Otwórz kartę' }).click();
    await page.getByTestId('profile-name').filter({ hasText: 'Jan Kowalski' }).waitFor();
  });

  it('adds a company with a NIP, two phones and a marketing consent through the full form', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Serwis Kowalczyk');
    await page.goto('/clients/new');
    await page.getByTestId('kind-company').click();
    await page.getByLabel('Nazwa firmy').first().fill('Auto-Serwis Kowalczyk Sp. z o.o.');
    await page.getByLabel('Imię').fill('Marek');
    await page.getByLabel('Nazwisko').fill('Kowalczyk');
    const phone0 = page.getByTestId('phone-row-0');
    await phone0.locator('input[type=tel]').fill('601 234 567');
    await phone0.getByLabel('WhatsApp').check();
    await page.getByTestId('add-phone').click();
    const phone1 = page.getByTestId('phone-row-1');
    await phone1.locator('input[type=tel]').fill('(22) 621 45 67');
    await phone1.getByLabel('Typ').click();
    await page.getByRole('option', { name: 'Służbowy' }).click();
    await phone1.getByLabel('SMS').uncheck();
    await page.getByLabel('E-mail', { exact: true }).fill('biuro@kowalczyk-serwis.pl');
    await page.getByTestId('consent-MARKETING_EMAIL').locator('input').check();
    await page.getByTestId('has-invoice').locator('input').check();
    await page.getByTestId('tax-id').fill('526-025-02-75');
    await page.getByText('Nieprawidłowy numer NIP').waitFor();
    await page.getByTestId('tax-id').fill('526-025-02-74');
    await page.getByText('Poprawny NIP').waitFor();
    const invoice = page.locator('#section-invoice');
    await invoice.getByLabel('Ulica').fill('Marszałkowska');
    await invoice.getByLabel('Nr budynku').fill('10');
    await invoice.getByLabel('Kod pocztowy').fill('00-590');
    await invoice.getByLabel('Miejscowość').fill('Warszawa');
    await page.locator('#section-basic').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'client-form');
    await page.getByTestId('client-form-submit').click();
    await page.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    await page.getByTestId('profile-name').filter({ hasText: 'Auto-Serwis Kowalczyk Sp. z o.o.' }).waitFor();
    const contact = page.getByTestId('profile-contact');
    await contact.getByRole('link', { name: /601 234 567/ }).waitFor();
    await contact.getByRole('link', { name: /22 621 45 67/ }).waitFor();
    await page.getByTestId('profile-invoice').getByText('5260250274').waitFor();
    expect(await page.getByTestId('consent-state-MARKETING_EMAIL').getAttribute('data-granted')).toBe('true');
    expect(await contact.getByRole('link', { name: /601 234 567/ }).getAttribute('href')).toBe('tel:+48601234567');
    await page.waitForLoadState('networkidle');
    await page.getByRole('status').getByRole('button', { name: /close|zamknij/i }).click().catch(() => undefined);
    await page.getByText('Dodano klienta').waitFor({ state: 'hidden' });
    await screenshot(page, 'client-profile');
  });
});
