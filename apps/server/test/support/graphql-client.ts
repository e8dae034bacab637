/** A tiny GraphQL-over-HTTP client that keeps its session cookie, like a browser tab would. */
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  headers: Headers;
}

export class GqlClient {
  private cookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  get sessionCookie(): string | null {
    return this.cookie;
  }

  withCookie(cookie: string | null): GqlClient {
    const c = new GqlClient(this.baseUrl);
    c.cookie = cookie;
    return c;
  }

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const setCookie of res.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const [name, value] = pair!.split('=');
      if (name === 'kt_session') this.cookie = value ? `kt_session=${value}` : null;
    }
    const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data as T;
  }
}

let counter = 0;
/** A business with its owner, logged in. */
export async function signUpBusiness(baseUrl: string, name = 'Salon Test'): Promise<{ client: GqlClient; email: string; password: string; businessId: string }> {
  const client = new GqlClient(baseUrl);
  const email = `owner${Date.now()}${counter++}@example.com`;
  const password = 'correct-horse-battery';
  const data = await client.ok<{ signUp: { business: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { business { id } } }`,
    { input: { businessName: name, email, password, displayName: 'Owner' } },
  );
  return { client, email, password, businessId: data.signUp.business.id };
}
