import type { FakeUpstream } from './fake-upstream.js';

/** Every byte a third-party fake received (bodies and headers), to assert that none of the sensitive text is in it. */
export function receivedText(fake: FakeUpstream): string {
  return JSON.stringify({ bodies: fake.requests, headers: fake.headers });
}

/** The sensitive fragments found in what a third-party fake received; [] means zero sensitive bytes reached it. */
export function leaked(fake: FakeUpstream, fragments: readonly string[]): string[] {
  const seen = receivedText(fake);
  return fragments.filter((f) => seen.includes(f));
}
