// Words of a paper's affiliation lines, per language: read by author-blocks.ts. An affiliation names where its authors
// do research: a university, an institute, a laboratory, a department or faculty, a research centre or council.
// Stems, matched case-insensitively anywhere in a word, so German and Dutch compounds count too
// ("Max-Planck-Institut", "Infektionsforschung", "onderzoeksinstituut"), and each language's inflections ("Institut",
// "Institute", "Instituut", "Instituto"). Deliberately not here: hospitals and clinics alone (a patient's ward is one
// too), schools (a pupil's), companies.

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

export const ACADEMIC_STEMS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['universit', 'institut', 'laborator', 'department', 'faculty', 'research', 'academy of sciences', 'observatory', 'school of medicine', 'college of'],
  de: ['universit', 'institut', 'hochschule', 'fakultät', 'lehrstuhl', 'laboratorium', 'forschung', 'akademie der wissenschaften', 'sternwarte'],
  fr: ['universit', 'institut', 'laboratoire', 'faculté', 'recherche', 'cnrs', 'inserm', 'inrae', 'observatoire', 'école normale supérieure', 'école polytechnique'],
  es: ['universi', 'institu', 'laboratorio', 'departamento', 'facultad', 'investigaci', 'csic', 'observatorio', 'real academia'],
  nl: ['universit', 'instituut', 'institute', 'laboratorium', 'faculteit', 'vakgroep', 'onderzoek', 'knaw', 'nwo', 'sterrenwacht', 'hogeschool'],
  it: ['universit', 'istitut', 'laborator', 'dipartimento', 'facoltà', 'ricerca', 'cnr', 'infn', 'osservatorio', 'scuola normale superiore', 'scuola superiore'],
};
