import { checkWebhookUrl, isPublicAddress } from '@kartoteka/domain';
import dns, { type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export interface SendResult {
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
}

const EXCERPT_CHARS = 1000;
const MAX_RESPONSE_BYTES = 64 * 1024;

// keep-alive sockets per endpoint host: a busy receiver is not paying a TLS handshake per event
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16, timeout: 30_000 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64, maxFreeSockets: 16, timeout: 30_000 }),
};

/**
 * In production every address a host name resolves to must be public, checked on the very lookup the socket
 * connects with (no second resolution an attacker could answer differently: DNS rebinding).
 */
function guardedLookup(production: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      if (production && list.some((a) => !isPublicAddress(a.address))) {
        const refused = Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATEADDRESS' });
        return callback(refused, '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** One POST, never following redirects, cut off after `timeoutMs` whatever the receiver does. */
export function sendWebhook(
  url: string, headers: Record<string, string>, body: string, opts: { timeoutMs: number; production: boolean },
): Promise<SendResult> {
  const startedAt = new Date();
  const started = process.hrtime.bigint();
  const elapsed = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: Omit<SendResult, 'startedAt' | 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ startedAt, durationMs: elapsed(), ...r });
    };
    const check = checkWebhookUrl(url, { production: opts.production });
    if (!check.ok) {
      finish({ statusCode: null, error: `Refused: ${check.message}`, responseExcerpt: null });
      return;
    }
    const target = new URL(check.url);
    const transport = target.protocol === 'https:' ? https : http;
    const req = transport.request(target, {
      method: 'POST',
      agent: target.protocol === 'https:' ? agents.https : agents.http,
      lookup: guardedLookup(opts.production),
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Kartoteka-Webhooks/1.0',
      },
    }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < MAX_RESPONSE_BYTES) chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_RESPONSE_BYTES) res.destroy();
      });
      const done = () => finish({
        statusCode: res.statusCode ?? null,
        error: null,
        responseExcerpt: Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_CHARS) || null,
      });
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    const timer = setTimeout(() => {
      req.destroy(Object.assign(new Error(`No answer within ${opts.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    }, opts.timeoutMs);
    req.on('error', (err: Error & { code?: string }) => {
      finish({ statusCode: null, error: describeError(err), responseExcerpt: null });
    });
    req.end(body);
  });
}

function describeError(err: Error & { code?: string }): string {
  switch (err.code) {
    case 'ETIMEDOUT': return err.message.startsWith('No answer') ? err.message : 'Connection timed out';
    case 'ECONNREFUSED': return 'Connection refused';
    case 'ENOTFOUND': return 'Host not found';
    case 'EPRIVATEADDRESS': return `Refused: ${err.message}`;
    case 'ECONNRESET': return 'Connection reset by the receiver';
    default: return err.code ? `${err.code}: ${err.message}` : err.message;
  }
}
