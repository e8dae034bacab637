import { closeBrowser, describeBrowser, endSession, newSession, signUpThroughUi, type Session } from '../support/browser';

describeBrowser('the GraphQL playground', () => {
  let s: Session | undefined;
  afterEach(async () => {
    await endSession(s);
    s = undefined;
  });
  afterAll(closeBrowser);

  it('runs an example query with the logged-in session, bundled (no request leaves the server)', async () => {
    s = await newSession();
    const { page, context } = s;
    const foreign: string[] = [];
    await signUpThroughUi(page, 'Salon Playground');
    await context.route((url) => !url.href.startsWith(new URL(page.url()).origin) && !url.href.startsWith('data:') && !url.href.startsWith('blob:'), (route) => {
      foreign.push(route.request().url());
      return route.abort();
    });
    await page.goto('/playground');
    await page.getByTestId('playground-user').filter({ hasText: 'Salon Playground' }).waitFor();
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor').getByText('query Me').waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: /Execute query/i }).click();
    await page.locator('.result-window').getByText('Salon Playground').waitFor({ timeout: 30000 });
    expect(foreign).toEqual([]);
  });
});
