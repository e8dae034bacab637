import {
  closeBrowser, CREATE_CLIENT, describeBrowser, endSession, gql, newSession, signUpThroughUi, type Session,
} from '../support/browser';

describeBrowser('settings for owners: staff, invitations, tags', () => {
  const sessions: Session[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await endSession(s);
  });
  afterAll(closeBrowser);

  it('invites a receptionist, who sets a password through the link and sees no settings', async () => {
    const owner = await newSession();
    sessions.push(owner);
    await signUpThroughUi(owner.page, 'Salon Zespół');
    await owner.page.getByRole('link', { name: 'Ustawienia' }).click();
    await owner.page.waitForURL('**/settings/staff');
    const invite = owner.page.locator('form').filter({ hasText: 'Zaproś osobę' });
    await invite.getByLabel('Imię i nazwisko').fill('Ola Recepcja');
    await invite.getByLabel('E-mail').fill(`ola${Date.now()}@example.com`);
    await invite.getByRole('button', { name: 'Zaproś osobę' }).click();
    const link = await owner.page.getByTestId('invite-link').innerText();
    expect(link).toMatch(/\/accept-invitation\?token=/);

    const ola = await newSession();
    sessions.push(ola);
    await ola.page.goto(new URL(link).pathname + new URL(link).search);
    await ola.page.getByLabel('Hasło').fill('recepcja-haslo-123');
    await ola.page.getByRole('button', { name: 'Ustaw hasło i zaloguj' }).click();
    await ola.page.waitForURL('**/clients');
    await ola.page.getByTestId('quick-add-open').waitFor();
    expect(await ola.page.getByRole('link', { name: 'Ustawienia' }).count()).toBe(0);
  });

  it('renames a tag and merges two tags into one', async () => {
    const s = await newSession();
    sessions.push(s);
    const { page } = s;
    await signUpThroughUi(page, 'Salon Tagi');
    await gql(page, CREATE_CLIENT, { input: { lastName: 'Tagowa', tags: ['farbowanie', 'koloryzacja'] } });
    await gql(page, CREATE_CLIENT, { input: { lastName: 'Druga', tags: ['farba'] } });
    await page.goto('/settings/tags');
    await page.getByRole('button', { name: 'Zmień nazwę: farba' }).click();
    await page.getByLabel('Nowa nazwa').fill('farby');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await page.getByText('farby', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'farby' }).check();
    await page.getByRole('checkbox', { name: 'farbowanie' }).check();
    await page.getByLabel('Scal wybrane tagi w').click();
    await page.getByRole('option', { name: 'koloryzacja' }).click();
    await page.getByRole('button', { name: /^Scal/ }).click();
    await page.getByText('Scalono tagi').waitFor();
    await page.getByRole('checkbox', { name: 'farby' }).waitFor({ state: 'detached' });
    await page.goto('/clients?q=koloryzacja');
    await page.getByTestId('clients-total').filter({ hasText: '2 klientów' }).waitFor();
  });
});
