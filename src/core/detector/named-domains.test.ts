// A role mailbox on a domain that spells the named person's own name (named-domains.ts, hooked in org-contacts.ts):
// a freelancer's own contact line. Our own texts in six languages; organisations' role mailboxes stay dropped.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const kinds = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe("a freelancer's role mailbox on their own name's domain, with their mobile, is theirs", () => {
  it.each([
    ['en', 'New chapter: I am now an independent copywriter. Reach me at hello@oliviaprescott.co.uk or 07700 918 342. Olivia Prescott', 'hello@oliviaprescott.co.uk', '07700 918 342'],
    ['de', 'Ab Januar arbeite ich selbstständig als Fotografin: kontakt@lenahartmann-foto.de oder 0171 4429183. Lena Hartmann', 'kontakt@lenahartmann-foto.de', '0171 4429183'],
    ['fr', 'Je lance mon activité de traductrice : contact@juliebernard-traduction.fr ou 06 71 28 45 90. Julie Bernard', 'contact@juliebernard-traduction.fr', '06 71 28 45 90'],
    ['es', 'Empiezo como ilustradora autónoma, escribidme a hola@luciamartinez.studio o al 612 438 905. Lucía Martínez', 'hola@luciamartinez.studio', '612 438 905'],
    ['nl', 'Vanaf nu zelfstandig fotograaf, mail naar info@sannedevries.nl of bel 06-41827365. Sanne de Vries', 'info@sannedevries.nl', '06-41827365'],
    ['it', 'Da oggi sono architetta freelance: info@giuliaferrari.design oppure 347 218 6650. Giulia Ferrari', 'info@giuliaferrari.design', '347 218 6650'],
  ])('%s: %s', (_lang, text, email, phone) => {
    const found = kinds(text);
    expect(found).toContain(`EMAIL_ADDRESS:${email}`);
    expect(found.some((f) => f.startsWith('PHONE_NUMBER:') && f.includes(phone))).toBe(true);
  });
});

describe("an organisation's role mailbox stays the organisation's, a person named or not", () => {
  it.each([
    ['en', 'For tickets write to info@riverside-theatre.org.uk. Our director, Paul Hendry, will be there on the night.', 'info@riverside-theatre.org.uk'],
    ['de', 'Fragen an kontakt@stadtwerke-kassel.de, Ansprechpartner ist Jonas Weber.', 'kontakt@stadtwerke-kassel.de'],
    ['fr', 'Écrivez à contact@mairie-annecy.fr ; le maire Pierre Morel répondra.', 'contact@mairie-annecy.fr'],
    ['nl', 'Vragen? Mail info@bibliotheekdelft.nl, coördinator Sanne de Vries.', 'info@bibliotheekdelft.nl'],
  ])('%s: %s', (_lang, text, email) => {
    expect(kinds(text)).not.toContain(`EMAIL_ADDRESS:${email}`);
  });
});
