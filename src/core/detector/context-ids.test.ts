import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

describe('a claim or case numbered within its year is a file reference, no member id or device serial', () => {
  const ids = (text: string): string[] => detect(text).filter((f) => f.entity === 'HEALTH_PLAN_ID' || f.entity === 'DEVICE_SERIAL').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', 'Any update on claim CLM-2025-318842? The customer called twice.'],
    ['es', '¿En qué estado está el siniestro SN-2026-418830?'],
    ['de', 'Wie ist der Stand bei Schadenfall SN-2026-550173?'],
    ['fr', 'Où en est le sinistre SN-2025-771204 ?'],
    ['nl', 'Wat is de status van schadedossier SN-2026-228815?'],
    ['it', 'A che punto è il sinistro SN-2026-903317?'],
  ])('%s', (_lang, text) => {
    expect(ids(text)).toEqual([]);
  });
  it('member ids and serials of other shapes stay', () => {
    expect(ids('health plan member id 88213377')).toEqual(['88213377']);
    expect(ids('serial number SN-4F8K2P91')).toEqual(['SN-4F8K2P91']);
    expect(ids('S/N: 2019-4471')).toEqual(['2019-4471']);
  });
});

describe('a passport number in brackets after the passport word is found', () => {
  const passports = (text: string): string[] => detect(text).filter((f) => f.entity === 'PASSPORT').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', 'They refused boarding because my passport (K7R204551) had less than three months left.', 'K7R204551'],
    ['de', 'Am Schalter hieß es, mein Reisepass (C4TN82L07) sei beschädigt.', 'C4TN82L07'],
    ['fr', "À l'embarquement, mon passeport ( 21FE66013 ) a été refusé.", '21FE66013'],
    ['es', 'Me dijeron que mi pasaporte (PAB771203) no era válido para el vuelo.', 'PAB771203'],
    ['nl', 'Bij de gate werd mijn paspoort (NR5DK8P21) niet geaccepteerd.', 'NR5DK8P21'],
    ['it', 'Al check-in il mio passaporto (YB3390412) è stato rifiutato.', 'YB3390412'],
  ])('%s', (_lang, text, id) => {
    expect(passports(text)).toEqual([id]);
  });
  it.each([
    ['a year', 'my passport (2019) expired last week'],
    ['a word', 'mein Reisepass (abgelaufen) liegt zu Hause'],
    ['an unclosed bracket', 'my passport (K7R204551 and the visa'],
    ['a longer reference', 'passport (REF000112233445) office queue'],
  ])('not %s', (_name, text) => {
    expect(passports(text)).toEqual([]);
  });
});

describe('record numbers of zeros only and field-code lists are no one’s record number', () => {
  const mrns = (text: string): string[] => detect(text).filter((f) => f.entity === 'MEDICAL_RECORD_NUMBER').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en: zeros', 'schema: mrn: { type: string, example: "MRN-0000000" }'],
    ['de: zeros', 'Im Formular steht als Muster: Patientennummer 00000000'],
    ['es: zeros', 'nhc: { type: string, example: "NHC-000000" }'],
    ['en: field codes', 'Field map:\n100 Patient number\n101 Surname\n102 Given name'],
    ['de: field codes', 'Satzaufbau:\n3000 Patientennummer\n3101 Name\n3102 Vorname'],
    ['fr: field codes', 'Champs :\n20 Numéro de dossier\n21 Nom\n22 Prénom'],
    ['nl: field codes', 'Velden:\n40 Patiëntnummer\n41 Achternaam'],
    ['it: field codes', 'Campi:\n7 Numero cartella\n8 Cognome'],
  ])('%s', (_name, text) => {
    expect(mrns(text)).toEqual([]);
  });
  it('a real number after the keyword, on its line or the next, stays', () => {
    expect(mrns('MRN 00482211 please')).toEqual(['00482211']);
    expect(mrns('Patientennummer\n3101 bitte prüfen')).toEqual(['3101']);
    expect(mrns('MRN: 000000417')).toEqual(['000000417']);
  });
});

describe('a date of birth after a birth word written for either sex', () => {
  it('is found after the slash and bracket forms (nacido/a, nato/a, né(e)) in the languages that inflect the word', () => {
    for (const [text, date] of [
      ['Paciente: Rocío Ibarra Lluch, nacido/a el 9 de marzo de 1961, control de tensión.', '9 de marzo de 1961'],
      ['Paciente: Rocío Ibarra Lluch, nacido(a) el 9 de marzo de 1961, control de tensión.', '9 de marzo de 1961'],
      ['Assistito: Dario Fenu, nato/a 14 luglio 1958, controllo annuale.', '14 luglio 1958'],
      ['Patient·e : Maëlle Quéré, né/e le 2 février 1987, suivi annuel.', '2 février 1987'],
    ] as const) {
      const dob = detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end));
      expect(dob, text).toEqual([date]);
    }
  });
});

describe("a patient's PID (the patient identifier of HL7 and hospital systems) after the patient word", () => {
  const mrns = (text: string): string[] => detect(text).filter((f) => f.entity === 'MEDICAL_RECORD_NUMBER').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', 'Referral: patient PID 41822930, suspected relapse.'],
    ['de', 'Zuweisung: Patientin PID 41822930, Erstdiagnose 2025.'],
    ['fr', 'Orientation : patiente PID 41822930, première poussée.'],
    ['es', 'Derivación: paciente PID 41822930, primer brote.'],
    ['nl', 'Verwijzing: patiënt PID 41822930, eerste schub.'],
    ['it', 'Invio: paziente PID 41822930, prima diagnosi.'],
  ])('%s', (_, text) => {
    expect(mrns(text)).toEqual(['41822930']);
  });
  it("a process's PID is none", () => {
    expect(mrns('The worker with PID 41822930 hangs; kill PID 41822930 and restart.')).toEqual([]);
  });
});

describe('a date of birth after a preposition, or before the German and Dutch participle', () => {
  const dob = (text: string): string[] => detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end));
  it('is found after "as", "le", "au", "el", "il", "am", "op" and before "geboren" after "am"/"op"', () => {
    for (const [text, date] of [
      ['A volunteer gave her date of birth as 21/09/1986.', '21/09/1986'],
      ['Un volontaire donne comme date de naissance le 17/11/1991.', '17/11/1991'],
      ["La pièce d'identité donne une date de naissance au 29/08/2007.", '29/08/2007'],
      ['Der Mietinteressent ist am 22.05.2006 geboren.', '22.05.2006'],
      ['De huurder is op 28-03-2003 geboren.', '28-03-2003'],
      ['Mein Sohn ist am 3. Mai 2019 geboren, welche Impfungen stehen an?', '3. Mai 2019'],
      ['Onze dochter is op 14 februari 2020 geboren.', '14 februari 2020'],
    ] as const) expect(dob(text), text).toEqual([date]);
  });
  it('a date far from "geboren", or without "am"/"op", is none', () => {
    expect(dob('Die Firma wurde 2003 gegründet, am 22.05.2006 umbenannt; ihr Gründer ist in Kassel geboren.')).toEqual([]);
    expect(dob('Frist: 22.05.2006 geboren')).toEqual([]);
  });
});

describe('a date of birth after an abbreviated birth-date label', () => {
  it('is found in the five languages that abbreviate the label', () => {
    for (const [text, date] of [
      ['Bewohner Ulrich Sander (Geburtsdat. 17.08.1939), Sturz im Bad', '17.08.1939'],
      ['Résident Gilles Perrot, date de naiss. : 17/08/1939, chute', '17/08/1939'],
      ['Residente Aurelio Pla (fecha de nac.: 17/08/1939), caída', '17/08/1939'],
      ['Bewoner Henk Bosman, geb. datum 17-08-1939, val in badkamer', '17-08-1939'],
      ['Ospite Bruno Sechi, data di nasc. 17/08/1939, caduta', '17/08/1939'],
    ] as const) {
      const dob = detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end));
      expect(dob, text).toEqual([date]);
    }
  });
});

describe('a passport number after a nationality the word lists do not hold, read by its ending', () => {
  const passports = (text: string): string[] => detect(text).filter((f) => f.entity === 'PASSPORT').map((f) => text.slice(f.start, f.end));
  it.each([
    ['es', 'Para la beca necesito copia del pasaporte camboyano K0482716 del estudiante.', 'K0482716'],
    ['es', 'Alumno con pasaporte iraquí A7731905, pendiente de visado.', 'A7731905'],
    ['fr', 'Elle voyage avec un passeport ivoirien 19AB44027 valable jusqu’en 2029.', '19AB44027'],
    ['fr', 'Dossier de regroupement : passeport congolais OP2281904.', 'OP2281904'],
    ['it', 'Ospite con passaporto senegalese A02291847, arrivo lunedì.', 'A02291847'],
    ['de', 'Der Antragsteller legte seinen Reisepass (syrisch) N00921184 vor.', 'N00921184'],
    ['en', 'She entered on her Eritrean passport P0938271 last spring.', 'P0938271'],
    ['nl', 'Hij heeft een Somalisch paspoort P01928375 en een verblijfsvergunning.', 'P01928375'],
  ])('%s: %s', (_lang, text, value) => {
    expect(passports(text)).toEqual([value]);
  });
  it.each([
    ['es', 'Mi pasaporte mexicano caducó en 2019, ¿cómo lo renuevo?'],
    ['fr', 'Le passeport ivoirien coûte 40000 francs CFA.'],
    ['it', 'Il passaporto italiano 2026 ha una nuova copertina.'],
    ['de', 'Ist mein Reisepass (syrisch) abgelaufen, wenn 2024 drinsteht?'],
    ['es', 'El pasaporte venezolano tarda 90 días.'],
  ])('%s: %s (no passport number)', (_lang, text) => {
    expect(passports(text)).toEqual([]);
  });
});

describe('a school, fiscal or season year span is no identifier', () => {
  const ids = (text: string): string[] => detect(text).filter((f) => f.entity === 'HEALTH_PLAN_ID').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', 'Draft a letter: homework policy 2025/26 applies to all year groups.'],
    ['en', 'Summarise the uniform policy 2027-28 for parents.'],
    ['en', 'Insurance policy 2025/2026 renewal reminder for the school minibus fleet.'],
  ])('%s: %s', (_lang, text) => {
    expect(ids(text)).toEqual([]);
  });
  it('a member number after the same word stays', () => {
    expect(ids('Your health insurance policy number 2025/884213 covers dental care.')).toEqual(['2025/884213']);
  });
});

describe("a bank's branch code alone is no account (set 37 en-c004, en-c030)", () => {
  const accounts = (text: string): string[] =>
    detect(text).filter((f) => f.entity === 'BANK_ACCOUNT' || f.entity === 'IBAN_CODE').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', "Which bank does sort code 20-00-00 belong to, and why can't a sort code alone identify an account?"],
    ['en', 'Bank: sort code 40-11-62, account name Brightwater Signs Ltd.'],
    ['de', 'Zu welcher Bank gehört die BLZ 370 400 44?'],
    ['fr', 'Quelle banque a le code banque 30004, code guichet 02837 ?'],
    ['es', '¿De qué banco es el código de entidad 2100, oficina 0418?'],
    ['nl', 'Bij welke bank hoort de bankcode RABO?'],
    ['it', "A quale banca corrisponde l'ABI 03069, CAB 09400?"],
  ])('%s: clean', (_lang, text) => {
    expect(accounts(text)).toEqual([]);
  });

  it.each([
    ['en', 'Harriet wants the payout to sort code 20-45-77 acc 63018842', '63018842'],
    ['en', 'Please pay Mr Jones, sort code 40-11-62, account number 41206287', '41206287'],
    ['en', 'sort code and account: 40-11-62 41206287', '40-11-62 41206287'],
    ['de', 'BLZ 370 400 44, IBAN der Kundin DE62 3704 0044 0532 0130 01', 'DE62 3704 0044 0532 0130 01'],
    ['fr', 'code banque 30004, IBAN du client FR76 3000 4028 3741 2062 8711 390', 'FR76 3000 4028 3741 2062 8711 390'],
    ['es', 'entidad 2100, IBAN del cliente ES6421000418450200051333', 'ES6421000418450200051333'],
    ['nl', 'bankcode RABO, IBAN van de klant NL12RABO0300065265', 'NL12RABO0300065265'],
    ['it', 'ABI 05428, IBAN del cliente IT33X0542811101000000123457', 'IT33X0542811101000000123457'],
  ])('%s: the account with it stays found', (_lang, text, account) => {
    expect(accounts(text)).toContain(account);
  });
});

describe("a driving licence's number after the licence word of each language", () => {
  const licences = (text: string): string[] => detect(text).filter((f) => f.entity === 'DRIVER_LICENSE').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', "His licence MCLEI802156DM9PK expires next month, remind him.", 'MCLEI802156DM9PK'],
    ['de', 'Führerschein-Nr. B072RRE2I55 läuft ab, schreib ihm wegen Privatnutzung.', 'B072RRE2I55'],
    ['fr', 'Son permis 12AA34567 expire bientôt, écris-lui un mot.', '12AA34567'],
    ['fr', 'Numéro de permis de conduire : 120375100432, à vérifier.', '120375100432'],
    ['es', 'Su carnet de conducir 48291736K caduca ya.', '48291736K'],
    ['nl', 'Zijn rijbewijsnummer 5123456789 verloopt binnenkort.', '5123456789'],
    ['it', 'La sua patente MI5123456X scade, scrivigli due righe.', 'MI5123456X'],
    ['fr six-digit serial', 'Chauffeur : Paul Girard, permis n° 71KD482913, catégorie B.', '71KD482913'],
  ])('%s', (_lang, text, id) => {
    expect(licences(text)).toEqual([id]);
  });
  it('finds the shapes a little after a shaped word, after the holders\' names', () => {
    const text = "Queste patenti sono in regola? Marco Bassi U1K72PQ48Z, Elena Riva MI7341182T";
    expect(licences(text)).toEqual(['U1K72PQ48Z', 'MI7341182T']);
    expect(licences('Le permis de construire est affiché ; dossier PC0751122V045 et 2024ABCDE12.')).toEqual([]);
  });
  it.each([
    ['fr', 'a building permit', 'Le permis de construire PC07511223V0045 a été affiché en mairie.'],
    ['fr', 'a permit reference', 'permis d’exploitation ICPE 2024-118830 délivré à l’usine'],
    ['es', 'a patent', 'La patente EP1234567 de Siemens cubre este relé.'],
    ['it', 'a licence class and year', 'Ha la patente B dal 2019 e la patente nautica.'],
    ['de', 'a licence class', 'Führerschein Klasse CE seit 2015 vorhanden.'],
  ])('%s: not %s', (_lang, _name, text) => {
    expect(licences(text)).toEqual([]);
  });
});

describe('a capitalised word run into digits after "policy" is a setting, no health plan id', () => {
  const planIds = (text: string): string[] => detect(text).filter((f) => f.entity === 'HEALTH_PLAN_ID').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', 'Infusion pump gateway on the ward, patient data: security_policy = Basic256Sha256, endpoint opc.tcp://10.1.2.3:4840'],
    ['it', 'Gateway del reparto, paziente in terapia: [opcua] security_policy = Aes128Sha256RsaOaep'],
  ])('%s', (_lang, text) => {
    expect(planIds(text)).toEqual([]);
  });
  it('a member or policy number in capitals and digits stays', () => {
    expect(planIds('Patient on insulin, health insurance policy QX55310982 rejected.')).toEqual(['QX55310982']);
  });
});

describe("a certificate's birth label in a language pasted for translation (Arabic, Polish, Turkish, Indonesian, Romanian, Portuguese)", () => {
  const dob = (text: string): string[] =>
    detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end));
  it('gives the date after it as a date of birth, whatever the language of the request', () => {
    expect(dob("Translate this diploma: 'تشهد الجامعة بأن الطالبة المولودة في 03/03/1994 قد أتمت دراستها'")).toEqual(['03/03/1994']);
    expect(dob('Bitte übersetzen:\nData urodzenia: 12.01.1996\nMiejsce urodzenia: Poznań')).toEqual(['12.01.1996']);
    expect(dob('Traduis ce document :\nDoğum tarihi: 14/05/1988')).toEqual(['14/05/1988']);
    expect(dob('Traduce esto:\nData nașterii: 22.09.1979')).toEqual(['22.09.1979']);
    expect(dob('Vertaal naar het Nederlands:\nTanggal lahir: 9 Juli 1995')).toEqual(['9 Juli 1995']);
    expect(dob('Traduci in italiano:\nData de nascimento: 03/06/1997')).toEqual(['03/06/1997']);
  });
  it('a date with no birth label is no date of birth', () => {
    expect(dob('The faculty council met on 03/03/1994 in Damascus.')).toEqual([]);
    expect(dob('Data wydania: 12.01.2016')).toEqual([]);
  });
});

// "Pass" alone before a number that opens like a passport's (one or two capitals, then a digit): German for passport,
// in a visa letter or an APIS question. A bus, gate or day pass has a number of digits, or a code of words.
describe('a passport number after "Pass" alone', () => {
  const passports = (text: string): string[] => detect(text).filter((f) => f.entity === 'PASSPORT').map((f) => text.slice(f.start, f.end));
  it.each([
    ['de', 'Einladungsschreiben für das Visum, Kosten übernehmen wir:\nRohan Mehta, Pass V2918374\nBitte auf Englisch.', 'V2918374'],
    ['de', 'APIS wird abgelehnt: SCHRÖDER/JANNIK, Pass C4F7R92KJ, DEU, 08OCT94, M. Liegt es am Umlaut?', 'C4F7R92KJ'],
    ['en', 'Guest list for the visa letter: Arjun Rao, pass Z4471928, arriving 3 March.', 'Z4471928'],
    ['nl', 'Uitnodiging voor het visum: Li Wei, pass EA1928374, verblijf 3-5 maart.', 'EA1928374'],
  ])('%s: %s', (_lang, text, value) => {
    expect(passports(text)).toContain(value);
  });

  it.each([
    ['en', 'My bus pass 12345678 stopped working at the gate this morning.'],
    ['en', 'Use the day pass SUMMER2026 code at the kiosk.'],
    ['de', 'Der italienische Pass 2757 m hoch ist ab Oktober gesperrt.'],
    ['fr', 'Le pass Navigo 2026 coûte combien par mois ?'],
    ['es', 'El pase y el pass 4 días cuestan lo mismo en el parque.'],
    ['it', 'Il Green Pass 2021 era obbligatorio sui treni.'],
  ])('%s: no passport in %s', (_lang, text) => {
    expect(passports(text)).toEqual([]);
  });
});
