// Brands, products, product codes and places read as a person's name (product-runs.ts, names.ts judge). Texts of our own,
// names and brands in no held-out set.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';
import { brandShaped } from './product-runs.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON' && f.score >= 0.5).map((f) => text.slice(f.start, f.end));

describe('brand shapes', () => {
  it('reads camel-case brand tokens, not surnames with an inner capital', () => {
    for (const w of ['MoliCare', 'PlayStation', 'SharePoint', 'QuietComfort']) expect(brandShaped(w)).toBe(true);
    for (const w of ['McDonald', 'MacKenzie', 'DeLuca', 'DiCaprio', 'FitzGerald', 'LeBlanc', 'Smith', 'Anne-Marie']) expect(brandShaped(w)).toBe(false);
  });
});

describe('a brand and its product, a code or a street word in the run: no person', () => {
  it.each([
    ['en', 'Reorder 10 packs of KIRA Soft Night (SKU 55120) for the ward store, same supplier as last month.'],
    ['en', 'Our office moved to Quill Place next to the station; update the footer text.'],
    ['de', 'Bestelle 8 Kartons HartLind CareSlip Extra nach (Art. 44120) für das Lager.'],
    ['de', 'Vergleiche die Versicherungsklassen: Dacia Jogger HP 14, Skoda Fabia HP 15.'],
    ['fr', "Rédige un rappel fournisseur : 6 cartons ELSA Confort Plus (réf. 551 20) pour l'entrepôt."],
    ['fr', 'Adresse du service courrier : 75700 Paris SP, à mettre dans le pied de page.'],
    ['es', 'Pide otra vez 12 cajas de TENA Lady Extra (ref. 77120) para el almacén.'],
    ['es', 'Traduce el cartel: la Residencia Nuestra Señora del Pilar abre su jardín el domingo.'],
    ['nl', 'Zet het redactieadres in het colofon: Willem Zwijgerplaats 4, 1011 AB Amsterdam.'],
    ['it', 'Scrivi il messaggio di benvenuto per i clienti di ITA Cargo sul nuovo portale.'],
  ])('%s: %s', (_, text) => {
    expect(people(text)).toEqual([]);
    expect(classify(request(text)).dataClass).toBe('none');
  });
});

describe('people stay found next to these shapes', () => {
  it.each([
    ['fr', 'Liste des inscrits : DUPONT Jean, né le 03/04/1981, adhérent 2231.', 'DUPONT Jean'],
    ['it', 'Elenco ospiti: MORETTI Alessia, camera 12, allergia alle noci.', 'MORETTI Alessia'],
    ['en', 'Please forward the scan to Dr. Hannah Pritchard MD before her shift.', 'Hannah Pritchard'],
    ['de', 'Badge-Log: 19:52 Jonas Brinkmann OUT Serverraum, 20:10 Jonas Brinkmann IN Serverraum.', 'Jonas Brinkmann'],
    ['nl', 'Het pakket voor Marieke Post ligt bij de buren, zij heeft diabetes en wacht op haar insuline.', 'Marieke Post'],
  ])('%s: %s', (_, text, name) => {
    expect(people(text).some((p) => p.includes(name))).toBe(true);
  });

  it('a car delivered to a private address stays flagged by the address', () => {
    const text = 'Checkliste für den Fahrer: Neuwagen Mercedes EQB morgen 9 Uhr an Lindenstraße 4b, 30900 Wedemark ausliefern.';
    expect(classify(request(text)).dataClass).toBe('pii');
  });
});

describe("a firm's or a service's last word ends no person's name", () => {
  it.each([
    ['en', 'Draft a complaint to Norvik Airways about the lost suitcase on flight NV 212.'],
    ['fr', "Comment m'inscrire sur le site de France Travail après une fin de CDD ?"],
    ['es', 'Redacta una reclamación a Lucía Seguros por el retraso del peritaje.'],
  ])('%s: %s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['de', 'Rückruf bitte an Herrn Jan Meier von der Techniker Krankenkasse wegen seiner Reha.', 'Jan Meier'],
    ['nl', 'Bel mevrouw Sanne Bakker terug over haar claim bij de zorgverzekeraar.', 'Sanne Bakker'],
  ])('%s: the person named with the firm stays: %s', (_, text, name) => {
    expect(people(text).some((p) => p.includes(name))).toBe(true);
  });
});
