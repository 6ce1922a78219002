// Values that are nobody's by construction: documentation keys, reserved e-mail domains and placeholder mailboxes,
// fictional phone ranges and the words that say a text is a test fixture. Read by placeholders.ts (the one owner of
// these, also for documentation-values.ts). Each list says where it is published.

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

/**
 * AWS documentation example credentials all end in these (IAM User Guide, "Managing access keys": AKIAIOSFODNN7EXAMPLE
 * and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; AWS CLI User Guide, "Configuration and credential file settings":
 * AKIAI44QH8DHBEXAMPLE and je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY). A real access key id is 16 random base-32
 * characters after its prefix: one ending in the word EXAMPLE is a one in 32^7 chance.
 */
export const AWS_EXAMPLE_KEY_ID = /^(?:AKIA|ASIA)[A-Z0-9]{9}EXAMPLE$/;
export const AWS_EXAMPLE_SECRET = /[A-Za-z0-9/+]{30}EXAMPLEKEY["']?$/;

/**
 * Domains reserved for documentation and testing: RFC 2606 section 2 and RFC 6761 section 6 (the TLDs .test, .example,
 * .invalid, .localhost) and RFC 2606 section 3 (example.com, example.net, example.org and their subdomains).
 */
export const RESERVED_TLDS: ReadonlySet<string> = new Set(['test', 'example', 'invalid', 'localhost']);
export const RESERVED_SLDS: ReadonlySet<string> = new Set(['example.com', 'example.net', 'example.org']);

/**
 * The local parts that make an address on a reserved domain a placeholder: the placeholder people of each language
 * (Wikipedia, "Placeholder name" and its de/fr/es/nl/it pages: John/Jane Doe, Joe Bloggs, Max/Erika Mustermann, Otto
 * Normalverbraucher, Jean Dupont/Dupond, Fulano/Mengano/Zutano, Juan Pérez, Jan Jansen/Modaal, Mario Rossi, Tizio/Caio/
 * Sempronio) and the words of test fixtures (test, user, demo, foo...). Compared as the local part's words, lower case,
 * without digits: "jane.doe42" is "jane doe". A real-looking local part ("anna", "j.meier") on example.com stays a finding.
 */
export const PLACEHOLDER_LOCAL_PARTS: readonly string[] = [
  'john doe', 'jane doe', 'johndoe', 'janedoe', 'jdoe', 'joe bloggs', 'jane bloggs', 'joe public', 'john public', 'richard roe', 'john smith', 'jane smith',
  'max mustermann', 'erika mustermann', 'mustermann', 'max', 'otto normalverbraucher', 'hans muster', 'lieschen müller', 'lieschen mueller',
  'jean dupont', 'marie dupont', 'jean dupond', 'dupont', 'dupond', 'toto', 'tartempion',
  'fulano', 'mengano', 'zutano', 'perengano', 'fulano de tal', 'fulanito', 'juan perez', 'juan pérez', 'juan nadie',
  'jan jansen', 'jan modaal', 'piet jansen', 'jansen', 'jan', 'mario rossi', 'rossi', 'tizio', 'caio', 'sempronio', 'pinco pallino',
  'test', 'tester', 'testuser', 'test user', 'user', 'username', 'demo', 'example', 'sample', 'dummy', 'foo', 'bar', 'foo bar', 'foobar', 'baz',
  'alice', 'bob', 'carol', 'dave', 'eve', 'mallory', 'someone', 'somebody', 'anyone', 'name', 'firstname lastname', 'first last', 'vorname nachname',
  'prenom nom', 'nombre apellido', 'voornaam achternaam', 'nome cognome', 'me', 'you', 'your name', 'yourname', 'ihr name',
];

/**
 * The word "example" in each language, used as a placeholder domain label the way RFC 2606 uses "example"
 * ("kunde@beispiel.de", "urbanisme@nancy.exemple.fr", "mg.esempio-shop.it"). Not reserved by a registry, so a text
 * must also be a fixture, or the address a mailbox that is not a person's, before it is dropped (placeholders.ts).
 */
export const PLACEHOLDER_LABELS: ReadonlySet<string> = new Set(['example', 'exemple', 'beispiel', 'ejemplo', 'voorbeeld', 'esempio', 'exemplo']);

/**
 * Microsoft's fictitious companies as their documentation, samples and demo tenants write them in domain names
 * (Microsoft Learn contributor guide and Writing Style Guide, "fictitious names": Contoso, Fabrikam, Northwind Traders,
 * Adventure Works, A. Datum, Litware, Proseware, Woodgrove Bank, Tailspin Toys, Wingtip Toys, Fourth Coffee, Wide World
 * Importers, Alpine Ski House, Relecloud, Trey Research, Lucerne Publishing, Coho Winery, Humongous Insurance, Blue
 * Yonder Airlines, Margie's Travel). As a domain's registrable label ("contoso.com") or a tenant's label under
 * onmicrosoft.com ("contoso.onmicrosoft.com") the domain is a demo one: a placeholder domain like example.com.
 */
export const DEMO_COMPANY_LABELS: ReadonlySet<string> = new Set([
  'contoso', 'fabrikam', 'northwindtraders', 'adventure-works', 'adventureworks', 'adatum', 'litware', 'litwareinc', 'proseware',
  'woodgrovebank', 'woodgrove', 'tailspintoys', 'wingtiptoys', 'fourthcoffee', 'wideworldimporters', 'alpineskihouse', 'relecloud',
  'treyresearch', 'lucernepublishing', 'cohowinery', 'humongousinsurance', 'blueyonderairlines', 'margiestravel',
]);

/**
 * The sample users of Microsoft 365 demo tenants, given name and surname, lower case: the users of the Microsoft 365
 * Developer Program sample data packs and of the Microsoft Graph Explorer sample tenant (MeganB@M365x214355.onmicrosoft.com),
 * whose mailboxes are the given name and the surname's initial ("AdeleV@", "MeganB@"). Made-up people of Microsoft's docs.
 */
export const DEMO_TENANT_PEOPLE: readonly string[] = [
  'adele vance', 'alex wilber', 'allan deyoung', 'christie cline', 'debra berger', 'diego siciliani', 'emily braun', 'enrico cattaneo',
  'grady archie', 'henrietta mueller', 'irvin sayers', 'isaiah langer', 'johanna lorenz', 'joni sherman', 'lee gu', 'lidia holloway',
  'lynne robbins', 'megan bowen', 'miriam graham', 'nestor wilke', 'patti fernandez', 'pradeep gupta',
];

/**
 * The words of test accounts in each language's test data ("prueba@ejemplo.com", "utente.prova@esempio.it",
 * "testnutzer@beispiel.de", "essai@exemple.fr"): a local part made only of them, on an example domain, is nobody's
 * mailbox. The words for "test", "user" and "example" as the six languages write them in test fixtures.
 */
export const TEST_LOCAL_WORDS: ReadonlySet<string> = new Set([
  'test', 'tests', 'tester', 'testing', 'testuser', 'user', 'demo', 'dummy', 'sample', 'example', 'fake', 'foo', 'bar', 'baz', 'qa',
  'testnutzer', 'testkunde', 'nutzer', 'benutzer', 'kunde', 'beispiel', 'muster',
  'essai', 'essais', 'utilisateur', 'exemple',
  'prueba', 'pruebas', 'usuario', 'ejemplo',
  'gebruiker', 'voorbeeld', 'testgebruiker',
  'prova', 'prove', 'utente', 'esempio',
]);

/**
 * Domain names that documentation and tests write for "some domain" without an RFC 2606 name ("test@test.com",
 * "user@domain.com", "you@yourcompany.com", "usuario@dominio.com", "nome@azienda.it"): as the registrable label of a
 * domain, with a test or placeholder local part, the address is nobody's. A real local part ("anna@company.com") stays.
 */
export const PLACEHOLDER_DOMAIN_WORDS: ReadonlySet<string> = new Set([
  'test', 'testing', 'domain', 'yourdomain', 'mydomain', 'company', 'yourcompany', 'mycompany', 'foo', 'bar', 'foobar', 'acme', 'email',
  'sample', 'demo', 'dummy', 'fake', 'firma', 'meinefirma', 'domaine', 'entreprise', 'societe', 'dominio', 'tudominio', 'empresa', 'tuempresa',
  'bedrijf', 'domein', 'azienda', 'tuodominio', 'prueba', 'prova', 'essai', 'beispiel', 'ejemplo', 'esempio', 'exemple', 'voorbeeld', 'muster',
]);

/**
 * How the test frameworks of the languages people paste write a test (Jest/Vitest/Mocha describe/it/test/expect,
 * JUnit @Test and assertEquals/assertThat, pytest def test_ and bare assert, unittest self.assert*, Rust #[test], Go
 * func Test): a text with one is test code, and a record in it with a placeholder value is a fixture.
 */
export const TEST_CODE_MARKERS: readonly string[] = [
  'expect(', 'describe(', "it('", 'it("', 'it(`', "test('", 'test("', 'test(`', 'beforeEach(', '@Test', 'assertEquals(', 'assertEqual(',
  'assertThat(', 'self.assert', 'def test_', '\nassert ', '    assert ', '#[test]', 'func Test',
];

/**
 * Words that say a text is test code or test data, or API documentation's examples (OpenAPI and Swagger "example:"
 * values; a vendor's example call "copied from their docs", "l'esempio della doc"), or a regular expression's test values ("Is this regex good enough? Test values: ..."): a record in it with a
 * placeholder value is a fixture. Not "mock" or "stub" alone (mock exams, a ticket stub).
 */
export const FIXTURE_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['fixture', 'fixtures', 'test fixture', 'faker', 'mock data', 'seed data', 'test data', 'dummy data', 'fake data', 'snapshot test', 'unit test', 'pytest', 'rspec', 'vitest', 'factory_bot', 'openapi', 'swagger',
    'api docs', 'api documentation', 'example request', 'sample request', 'example response', 'sample response', 'example payload', 'sample data', 'sample csv', 'example data',
    'regex', 'regexp', 'regular expression', 'test values', 'test inputs', 'test cases',
    'from the docs', 'from their docs', 'from the documentation', 'from their documentation', 'docs example', 'example from the docs', 'example in the docs'],
  de: ['api-doku', 'api-dokumentation', 'beispielanfrage', 'beispiel-request', 'testdaten', 'beispieldaten', 'dummydaten', 'dummy-daten', 'musterdaten', 'testfall', 'unittest', 'unit-test', 'snapshot-test', 'regex', 'regulärer ausdruck', 'testwerte', 'testfälle',
    'aus der doku', 'aus der dokumentation', 'beispiel der doku', 'beispiel der dokumentation'],
  fr: ['documentation api', 'documentation de l’api', "documentation de l'api", 'exemple de requête', "données d'exemple", 'données de test', 'jeu de test', 'jeu de données de test', 'données fictives', 'test unitaire', 'test snapshot', 'regex', 'expression régulière', 'valeurs de test', 'cas de test',
    'exemple de la doc', 'exemple de la documentation', 'tiré de la doc', 'tiré de la documentation', 'copié de la doc', 'copié de la documentation'],
  es: ['documentación de la api', 'ejemplo de petición', 'ejemplo de solicitud', 'datos de prueba', 'datos ficticios', 'datos de ejemplo', 'prueba unitaria', 'test unitario', 'test de snapshot', 'regex', 'expresión regular', 'valores de prueba', 'casos de prueba',
    'ejemplo de la doc', 'ejemplo de la documentación', 'copiado de la doc', 'copiado de la documentación', 'sacado de la doc', 'sacado de la documentación'],
  nl: ['api-documentatie', 'voorbeeldverzoek', 'testdata', 'testgegevens', 'dummydata', 'voorbeelddata', 'unittest', 'snapshottest', 'regex', 'reguliere expressie', 'testwaarden', 'testgevallen',
    'voorbeeld uit de docs', 'voorbeeld uit de documentatie', 'uit de documentatie', 'uit hun documentatie'],
  it: ['documentazione api', "documentazione dell'api", 'esempio di richiesta', 'dati di esempio', 'dati di test', 'dati di prova', 'dati fittizi', 'test unitario', 'test snapshot', 'regex', 'espressione regolare', 'valori di test', 'valori di prova', 'casi di test',
    'esempio della doc', 'esempio della documentazione', 'esempio dalla doc', 'esempio dalla documentazione', 'copiato dalla doc', 'copiato dalla documentazione'],
};

/**
 * Telephone ranges set aside for fiction and examples, as national significant numbers (no leading 0 or country code):
 * [first, last] inclusive, compared as digit strings of the same length.
 * - Ofcom, "Telephone numbers for use in TV and radio drama programmes" (UK): 020 7946 0000-0999, 0113/0114/0115/0116/
 *   0117/0118/0121/0131/0141/0151/0161 496 0000-0999, 0191 498 0000-0999, 028 9649 6000-6999, 029 2018 0000-0999,
 *   01632 960000-960999, 07700 900000-900999, 08081 570000-570999, 0909 8790000-8790999, 03069 990000-990999.
 * - NANPA, "555 NXX line numbers": 555-0100 to 555-0199 are reserved for fictitious use in every area code.
 * - ARCEP (France), the six blocks reserved for audiovisual works: 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49 and
 *   06 39 98, each xx xx after it (secondary: makinacorpus/DbToolsBundle Anonymizer/FrFR/PhoneNumberAnonymizer.php, read
 *   2026-12).
 * The Bundesnetzagentur's drama numbers (Amtsblatt 7/2021, Mitteilung 148/2021: (0)30 23125, (0)69 90009, (0)40 66969,
 * (0)221 4710, (0)89 99998, each 000-999) are left out: writers paste them as real customers' numbers ("echte Beispiele
 * aus unserem CRM: 0221 4710832"), and a fixture anchor would take the record's other values with them.
 * These numbers are also what some writers use for real-looking records, so they count as fixture values only inside a
 * test fixture (placeholders.ts), never on their own.
 */
export const FICTIONAL_RANGES: readonly (readonly [string, string])[] = [
  ['2079460000', '2079460999'],
  ...['113', '114', '115', '116', '117', '118', '121', '131', '141', '151', '161'].map((a) => [`${a}4960000`, `${a}4960999`] as const),
  ['1914980000', '1914980999'],
  ['2896496000', '2896496999'],
  ['2920180000', '2920180999'],
  ['1632960000', '1632960999'],
  ['7700900000', '7700900999'],
  ['8081570000', '8081570999'],
  ['9098790000', '9098790999'],
  ['3069990000', '3069990999'],
];
/**
 * ARCEP's six fiction blocks (above), the first five national digits after the 0. Read only in a French number's
 * writing (+33, or 0X XX XX XX XX): Italian numbers of the same digits are real ("02 6191 ..." in Milan, "0465 71..."
 * in Trentino).
 */
export const FRENCH_FICTION_BLOCKS: ReadonlySet<string> = new Set(['19900', '26191', '35301', '46571', '53649', '63998']);
/** NANP fictional line numbers (555-0100..0199), matched on the last seven digits. */
export const NANP_FICTIONAL = /^(?:1?\d{3})?55501\d\d$/;

/**
 * The homes of famous fictional characters, number and street, lower case (placeholders.ts drops an address hit that is
 * one of them, in either order, whatever its spacing and punctuation): Sherlock Holmes's 221B Baker Street, the
 * Simpsons' 742 Evergreen Terrace, Harry Potter's 4 Privet Drive and 12 Grimmauld Place, SpongeBob's 124 Conch Street,
 * the Munsters' 1313 Mockingbird Lane, the Addams Family's 0001 Cemetery Lane, Doctor Strange's 177A Bleecker Street,
 * Wallace and Gromit's 62 West Wallaby Street, Paddington's 32 Windsor Gardens, the Griffins' 31 Spooner Street, Tintin's
 * 26 rue du Labrador and Ibáñez's 13, Rue del Percebe. A fictional character's address is nobody's personal data.
 * Chosen by us (2026-12) from Wikipedia's pages on each work.
 */
export const FICTIONAL_ADDRESSES: readonly string[] = [
  '221b baker street', '742 evergreen terrace', '4 privet drive', '12 grimmauld place', '124 conch street', '1313 mockingbird lane',
  '0001 cemetery lane', '177a bleecker street', '62 west wallaby street', '32 windsor gardens', '31 spooner street', '26 rue du labrador',
  '13 rue del percebe', '221b bakerstraße', '221b bakerstrasse',
];

/**
 * Words before a number in a fictional range that make it someone's stand-in number (fictional-phones.ts): the reader's
 * ("your", "Ihre", "votre", "su", "uw", "il suo") and a caller's ("call from", "Anruf von", "appel de", "llamada de",
 * "oproep van", "chiamata da"). As regex sources, lower case.
 */
export const SECOND_PERSON_WORDS: readonly string[] = [
  'you', 'your', 'yours', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'dein', 'deine', 'deinen', 'dich', 'dir', 'votre', 'vos', 'ton', 'ta', 'tes',
  'vous', 'te', 'su', 'sus', 'tu', 'tus', 'usted', 'uw', 'jouw', 'suo', 'sua', 'tuo', 'tua', 'ti', 'lei',
];
export const CALLER_WORDS: readonly string[] = [
  'call(?:s|ed)? from', 'caller', 'callers', 'anruf von', 'anrufer', 'anruferin', 'appel de', 'appelant', 'appelante', 'llamada de', 'llamante',
  'oproep van', 'beller', 'chiamata da', 'chiamante',
];

/**
 * Words that say a text is a template, an example or a placeholder (fictional-phones.ts: a phone typed as a counting
 * run, "0123 456789", is dropped only in such a text; writers also type "030 12345678" for a real practice's number).
 * Whole words, and compounds that end in the template word or start with the example word ("Lebenslauf-Vorlage",
 * "cv-sjabloon", "voorbeeldgegevens", "Mustertext"). As regex sources, lower case.
 */
export const TEMPLATE_TEXT_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['template', 'placeholder', 'example', 'sample', 'dummy', 'fictitious', 'fictional', 'fake', 'mock-?up'],
  de: ['\\p{L}*vorlage', 'platzhalter', 'beispiel\\p{L}*', 'muster\\p{L}*', 'fiktive?[nrs]?'],
  fr: ['modèle', 'gabarit', 'exemple', 'fictif', 'fictive', 'fictifs'],
  es: ['plantilla', 'ejemplo', 'ficticio', 'ficticia', 'de muestra', 'marcador de posición'],
  nl: ['\\p{L}*sjabloon', 'voorbeeld\\p{L}*', 'fictieve?', 'dummy'],
  it: ['modello', 'esempio', 'segnaposto', 'fittizi[oae]', 'fac-?simile'],
};

/**
 * Words that say the phone numbers of a text exist for no one: made up for fiction or screenshots, or in a range a regulator
 * keeps for drama ("a fake UK mobile that will never be real", "Ofcom's drama range", "des numéros qui n'existent pas",
 * "réservée par l'ARCEP pour la fiction", "fiktive Rufnummern", "números que no existen", "nummers die niet bestaan",
 * "numeri che non esistono"). Pattern sources; a number in such a range there is the writer's stand-in (fictional-phones.ts).
 */
export const FICTION_NUMBER_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['drama range', 'drama numbers?', 'reserved for (?:drama|fiction|tv)', '(?:fake|fictional|fictitious|made-up|dummy) (?:\\p{L}+ )?(?:numbers?|mobiles?|phones?)', 'never be real', "(?:don't|do not) exist"],
  de: ['fiktive[nr]? (?:\\p{L}+ )?(?:nummern?|rufnummern?|telefonnummern?|handynummern?)', 'für (?:film und fernsehen|fiktion)', '(?:nie|nicht) vergeben', 'nicht existier\\p{L}*', 'existieren nicht'],
  fr: ["n['’]existent pas", "n['’]existe pas", 'pour la fiction', 'numéros? fictifs?', 'faux numéros?'],
  es: ['números? ficticios?', 'que no existen?', 'para (?:la )?ficción', 'números? falsos?'],
  nl: ['fictieve? (?:\\p{L}+ )?nummers?', 'die niet bestaan', 'bestaan niet', 'nepnummers?', 'voor fictie'],
  it: ['numer[oi] fittizi[o]?', 'che non esist\\p{L}+', 'inesistent[ei]', 'per la finzione', 'numer[oi] fals[oi]'],
};

/**
 * Words that say the numbers in a text are a validator's test cases: a regular expression, a validation rule, unit tests
 * or test cases ("Regex für deutsche Rufnummern, Testfälle +49 30 123456 und 0171 1234567 sollen passen"). There a phone
 * whose digits end in a counting run, or one in a range reserved for drama, is the tester's filler (fictional-phones.ts).
 * As regex sources, lower case; fictional-phones.ts adds validation-words.ts's words.
 */
export const VALIDATOR_TEST_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['regexp?', 'regular expressions?', 'unit[ -]?tests?', 'test ?cases?', 'test fixtures?', 'fixture rows?', 'fixture data', 'seed data'],
  de: ['regexp?', 'regulär(?:e[nrs]?)? ausdr(?:u|ü)ck\\p{L}*', 'testf(?:a|ä)ll\\p{L}*', 'unit-?tests?'],
  fr: ['expressions? régulières?', 'tests? unitaires?', 'cas de tests?'],
  es: ['expresi(?:ó|o)n(?:es)? regulares?', 'casos? de prueba', 'pruebas unitarias', 'con tests?'],
  nl: ['reguliere expressies?', 'testgeval(?:len)?', 'unit ?tests?', 'met tests?'],
  it: ['espression[ei] regolar[ei]', 'casi di test', 'test unitari', 'con (?:i )?test'],
};
