import { closeBrowser, describeBrowser, endSession, newSession, PASSWORD, signUpThroughUi, type Session } from '../support/browser';

describeBrowser('signing up, logging in and out, an expired session', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await endSession(s);
    s = undefined;
  });
  afterAll(closeBrowser);

  it('signs a business up, logs out, logs in again', async () => {
    s = await newSession();
    const { page } = s;
    const { email } = await signUpThroughUi(page, 'Salon Bella');
    await page.getByRole('heading', { name: 'Klienci' }).waitFor();
    await page.getByTestId('clients-empty').waitFor();
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Wyloguj' }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Hasło').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nieprawidłowy e-mail lub hasło' }).waitFor();
    await page.getByLabel('Hasło').fill(PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await page.waitForURL('**/clients');
  });

  it('shows Polish validation next to the field, from the domain rules', async () => {
    s = await newSession();
    const { page } = s;
    await page.goto('/signup');
    await page.getByLabel('E-mail').fill('nie-email');
    await page.getByLabel('Hasło').fill('krotkie');
    await page.getByRole('button', { name: 'Załóż konto' }).click();
    await page.getByText('Nieprawidłowy adres e-mail').waitFor();
    await page.getByText(/Hasło jest zbyt słabe/).waitFor();
  });

  it('sends an expired session to the login page with a message, and back where the user was', async () => {
    s = await newSession();
    const { page, context } = s;
    const { email } = await signUpThroughUi(page, 'Salon Wygasły');
    await page.getByTestId('clients-empty').waitFor();
    await page.waitForLoadState('networkidle');
    await context.clearCookies();
    await page.getByTestId('client-search').fill('kowal');
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/clients?q=kowal');
    await page.getByTestId('session-expired').waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Hasło').fill(PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj' }).click();
    await page.waitForURL('**/clients?q=kowal');
    expect(await page.getByTestId('client-search').inputValue()).toBe('kowal');
  });

  it('switches to English and back', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon EN');
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Clients' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Klienci' }).waitFor();
  });
});
