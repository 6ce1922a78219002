// A carrier's sorting site named in a tracking scan ('Plateforme Colissimo Wissous, 2 rue du Bel Air') is a business's
// premises, its address the carrier's; the recipient's delivery address in the same scan stays. Made up for these tests.
import { describe, expect, it } from 'vitest';
import { detect } from '../detect.js';

const addresses = (text: string): string[] => detect(text).filter((f) => f.entity === 'STREET_ADDRESS').map((f) => text.slice(f.start, f.end));

describe("a carrier's sorting site in a tracking scan is no one's home", () => {
  it.each([
    ['en', 'Last scan: Hub Heathrow, 12 Bath Road, Hounslow', 'Delivering today to 14 Larkfield Road, Leeds LS6 2BN.', '14 Larkfield Road'],
    ['de', 'Letzter Scan: Verteilzentrum Bochum, Hansastraße 20', 'Zustellung heute an Lindenweg 12, 44137 Dortmund.', 'Lindenweg 12, 44137 Dortmund'],
    ['fr', 'Dernier scan : Plateforme Colissimo Wissous, 2 rue du Bel Air', "Livraison aujourd'hui au 12 rue des Lilas, 91320 Wissous.", '12 rue des Lilas'],
    ['es', 'Último escaneo: centro logístico de Coslada, Calle de la Rioja 12', 'Entrega hoy en Calle Mayor 8, 28821 Coslada.', 'Calle Mayor 8, 28821 Coslada'],
    ['nl', 'Laatste scan: sorteercentrum Nieuwegein, Ravenswade 40', 'Bezorging vandaag op Zuidwal 21, 9401 GK Assen.', '21, 9401 GK Assen'],
    ['it', 'Ultima scansione: Hub di Vignate, Via Galileo Galilei 4', 'Consegna oggi in Via dei Mille 12, 20129 Milano.', 'Via dei Mille 12, 20129 Milano'],
  ])('%s', (_lang, scan, delivery, kept) => {
    expect(addresses(scan)).toEqual([]);
    expect(addresses(`${scan}. ${delivery}`)).toContain(kept);
  });
});
