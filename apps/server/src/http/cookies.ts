import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { CookieJar } from '../graphql/context';
import { SESSION_COOKIE } from '../modules/staff/session-token';

export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  return parseCookie(header)[SESSION_COOKIE] ?? null;
}

/** HttpOnly (no script can read it) and SameSite=Lax (no cross-site POST carries it); Secure behind HTTPS. */
export function cookieJar(res: Response, secure: boolean): CookieJar {
  const base = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    setSession(token, expiresAt) {
      res.append('Set-Cookie', stringifySetCookie(SESSION_COOKIE, token, { ...base, expires: expiresAt }));
    },
    clearSession() {
      res.append('Set-Cookie', stringifySetCookie(SESSION_COOKIE, '', { ...base, expires: new Date(0) }));
    },
  };
}
