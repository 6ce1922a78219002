/**
 * Words of validating input: a validator, a validation rule ("NHS number validator", "Validierung der IBAN",
 * "validazione del codice fiscale"). Lower case; a word ending in '*' is a stem ("validier*": "validieren",
 * "Validierung"). Both test-context lists take them: check-digit-words.ts's test words (a published test value near one
 * is used as one) and fictional-phones.ts's validator text (placeholders.ts VALIDATOR_TEST_WORDS: numbers there are a
 * validator's test cases).
 */
export const VALIDATION_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: ['validate', 'validates', 'validating', 'validator', 'validators', 'validation', 'validations'],
  de: ['validier*', 'validator'],
  fr: ['validation', 'validateur', 'validateurs', 'valider'],
  es: ['validación', 'validacion', 'validador'],
  nl: ['validati*', 'validator'],
  it: ['validazione', 'validazioni', 'validatore'],
};
