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
  // The UK registry example's sort code and account number, printed apart in the same guides ("Sort code 60-16-13,
  // account 31926819"): NatWest's specimen, a bank branch and a made-up account.
  { value: '60-16-13', source: `${SWIFT_REGISTRY}: GB29 NWBK 6016 1331 9268 19, bank code NWBK, sort code 601613` },
  { value: '31926819', source: `${SWIFT_REGISTRY}: GB29 NWBK 6016 1331 9268 19, account number 31926819` },
  // National identifiers
  {
    value: '12345678Z',
    source:
      'the customary test DNI of Spanish NIF validation docs and libraries (12345678 mod 23 = 14 -> Z), e.g. es.wikipedia "Número de identificación fiscal"',
  },
  {
    value: 'X1234567L',
    source:
      'the customary test NIE of Spanish NIF/NIE validation docs and libraries (X -> 0: 01234567 mod 23 = 19 -> L), the foreigner\'s counterpart of 12345678Z',
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
    value: 'AB123456C',
    source:
      'the example NINO of validator libraries\' documentation (rubydoc activevalidators NinoValidatorUK: "The example used is typically AB123456C"; npm valid-nino README)',
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
  { value: '2223 0000 1047 9399', source: 'Mollie docs, "Testing" (docs.mollie.com/reference/testing): the Mastercard test card; its Visa (4543 4740 0224 9996) is above and its Amex (3782 822463 10005) is in the Stripe list' },
  { value: '5436 0310 3060 6378', source: 'Checkout.com, "Test cards" (Mastercard)' },
  // Stripe's "Testing" page (docs.stripe.com/testing): cards by brand, 3-D Secure, declines and country cards
  ...[
    '4000 0027 6000 3184', '4000 0025 0000 3155', '4000 0000 0000 3220', '4000 0000 0000 3063', '4000 0082 6000 3178',
    '4000 0000 0000 0069', '4000 0000 0000 0127', '4000 0000 0000 0119', '4100 0000 0000 0019', '4000 0000 0000 0101',
    '4000 0000 0000 0341', '4000 0000 0000 3055', '4000 0007 6000 0002', '4000 0012 4000 0000', '4000 0025 0000 1001',
    '5555 5555 5555 4444', '2223 0031 2200 3222', '5200 8282 8282 8210', '5105 1051 0510 5100', '3782 822463 10005',
    '3714 496353 98431', '6011 1111 1111 1117', '6011 0009 9013 9424', '3056 9300 0902 0004', '3622 720627 1667',
    '3566 0020 2036 0505', '6200 0000 0000 0005',
  ].map((value) => ({ value, source: 'Stripe docs, "Testing": test card numbers' })),
  // Stripe's "Testing" page, "Declined payments", "Fraud prevention", "Disputes" and "Refunds": cards that trigger a
  // decline, a risk outcome, a dispute or a failed refund in test mode.
  ...[
    '4000 0000 0000 0002', '4000 0000 0000 9995', '4000 0000 0000 9987', '4000 0000 0000 9979',
    '4000 0000 0000 4954', '4000 0000 0000 9235', '4000 0000 0000 0036', '4000 0000 0000 0028', '4000 0000 0000 0010',
    '4000 0000 0000 0044', '4000 0000 0000 0259', '4000 0000 0000 2685', '4000 0000 0000 1976', '4000 0000 0000 5423',
    '4000 0000 0000 5126', '4000 0000 0000 0077',
  ].map((value) => ({ value, source: 'Stripe docs, "Testing": declined payments, fraud prevention, disputes and refunds' })),
  // Stripe's "Testing" page, "International cards": one Visa per country, 4000 00 + the ISO 3166 numeric code (Italy
  // 380: 4000 0038 0000 0008), and the UK debit and Mastercard.
  ...[
    '4000 0004 0000 0008', '4000 0005 6000 0004', '4000 0010 0000 0000', '4000 0019 1000 0009', '4000 0019 6000 0008',
    '4000 0020 3000 0002', '4000 0020 8000 0001', '4000 0023 3000 0009', '4000 0024 6000 0001', '4000 0025 0000 0003',
    '4000 0027 6000 0016', '4000 0029 2000 0005', '4000 0030 0000 0030', '4000 0034 8000 0005', '4000 0037 2000 0005',
    '4000 0038 0000 0008', '4000 0042 8000 0005', '4000 0043 8000 0004', '4000 0044 0000 0000', '4000 0044 2000 0006',
    '4000 0047 0000 0007', '4000 0052 8000 0002', '4000 0057 8000 0007', '4000 0061 6000 0005', '4000 0062 0000 0007',
    '4000 0064 2000 0001', '4000 0070 5000 0006', '4000 0070 3000 0001', '4000 0072 4000 0007', '4000 0075 2000 0008',
    '4000 0075 6000 0009', '4000 0082 6000 0000', '4000 0582 6000 0005', '5555 5582 6555 4449', '4000 0003 2000 0021',
    '4000 0048 4000 8001', '4000 0078 4000 0001',
  ].map((value) => ({ value, source: 'Stripe docs, "Testing": international cards by country' })),
  // Braintree / PayPal sandbox, Worldpay, Adyen, Nexi
  ...['4005 5192 0000 0004', '4009 3488 8888 1881', '4012 0000 3333 0026', '4012 0000 7777 7777', '4217 6511 1111 1119', '4500 6000 0000 0061', '3530 1113 3330 0000'].map(
    (value) => ({ value, source: 'Braintree developer docs, "Testing and Go Live": valid card numbers for the sandbox' }),
  ),
  { value: '4917 6100 0000 0000', source: 'Worldpay, "Test card numbers" (Visa Debit)' },
  { value: '4988 4388 4388 4305', source: 'Adyen, "Test card numbers" (Visa)' },
  { value: '4349 9401 9999 7007', source: 'Nexi XPay developer docs, "Carte di test" (Visa)' },
  ...['4999 3402 6197 7289', '4349 9401 9900 4549', '4513 5326 5805 1267', '5593 4979 4833 2903', '5472 8869 8458 5836', '4742 1587 5098 7704', '5515 9318 5585 8729', '5311 0822 9119 1543'].map(
    (value) => ({ value, source: 'Nexi XPay developer docs, "Carte di test": the test-environment cards (positive and negative outcomes)' }),
  ),
  // Nexi XPay's test table (Visa 4539 97.., Mastercard 5255 00..): one card per outcome (accepted, denied, expired...)
  ...[
    '4539 9700 0000 0006', '4539 9700 0000 0014', '4539 9700 0010 1010', '4539 9700 0010 4014', '4539 9700 0010 9013', '4539 9700 0011 0011',
    '4539 9700 0011 6018', '4539 9700 0011 7016', '4539 9700 0011 8014', '4539 9700 0090 2011', '4539 9700 0090 7010', '5255 0000 0000 0001',
    '5255 0000 0000 0019', '5255 0000 0010 1015', '5255 0000 0010 4019', '5255 0000 0010 9018', '5255 0000 0011 0016', '5255 0000 0011 6013',
    '5255 0000 0011 7011', '5255 0000 0011 8019', '5255 0000 0090 2016', '5255 0000 0090 7015',
  ].map((value) => ({ value, source: 'Nexi XPay developer docs, "Carte di test" (esito atteso per carta: pagamento accettato / rifiutato)' })),
  // German test IBANs reproduced across SEPA library and payment-provider docs (test accounts at real bank codes)
  ...[
    'DE02 1203 0000 0000 2020 51', 'DE02 5001 0517 0137 0750 30', 'DE02 1005 0000 0054 5404 02', 'DE02 3002 0900 0106 5310 65',
    'DE02 2005 0550 1015 8713 93', 'DE02 3705 0299 0000 6847 12', 'DE02 7001 0080 0030 8768 08', 'DE02 1001 0010 0006 8201 01',
    'DE02 6005 0101 0002 0343 04', 'DE02 7002 0270 0010 1086 69', 'DE12 5001 0517 0648 4898 90', 'DE88 1009 0000 1234 5678 92',
  ].map((value) => ({ value, source: 'the German test IBANs of SEPA docs and validators (e.g. the "DE02..." list of test accounts widely copied in SEPA test-data pages)' })),
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
  {
    value: 'Peter James Chalmers',
    source: 'HL7 FHIR R4 specification, Patient resource example "patient-example" (hl7.org/fhir/R4/patient-example.html): name.given Peter James, family Chalmers',
  },
];

/**
 * Placeholder street and town names of forms, specimen documents and docs ("Musterstraße 1, 12345 Musterstadt"): an
 * address with one of them is nobody's. Lower case, matched inside the address hit. Source: Wikipedia "Placeholder
 * name" (de: Mustermann, Musterstadt; es: Calle Falsa 123; nl: Voorbeeldstraat), the German specimen ID card's address.
 */
export const PLACEHOLDER_STREETS: readonly string[] = [
  'musterstraße', 'musterstrasse', 'musterweg', 'mustergasse', 'musterallee', 'musterplatz', 'musterstadt', 'musterhausen', 'musterdorf',
  'example street', 'example road', 'example avenue', 'sample street', 'any street', 'anystreet', 'anytown',
  "rue de l'exemple", 'rue de l’exemple', 'rue exemple', 'avenue exemple',
  // Calle Falsa as addresses abbreviate the street type ("C/ Falsa 123", "c. Falsa 123").
  'calle falsa', 'c/ falsa', 'c/falsa', 'c. falsa', 'calle ejemplo', 'calle de ejemplo', 'c/ ejemplo',
  'voorbeeldstraat', 'voorbeeldlaan', 'voorbeeldweg', 'voorbeeldplaats', 'voorbeeldstad', 'voorbeelddorp',
  'via esempio', "via dell'esempio", 'via dell’esempio', 'via fittizia',
  // Test-fixture streets and towns ("Teststraat 1", "Testhausen", "Testville"): names of our own, as unit tests write them.
  'teststraat', 'testlaan', 'teststraße', 'teststrasse', 'testweg', 'testhausen', 'teststadt', 'test street', 'testville', 'testtown',
  'rue du test', 'calle de prueba', 'calle prueba', 'via di prova', 'via prova',
];
