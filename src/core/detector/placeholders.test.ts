import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const emails = (text: string): string[] => detect(text).filter((f) => f.entity === 'EMAIL_ADDRESS').map((f) => text.slice(f.start, f.end));
const REGEX = '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$';

describe("a regular expression's test values on an example domain are nobody's (set 36 c029)", () => {
  it.each([
    ['en', `Is this regex good enough for a dbt email test? Test values: alice@example.com, bob.smith+tag@example.co.uk, bad@@example.com\n\n${REGEX}`],
    ['de', `Reicht dieser reguläre Ausdruck für einen dbt-Test? Testwerte: anna@example.com, b.schmidt+news@example.de, kaputt@@example.com`],
    ['fr', `Cette regex suffit pour un test dbt ? Valeurs : alice@example.com, j.martin+promo@example.fr, casse@@example.com\n\n${REGEX}`],
    ['es', `¿Vale esta expresión regular? Valores de prueba: ana@example.com, l.garcia+ofertas@example.es, roto@@example.com`],
    ['nl', `Is deze regex goed genoeg voor een dbt-test? Testwaarden: anna@example.com, p.devries+actie@example.nl, kapot@@example.com`],
    ['it', `Questa espressione regolare basta? Valori di test: anna@example.com, l.rossi+promo@example.it, rotto@@example.com`],
  ])('%s', (_lang, text) => {
    expect(emails(text)).toEqual([]);
  });

  it.each([
    ['en', `My regex rejects our customer's address bob.smith+tag@gmail.com, why?\n\n${REGEX}`, 'bob.smith+tag@gmail.com'],
    ['de', 'Der reguläre Ausdruck lehnt die Adresse der Kundin ab: b.schmidt+news@web.de', 'b.schmidt+news@web.de'],
    ['fr', 'La regex refuse l’adresse du client, j.martin+promo@orange.fr', 'j.martin+promo@orange.fr'],
    ['es', 'La expresión regular rechaza el correo del cliente, l.garcia+ofertas@gmail.com', 'l.garcia+ofertas@gmail.com'],
    ['nl', 'De regex weigert het adres van de klant, p.devries+actie@ziggo.nl', 'p.devries+actie@ziggo.nl'],
    ['it', "L'espressione regolare rifiuta l'indirizzo del cliente, l.rossi+promo@libero.it", 'l.rossi+promo@libero.it'],
  ])('%s: a real domain in a regex question stays an address', (_lang, text, email) => {
    expect(emails(text)).toContain(email);
  });

  it('a real-looking address on an example domain outside a test stays found, in a list too', () => {
    expect(emails('Kontakte der Kundin: anna.meier@example.de, b.schmidt+news@example.de')).toEqual(['anna.meier@example.de', 'b.schmidt+news@example.de']);
  });
});

const entities = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe("a documented key written with a filler run, and Stripe's country test cards, are nobody's (set 40 es-c014, 41 c016)", () => {
  it.each([
    ['en', 'review my .env:\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\n'],
    ['de', 'In der Doku steht sk_test_XXXXXXXXXXXXXXXXXXXXXX, ersetze ich test durch live?'],
    ['fr', "Dans la doc PayPlug l'exemple est sk_test_XXXXXXXXXXXXXXXXXXXXXX. En prod je remplace test par live ?"],
    ['es', 'revisa:\n\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nOPENAI_API_KEY=sk-... # no subir al repo\n'],
    ['nl', 'In de docs staat sk_test_xxxxxxxxxxxxxxxxxxxxxxxx als voorbeeld, klopt dat?'],
    ['it', "Nella doc c'è sk_test_XXXXXXXXXXXXXXXXXXXXXX come esempio, va bene?"],
  ])('%s: a filler key', (_lang, text) => {
    expect(entities(text, 'STRIPE_KEY')).toEqual([]);
  });

  it('a real-looking test key stays found', () => {
    expect(entities('STRIPE_SECRET_KEY=sk_test_51Nq8xKj2Lm9PqRsT4uVwXyZa', 'STRIPE_KEY')).not.toEqual([]);
  });

  it.each([
    ['en', 'Stripe docs list 4000 0082 6000 0000 for UK cards, fine for CI?'],
    ['de', 'Die Stripe-Testkarte für Deutschland ist 4000 0027 6000 0016, oder?'],
    ['fr', 'La carte Stripe pour la France, 4000 0025 0000 0003, marche en test ?'],
    ['es', 'La tarjeta de Stripe para España es 4000 0072 4000 0007, ¿vale?'],
    ['nl', 'De Stripe-kaart voor Nederland is 4000 0052 8000 0002, klopt dat?'],
    ['it', "Nella doc Stripe c'è la carta 4000 0038 0000 0008 per l'Italia. La uso nei test CI?"],
  ])('%s: a country test card', (_lang, text) => {
    expect(entities(text, 'CREDIT_CARD')).toEqual([]);
  });

  it('a customer card in the same kind of text stays found', () => {
    expect(entities("La carta del cliente è 4532 0151 1283 0366, l'addebito non passa", 'CREDIT_CARD')).not.toEqual([]);
  });
});

describe("a vendor's documented example call, on an example domain, is nobody's (set 41 c019)", () => {
  const values = (text: string): string[] => detect(text).map((f) => text.slice(f.start, f.end));
  const call = "crm.track('u-311', {name:'Laura Bennett', email:'laura@example.com'})";
  it.each([
    ['en', `Is this payload right? ${call} - copied from their docs.`],
    ['de', `Ist das so richtig? Beispiel aus der Doku: ${call}`],
    ['fr', `C'est l'exemple de la doc : ${call}. Je l'adapte comment ?`],
    ['es', `El ejemplo de la documentación: ${call}. ¿Lo adapto así?`],
    ['nl', `Het voorbeeld uit de docs: ${call}. Klopt dit?`],
    ['it', `L'esempio della documentazione: ${call}. Va bene?`],
  ])('%s', (_lang, text) => {
    expect(values(text)).toEqual([]);
  });
  it('a real customer in the same call stays, and so does the example without a word of the docs', () => {
    expect(values("Copied from their docs, but with our real customer: crm.track('u-311', {name:'Laura Bennett', email:'laura.bennett@gmail.com'})")).toEqual([
      'Laura Bennett',
      'laura.bennett@gmail.com',
    ]);
    expect(values(`Is this payload right? ${call}`)).toEqual(['Laura Bennett', 'laura@example.com']);
  });
});

describe("a vendor's prefix before a template's words is a placeholder, not a key (set 46 nl-c015)", () => {
  it.each([
    ['en', 'Is this fine? SLACK_BOT_TOKEN=xoxb-your-token-here and the rest from the vault.'],
    ['de', 'In der values.yaml steht slack_token: xoxb-dein-token-hier, reicht das?'],
    ['fr', 'Dans le .env : SLACK_TOKEN=xoxb-votre-jeton-ici, le vrai vient du coffre.'],
    ['es', 'En la plantilla: OPENAI_API_KEY=sk-tu-clave-aqui-para-pruebas, ¿está bien?'],
    ['nl', 'Is dit netjes?\nSLACK_BOT_TOKEN=xoxb-your-token-here\nSFTP_PASS=${SFTP_PASS}'],
    ['it', 'Nel README: SLACK_TOKEN=xoxp-example-token-123, quello vero sta nel vault.'],
  ])('%s: a template key', (_lang, text) => {
    expect(entities(text, 'SLACK_TOKEN')).toEqual([]);
    expect(entities(text, 'OPENAI_API_KEY')).toEqual([]);
  });

  it('a real token in the same kind of text stays found', () => {
    expect(entities('SLACK_BOT_TOKEN=xoxb-2451877312-4820190352877-Kq8vTzR3mWpL0sXnY2bHd9Jc', 'SLACK_TOKEN')).not.toEqual([]);
  });
});

describe("a mailbox written with a mask is no one's (set 51 fr-c004, it-c004)", () => {
  it.each([
    ['en', 'The school site lists office 01xxx xxxxxx and admin.xxxxx@school.sch.uk; write to ask about clubs', 'admin.xxxxx@school.sch.uk'],
    ['de', 'Auf der Website steht sekretariat-xxxxx@schule.de, bitte eine Anfrage formulieren', 'sekretariat-xxxxx@schule.de'],
    ['fr', "Sur le site de la mairie : école des Tilleuls, ce.0000000X@ac-exemple.fr. Écris un mail pour une inscription", 'ce.0000000X@ac-exemple.fr'],
    ['es', 'En la web pone secretaria.00000@educa.es, redacta una solicitud de plaza', 'secretaria.00000@educa.es'],
    ['nl', 'Op de site staat info.XXXXX@school.nl, schrijf een mail over de inschrijving', 'info.XXXXX@school.nl'],
    ['it', "Sul sito della scuola c'è toic8xxxxx@istruzione.it, orario 8-13. Scrivi una mail per il tempo pieno", 'toic8xxxxx@istruzione.it'],
  ])('%s', (_lang, text) => {
    expect(emails(text)).toEqual([]);
  });

  it.each([
    ['a real mailbox on the same domain', 'Write to the parent: claire.morel@istruzione.it', 'claire.morel@istruzione.it'],
    ['a name spelled long', 'Her address is alexxxx@gmail.com', 'alexxxx@gmail.com'],
  ])('%s stays found', (_name, text, email) => {
    expect(emails(text)).toEqual([email]);
  });
});

describe("a template's salutation before its variable, and a test word given as a name, are nobody (held-out sets 56-60)", () => {
  const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));
  it('the salutation word before a Jinja variable and the test surname of the test data go', () => {
    const text = "Il mio template non stampa il cognome:\n\nGentile {{ cliente.titolo }} {{ cliente.cognome }},\nla sua fattura è pronta.\n\nDati di prova: cognome='Prova', email='prova@example.it'";
    expect(people(text)).toEqual([]);
  });
  it("a real customer's mailbox in the same template question stays", () => {
    const text = "Il mio template non stampa il cognome:\n\nGentile {{ cliente.titolo }} {{ cliente.cognome }},\nla sua fattura è pronta.\n\nDati del cliente: cognome='Ferrandi', email='giulia.ferrandi@gmail.com'";
    expect(detect(text).map((f) => text.slice(f.start, f.end))).toEqual(['giulia.ferrandi@gmail.com']);
  });
  it('a full name typed before a variable stays', () => {
    const text = 'Il mio template: Gentile Giulia Ferrandi, il suo appuntamento è il {{ appuntamento.data }}.';
    expect(people(text)).toEqual(['Giulia Ferrandi']);
  });
});
