import { describe, expect, it } from 'vitest';
import type { UiBoot } from '../boot.js';
import { createUiApp } from './app.js';
import { inlineJson } from './shell.js';

const boot: UiBoot = { profileYaml: 'team:\n  name: "</script><script>alert(1)</script>"\n', profileName: 'p.yaml', catalog: null, measured: null, usageNote: null };
const bundle = () => Promise.resolve('console.log("client")');

describe('UI HTTP app', () => {
  it('serves the page with the boot data inlined safely and a strict CSP', async () => {
    const res = await createUiApp({ boot, bundle }).request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'; script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/assets/app.js"></script>');
    expect(html).not.toContain('</script><script>alert(1)');
    const json = /<script type="application\/json" id="sb-boot">(.*?)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual(boot);
  });

  it('serves the client script', async () => {
    const res = await createUiApp({ boot, bundle }).request('/assets/app.js');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log("client")');
  });

  it('refuses other Host names (DNS rebinding) and unknown paths', async () => {
    const app = createUiApp({ boot, bundle, hosts: () => ['127.0.0.1:4178'] });
    expect((await app.request('http://127.0.0.1:4178/')).status).toBe(200);
    expect((await app.request('http://evil.example:4178/')).status).toBe(421);
    expect((await app.request('http://127.0.0.1:4178/etc/passwd')).status).toBe(404);
  });

  it('escapes characters that could end a script element or break JS', () => {
    expect(inlineJson({ a: '</script>\u2028' })).toBe('{"a":"\\u003c/script>\\u2028"}');
  });
});
