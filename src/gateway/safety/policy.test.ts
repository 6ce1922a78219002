import { afterEach, describe, expect, it } from 'vitest';
import { leaked } from '../test-support/leak-check.js';
import { NOTES_KEY, startHarness, type Harness } from '../test-support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// The detector does not know this record number format: a miss that must still stay in-house.
const MISSED = 'Record ZX-88412-Q: follow-up for the oncology referral discussed on the ward';

describe('policy at start-up (issue 14: an air-gapped workload started with a third party in its default list)', () => {
  it('refuses to start when a workload whose data may not leave lists a third party, naming the field', async () => {
    for (const level of ['own-infrastructure-only', 'air-gapped'] as const) {
      await expect(startHarness({ edit: (c) => void (c.routes[0]!.dataMayLeave = level) })).rejects.toThrow(
        `routes[0].default[0]: "gpt" is a third party: no request of a workload with dataMayLeave: ${level} may go to one, sensitive or not (the detector can miss)`,
      );
    }
  });

  it('a request the detector misses stays on self-hosted destinations: the third-party fake receives zero bytes of it', async () => {
    h = await startHarness({ edit: (c) => void Object.assign(c.routes[0]!, { dataMayLeave: 'air-gapped', default: ['local'] }) });
    const res = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${NOTES_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: MISSED }] }),
    });
    expect(res.status).toBe(200);
    expect(h.store.records[0]).toMatchObject({ dataClass: 'none', destination: 'local' });
    expect(leaked(h.gpt, [MISSED, 'ZX-88412-Q'])).toEqual([]);
    expect(h.gpt.requests).toHaveLength(0);
  });
});
