import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useEffect, useMemo, useState } from 'react';
import { PLAYGROUND_EXAMPLES } from './examples';

type Me = { displayName: string; business: { name: string } } | null;
type KeyCheck = 'checking' | 'ok' | 'refused' | 'limited' | 'unreachable';

const bar: React.CSSProperties = {
  display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: '6px 12px', padding: '6px 12px', background: '#1f4f7a',
  color: '#fff', font: '14px system-ui, sans-serif',
};
const link: React.CSSProperties = { color: '#fff' };
const keyInput: React.CSSProperties = {
  width: 260, maxWidth: '60vw', padding: '4px 8px', border: '1px solid #9bb4cc', borderRadius: 4, font: '13px ui-monospace, monospace',
};

/** The `fetch` every GraphiQL request goes through: the session cookie, or an API key and no cookie at all. */
function requestInit(init: RequestInit | undefined, apiKey: string): RequestInit {
  if (!apiKey) return { ...init, credentials: 'same-origin' };
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${apiKey}`);
  // omit: the request is exactly what a partner app sends, whatever session this browser also has
  return { ...init, headers, credentials: 'omit' };
}

/**
 * GraphiQL bundled with the app (no CDN: it works offline), talking to /graphql on the same origin. By default the
 * admin's session cookie authenticates every request; with an API key typed into the bar, requests carry
 * `Authorization: Bearer <key>` and no cookie, as a partner app's would. A separate page and bundle from the admin.
 */
export function PlaygroundApp() {
  const [keyText, setKeyText] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [keyCheck, setKeyCheck] = useState<KeyCheck | null>(null);
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', fetch: (input, init) => fetch(input, requestInit(init, apiKey)) }), [apiKey]);
  const [me, setMe] = useState<Me | undefined>(undefined);
  const pl = (document.documentElement.lang || 'pl') !== 'en' && (localStorage.getItem('kartoteka.lang') ?? 'pl') === 'pl';

  useEffect(() => {
    fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { displayName business { name } } }' }),
    })
      .then((r) => r.json() as Promise<{ data?: { me: Me } }>)
      .then((body) => setMe(body.data?.me ?? null))
      .catch(() => setMe(null));
  }, []);

  // a pasted key is used once typing pauses (GraphiQL reloads the schema with every new fetcher)
  useEffect(() => {
    const timer = setTimeout(() => setApiKey(keyText.trim()), 400);
    return () => clearTimeout(timer);
  }, [keyText]);

  // say at once whether the server takes the key, before the first query
  useEffect(() => {
    if (!apiKey) {
      setKeyCheck(null);
      return;
    }
    let current = true;
    setKeyCheck('checking');
    fetch('/graphql', { method: 'POST', ...requestInit({ headers: { 'content-type': 'application/json' } }, apiKey), body: JSON.stringify({ query: '{ __typename }' }) })
      .then((r) => {
        if (current) setKeyCheck(r.ok ? 'ok' : r.status === 429 ? 'limited' : 'refused');
      })
      .catch(() => {
        if (current) setKeyCheck('unreachable');
      });
    return () => {
      current = false;
    };
  }, [apiKey]);

  const checkText: Record<KeyCheck, string> = pl
    ? { checking: 'sprawdzanie…', ok: '✓ klucz przyjęty', refused: '✗ klucz nieprawidłowy lub unieważniony (401)', limited: 'limit zapytań klucza wyczerpany (429)', unreachable: 'brak połączenia z serwerem' }
    : { checking: 'checking…', ok: '✓ key accepted', refused: '✗ key invalid or revoked (401)', limited: 'the key\'s rate limit is spent (429)', unreachable: 'cannot reach the server' };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <header style={bar}>
        <a href="/clients" style={{ ...link, fontWeight: 700, textDecoration: 'none' }}>Kartoteka</a>
        <span>GraphQL playground</span>
        <span style={{ flex: 1 }} />
        <label style={{ display: 'flex', alignItems: 'center', gap: 6 }} title={pl
          ? 'Z kluczem zapytania idą z nagłówkiem Authorization: Bearer <klucz> i bez ciasteczka sesji, jak z aplikacji partnera. Klucz nie jest nigdzie zapisywany.'
          : 'With a key, requests carry Authorization: Bearer <key> and no session cookie, as a partner app\'s do. The key is not stored anywhere.'}
        >
          {pl ? 'Klucz API (opcjonalnie)' : 'API key (optional)'}
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="kt_…"
            value={keyText}
            onChange={(e) => setKeyText(e.target.value)}
            style={keyInput}
            data-testid="playground-api-key"
          />
        </label>
        <span data-testid="playground-auth-mode" style={{ opacity: 0.95 }}>
          {apiKey
            ? `${pl ? 'Zapytania: klucz API, bez sesji' : 'Requests: API key, no session'}${keyCheck ? ` · ${checkText[keyCheck]}` : ''}`
            : pl ? 'Zapytania: sesja' : 'Requests: session'}
        </span>
        {me === null && !apiKey && (
          <span data-testid="playground-anonymous">
            {pl ? 'Nie jesteś zalogowany: ' : 'You are not logged in: '}
            <a href="/login?next=%2Fplayground" style={link}>{pl ? 'zaloguj się' : 'log in'}</a>
            {pl ? ' albo wpisz klucz API' : ' or enter an API key'}
          </span>
        )}
        {me && !apiKey && <span data-testid="playground-user">{me.displayName} · {me.business.name}</span>}
      </header>
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL fetcher={fetcher} defaultTabs={PLAYGROUND_EXAMPLES} defaultEditorToolsVisibility="variables" />
      </div>
    </div>
  );
}
