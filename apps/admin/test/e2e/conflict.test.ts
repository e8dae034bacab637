import { closeBrowser, CREATE_CLIENT, describeBrowser, endSession, gql, newSession, screenshot, signUpThroughUi, type Session } from '../support/browser';

const UPDATE = `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id version } }`;

describeBrowser('two people edit the same client', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await endSession(s);
    s = undefined;
  });
  afterAll(closeBrowser);

  it('shows what someone else changed and re-applies my edit on top: never a silent overwrite', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Konflikt');
    const { createClient: c } = await gql<{ createClient: { id: string; version: number } }>(page, CREATE_CLIENT, {
      input: { firstName: 'Ewa', lastName: 'Wiśniewska', phones: [{ number: '607 100 200' }] },
    });
    await page.goto(`/clients/${c.id}/edit`);
    await page.getByLabel('Opis (widoczny dla pracowników wszędzie, gdzie pojawia się klient)').fill('Woli wizyty rano');
    // meanwhile, at the other desk
    await gql(page, UPDATE, { input: { id: c.id, version: c.version, remarks: 'Alergia na lateks', lastName: 'Wiśniewska-Nowak' } });
    await page.getByTestId('client-form-submit').click();
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    await dialog.locator('[data-field="remarks"]').getByText('Alergia na lateks').waitFor();
    await dialog.locator('[data-field="lastName"]').getByText('Wiśniewska-Nowak').waitFor();
    await page.waitForTimeout(500); // let the dialog finish fading in
    await screenshot(page, 'conflict-dialog');
    await page.getByTestId('conflict-reapply').click();
    await page.waitForURL(`**/clients/${c.id}`);
    await page.getByTestId('profile-name').filter({ hasText: 'Ewa Wiśniewska-Nowak' }).waitFor();
    await page.getByTestId('profile-remarks').filter({ hasText: 'Alergia na lateks' }).waitFor();
    await page.getByTestId('profile-description').filter({ hasText: 'Woli wizyty rano' }).waitFor();
  });

  it('an edit in place that meets a newer version can be dropped for the current one', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Konflikt 2');
    const { createClient: c } = await gql<{ createClient: { id: string; version: number } }>(page, CREATE_CLIENT, {
      input: { firstName: 'Olga', lastName: 'Nowicka' },
    });
    await page.goto(`/clients/${c.id}`);
    await page.getByTestId('profile-name').waitFor();
    await gql(page, UPDATE, { input: { id: c.id, version: c.version, remarks: 'Stała klientka od 2019' } });
    await page.getByTestId('profile-remarks-edit').click();
    await page.getByTestId('profile-remarks-input').fill('Moja notatka');
    await page.getByTestId('profile-remarks-save').click();
    await page.getByTestId('conflict-dialog').locator('[data-field="remarks"]').waitFor();
    await page.getByTestId('conflict-discard').click();
    await page.getByTestId('profile-remarks').filter({ hasText: 'Stała klientka od 2019' }).waitFor();
  });
});
