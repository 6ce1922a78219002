/** The profile that goes with scenarioTraffic(): guesses that the measured traffic corrects. */
import { profileSchema, type Profile } from '../../profile/index.js';

export function scenarioProfile(): Profile {
  const w = { data: ['internal'], requestsPerDay: 1000, inputTokens: 500, outputTokens: 100 } as const;
  return profileSchema.parse({
    team: { name: 'Clinic', industry: 'healthcare', mlEngineers: 1, gpuAccess: 'rent' },
    workloads: [
      {
        ...w,
        name: 'clinical-notes',
        data: ['phi'],
        regulations: ['hipaa'],
        peakToAverage: 2,
        growthPerMonth: 0.1,
      },
      { ...w, name: 'support-bot', requestsPerDay: 5000, activeDaysPerWeek: 5 },
      { ...w, name: 'office-tool' },
      { ...w, name: 'new-pilot', requestsPerDay: 300 },
      { ...w, name: 'quiet-one' },
    ],
  });
}
