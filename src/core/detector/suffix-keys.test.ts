import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[][] => detect(text).map((f) => [f.entity, f.rule, text.slice(f.start, f.end)]);
const KEY = '7d2e91c4-05ab-4f3e-b8c1-6a9f0e2d4c17:fx';

describe('DeepL free-tier keys: a UUID with the :fx suffix is a key without any cue word', () => {
  it('in an SDK call and in prose of six languages', () => {
    const texts = [
      `translator = deepl.Translator("${KEY}")`,
      `why does this return 403? ${KEY}`,
      `warum 403? Schlüssel: ${KEY}`,
      `ça plante, j'utilise ${KEY} dans mon script`,
      `me da error con ${KEY}`,
      `met ${KEY} krijg ik 456 quota exceeded`,
      `uso ${KEY} nel mio script`,
    ];
    for (const t of texts) expect(found(t)).toContainEqual(['DEEPL_API_KEY', 'secret.deepl', KEY]);
  });

  it('a bare UUID (a request or row id), or one run on into a longer token, is no key', () => {
    expect(found('request id 7d2e91c4-05ab-4f3e-b8c1-6a9f0e2d4c17 failed')).toEqual([]);
    expect(found('ref 7d2e91c4-05ab-4f3e-b8c1-6a9f0e2d4c17:fxrate')).toEqual([]);
    expect(found('ref x7d2e91c4-05ab-4f3e-b8c1-6a9f0e2d4c17:fx')).toEqual([]);
  });

  it('a Pro key (no suffix) is still found by its DeepL-Auth-Key scheme', () => {
    const t = 'curl -H "Authorization: DeepL-Auth-Key 7d2e91c4-05ab-4f3e-b8c1-6a9f0e2d4c17" https://api.deepl.com/v2/translate';
    expect(found(t).map((f) => f[2])).toContain('7d2e91c4-05ab-4f3e-b8c1-6a9f0e2d4c17');
  });
});
