import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { saveYaml } from './yaml-sync.js';

const SOURCE = `# Riverside's profile: reviewed by compliance
team:
  name: Riverside # the legal name
  industry: healthcare
workloads:
  # notes stay on our own GPUs
  - name: notes
    data: [phi]
    requestsPerDay: 1000 # measured in May
  - name: faq
    data: [public]
    requestsPerDay: 50
`;

describe('saving YAML back into the loaded file', () => {
  it('keeps comments and untouched lines while writing the edited values', () => {
    const data = parse(SOURCE) as { workloads: Record<string, unknown>[] };
    data.workloads[0]!.requestsPerDay = 2500;
    data.workloads[0]!.dataMayLeave = 'own-infrastructure-only';
    const out = saveYaml(data, SOURCE);
    expect(out).toContain("# Riverside's profile: reviewed by compliance");
    expect(out).toContain('name: Riverside # the legal name');
    expect(out).toContain('# notes stay on our own GPUs');
    expect(out).toContain('requestsPerDay: 2500 # measured in May');
    expect(out).toContain('dataMayLeave: own-infrastructure-only');
    expect(parse(out)).toEqual(data);
  });

  it('removes a deleted workload and key, and adds new ones', () => {
    const data = parse(SOURCE) as { team: Record<string, unknown>; workloads: unknown[] };
    data.workloads = [data.workloads[1], { name: 'new', data: ['internal'], requestsPerDay: 5 }];
    delete data.team['industry'];
    const out = saveYaml(data, SOURCE);
    expect(parse(out)).toEqual(data);
    expect(out).not.toContain('industry');
  });

  it('writes fresh YAML when there is no source or it does not parse', () => {
    expect(saveYaml({ team: { name: 'A' } }, null)).toBe('team:\n  name: A\n');
    expect(parse(saveYaml({ team: { name: 'A' } }, 'team: [unclosed'))).toEqual({ team: { name: 'A' } });
  });
});
