import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { expectScenarioMeasured } from '../../core/usage/test-support/scenario-expectations.js';
import {
  FULL_SCENARIO,
  SCENARIO_NOW,
  scenarioTraffic,
} from '../../core/usage/test-support/synthetic-traffic.js';
import { openUsageStore } from '../../stores/index.js';
import { memoryIo } from './io.js';
import { loadMeasuredUsage } from './usage.js';

const pgUrl = process.env.SWITCHBOARD_TEST_POSTGRES_URL;
const schema = `sbusage_${process.pid}_${Math.floor(Math.random() * 1e9).toString(36)}`;

describe.runIf(pgUrl)(
  'loadMeasuredUsage from the real PostgreSQL server seeded with 30 days of synthetic traffic',
  () => {
    it(
      'measures requests/day, tokens, peak-to-average and growth exactly',
      { timeout: 120_000 },
      async () => {
        const url = `${pgUrl!}?schema=${schema}`;
        try {
          const store = await openUsageStore(url);
          await store.recordMany!(scenarioTraffic().filter((r) => r.time < SCENARIO_NOW));
          await store.close();
          const now = new Date(SCENARIO_NOW);
          expectScenarioMeasured(await loadMeasuredUsage(url, { now }, memoryIo()), FULL_SCENARIO);
          const lastWeek = await loadMeasuredUsage(url, { now, since: '7d' }, memoryIo());
          expect(lastWeek.find((m) => m.workload === 'clinical-notes')).toMatchObject({
            daysObserved: 6,
            requests: 6 * 240,
          });
        } finally {
          const c = new pg.Client({ connectionString: pgUrl });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await c.end();
        }
      },
    );

    it('says an unreachable PostgreSQL server is unreachable, without the password', async () => {
      await expect(
        loadMeasuredUsage('postgres://u:pw@127.0.0.1:1/x', { now: new Date() }, memoryIo()),
      ).rejects.toThrow(/cannot reach the usage store postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x/);
    });
  },
);
