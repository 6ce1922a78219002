// Published specimen and test values: identifiers whose check digits are valid on purpose, printed in standards,
// registries, official documentation and payment-provider sandboxes so that people can test validators. Nobody's
// data: a hit on one of them is dropped (specimens.ts). Each value is written as published; matching ignores
// spaces, dots, dashes and case. Only values with a published source go here, never values seen in a test set.

export interface Specimen {
  readonly value: string;
  /** Where the value is published. */
  readonly source: string;
}

const SWIFT_REGISTRY = 'SWIFT IBAN Registry (ISO 13616), the "IBAN electronic format example" of the country';
const WIKIPEDIA_IBAN =
  'Wikipedia, "International Bank Account Number", examples table (the example IBANs used across bank and library docs)';

export const SPECIMENS: readonly Specimen[] = [
  // IBANs
  { value: 'DE89 3704 0044 0532 0130 00', source: `${SWIFT_REGISTRY}; ${WIKIPEDIA_IBAN}` },
  { value: 'GB82 WEST 1234 5698 7654 32', source: `${WIKIPEDIA_IBAN}; ECBS TR201 IBAN standard example` },
  { value: 'GB29 NWBK 6016 1331 9268 19', source: SWIFT_REGISTRY },
  { value: 'GB33 BUKB 2020 1555 5555 55', source: WIKIPEDIA_IBAN },
  { value: 'FR76 3000 6000 0112 3456 7890 189', source: WIKIPEDIA_IBAN },
  { value: 'FR14 2004 1010 0505 0001 3M02 606', source: SWIFT_REGISTRY },
  { value: 'NL91 ABNA 0417 1643 00', source: SWIFT_REGISTRY },
  { value: 'ES91 2100 0418 4502 0005 1332', source: SWIFT_REGISTRY },
  { value: 'IT60 X054 2811 1010 0000 0123 456', source: SWIFT_REGISTRY },
  { value: 'BE68 5390 0754 7034', source: SWIFT_REGISTRY },
  { value: 'AT61 1904 3002 3457 3201', source: SWIFT_REGISTRY },
  { value: 'CH93 0076 2011 6238 5295 7', source: SWIFT_REGISTRY },
  { value: 'LU28 0019 4006 4475 0000', source: SWIFT_REGISTRY },
  { value: 'IE29 AIBK 9311 5212 3456 78', source: SWIFT_REGISTRY },
  { value: 'PL61 1090 1014 0000 0712 1981 2874', source: SWIFT_REGISTRY },
  { value: 'PT50 0002 0123 1234 5678 9015 4', source: SWIFT_REGISTRY },
  { value: 'DK50 0040 0440 1162 43', source: SWIFT_REGISTRY },
  { value: 'SE45 5000 0000 0583 9825 7466', source: SWIFT_REGISTRY },
  { value: 'FI21 1234 5600 0007 85', source: SWIFT_REGISTRY },
  { value: 'NO93 8601 1117 947', source: SWIFT_REGISTRY },
  // National identifiers
  {
    value: '12345678Z',
    source:
      'the customary test DNI of Spanish NIF validation docs and libraries (12345678 mod 23 = 14 -> Z), e.g. es.wikipedia "Número de identificación fiscal"',
  },
  {
    value: 'RSSMRA85T10A562S',
    source: 'it.wikipedia "Codice fiscale", worked example (Mario Rossi, 10/12/1985, comune A562)',
  },
  {
    value: '111222333',
    source:
      'the test BSN of Dutch government test environments (Logius DigiD/eHerkenning test docs, RvIG BRP test data)',
  },
  {
    value: '123456782',
    source:
      'the 11-test worked example of Dutch BSN validation docs (nl.wikipedia "Burgerservicenummer", elfproef)',
  },
  {
    value: 'QQ123456C',
    source:
      'HMRC National Insurance Manual NIM39110: the QQ prefix is the specimen used on forms and guidance',
  },
  {
    value: '078-05-1120',
    source:
      'SSA, "Social Security Numbers: misuse of the Woolworth wallet card number" (the 1938 specimen card)',
  },
  { value: '219-09-9999', source: 'SSA, the number printed on the 1940 specimen card in its own pamphlets' },
  { value: 'L898902C3', source: 'ICAO Doc 9303 Part 4, the specimen passport (Anna Maria Eriksson, Utopia)' },
  { value: 'D23145890', source: 'ICAO Doc 9303 Part 5, the specimen TD1 card document number' },
  // Payment cards from payment-provider sandbox documentation (numbers.ts keeps its own list of the best-known ones)
  {
    value: '4548 8120 4940 0004',
    source: 'Redsys (Spain), "Tarjetas de prueba" of the TPV Virtual integration guide',
  },
  { value: '4548 8100 0000 0003', source: 'Redsys (Spain), TPV Virtual test card for 3-D Secure' },
  { value: '4444 3333 2222 1111', source: 'Worldpay / Cybersource test card list (Visa)' },
  { value: '4111 1111 4555 1142', source: 'Adyen, "Test card numbers" (Visa)' },
  { value: '5555 3412 4444 1115', source: 'Adyen, "Test card numbers" (Mastercard)' },
  { value: '4166 6766 6766 6746', source: 'Adyen, "Test card numbers" (Visa)' },
  { value: '4543 4740 0224 9996', source: 'Checkout.com, "Test cards" (Visa); also Mollie test mode docs' },
  { value: '5436 0310 3060 6378', source: 'Checkout.com, "Test cards" (Mastercard)' },
  // Placeholder people: the names forms, specimen documents and docs use for "anyone". Matched as the whole finding.
  {
    value: 'Max Mustermann',
    source:
      'German specimen identity card and passport (Bundesdruckerei / BMI "Mustermann" specimens); Wikipedia, "Placeholder name"',
  },
  {
    value: 'Erika Mustermann',
    source: 'German specimen identity card (Bundesdruckerei / BMI "Mustermann" specimens)',
  },
  { value: 'John Doe', source: 'Wikipedia, "John Doe" / "Placeholder name" (en)' },
  { value: 'Jane Doe', source: 'Wikipedia, "John Doe" / "Placeholder name" (en)' },
  { value: 'Richard Roe', source: 'Wikipedia, "John Doe" (the second party in US legal placeholders)' },
  { value: 'Joe Bloggs', source: 'Wikipedia, "Placeholder name" (en-GB)' },
  { value: 'Fulano de Tal', source: 'Wikipedia, "Placeholder name" (es: Fulano, Mengano, Zutano)' },
  { value: 'Mengano de Tal', source: 'Wikipedia, "Placeholder name" (es)' },
  { value: 'Jan Modaal', source: 'Wikipedia, "Placeholder name" (nl: the average Dutch person)' },
];
