/**
 * Masked values: a CRM, billing or EHR tool that must not read data out shows it with mask characters ("m****@web.de",
 * "0171 ****396", "DE** **** **** **** **12 34", "FR76 XXXX XXXX XXXX XXXX XXX1 234"). What is left is a hint for the
 * agent, not the value: it identifies nobody and cannot be used. Mask characters are the ones masking code writes (asterisks,
 * bullets, a run of X); language-neutral, so there is no data per language.
 */

// Two or more mask characters in a row, or a run of three or more X standing alone among digits and separators.
const MASK = /[*•●∙⋆✱＊]{2}|(?<![\p{L}])[xX]{3,}(?![\p{L}])/u;

/** Whether a key's value is written masked (then the key's kind says nothing about a real value). */
export const isMaskedValue = (value: string): boolean => value.length <= 120 && MASK.test(value);
