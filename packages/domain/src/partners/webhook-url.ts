/**
 * Where a webhook may point (pure rules; the server applies them when an endpoint is saved and again to every
 * resolved address at delivery time, so a DNS name that later resolves to 10.0.0.1 is still refused).
 *
 * - https only; plain http only to localhost, 127.0.0.1 or [::1], and only outside production (development);
 * - no user:password@ in the URL (the secret belongs in the signature) and no #fragment;
 * - in production the host must not be, or resolve to, a private, loopback, link-local, unique-local, CGNAT,
 *   multicast, documentation or otherwise reserved address, nor be `localhost` or a `.local`/`.internal` name.
 */

export interface WebhookUrlPolicy {
  production: boolean;
}

export type WebhookUrlProblem =
  | 'INVALID_URL'
  | 'TOO_LONG'
  | 'HTTPS_REQUIRED'
  | 'CREDENTIALS_NOT_ALLOWED'
  | 'FRAGMENT_NOT_ALLOWED'
  | 'PRIVATE_ADDRESS';

export type WebhookUrlCheck = { ok: true; url: string } | { ok: false; problem: WebhookUrlProblem; message: string };

export const WEBHOOK_URL_MAX_LENGTH = 2000;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkWebhookUrl(raw: string, policy: WebhookUrlPolicy): WebhookUrlCheck {
  const text = raw.trim();
  if (text.length > WEBHOOK_URL_MAX_LENGTH) return fail('TOO_LONG', `At most ${WEBHOOK_URL_MAX_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('INVALID_URL', 'Not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('HTTPS_REQUIRED', 'Webhook URLs must use https.');
  if (!url.hostname) return fail('INVALID_URL', 'The URL has no host.');
  if (url.username || url.password) return fail('CREDENTIALS_NOT_ALLOWED', 'Credentials in the URL are not allowed.');
  if (url.hash) return fail('FRAGMENT_NOT_ALLOWED', 'A #fragment is never sent to the server: remove it.');
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:' && (policy.production || !LOOPBACK_HOSTS.has(host))) {
    return fail('HTTPS_REQUIRED', policy.production
      ? 'Webhook URLs must use https.'
      : 'Webhook URLs must use https (plain http only to localhost during development).');
  }
  if (policy.production && !isPublicHost(host)) {
    return fail('PRIVATE_ADDRESS', 'Webhooks cannot target private, loopback or internal addresses.');
  }
  return { ok: true, url: url.toString() };
}

function fail(problem: WebhookUrlProblem, message: string): WebhookUrlCheck {
  return { ok: false, problem, message };
}

/** A URL hostname (as `URL` gives it: IPv6 in brackets, IPv4 normalised) that may be public. */
export function isPublicHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) return isPublicAddress(host.slice(1, -1));
  if (parseIPv4(host)) return isPublicAddress(host);
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  if (host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.home.arpa') || !host.includes('.')) return false;
  return true;
}

/** IPv4 or IPv6 literal → may a server on the internet be there? Anything unparseable is not public. */
export function isPublicAddress(address: string): boolean {
  const v4 = parseIPv4(address);
  if (v4) return isPublicIPv4(v4);
  const v6 = parseIPv6(address);
  if (!v6) return false;
  return isPublicIPv6(v6);
}

type IPv4 = [number, number, number, number];

export function parseIPv4(text: string): IPv4 | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out as IPv4;
}

function isPublicIPv4([a, b, c]: IPv4): boolean {
  if (a === 0 || a === 10 || a === 127) return false; // "this network", private, loopback
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  if (a === 169 && b === 254) return false; // link-local (cloud metadata lives here)
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // IETF protocol assignments, TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  if (a === 198 && b === 51 && c === 100) return false; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return false; // TEST-NET-3
  if (a >= 224) return false; // multicast, reserved, broadcast
  return true;
}

/** Eight 16-bit groups, or null. Accepts "::" compression and a trailing dotted IPv4 (::ffff:1.2.3.4). */
export function parseIPv6(text: string): number[] | null {
  let s = text.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!/^[0-9a-f:.]+$/.test(s)) return null;
  if (s.includes('.')) {
    // a trailing dotted IPv4 (::ffff:1.2.3.4) becomes two hex groups
    const lastColon = s.lastIndexOf(':');
    const v4 = lastColon >= 0 ? parseIPv4(s.slice(lastColon + 1)) : null;
    if (!v4) return null;
    s = `${s.slice(0, lastColon + 1)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const parse = (g: string) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN);
  const headN = head.map(parse);
  const restN = rest.map(parse);
  if ([...headN, ...restN].some(Number.isNaN)) return null;
  const total = headN.length + restN.length;
  if (halves.length === 1) return total === 8 ? headN : null;
  if (total > 7) return null;
  return [...headN, ...new Array<number>(8 - total).fill(0), ...restN];
}

function isPublicIPv6(g: number[]): boolean {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const embeddedV4 = (): IPv4 => [g6 >> 8, g6 & 255, g7 >> 8, g7 & 255];
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0) {
    if (g5 === 0xffff) return isPublicIPv4(embeddedV4()); // IPv4-mapped
    if (g5 === 0) return false; // :: unspecified, ::1 loopback and the deprecated IPv4-compatible form
  }
  if (g0 === 0x64 && g1 === 0xff9b) return isPublicIPv4(embeddedV4()); // NAT64
  if (g0 === 0x2002) return isPublicIPv4([g1 >> 8, g1 & 255, g2 >> 8, g2 & 255]); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return false; // link-local, site-local
  if ((g0 & 0xff00) === 0xff00) return false; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return false; // documentation
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return false; // discard-only
  if (g0 === 0x2001 && g1 < 0x0200) return false; // IETF protocol assignments (Teredo, ORCHID, …)
  if (g0 < 0x2000 || g0 > 0x3fff) return false; // only global unicast 2000::/3 is routed on the internet
  return true;
}
