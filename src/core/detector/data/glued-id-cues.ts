/**
 * Field names of national identifiers, as they are glued to the value in exported or concatenated fields
 * ("Mandant_IdNr75496918328", "emp_ssn536221234", "bsn215655655"): abbreviations and run-together names, lower case,
 * per language. Only identifier names: a general word ("id", "nr") glued to digits is an ordinary code.
 */
export const GLUED_ID_CUES: readonly string[] = [
  // en
  'ssn', 'nino', 'nhsno', 'nhsnumber', 'itin', 'passportno', 'iban',
  // de
  'idnr', 'steuerid', 'steueridnr', 'stid', 'svnr', 'rvnr', 'sozialversicherungsnr', 'ausweisnr',
  // fr
  'nir', 'insee', 'numsecu', 'nsecu', 'secu',
  // es
  'dni', 'nie', 'nif', 'nss', 'naf',
  // nl
  'bsn', 'sofinr', 'burgerservicenummer',
  // it
  'cf', 'codfisc', 'codicefiscale',
];
