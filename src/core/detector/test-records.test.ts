// Test, demo and documented example records in clinical and IT systems (issue 13): test patients, made-up
// organisations' mailboxes, Microsoft demo tenants' sample users, validator tests' example numbers, masked record
// numbers. Each next to a real person's value in the same shape, which stays found.
import { describe, expect, it } from 'vitest';
import { detect } from './index.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('a test patient of a hospital or lab system, named as test systems name one, is nobody', () => {
  it.each([
    ['en', 'Write the OQ step using our standard dummy patient: XXTESTPATIENT-ALPHA, Zz, DOB 01/01/1900, NHS 999 000 1235 (test range), ward TEST.'],
    ['de', "OQ-Testschritt mit unserem Dummy: 'TEST, Max Mustermann', geb. 01.01.1970, PID 99999991, Station TEST-01."],
    ['fr', "Étape OQ avec notre patient fictif : 'TEST Jean Dupont', né le 01/01/1900, IPP 9999999001, UF TEST."],
    ['es', "Paso OQ con nuestro paciente ficticio: 'PRUEBA, Fulano de Tal', nacido 01/01/1900, NHC 9999001."],
    ['nl', "OQ-teststap met onze dummy: 'TEST, Jan Jansen', geb. 01-01-1900, patnr 9999901."],
    ['it', "Step OQ con il nostro paziente fittizio: 'TEST, Mario Rossi', nato il 10/12/1985, cartella 9999000001."],
  ])('%s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['en a real patient in the test system', 'The test server shows patient Anna Berger, DOB 12/03/1984, MRN 4471902 copied from prod.', 'DATE_OF_BIRTH:12/03/1984'],
    ['en an NHS test-range number in a real referral', 'Referral for Mr Tomasz Wierzbicki, NHS no. 9990433135, synovitis.', 'UK_NHS_NUMBER:9990433135'],
    ['de a real person after the dummy', "Dummy: 'TEST, Max Mustermann'. Echte Patientin Anna Berger, geb. 12.03.1984.", 'DATE_OF_BIRTH:12.03.1984'],
    ['fr a real person, no placeholder name', 'Patient fictif ? Non : Claire Martin, née le 04/03/1982, IPP 4471902.', 'DATE_OF_BIRTH:04/03/1982'],
    ['es a real record number', 'Paciente Lucía Gómez, NHC 4471902, nacida 03/04/1975.', 'MEDICAL_RECORD_NUMBER:4471902'],
    ['nl a real person', 'Testomgeving bevat echte patiënt Sanne de Boer, geb. 05-06-1990.', 'DATE_OF_BIRTH:05-06-1990'],
    ['it a real person', 'Nel test c’è la paziente reale Giulia Bianchi, nata il 12/03/1984.', 'DATE_OF_BIRTH:12/03/1984'],
  ])('%s: stays flagged', (_lang, text, kept) => {
    expect(found(text)).toContain(kept);
  });
});

describe("a made-up organisation's desk mailbox on an example domain is nobody's", () => {
  it.each([
    ['en', 'Manufacturer customer service 0800 028 4401, fsn@vpmedical.example.com.'],
    ['de', 'Hersteller-Hotline 0800 7234 550, fsca@sp-medical.example.de.'],
    ['fr', 'Hotline fabricant 0 800 94 12 30, fsn@mx-medical.example.fr.'],
    ['es', 'Línea del fabricante 900 82 15 30, fsn@df-medical.example.es.'],
    ['nl', 'Servicelijn fabrikant 0800-0223344, fsn@ip-medical.example.nl.'],
    ['it', 'Numero verde del produttore 800 914 220, fsn@vt-medical.example.it.'],
  ])('%s', (_lang, text) => {
    expect(found(text).filter((f) => f.startsWith('EMAIL_ADDRESS'))).toEqual([]);
  });

  it.each([
    ['en initial and surname', 'Please copy jsmith@clinic.example.com on the notice.', 'EMAIL_ADDRESS:jsmith@clinic.example.com'],
    ['en a short given name', 'Patient email tom@clinic.example.com', 'EMAIL_ADDRESS:tom@clinic.example.com'],
    ['de a person', 'Rückfragen an j.meier@sp-medical.example.de bitte.', 'EMAIL_ADDRESS:j.meier@sp-medical.example.de'],
    ['fr a person', 'Écrire à claire.martin@mx-medical.example.fr.', 'EMAIL_ADDRESS:claire.martin@mx-medical.example.fr'],
    ['es no organisation before the label', 'Correo del paciente fsn@example.com', 'EMAIL_ADDRESS:fsn@example.com'],
    ['nl a person', 'Mail naar sanne.deboer@ip-medical.example.nl.', 'EMAIL_ADDRESS:sanne.deboer@ip-medical.example.nl'],
    ['it a person', 'Scrivere a giulia.bianchi@vt-medical.example.it.', 'EMAIL_ADDRESS:giulia.bianchi@vt-medical.example.it'],
  ])('%s: stays flagged', (_lang, text, kept) => {
    expect(found(text)).toContain(kept);
  });
});

describe("a Microsoft demo tenant's sample users are Microsoft's made-up people", () => {
  it.each([
    ['en', "In our M365 developer sandbox (contoso dev tenant) AdeleV@contoso.onmicrosoft.com and MeganB@contoso.onmicrosoft.com miss the policy. Adele Vance and Megan Bowen are in the 'Sales' demo group."],
    ['de', 'Im Demo-Tenant M365x214355 fehlen Alex Wilber und Diego Siciliani in der Gruppe; AlexW@M365x214355.onmicrosoft.com meldet sich nicht an.'],
    ['fr', 'Dans le tenant Fabrikam de démo, Patti Fernandez (PattiF@fabrikam.onmicrosoft.com) ne voit pas le site.'],
  ])('%s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['en no demo tenant in the text', 'Megan Bowen called about her claim, email megan.bowen@gmail.com', 'PERSON:Megan Bowen'],
    ['en a real colleague on a demo domain', 'User anna.berger@contoso.com cannot log in to the portal.', 'EMAIL_ADDRESS:anna.berger@contoso.com'],
  ])('%s: stays flagged', (_lang, text, kept) => {
    expect(found(text)).toContain(kept);
  });
});

describe("a validator test's documented example and its invalid variant are nobody's", () => {
  it.each([
    ['en', 'Write pytest cases for our NHS number validator: valid 943 476 5919 (the NHS Digital example), invalid 943 476 5918.'],
    ['de', 'Schreib pytest-Fälle für unseren Steuer-ID-Validator mit dem Beispiel aus der BZSt-Doku 86095742719 (gültig).'],
    ['fr', "Tests pour notre validateur : NIR avec le numéro d'exemple de la page Wikipédia 2 55 08 14 168 025 38."],
    ['es', 'Tests para nuestro validador de NIE con el ejemplo de la documentación X1234567L.'],
    ['nl', 'Tests voor onze BSN-validator met het voorbeeld uit de documentatie 123456782.'],
    ['it', 'Test per il nostro validatore con l’esempio della documentazione RSSMRA85T10A562S.'],
  ])('%s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['en a patient number next to a validator', 'Our NHS number validator rejects patient Anna Berger, NHS 401 023 2137. Why?', 'UK_NHS_NUMBER:401 023 2137'],
    ['de a real Steuer-ID', 'Unser Steuer-ID-Validator lehnt die Nummer von Anna Berger ab: Steuer-ID 36574261809.', 'DE_STEUER_ID:36574261809'],
  ])('%s: stays flagged', (_lang, text, kept) => {
    expect(found(text)).toContain(kept);
  });
});

describe('a record number shown masked identifies nobody', () => {
  it('de', () => {
    expect(found("In CIRS-Berichten steht 'Fallnr. 4711****, Initialen geschwärzt'.")).toEqual([]);
  });
  it('de unmasked stays flagged', () => {
    expect(found('Patientin Anna Berger, Fallnr. 4711234.')).toContain('MEDICAL_RECORD_NUMBER:4711234');
  });
});
