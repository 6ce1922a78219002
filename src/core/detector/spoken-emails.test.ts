// E-mail addresses with the words for @ and '.' in brackets, in six languages.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const emails = (text: string): string[] => detect(text).filter((f) => f.entity === 'EMAIL_ADDRESS').map((f) => text.slice(f.start, f.end));

describe('bracketed words for @ and . spell an e-mail address', () => {
  it.each([
    ['en', 'reply to jane.doe (at) example (dot) co (dot) uk today', 'jane.doe (at) example (dot) co (dot) uk'],
    ['de', 'Schreib an m.keller-brandt [ät] gmx [punkt] de, bitte', 'm.keller-brandt [ät] gmx [punkt] de'],
    ['de upper case', 'Kontakt: P.Wagner [AT] Web [PUNKT] DE', 'P.Wagner [AT] Web [PUNKT] DE'],
    ['fr', 'écris à claire.morel [arobase] orange [point] fr stp', 'claire.morel [arobase] orange [point] fr'],
    ['es', 'escribe a lucia.ruiz {arroba} gmail {punto} es', 'lucia.ruiz {arroba} gmail {punto} es'],
    ['nl', 'mail naar sanne.vos (apenstaartje) ziggo (punt) nl', 'sanne.vos (apenstaartje) ziggo (punt) nl'],
    ['it', 'scrivi a marco.bianchi [chiocciola] libero [punto] it', 'marco.bianchi [chiocciola] libero [punto] it'],
  ])('%s', (_lang, text, email) => {
    expect(emails(text)).toEqual([email]);
  });
  it('no top-level domain after the last dot word: no address', () => {
    expect(emails('Wir treffen uns [at] Bahnhof [punkt] zwölf Uhr')).toEqual([]);
  });
});
