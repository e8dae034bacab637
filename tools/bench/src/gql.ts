import http from 'node:http';

export interface GqlResult<T> {
  data: T | null;
  errors: { message: string; extensions?: Record<string, unknown> }[] | null;
  setCookies: string[];
  status: number;
  bytes: number;
}

/**
 * A minimal GraphQL-over-HTTP client on a keep-alive agent (one socket, like one browser tab): what it times is
 * the request leaving, the server working, and the answer arriving and being parsed.
 */
export class GqlClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {
    this.url = new URL('/graphql', baseUrl);
    if (this.url.hostname !== '127.0.0.1' && this.url.hostname !== 'localhost') throw new Error('the bench talks to 127.0.0.1 only');
  }

  request<T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = http.request(this.url, {
        method: 'POST',
        agent: this.agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(this.cookie ? { cookie: this.cookie } : {}),
        },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const setCookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
          for (const sc of setCookies) {
            const [pair] = sc.split(';');
            const eq = pair!.indexOf('=');
            if (pair!.slice(0, eq) === 'kt_session') this.cookie = pair!.slice(eq + 1) ? pair! : null;
          }
          try {
            const parsed = JSON.parse(raw.toString('utf8')) as { data?: T; errors?: GqlResult<T>['errors'] };
            resolve({ data: parsed.data ?? null, errors: parsed.errors ?? null, setCookies, status: res.statusCode ?? 0, bytes: raw.length });
          } catch (err) {
            reject(new Error(`HTTP ${res.statusCode}: not JSON: ${raw.toString('utf8').slice(0, 200)} (${String(err)})`));
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await this.request<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL error: ${JSON.stringify(r.errors ?? r)}`);
    return r.data;
  }

  close(): void {
    this.agent.destroy();
  }
}
