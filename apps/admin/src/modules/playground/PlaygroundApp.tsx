import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useEffect, useMemo, useState } from 'react';
import { PLAYGROUND_EXAMPLES } from './examples';

type Me = { displayName: string; business: { name: string } } | null;

const bar: React.CSSProperties = {
  display: 'flex', alignItems: 'center', gap: 12, padding: '6px 12px', background: '#1f4f7a', color: '#fff',
  font: '14px system-ui, sans-serif',
};
const link: React.CSSProperties = { color: '#fff' };

/**
 * GraphiQL bundled with the app (no CDN: it works offline), talking to /graphql on the same origin, so the
 * admin's session cookie authenticates every request. A separate page and bundle from the admin.
 */
export function PlaygroundApp() {
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }) }), []);
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

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <header style={bar}>
        <a href="/clients" style={{ ...link, fontWeight: 700, textDecoration: 'none' }}>Kartoteka</a>
        <span>GraphQL playground</span>
        <span style={{ flex: 1 }} />
        {me === null && (
          <span data-testid="playground-anonymous">
            {pl ? 'Nie jesteś zalogowany: ' : 'You are not logged in: '}
            <a href="/login?next=%2Fplayground" style={link}>{pl ? 'zaloguj się' : 'log in'}</a>
          </span>
        )}
        {me && <span data-testid="playground-user">{me.displayName} · {me.business.name}</span>}
      </header>
      <div style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL fetcher={fetcher} defaultTabs={PLAYGROUND_EXAMPLES} defaultEditorToolsVisibility="variables" />
      </div>
    </div>
  );
}
