import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { scanIbans } from './identifiers.js';
import type { Hit } from './hit.js';

const ibans = (text: string): string[] => detect(text).filter((f) => f.entity === 'IBAN_CODE').map((f) => text.slice(f.start, f.end));

describe('an IBAN written in two halves across a line break', () => {
  it.each([
    ['en', 'Please pay into my account:\nIBAN GB98 BARC 2004\n1512 3456 78 thanks', 'GB98 BARC 2004\n1512 3456 78'],
    ['de', 'Meine IBAN lautet DE68 3704 0044\n0532 0130 87, danke!', 'DE68 3704 0044\n0532 0130 87'],
    ['fr', 'Mon IBAN : FR67 3000 4018 2300\n0123 4567 822 merci', 'FR67 3000 4018 2300\n0123 4567 822'],
    ['es', 'mi IBAN es ES32 0182 5322 17\n02 0834 7761, gracias', 'ES32 0182 5322 17\n02 0834 7761'],
    ['nl', 'Mijn rekening: NL67RABO\n0317264509', 'NL67RABO\n0317264509'],
    ['it', 'IBAN: IT06 K030 6909 6061\n0000 0063 421 grazie', 'IT06 K030 6909 6061\n0000 0063 421'],
    ['escaped line break in a JSON body', '{"content":"IBAN DE68370400\\n440532013087"}', 'DE68370400\\n440532013087'],
  ])('%s', (_lang, text, iban) => {
    expect(ibans(text)).toEqual([iban]);
  });

  it('two lines that only join to a wrong check stay clean; a whole IBAN on one line is found once', () => {
    expect(ibans('Ref DE68 3704 0044\n0532 0130 88 ok')).toEqual([]);
    expect(ibans('IBAN DE68 3704 0044 0532 0130 87\n1234 5678')).toEqual(['DE68 3704 0044 0532 0130 87']);
  });

  it('is linear on many candidate halves', () => {
    const text = 'DE68 3704 0044\n0532 0130 88\n'.repeat(20_000);
    const t0 = performance.now();
    const out: Hit[] = [];
    scanIbans(text, out);
    expect(out).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
