import { VALIDATION_WORDS } from './validation-words.js';

/**
 * Words of a question about a check-digit algorithm, and the words that introduce a worked example in it, per language
 * (lower case). A number right after an example word in a text about check digits ("walk me through it with the sample
 * 943 476 5919", "am Beispiel 86095742719") is the worked example, not someone's number (documentation-values.ts).
 * Adding a language is adding its line.
 */
export interface CheckDigitWords {
  /** Names of check digits and of the algorithms that compute them; matched as substrings of the lower-cased text. */
  check: readonly string[];
  /** Words that introduce an example value ("sample", "Beispiel", "par exemple"). */
  example: readonly string[];
  /** Names of a documentation source: after the value, an example word and one of these say the value is its example ("it's the example from the docs"). */
  docs: readonly string[];
  /** Words that may stand between the example word and the value ("number", "with", "de"; the documentation naming its own example: "the example from the docs"). */
  between: readonly string[];
  /**
   * Words of test data, training material and documentation ("fixture", "Testpatienten", "données fictives", "support
   * de formation"): near a published test value (TEST_CONTEXT_VALUES, the NHS test range) they say it is used as one.
   * Whole words; a word ending in '*' is a stem ("test*": "tests", "testing", "Testdaten"). With validation-words.ts's words.
   */
  test: readonly string[];
}

export const CHECK_DIGIT_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', CheckDigitWords>> = {
  en: {
    check: [
      'check digit',
      'check character',
      'check letter',
      'checksum',
      'check sum',
      'mod 11',
      'mod 97',
      'mod 23',
      'mod 10',
      // Hyphenated as often as spaced ("the mod-11 check"); the terms are matched in every language's text.
      'mod-11',
      'mod-97',
      'mod-23',
      'mod-10',
      'modulus 11',
      'modulus 10',
      'modulo 11',
      'luhn',
      'verhoeff',
      'damm algorithm',
      // A validator of an identifier checks its check digit: its tests print the valid and invalid examples.
      'validator',
    ],
    example: ['example', 'sample', 'e.g.', 'for instance', 'test number', 'dummy'],
    docs: ['docs', 'documentation', 'wikipedia', 'manual', 'spec', 'tutorial'],
    between: [
      'number',
      'no.',
      'nr',
      'value',
      'id',
      'like',
      'with',
      'of',
      'the',
      'as',
      'is',
      'say',
      'using',
      'this',
      // The documentation's own example ("the example from the docs: ...").
      'from',
      'in',
      'docs',
      'documentation',
      'manual',
      'spec',
      'specification',
      // The source's own page ("the example on the Wikipedia page").
      'on',
      'page',
      'wikipedia',
      ':',
      '-',
    ],
    test: ['test*', 'fixture*', 'seed', 'seeded', 'sandbox', 'dummy', 'fake', 'fictional', 'fictitious', 'example', 'examples', 'sample', 'mock*', 'documented', 'documentation', 'docs', 'training', 'placeholder*', 'synthetic', 'spec', 'specification', ...VALIDATION_WORDS.en, 'demo'],
  },
  de: {
    check: [
      'prüfziffer',
      'pruefziffer',
      'prüfsumme',
      'prüfzeichen',
      'prüfbuchstabe',
      'kontrollziffer',
      'mod 11',
      'mod 97',
      'modulo 11',
      'modulo 97',
      'luhn',
      'iso 7064',
      'validator',
    ],
    example: ['beispiel', 'bsp.', 'z.b.', 'z. b.', 'beispielnummer', 'musternummer', 'testnummer'],
    docs: ['doku', 'dokumentation', 'wikipedia', 'handbuch', 'spezifikation', 'tutorial'],
    between: ['nummer', 'nr.', 'wert', 'mit', 'der', 'die', 'das', 'von', 'wie', 'etwa', 'also', 'aus', 'in', 'auf', 'doku', 'dokumentation', 'handbuch', 'spezifikation', 'seite', 'wikipedia', ':', '-'],
    test: ['test*', 'beispiel*', 'fiktiv*', 'dummy', 'fake', 'schulung*', 'doku', 'dokumentation', 'dokumentiert*', 'platzhalter', 'muster*', 'erfunden*', 'spezifikation', ...VALIDATION_WORDS.de, 'demo'],
  },
  fr: {
    check: [
      'clé de contrôle',
      'cle de controle',
      'chiffre de contrôle',
      'caractère de contrôle',
      'lettre de contrôle',
      'somme de contrôle',
      'checksum',
      'modulo 97',
      'modulo 11',
      'mod 97',
      'mod 11',
      'luhn',
      'validateur',
    ],
    example: ['exemple', 'par ex.', 'ex.', 'numéro fictif', 'numéro de test'],
    docs: ['doc', 'documentation', 'wikipédia', 'wikipedia', 'manuel', 'spécification', 'tutoriel'],
    between: ['numéro', 'n°', 'no', 'avec', 'le', 'la', 'de', 'du', 'comme', 'disons', 'ce', 'dans', 'sur', 'doc', 'documentation', 'manuel', 'spécification', 'page', 'wikipédia', 'wikipedia', ':', '-'],
    test: ['test*', 'exemple*', 'fictif*', 'fictive*', 'factice*', 'formation', 'doc', 'docs', 'documentation', 'documenté*', 'recette', 'démo', 'spécification', ...VALIDATION_WORDS.fr],
  },
  es: {
    check: [
      'dígito de control',
      'digito de control',
      'letra de control',
      'carácter de control',
      'dígito verificador',
      'suma de control',
      'checksum',
      'módulo 11',
      'modulo 11',
      'módulo 23',
      'mod 11',
      'mod 23',
      'mod 97',
      'luhn',
      'letra del dni',
      'letra del nie',
      'validador',
    ],
    example: ['ejemplo', 'p. ej.', 'p.ej.', 'número de prueba', 'número ficticio'],
    docs: ['documentación', 'documentacion', 'docs', 'wikipedia', 'manual', 'especificación', 'tutorial'],
    between: ['número', 'nº', 'no', 'con', 'el', 'la', 'de', 'del', 'como', 'este', 'digamos', 'en', 'documentación', 'manual', 'especificación', 'página', 'wikipedia', ':', '-'],
    test: ['test*', 'prueba*', 'ejemplo*', 'ficticio*', 'ficticia*', 'formación', 'doc', 'docs', 'documentación', 'documentado*', 'spec', 'especificación', ...VALIDATION_WORDS.es, 'demo'],
  },
  nl: {
    check: [
      'elfproef',
      '11-proef',
      'controlegetal',
      'controlecijfer',
      'controleteken',
      'checksum',
      'modulus 11',
      'modulo 11',
      'modulo 97',
      'mod 11',
      'mod 97',
      'luhn',
      'validator',
    ],
    example: ['voorbeeld', 'bijv.', 'bv.', 'bijvoorbeeld', 'testnummer', 'voorbeeldnummer'],
    docs: ['documentatie', 'docs', 'wikipedia', 'handleiding', 'specificatie', 'tutorial'],
    between: ['nummer', 'nr.', 'met', 'het', 'de', 'van', 'zoals', 'dit', 'neem', 'uit', 'in', 'op', 'documentatie', 'handleiding', 'specificatie', 'pagina', 'wikipedia', ':', '-'],
    test: ['test*', 'voorbeeld*', 'fictie*', 'fictief*', 'fictieve', 'dummy', 'nep', 'training', 'opleiding', 'doc', 'docs', 'documentatie', 'gedocumenteerd*', 'specificatie', ...VALIDATION_WORDS.nl, 'demo'],
  },
  it: {
    check: [
      'cifra di controllo',
      'carattere di controllo',
      'carattere di verifica',
      'codice di controllo',
      'checksum',
      'modulo 11',
      'modulo 97',
      'mod 11',
      'mod 97',
      'luhn',
      'validatore',
    ],
    example: ['esempio', 'ad es.', 'es.', 'numero di prova', 'numero fittizio'],
    docs: ['documentazione', 'docs', 'wikipedia', 'manuale', 'specifica', 'tutorial'],
    between: ['numero', 'n.', 'con', 'il', 'lo', 'la', 'di', 'del', 'come', 'questo', 'tipo', 'della', 'dalla', 'nella', 'sulla', 'documentazione', 'manuale', 'specifica', 'pagina', 'wikipedia', ':', '-'],
    test: ['test*', 'esempio', 'esempi', 'prova', 'prove', 'fittizi*', 'finto', 'finta', 'formazione', 'doc', 'docs', 'documentazione', 'documentat*', 'specifica', ...VALIDATION_WORDS.it, 'demo'],
  },
};

/**
 * Values that references print as the worked example of a check-digit algorithm. Unlike data/specimens.ts these are
 * also written as someone's own number in notes that copy them ("tidy this visit note: ..., nhs 943 476 5919"), so they
 * count as documentation only in a text about check digits (with or without an example word before them), or with a
 * word of test data, training or documentation near them (CheckDigitWords.test: "our integration test uses NHS number
 * 943 476 5919", "le NIR du support de formation"). Each value is written as published.
 */
export const WORKED_EXAMPLES: readonly { readonly value: string; readonly source: string }[] = [
  {
    value: '943 476 5919',
    source:
      'en.wikipedia "NHS number", "Format, number ranges, and check characters": the worked example of the modulus 11 check digit ("Using the number 943 476 5919 as an example"), copied by NHS number validator libraries and tutorials',
  },
  {
    value: '490154203237518',
    source:
      'en.wikipedia "International Mobile Equipment Identity", "Check digit computation": the worked Luhn example (IMEI 49015420323751?, check digit 8), copied by IMEI validator libraries and tutorials',
  },
  // Two example IMEIs that IMEI validator docs, libraries and their test suites print next to Wikipedia's as "valid
  // IMEI" samples (public code search: validator test lists of 490154203237518, 356938035643809, 352099001761481).
  { value: '356938035643809', source: 'example IMEI of IMEI validator libraries and tutorials (listed with 490154203237518 as valid samples)' },
  { value: '352099001761481', source: 'example IMEI of IMEI validator libraries and tutorials (listed with 490154203237518 as valid samples)' },
  // The French NIR's explanations walk through two examples, block by block (sexe, année, mois, département, commune,
  // rang, clé); validator libraries and their tests copy them with the valid mod-97 key.
  {
    value: '1 85 05 78 006 084 91',
    source:
      'the 13-digit NIR example "1 85 05 78 006 084" of French explanations of the number (e.g. the INSEE COG notes that show it as "un exemple"), with its valid key 91 as NIR validator libraries print it (public code search: nirValid("1 85 05 78 006 084 91"))',
  },
  {
    value: '2 69 05 49 588 157 80',
    source:
      'the sample French health card (carte Vitale) of Mindee\'s french_healthcard API docs, "Social Security Number: 2 69 05 49 588 157 80", copied as the valid example by NIR validator libraries and form placeholders (public code search)',
  },
];
