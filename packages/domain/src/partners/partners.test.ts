import { parseWith, safeParseWith } from '../parse-with';
import { DomainError } from '../errors';
import {
  apiKeyInputSchema, checkWebhookUrl, isEventType, isPublicAddress, isPublicHost, maxAttempts, nextRetryDelaySeconds,
  isWebhookUrlProblem, parseIPv6, WEBHOOK_RETRY_DELAYS_SECONDS, webhookEndpointInputSchema, webhookEndpointUpdateSchema,
  webhookUrlIssueMessage,
} from './index';

const dev = { production: false };
const prod = { production: true };

describe('checkWebhookUrl', () => {
  it.each([
    // url, development, production
    ['https://hooks.example.com/kartoteka', true, true],
    ['https://hooks.example.com:8443/a?b=c', true, true],
    ['http://localhost:3000/hook', true, false],
    ['http://127.0.0.1:9999/hook', true, false],
    ['http://[::1]:9999/hook', true, false],
    ['http://hooks.example.com/hook', false, false],
    ['http://192.168.1.10/hook', false, false],
    ['https://localhost/hook', true, false],
    ['https://10.0.0.5/hook', true, false],
    ['https://169.254.169.254/latest/meta-data', true, false],
    ['https://172.16.0.1/', true, false],
    ['https://100.64.1.1/', true, false],
    ['https://[fd00::1]/', true, false],
    ['https://[fe80::1]/', true, false],
    ['https://[::ffff:127.0.0.1]/', true, false],
    ['https://2130706433/', true, false], // 127.0.0.1 in decimal, normalised by the URL parser
    ['https://0x7f.1/', true, false],
    ['https://printer.local/', true, false],
    ['https://metadata.google.internal/', true, false],
    ['https://intranet/', true, false],
    ['https://8.8.8.8/hook', true, true],
    ['https://[2606:4700:4700::1111]/hook', true, true],
    ['https://user:pass@hooks.example.com/', false, false],
    ['https://hooks.example.com/#frag', false, false],
    ['ftp://hooks.example.com/', false, false],
    ['javascript:alert(1)', false, false],
    ['not a url', false, false],
    [`https://example.com/${'a'.repeat(2001)}`, false, false],
  ])('%s → dev %s, production %s', (url, inDev, inProd) => {
    expect(checkWebhookUrl(url, dev).ok).toBe(inDev);
    expect(checkWebhookUrl(url, prod).ok).toBe(inProd);
  });

  it('says why', () => {
    expect(checkWebhookUrl('http://example.com', prod)).toMatchObject({ ok: false, problem: 'HTTPS_REQUIRED' });
    expect(checkWebhookUrl('https://10.1.2.3', prod)).toMatchObject({ ok: false, problem: 'PRIVATE_ADDRESS' });
    expect(checkWebhookUrl('https://a:b@example.com', prod)).toMatchObject({ ok: false, problem: 'CREDENTIALS_NOT_ALLOWED' });
    expect(checkWebhookUrl('  https://Example.com/Path  ', prod)).toEqual({ ok: true, url: 'https://example.com/Path' });
  });
});

describe('isPublicAddress (checked again on every resolved address at delivery time)', () => {
  it.each([
    ['8.8.8.8', true], ['1.1.1.1', true], ['93.184.216.34', true],
    ['0.0.0.0', false], ['10.1.2.3', false], ['127.0.0.1', false], ['127.255.255.254', false], ['169.254.169.254', false],
    ['172.15.0.1', true], ['172.16.0.1', false], ['172.31.255.255', false], ['172.32.0.1', true],
    ['192.168.0.1', false], ['100.64.0.1', false], ['100.128.0.1', true], ['192.0.2.1', false], ['198.18.0.1', false],
    ['203.0.113.7', false], ['224.0.0.1', false], ['255.255.255.255', false],
    ['::', false], ['::1', false], ['fc00::1', false], ['fdff::1', false], ['fe80::1%eth0', false], ['ff02::1', false],
    ['::ffff:10.0.0.1', false], ['::ffff:8.8.8.8', true], ['::ffff:7f00:1', false], ['64:ff9b::a00:1', false],
    ['2002:a00:1::', false], ['2001:db8::1', false], ['2001:4860:4860::8888', true], ['2606:4700::1111', true],
    ['not-an-ip', false], ['1.2.3', false], ['1.2.3.256', false], ['1:2:3:4:5:6:7:8:9', false], ['1::2::3', false],
  ])('%s → %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });

  it('parses IPv6 forms', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('2001:db8::ff00:42:8329')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329]);
    expect(parseIPv6('::ffff:192.168.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc0a8, 1]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('1:2:3:4:5:6:7')).toBeNull();
  });

  it('judges host names', () => {
    expect(isPublicHost('hooks.example.com')).toBe(true);
    expect(isPublicHost('localhost')).toBe(false);
    expect(isPublicHost('api.localhost')).toBe(false);
    expect(isPublicHost('[::1]')).toBe(false);
  });
});

describe('retry schedule', () => {
  it('spans about three days in 11 attempts', () => {
    const total = WEBHOOK_RETRY_DELAYS_SECONDS.reduce((a, b) => a + b, 0);
    expect(total / 86_400).toBeGreaterThan(2.9);
    expect(total / 86_400).toBeLessThan(3.1);
    expect(maxAttempts()).toBe(11);
  });

  it('grows, is jittered by at most 10 %, and ends', () => {
    expect(nextRetryDelaySeconds(1, undefined, () => 0.5)).toBe(5);
    expect(nextRetryDelaySeconds(1, undefined, () => 0)).toBeCloseTo(4.5);
    expect(nextRetryDelaySeconds(1, undefined, () => 0.999999)).toBeCloseTo(5.5);
    let previous = 0;
    for (let attempt = 1; attempt <= 10; attempt++) {
      const d = nextRetryDelaySeconds(attempt, undefined, () => 0.5)!;
      expect(d).toBeGreaterThanOrEqual(previous);
      previous = d;
    }
    expect(nextRetryDelaySeconds(11)).toBeNull();
    expect(nextRetryDelaySeconds(0)).toBeNull();
    expect(nextRetryDelaySeconds(2, [1, 2])).toBeGreaterThan(1.7);
    expect(nextRetryDelaySeconds(3, [1, 2])).toBeNull();
  });
});

describe('partner inputs', () => {
  it('API key: name, known unique scopes, a rate limit', () => {
    expect(parseWith(apiKeyInputSchema, { name: '  Booksy  widget ', scopes: ['clients:read', 'events:read'] }))
      .toEqual({ name: 'Booksy widget', scopes: ['clients:read', 'events:read'], rateLimitPerMinute: 600 });
    const bad = () => parseWith(apiKeyInputSchema, { name: '', scopes: ['clients:read', 'clients:read', 'root'], rateLimitPerMinute: 0 });
    expect(bad).toThrow(DomainError);
    try {
      bad();
    } catch (e) {
      expect((e as DomainError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['name', 'REQUIRED'], ['scopes.1', 'DUPLICATE'], ['scopes.2', 'INVALID_CHOICE'], ['rateLimitPerMinute', 'OUT_OF_RANGE'],
      ]);
    }
    expect(() => parseWith(apiKeyInputSchema, { name: 'x', scopes: [] })).toThrow(DomainError);
  });

  it('webhook endpoint: URL by policy, known event types', () => {
    const schema = webhookEndpointInputSchema(prod);
    expect(parseWith(schema, { url: 'https://example.com/h', eventTypes: ['client.created'] }))
      .toEqual({ url: 'https://example.com/h', eventTypes: ['client.created'], description: null });
    try {
      parseWith(schema, { url: 'http://localhost:3000/h', eventTypes: ['client.nope'] });
      throw new Error('expected VALIDATION_FAILED');
    } catch (e) {
      expect((e as DomainError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([['url', 'NOT_ALLOWED'], ['eventTypes.0', 'INVALID_CHOICE']]);
    }
    expect(parseWith(webhookEndpointInputSchema(dev), { url: 'http://localhost:3000/h', eventTypes: ['consent.changed'] }).url)
      .toBe('http://localhost:3000/h');
    expect(parseWith(webhookEndpointUpdateSchema(prod), { description: 'x' })).toEqual({ description: 'x' });
  });

  it('knows the event types', () => {
    expect(isEventType('client.erased')).toBe(true);
    expect(isEventType('webhook.test')).toBe(false);
  });
});

describe('webhook URL messages', () => {
  it.each([
    ['http://hooks.example.com/h', prod, 'HTTPS_REQUIRED', 'https://'],
    ['https://10.0.0.5/h', prod, 'PRIVATE_ADDRESS', 'prywatnej'],
    ['https://u:p@hooks.example.com/', dev, 'CREDENTIALS_NOT_ALLOWED', 'hasła'],
    ['https://hooks.example.com/#x', dev, 'FRAGMENT_NOT_ALLOWED', '#'],
    ['nope', dev, 'INVALID_URL', 'prawidłowy'],
  ])('%s → the issue names its reason, shown in Polish and English', (url, policy, reason, plWord) => {
    const result = safeParseWith(webhookEndpointInputSchema(policy), { url, eventTypes: ['client.created'] });
    expect(result.ok).toBe(false);
    const issue = !result.ok ? result.issues[0]! : null;
    expect(issue?.params?.reason).toBe(reason);
    expect(webhookUrlIssueMessage(issue!, 'pl')).toContain(plWord);
    expect(webhookUrlIssueMessage(issue!, 'en')).toMatch(/\w/);
    expect(webhookUrlIssueMessage(issue!, 'en')).not.toBe(webhookUrlIssueMessage(issue!, 'pl'));
  });

  it('leaves other issues to fieldIssueMessage', () => {
    expect(webhookUrlIssueMessage({ params: { maximum: 3 } }, 'pl')).toBeNull();
    expect(webhookUrlIssueMessage({}, 'en')).toBeNull();
    expect(isWebhookUrlProblem('toString')).toBe(false);
  });
});
