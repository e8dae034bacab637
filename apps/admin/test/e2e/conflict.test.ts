import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeBrowser, CREATE_CLIENT, describeBrowser, endSession, gql, newSession, screenshot, signUpThroughUi, type Session } from '../support/browser';

const PORTRAIT = readFileSync(path.join(__dirname, '../fixtures/portrait.jpg'));
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

  it('a newer version that changed no field of the card (a new photo) saves without asking', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Konflikt Foto');
    const { createClient: c } = await gql<{ createClient: { id: string; version: number } }>(page, CREATE_CLIENT, {
      input: { firstName: 'Irena', lastName: 'Kwiatkowska' },
    });
    await page.goto(`/clients/${c.id}`);
    await page.getByTestId('profile-name').waitFor();
    // meanwhile, at the other desk, someone takes her photo: the version moves, no field of the card does
    const status = await page.evaluate(async ({ id, jpeg }) => {
      const bytes = Uint8Array.from(atob(jpeg), (ch) => ch.charCodeAt(0));
      const res = await fetch(`/files/clients/${id}/photo`, { method: 'PUT', headers: { 'Content-Type': 'image/jpeg' }, body: bytes });
      return res.status;
    }, { id: c.id, jpeg: PORTRAIT.toString('base64') });
    expect(status).toBe(200);
    await page.getByTestId('profile-remarks-edit').click();
    await page.getByTestId('profile-remarks-input').fill('Zdjęcie do karty zrobione');
    await page.getByTestId('profile-remarks-save').click();
    await page.getByTestId('profile-remarks').filter({ hasText: 'Zdjęcie do karty zrobione' }).waitFor();
    expect(await page.getByTestId('conflict-dialog').count()).toBe(0);
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

  it('a re-applied form edit the server refuses shows the problem next to its field, and the fix saves on the current version', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Konflikt 3');
    const { createClient: c } = await gql<{ createClient: { id: string; version: number } }>(page, CREATE_CLIENT, {
      input: { firstName: 'Iga', lastName: 'Zając' },
    });
    await page.goto(`/clients/${c.id}/edit`);
    await page.getByLabel('Numer klienta').fill('100');
    // meanwhile, at the other desk: this client is edited, and number 100 goes to somebody new
    await gql(page, UPDATE, { input: { id: c.id, version: c.version, remarks: 'Z polecenia' } });
    await gql(page, CREATE_CLIENT, { input: { firstName: 'Jan', lastName: 'Nowy', clientNumber: '100' } });
    await page.getByTestId('client-form-submit').click();
    await page.getByTestId('conflict-dialog').locator('[data-field="remarks"]').waitFor();
    await page.getByTestId('conflict-reapply').click();
    await page.locator('#f-clientNumber-helper-text').filter({ hasText: 'Ta wartość się powtarza' }).waitFor();
    expect(await page.locator('#f-clientNumber').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('form-error').waitFor();
    expect(page.url()).toMatch(/\/edit$/);
    await page.getByLabel('Numer klienta').fill('101');
    await page.getByTestId('client-form-submit').click();
    await page.waitForURL(`**/clients/${c.id}`);
    await page.getByTestId('profile-number').filter({ hasText: 'nr 101' }).waitFor();
    await page.getByTestId('profile-remarks').filter({ hasText: 'Z polecenia' }).waitFor();
  });

  it('a re-applied in-place edit the server refuses shows the problem in the editor, not only in a toast', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Konflikt 4');
    const { createGroup: group } = await gql<{ createGroup: { id: string } }>(page, `mutation { createGroup(name: "Alergicy") { id } }`);
    const { createClient: c } = await gql<{ createClient: { id: string; version: number } }>(page, CREATE_CLIENT, {
      input: { firstName: 'Nina', lastName: 'Lis' },
    });
    await page.goto(`/clients/${c.id}`);
    await page.getByRole('button', { name: 'Edytuj w miejscu: Grupy i tagi' }).click();
    await page.getByLabel('Grupy').click();
    await page.getByRole('option', { name: 'Alergicy' }).click();
    // meanwhile: someone edits the client and deletes the group
    await gql(page, UPDATE, { input: { id: c.id, version: c.version, remarks: 'Uczulona na lateks' } });
    await gql(page, `mutation($id: UUID!) { deleteGroup(id: $id) }`, { id: group.id });
    await page.getByTestId('groups-tags-save').click();
    await page.getByTestId('conflict-dialog').locator('[data-field="remarks"]').waitFor();
    await page.getByTestId('conflict-reapply').click();
    const groups = page.getByLabel('Grupy');
    await page.getByText('Wybierz jedną z dostępnych opcji').waitFor();
    expect(await groups.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('groups-tags-save').isVisible()).toBe(true);
    // the card behind the editor is the current one
    await page.getByTestId('profile-remarks').filter({ hasText: 'Uczulona na lateks' }).waitFor();
  });
});
