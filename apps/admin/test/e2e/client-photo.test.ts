import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeBrowser, CREATE_CLIENT, describeBrowser, endSession, gql, newSession, screenshot, signUpThroughUi, type Session } from '../support/browser';

const PORTRAIT = readFileSync(path.join(__dirname, '../fixtures/portrait.jpg'));

describeBrowser('the client photo (F1.2)', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await endSession(s);
    s = undefined;
  });
  afterAll(closeBrowser);

  it('is chosen with the file input, checked before upload, shown in the header, and removed', async () => {
    s = await newSession();
    const { page } = s;
    await signUpThroughUi(page, 'Salon Portret');
    const { createClient: c } = await gql<{ createClient: { id: string } }>(page, CREATE_CLIENT, {
      input: { firstName: 'Ewa', lastName: 'Wiśniewska', phones: [{ number: '607 100 200' }], description: 'Woli wizyty rano' },
    });
    await page.goto(`/clients/${c.id}`);
    const header = page.getByTestId('client-profile');
    const avatar = header.getByTestId('client-avatar').first();
    await avatar.filter({ hasText: 'EW' }).waitFor();
    expect(await avatar.getAttribute('data-photo')).toBe('no');
    await page.getByTestId('photo-hint').filter({ hasText: 'Zdjęcie widzi także klient' }).waitFor();

    // a text file calling itself a PNG is refused by its content, before anything is sent
    const uploads: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/files/')) uploads.push(`${r.method()} ${r.url()}`); });
    await page.getByTestId('photo-input').setInputFiles({ name: 'zdjecie.png', mimeType: 'image/png', buffer: Buffer.from('to nie jest zdjęcie') });
    await page.getByTestId('photo-error').filter({ hasText: 'Nieobsługiwany rodzaj pliku (dozwolone: JPEG, PNG, WebP)' }).waitFor();
    expect(uploads).toEqual([]);

    await page.getByTestId('photo-input').setInputFiles({ name: 'ewa.jpg', mimeType: 'image/jpeg', buffer: PORTRAIT });
    await page.getByText('Zapisano zdjęcie').waitFor();
    const img = avatar.locator('img');
    await img.waitFor();
    expect(await img.getAttribute('src')).toMatch(new RegExp(`^/files/clients/${c.id}/photo\\?v=[0-9a-f]{32}$`));
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('[data-testid="client-avatar"] img');
      return !!el && el.complete && el.naturalWidth === 240;
    });
    expect(uploads.filter((u) => u.startsWith('PUT'))).toEqual([`PUT ${new URL(`/files/clients/${c.id}/photo`, page.url()).href}`]);
    await page.getByText('Zapisano zdjęcie').waitFor({ state: 'hidden' });
    await screenshot(page, 'client-profile-photo');

    // the upload made a new version and the card was re-read: an edit in place right after meets no conflict
    await page.getByTestId('profile-remarks-edit').click();
    await page.getByTestId('profile-remarks-input').fill('Zdjęcie za zgodą klientki');
    await page.getByTestId('profile-remarks-save').click();
    await page.getByTestId('profile-remarks').filter({ hasText: 'Zdjęcie za zgodą klientki' }).waitFor();
    expect(await page.getByTestId('conflict-dialog').count()).toBe(0);

    // the full form shows it in Podstawowe too
    await page.getByTestId('profile-edit').click();
    await page.getByTestId('form-photo').locator('img').waitFor();
    await page.getByRole('button', { name: 'Anuluj' }).first().click();

    await page.getByTestId('photo-remove').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Usuń zdjęcie' }).click();
    await page.getByText('Usunięto zdjęcie').waitFor();
    await avatar.filter({ hasText: 'EW' }).waitFor();
    await page.reload();
    await page.getByTestId('profile-name').waitFor();
    expect(await page.getByTestId('client-avatar').first().getAttribute('data-photo')).toBe('no');
  });
});
