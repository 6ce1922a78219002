// A template's phone is its sender's line, but a number the filled-in template says is stored in the recipient's own
// record ("the callback number on your account is now ...") is the recipient's. Texts of our own, six languages.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const phones = (text: string): string[] => detect(text).filter((f) => f.entity === 'PHONE_NUMBER').map((f) => text.slice(f.start, f.end));

describe("a number the template stores in the recipient's record is theirs", () => {
  it.each([
    ['en', 'Hello {{first_name}}, the callback number saved in your profile is now 01632 960 118.', '01632 960 118'],
    ['de', 'Hallo {{vorname}}, die Festnetznummer in Ihrem Kundenkonto lautet jetzt 0221 347 1209.', '0221 347 1209'],
    ['fr', 'Bonjour {{prenom}}, le numéro fixe enregistré dans votre dossier est le 03 88 41 27 60.', '03 88 41 27 60'],
    ['es', 'Hola {{nombre}}, el teléfono fijo de tu cuenta ha cambiado al 954 22 71 38.', '954 22 71 38'],
    ['nl', 'Beste {{voornaam}}, het vaste nummer in uw klantdossier is gewijzigd naar 010 433 8127.', '010 433 8127'],
    ['it', 'Ciao {{nome}}, il numero fisso salvato nel tuo profilo ora è 011 562 4478.', '011 562 4478'],
  ])('%s', (_lang, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it("a question about the recipient's account with the sender's line after it stays the sender's", () => {
    expect(phones('Hallo {{vorname}}, Fragen zu Ihrem Kundenkonto? Rufen Sie uns an: 0221 347 1000.')).toEqual([]);
    expect(phones('Hola {{nombre}}, tu cita es el {{fecha}}. Para cambiarla llama al 954 22 70 00.')).toEqual([]);
  });
});

describe('a number the sender says it will call the recipient on is theirs', () => {
  it.each([
    ['en', 'Your visit is booked for [Date]. A nurse will ring you back tomorrow on 01632 960 447.', '01632 960 447'],
    ['de', 'Ihr Termin: [Datum]. Wir rufen Sie am Vortag unter 0341 226 8190 an.', '0341 226 8190'],
    ['fr', 'Votre rendez-vous : [date]. Nous vous rappellerons la veille au 05 56 44 21 73.', '05 56 44 21 73'],
    ['es', 'Su cita: [fecha]. Le llamaremos el día antes al 976 31 22 84.', '976 31 22 84'],
    ['nl', 'Uw afspraak: [datum]. Wij bellen u de dag ervoor op 024 361 7720.', '024 361 7720'],
    ['it', 'Il suo appuntamento: [data]. La richiameremo il giorno prima al 051 633 9021.', '051 633 9021'],
  ])('%s', (_lang, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it('an invitation to call the sender stays the sender\'s line', () => {
    expect(phones('Your visit is booked for [Date]. If we cannot reach you, call us on 01632 960 000.')).toEqual([]);
    expect(phones('Ihr Termin: [Datum]. Rufen Sie uns unter 0341 226 8000 an.')).toEqual([]);
    expect(phones('Votre rendez-vous : [date]. Rappelez-nous au 05 56 44 20 00.')).toEqual([]);
  });
});
