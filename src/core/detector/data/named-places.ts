/**
 * Names that the name lists take for a person's but that name a place, a school or a shop (person-context.ts), and job
 * titles that the surname-comma-given rule takes for a surname. Lower case. Adding a language is adding an entry.
 * Source: typed by hand (2026-12-03) from the way schools, shops and industrial estates of the six countries are named
 * in their own signage and listings (school registers, pharmacy and estate directories) and from job-ad titles.
 */
export interface NamedPlaceWords {
  /**
   * A school word before a person's name that names the school ("École élémentaire Jules Ferry", "Grundschule Anna
   * Seghers", "Colegio Público Miguel Hernández"): capitalised, with a `schoolQualifier` between or at the start of a
   * line or an entry; "in der Schule Anna Weber getroffen" keeps its name.
   */
  school: readonly string[];
  /** Words between a school word and the name ("élémentaire", "primaria", "Público", "comprensivo"). */
  schoolQualifier: readonly string[];
  /** The last word of a run that makes it a shop or a practice ("Greenway Pharmacy", "Bäckerei" after a surname). */
  shop: readonly string[];
  /** The first word of a run that makes it an industrial or business estate ("Polígono ...", "Gewerbegebiet ..."). */
  estate: readonly string[];
  /** A job title the surname-comma-given rule reads as a surname ("Data Engineer, Bristol"): never one. */
  jobTitle: readonly string[];
}

export const NAMED_PLACE_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', NamedPlaceWords>> = {
  en: {
    school: ['school', 'academy', 'college', 'primary', 'high school'],
    schoolQualifier: ['primary', 'junior', 'infant', 'infants', 'secondary', 'high', 'community', 'memorial', 'catholic', 'c of e'],
    shop: ['pharmacy', 'chemist', 'chemists', 'bakery', 'butchers', 'dental', 'opticians', 'florist', 'florists', 'garage', 'surgery', 'vets', 'salon', 'barbers'],
    estate: ['industrial', 'business park', 'trading estate'],
    jobTitle: ['engineer', 'developer', 'manager', 'analyst', 'designer', 'scientist', 'consultant', 'administrator', 'architect', 'assistant', 'coordinator', 'officer', 'technician', 'accountant', 'nurse', 'teacher', 'specialist', 'lead', 'intern'],
  },
  de: {
    school: ['schule', 'grundschule', 'gymnasium', 'realschule', 'gesamtschule', 'oberschule', 'hauptschule', 'berufsschule', 'förderschule', 'mittelschule', 'volksschule'],
    schoolQualifier: ['städtisches', 'städtische', 'staatliches', 'staatliche', 'katholische', 'evangelische', 'private', 'private'],
    shop: ['apotheke', 'bäckerei', 'metzgerei', 'optik', 'zahnarztpraxis', 'praxis'],
    estate: ['gewerbegebiet', 'industriegebiet', 'gewerbepark', 'industriepark'],
    jobTitle: ['ingenieur', 'ingenieurin', 'entwickler', 'entwicklerin', 'manager', 'managerin', 'analyst', 'berater', 'beraterin', 'referent', 'referentin', 'sachbearbeiter', 'sachbearbeiterin'],
  },
  fr: {
    school: ['école', 'ecole', 'lycée', 'lycee', 'collège', 'college', 'groupe scolaire'],
    schoolQualifier: ['élémentaire', 'elementaire', 'maternelle', 'primaire', 'publique', 'privée', 'privee', 'professionnel', 'polyvalent', 'général', 'technologique'],
    shop: ['pharmacie', 'boulangerie', 'boucherie', 'optique', 'fleuriste', 'garage'],
    estate: ['zone industrielle', "zone d'activités", 'zone d’activités', "zone d'activité", 'zone artisanale', 'parc d’activités', "parc d'activités"],
    jobTitle: ['ingénieur', 'ingénieure', 'développeur', 'développeuse', 'chef de projet', 'analyste', 'consultant', 'consultante', 'technicien', 'technicienne', 'assistant', 'assistante'],
  },
  es: {
    school: ['colegio', 'escuela', 'instituto', 'ceip', 'ies', 'cp'],
    schoolQualifier: ['público', 'pública', 'publico', 'publica', 'concertado', 'concertada', 'privado', 'privada', 'de educación infantil y primaria', 'de educación secundaria', 'de primaria', 'bilingüe'],
    shop: ['farmacia', 'panadería', 'carnicería', 'óptica', 'floristería', 'taller'],
    estate: ['polígono', 'poligono', 'polígono industrial', 'parque empresarial', 'parque tecnológico', 'zona industrial', 'parque industrial'],
    jobTitle: ['ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora', 'analista', 'consultor', 'consultora', 'técnico', 'técnica', 'gestor', 'gestora'],
  },
  nl: {
    school: ['school', 'basisschool', 'lyceum', 'college', 'gymnasium', 'obs', 'cbs', 'rkbs'],
    schoolQualifier: ['openbare', 'christelijke', 'katholieke', 'rooms-katholieke', 'protestants-christelijke', 'montessori'],
    shop: ['apotheek', 'bakkerij', 'slagerij', 'opticien', 'bloemist', 'garage'],
    estate: ['industrieterrein', 'bedrijventerrein', 'bedrijvenpark', 'industriepark'],
    jobTitle: ['engineer', 'ontwikkelaar', 'manager', 'analist', 'adviseur', 'consultant', 'medewerker', 'beheerder'],
  },
  it: {
    school: ['scuola', 'liceo', 'istituto', 'istituto comprensivo', 'istituto tecnico', 'convitto'],
    schoolQualifier: ['primaria', 'secondaria', 'elementare', 'media', 'dell’infanzia', "dell'infanzia", 'statale', 'paritaria', 'comprensivo', 'scientifico', 'classico', 'linguistico', 'tecnico', 'professionale', 'artistico'],
    shop: ['farmacia', 'panetteria', 'macelleria', 'ottica', 'fioreria', 'officina'],
    estate: ['zona industriale', 'area industriale', 'zona artigianale', 'polo industriale', 'interporto'],
    jobTitle: ['ingegnere', 'sviluppatore', 'sviluppatrice', 'analista', 'consulente', 'tecnico', 'tecnica', 'responsabile'],
  },
};
