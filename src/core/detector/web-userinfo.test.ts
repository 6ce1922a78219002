// Credentials in a URL's userinfo (web.ts): a token as the whole userinfo, and a password whose tail and host would
// read as an e-mail address. Tokens and hosts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('a token as the userinfo, a password before a dotted host', () => {
  it.each([
    ['git remote set-url origin https://ghp_Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e@github.com/shop/api.git', 'SECRET_IN_URL:https://ghp_Zq8WmT4kLp2NvR7sXb5YcD3FgH6jK9aEqW2e@github.com/shop/api.git'],
    ['Sentry.init({ dsn: "https://9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c@o450123.ingest.sentry.io/5512345" });', 'SECRET_IN_URL:https://9f2c4e8a1b7d3f6e0a5c2b8d4e1f7a3c@o450123.ingest.sentry.io/5512345'],
    ['REDIS=rediss://default:Vx8kq2Lm!Rt5@eu1-cache.upstash.io:6379', 'PASSWORD_IN_URL:Vx8kq2Lm!Rt5@eu1-cache.upstash.io'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });
  it.each([
    // A login name as the userinfo is no token (the address it may be is the e-mail scanner's).
    'sftp://backup@nas.fritz.box/exports',
    'https://deploy@git.internal.lan/team/app.git',
  ])('%s', (text) => {
    expect(found(text).filter((f) => f.startsWith('SECRET_IN_URL') || f.startsWith('PASSWORD_IN_URL'))).toEqual([]);
  });
});
