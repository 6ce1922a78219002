// What marks a property listing written for a portal, per language: the portal or listing noun that heads the copy, and
// the agency's office that takes the viewings. Typed by hand (2026-12-04) from the largest property portals of each
// language area and the words their listings use.

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

/**
 * Listing nouns and property portals that head a listing's copy before a colon ("Write Rightmove copy:", "Exposé:",
 * "Annonce SeLoger :", "Anuncio para Idealista:", "Funda-tekst:", "Annuncio per Immobiliare.it:").
 */
export const LISTING_HEADS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['rightmove', 'zoopla', 'onthemarket', 'property listing', 'listing copy', 'property particulars', 'particulars', 'zillow'],
  de: ['exposé', 'expose', 'exposétext', 'immobilienanzeige', 'wohnungsanzeige', 'inserat', 'immoscout24', 'immobilienscout24', 'immowelt', 'kleinanzeigen'],
  fr: ['annonce', 'annonce immobilière', 'seloger', 'leboncoin', "bien'ici", 'logic-immo', 'pap.fr'],
  es: ['anuncio', 'anuncio inmobiliario', 'idealista', 'fotocasa', 'habitaclia', 'pisos.com'],
  nl: ['funda', 'funda-tekst', 'fundatekst', 'woningtekst', 'woningadvertentie', 'verkoopbrochure', 'pararius', 'jaap.nl'],
  it: ['annuncio', 'annuncio immobiliare', 'immobiliare.it', 'idealista', 'casa.it', 'subito.it'],
};

/** The agency or its office that takes the calls ("viewings via our Chelmsford office", "über unser Büro"). */
export const AGENCY_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['office', 'branch', 'estate agent', 'estate agents', 'agency', 'lettings team', 'sales team'],
  de: ['büro', 'maklerbüro', 'makler', 'maklerin', 'immobilienbüro', 'geschäftsstelle', 'agentur'],
  fr: ['agence', 'agence immobilière', 'cabinet', 'bureau', 'négociateur', 'négociatrice'],
  es: ['oficina', 'inmobiliaria', 'agencia', 'agente'],
  nl: ['kantoor', 'makelaar', 'makelaarskantoor', 'makelaardij'],
  it: ['agenzia', 'agenzia immobiliare', 'ufficio', 'agente'],
};

/**
 * An owner selling or letting their own home ("my flat", "Verkaufe meine Wohnung", "je vends ma maison", "vendo mi piso",
 * "ik verkoop mijn huis", "vendo la mia casa"): that listing's address and number are a private person's. No bare "mi":
 * an English listing's "0.4 mi to station" is a distance.
 */
export const OWNER_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['my', 'mine', "i'm selling", 'i am selling', "i'm letting", 'i am letting', 'our home', 'our house', 'our flat'],
  de: ['mein', 'meine', 'meiner', 'meines', 'verkaufe', 'vermiete', 'unser haus', 'unsere wohnung'],
  fr: ['mon', 'ma', 'mes', 'je vends', 'je loue', 'notre maison', 'notre appartement'],
  es: ['mi piso', 'mi casa', 'mi vivienda', 'mi chalet', 'mi apartamento', 'mis', 'vendo', 'alquilo', 'nuestra casa', 'nuestro piso'],
  nl: ['mijn', 'ik verkoop', 'ik verhuur', 'ons huis', 'onze woning'],
  it: ['mio', 'mia', 'miei', 'mie', 'vendo', 'affitto', 'nostra casa'],
};
