// GOV.UK Notify (and GC Notify, Notify.gov) API keys: a key name, the service UUID and the secret UUID. The keys
// below are random text of that shape (no real credential).
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const secrets = (text: string): string[] =>
  detect(text)
    .filter((f) => f.dataClass === 'secret')
    .map((f) => text.slice(f.start, f.end));

const KEY = 'council_tax_live-60c1e573-7181-4abb-893e-b1ad630d214e-ca57efdb-4bf2-43a6-a0fa-d147ba25e520';

describe('GOV.UK Notify API keys', () => {
  it('finds the whole key, name included, in code and in prose', () => {
    expect(secrets(`client = NotificationsAPIClient("${KEY}")`)).toEqual([KEY]);
    expect(secrets(`export NOTIFY_API_KEY=${KEY}`)).toEqual([KEY]);
    expect(secrets(`unser Notify-Schlüssel ${KEY} geht nicht mehr`)).toEqual([KEY]);
    const gc = 'gcntfy-staging_key-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
    expect(secrets(`api_key: ${gc}`)).toEqual([gc]);
  });

  it('two UUIDs with no name, a sample UUID or a placeholder name are no key', () => {
    expect(secrets('trace 60c1e573-7181-4abb-893e-b1ad630d214e-ca57efdb-4bf2-43a6-a0fa-d147ba25e520 failed')).toEqual([]);
    expect(secrets('key = "my_test_key-00000000-0000-0000-0000-000000000000-00000000-0000-0000-0000-000000000000"')).toEqual([]);
    expect(secrets('key = "your_key_name-60c1e573-7181-4abb-893e-b1ad630d214e-12345678-9abc-def0-1234-56789abcdef0"')).toEqual([]);
    expect(secrets('run 60c1e573-7181-4abb-893e-b1ad630d214e then ca57efdb-4bf2-43a6-a0fa-d147ba25e520')).toEqual([]);
  });
});
