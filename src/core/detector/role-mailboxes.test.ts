// Recruiting desks in job adverts (data/struct-cues.ts ROLE_MAILBOXES, dropped by org-contacts.ts): an organisation's
// mailbox, in the six languages; a person's address in the same advert stays.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const emails = (text: string): string[] => detect(text).filter((f) => f.entity === 'EMAIL_ADDRESS').map((f) => text.slice(f.start, f.end));

describe('recruiting mailboxes in job adverts are no person', () => {
  it.each([
    ['it', 'Cercasi autista patente C, tempo indeterminato. Invia il CV a lavora@trasporti-esempio.it entro il 10 gennaio.'],
    ['it', 'Candidature a lavora.con.noi@cantina-esempio.it'],
    ['en', 'Warehouse operative wanted, send your CV to applications@freight-example.co.uk or jobs@freight-example.co.uk.'],
    ['de', 'Wir suchen eine Pflegefachkraft (m/w/d). Bewerbungen an karriere@klinik-beispiel.de oder stellenangebote@klinik-beispiel.de.'],
    ['fr', 'Poste de cuisinier en CDI, envoyez votre candidature à recrutement@brasserie-exemple.fr.'],
    ['es', 'Buscamos camarero/a para la temporada: envía tu currículum a empleo@hotel-ejemplo.es o talento@hotel-ejemplo.es.'],
    ['nl', 'Vacature monteur: stuur je cv naar sollicitatie@installatie-voorbeeld.nl.'],
  ])('%s: %s', (_lang, text) => {
    expect(emails(text)).toEqual([]);
  });

  it("a named recruiter's own address stays", () => {
    expect(emails('Fragen beantwortet Frau Jana Krüger, jana.krueger@klinik-beispiel.de.')).toEqual(['jana.krueger@klinik-beispiel.de']);
  });
});
