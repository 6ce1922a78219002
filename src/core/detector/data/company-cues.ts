// What makes a stretch of text an organisation's letterhead or footer, per language: legal forms, register and VAT
// labels, registered-office words. Read by company-addresses.ts.

/**
 * Legal forms of companies, written as registers print them (case-sensitive: "SA", "AG" are only legal forms in capitals):
 * UK Companies Act 2006 (Ltd, Limited, PLC, LLP), US (Inc, LLC, Corp), German HGB/GmbHG/AktG (GmbH, AG, KG, OHG, UG,
 * SE, e.K., eG, e.V.), French Code de commerce (SA, SAS, SASU, SARL, EURL, SNC, SCI), Spanish LSC (S.A., S.L., S.L.U.,
 * S.A.U., S.Coop.), Dutch BW2 (B.V., N.V., V.O.F.), Italian Codice civile (S.p.A., S.r.l., S.r.l.s., S.n.c., S.a.s.).
 */
export const LEGAL_FORMS: readonly string[] = [
  'Ltd', 'Ltd.', 'Limited', 'PLC', 'plc', 'LLP', 'LLC', 'Inc', 'Inc.', 'Corp', 'Corp.',
  'GmbH', 'gGmbH', 'AG', 'KG', 'KGaA', 'OHG', 'UG', 'SE', 'e.K.', 'eG', 'e.V.',
  'SA', 'S.A.', 'SAS', 'SASU', 'SARL', 'EURL', 'SNC', 'SCI',
  'S.L.', 'SL', 'S.L.U.', 'SLU', 'S.A.U.', 'SAU', 'S.Coop.',
  'B.V.', 'BV', 'N.V.', 'NV', 'V.O.F.', 'VOF',
  'S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'S.r.l.s.', 'S.n.c.', 'S.a.s.',
];

/**
 * Company register, VAT and registered-office labels (lower case; `\s+` between words): Companies House numbers and
 * "registered in England", Handelsregister (HRB/HRA, Amtsgericht), USt-IdNr., SIREN/SIRET/RCS, TVA intracommunautaire,
 * CIF, NIF-IVA, Registro Mercantil, KvK, btw-nummer, Partita IVA, REA, Registro delle imprese. Personal tax numbers
 * (Steuer-ID, NIF, codice fiscale, BSN) are not here: they can be a person's.
 */
export const REGISTRY_LABELS: readonly string[] = [
  'company no', 'company number', 'company reg no', 'company registration no', 'company registration number', 'registered in england', 'registered in england and wales', 'registered in scotland', 'registered in wales', 'registered in northern ireland', 'companies house', 'crn', 'registered office', 'vat no', 'vat number', 'vat reg no', 'vat registration no', 'vat registration number', 'vat',
  'hrb', 'hra', 'amtsgericht', 'handelsregister', 'registergericht', 'partnerschaftsregister', 'vereinsregister', 'genossenschaftsregister', 'ust-idnr', 'ust-id', 'ust.-idnr', 'ustidnr', 'umsatzsteuer-id', 'umsatzsteuer-identifikationsnummer', 'sitz der gesellschaft',
  'siren', 'siret', 'rcs', 'tva intracommunautaire', 'n° tva', 'numéro de tva', 'tva', 'siège social', 'capital social',
  'cif', 'nif-iva', 'registro mercantil', 'domicilio social',
  'kvk', 'kvk-nummer', 'btw', 'btw-nummer', 'btw-id', 'statutaire zetel', 'handelsregister kvk',
  'p.iva', 'p. iva', 'partita iva', 'rea', 'registro delle imprese', 'registro imprese', 'cciaa', 'sede legale', 'capitale sociale',
  // charities' and associations' registers ('Registered charity 219432', 'iscritta al RUNTS', 'RNA W751234567')
  'registered charity', 'charity number', 'charity no', 'charity registration number', 'scottish charity', 'oscr', 'rna', 'répertoire national des associations',
  'registro nacional de asociaciones', 'registro de asociaciones', 'anbi', 'rsin', 'runts', 'registro unico nazionale del terzo settore',
];

/** Register abbreviations that a name scan can read as part of a name ("REA VR-123456", "England No. 0881"). */
export const REGISTRY_ABBREVIATIONS: ReadonlySet<string> = new Set(['REA', 'HRB', 'HRA', 'RCS', 'KvK', 'KVK', 'CIF', 'SIREN', 'SIRET', 'CRN', 'BTW', 'VAT', 'TVA', 'IVA', 'CCIAA', 'USt', 'USt-IdNr']);

/** Words that make an address a private one after all ("her home", "privat", "domicile"): then it always stays. */
export const PRIVATE_ADDRESS = ['home', 'private', 'residence', 'lives at', 'privat', 'wohnhaft', 'wohnt', 'privatadresse', 'domicile', 'habite', 'domicilio', 'particular', 'vive en', 'thuisadres', 'woont', 'woonadres', 'residente', 'abita', 'casa'];

/**
 * Labels that open a footer's bank line ("Bank: NatWest, sort code ...", "Bankverbindung: ...", "Banque : ...", "Datos
 * bancarios: ...", "Bankgegevens: ...", "Coordinate bancarie: ..."): under a company's register line, the company's account.
 */
export const BANK_LINE_LABELS: readonly string[] = [
  'bank', 'bank details', 'banking details', 'bankers',
  'bank', 'bankverbindung', 'bankdaten', 'kreditinstitut',
  'banque', 'coordonnées bancaires', 'domiciliation bancaire', 'domiciliation',
  'banco', 'datos bancarios', 'entidad bancaria', 'cuenta bancaria',
  'bank', 'bankgegevens', 'bankrekening',
  'banca', 'coordinate bancarie', 'appoggio bancario', 'istituto bancario',
];
