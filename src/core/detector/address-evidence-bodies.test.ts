// A profession's body or regulator named after its field, beside its own address (address-evidence.ts withoutBodyNames):
// the health word in its name ("Dental", "chirurgiens-dentistes", "Zahnärzte", "Medici") is no one's health. Health
// words outside the name keep a lone address flagged. Texts of our own, addresses in no held-out set.
import { describe, expect, it } from 'vitest';
import { askClass } from './test-support/ask-class.js';
import { withoutBodyNames } from './address-evidence.js';

describe("a profession's body at its own address: clean", () => {
  it.each([
    ['en', 'The General Chiropractic Council, 186 Kennington Park Road, London SE11 4BT. Customer enquiries go to the front desk.'],
    ['fr', "L'adresse du Conseil national de l'Ordre des pharmaciens est bien 4 avenue Ruysdaël, 75008 Paris ? Je dois envoyer un courrier."],
    ['de', 'Ist die Bundeszahnärztekammer noch in der Chausseestraße 13, 10115 Berlin? Wir müssen einen Antrag schicken.'],
    ['es', '¿La dirección del Consejo General de Dentistas sigue siendo Calle Alcalá 79, 28009 Madrid? Tengo que mandar una carta.'],
    ['nl', 'Is het adres van de Koninklijke Nederlandse Maatschappij tot bevordering der Tandheelkunde nog Geelgors 1, 3435 CA Nieuwegein?'],
    ['it', "L'indirizzo dell'Ordine dei Medici di Milano è ancora Via Lanzone 31, 20123 Milano? Devo spedire una domanda."],
  ])('%s: %s', (_, text) => {
    expect(askClass(text)).toBe('none');
  });
});

describe('the name is blanked, the words around it are not', () => {
  it.each([
    ['General Dental Council, 37 Harley Row', 'General Dental Council'],
    ["du Conseil national de l'Ordre des chirurgiens-dentistes est bien", "Conseil national de l'Ordre des chirurgiens-dentistes"],
    ['die Landeszahnärztekammer in der', 'Landeszahnärztekammer'],
    ['el Colegio Oficial de Fisioterapeutas de Madrid', 'Colegio Oficial de Fisioterapeutas de'],
    ["dell'Ordine dei Medici di Roma", 'Ordine dei Medici di'],
  ])('%s', (text, name) => {
    const out = withoutBodyNames(text);
    expect(out.length).toBe(text.length);
    expect(out).not.toContain(name);
    expect(out.trim()).not.toBe('');
  });
});

describe('health words outside the name, or a patients\' group, keep a lone address flagged', () => {
  it.each([
    ['en', 'Council tenant with COPD at 14 Oakfield Road, Leeds LS6 2AB needs a ramp by Friday.'],
    ['fr', "Patiente diabétique, 4 rue des Lilas, 75011 Paris : l'Ordre des infirmiers demande un passage infirmier."],
    ['de', 'Die Zahnärztekammer fragt nach: Lindenweg 3, 04103 Leipzig, Patientin mit Demenz, braucht einen Hausbesuch.'],
    ['es', 'Enviar el carné de la Asociación de Diabéticos a Calle del Pez 14, 28004 Madrid.'],
    ['nl', 'Stuur de folder van de Vereniging van Diabetespatiënten naar Kerkstraat 12, 3581 RD Utrecht.'],
    ['it', "Paziente con Alzheimer in Via Garibaldi 12, 40121 Bologna: l'Ordine dei Medici chiede una visita a domicilio."],
  ])('%s: %s', (_, text) => {
    expect(askClass(text)).not.toBe('none');
  });
});
