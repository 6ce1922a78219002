// A charity's or association's footer: its register (registered charity, RNA, RUNTS, ANBI...) and its office label
// before its seat make that address the organisation's (company-addresses.ts officeAddress, data/company-cues.ts
// REGISTRY_LABELS), its postcode read apart included. The same footer beside a person's home or name keeps the address.
// Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const addresses = (text: string): string[] => detect(text).filter((f) => f.entity === 'STREET_ADDRESS').map((f) => text.slice(f.start, f.end));

describe("a charity's registered seat", () => {
  it.each([
    ['en', 'Footer: Helping Hands, registered charity 1123456. Registered office: 4 Mill Lane, Leeds LS1 4AB.'],
    ['de', 'Fußzeile: Kinderhilfe Lindenau, eingetragen im Vereinsregister VR 4471. Sitz: Lindenweg 12, 02826 Görlitz.'],
    ['fr', 'Pied de page : Les Amis du Parc, RNA W751234567. Siège : 12 rue des Tilleuls, 69003 Lyon.'],
    ['es', 'Pie de página: Amigos del Parque, inscrita en el Registro Nacional de Asociaciones n.º 612345. Sede: Calle del Prado 24, 28014 Madrid.'],
    ['nl', 'Voettekst: Vrienden van het Park, ANBI, RSIN 8123.45.678. Bezoekadres: Stationsplein 14, 9726 AE Groningen.'],
    ['it', "Piè di pagina: Amici del Parco ODV, iscritta al RUNTS, C.F. ente 92012345672. Sede: piazza Verdi 4, 23900 Lecco."],
  ])('%s', (_lang, text) => {
    expect(addresses(text)).toEqual([]);
  });

  it.each([
    ['en, a home beside it', 'Footer: Helping Hands, registered charity 1123456. Registered office: 4 Mill Lane, Leeds. My home: 12 Elm Road, Leeds LS6 2BN.'],
    ['fr, a donor named', 'Reçu fiscal, RNA W751234567 : donateur Claire Martin, 12 rue des Lilas, 69003 Lyon.'],
    ['it, a volunteer\'s residence', "Iscritta al RUNTS. Volontaria Giulia Bianchi, residente in via Roma 12, 20124 Milano."],
  ])('keeps %s', (_what, text) => {
    expect(addresses(text)).not.toEqual([]);
  });
});
