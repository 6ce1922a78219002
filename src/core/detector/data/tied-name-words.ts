/**
 * Words around a full name typed in lower case that tie it to one person (tied-names.ts): "a card for sabine krüger",
 * "pour nathalie garnier de la compta", "voor lars (lars van den berg)". Lower case; chosen by us (2026-12) from the
 * ways chat requests about a colleague's, a child's or a friend's health name them. Adding a language is adding an
 * entry here.
 */
export interface TiedNameWords {
  /** Prepositions that put a request's beneficiary right after them ("a card for", "eine Karte für"). */
  forWords: readonly string[];
  /**
   * Frequent words that can follow a first name in a sentence but never are its surname: time words, pronouns, verbs,
   * conjunctions, articles and prepositions ("for anna tomorrow", "für lena und tom", "pour marie ce soir").
   */
  notSurname: readonly string[];
  /**
   * A clinical record's noun and the preposition that names its patient ("the prescription of", "la receta de"): the
   * lower-case name right after it is that patient's ("la receta de sintrom de manuel ríos").
   */
  recordOf: readonly string[];
}

export const TIED_NAME_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', TiedNameWords>> = {
  en: {
    forWords: ['for'],
    recordOf: ['prescription of', 'prescriptions of', 'medication of', 'medications of', 'referral of', 'chart of', 'results of', 'labs of', 'bloods of', 'scan of', 'dosage of'],
    notSurname: [
      'today', 'tomorrow', 'yesterday', 'tonight', 'now', 'again', 'too', 'also', 'please', 'pls', 'asap', 'soon', 'later', 'here', 'there',
      'and', 'or', 'but', 'who', 'whose', 'which', 'that', 'this', 'the', 'from', 'with', 'without', 'about', 'after', 'before', 'because',
      'since', 'until', 'when', 'while', 'has', 'had', 'have', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'must',
      'needs', 'takes', 'gets', 'got', 'said', 'says', 'told', 'just', 'still', 'only', 'very', 'really', 'next', 'last', 'every', 'each',
      'instead', 'please', 'thanks', 'thank', 'mum', 'dad', 'sister', 'brother', 'son', 'daughter', 'team', 'class', 'group',
    ],
  },
  de: {
    forWords: ['für', 'fuer'],
    recordOf: ['rezept von', 'medikation von', 'medikamente von', 'befund von', 'befunde von', 'laborwerte von', 'blutwerte von', 'überweisung von', 'arztbrief von', 'dosierung von'],
    notSurname: [
      'heute', 'morgen', 'gestern', 'jetzt', 'bald', 'später', 'noch', 'auch', 'bitte', 'danke', 'wieder', 'schon', 'immer', 'nie', 'hier',
      'und', 'oder', 'aber', 'die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'aus', 'mit', 'ohne', 'von',
      'vom', 'zum', 'zur', 'bei', 'beim', 'nach', 'vor', 'seit', 'weil', 'wenn', 'dass', 'als', 'wie', 'hat', 'hatte', 'ist', 'war', 'wird',
      'wurde', 'kann', 'muss', 'soll', 'braucht', 'nimmt', 'bekommt', 'sagt', 'nur', 'sehr', 'nächste', 'nächsten', 'jede', 'jeden', 'statt',
      'sie', 'er', 'ihr', 'ihm', 'ihn', 'uns', 'euch',
    ],
  },
  fr: {
    forWords: ['pour'],
    recordOf: ['ordonnance de', 'traitement de', 'bilan de', 'résultats de', 'analyses de', 'radio de', 'prescription de', 'posologie de', 'dossier médical de'],
    notSurname: [
      'demain', 'aujourd', 'hier', 'ce', 'cet', 'cette', 'soir', 'matin', 'maintenant', 'bientôt', 'plus', 'aussi', 'encore', 'toujours',
      'svp', 'merci', 'et', 'ou', 'mais', 'qui', 'que', 'dont', 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'avec', 'sans', 'dans',
      'sur', 'chez', 'après', 'avant', 'depuis', 'parce', 'quand', 'car', 'est', 'était', 'sera', 'a', 'avait', 'aura', 'doit', 'peut',
      'prend', 'veut', 'vient', 'dit', 'seulement', 'très', 'elle', 'il', 'lui', 'leur', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'notre',
    ],
  },
  es: {
    forWords: ['para'],
    recordOf: ['receta de', 'recetas de', 'tratamiento de', 'analítica de', 'resultados de', 'pauta de', 'medicación de', 'volante de', 'dosis de'],
    notSurname: [
      'mañana', 'hoy', 'ayer', 'ahora', 'luego', 'pronto', 'también', 'tambien', 'otra', 'vez', 'siempre', 'porfa', 'gracias', 'aquí', 'y',
      'o', 'pero', 'que', 'quien', 'cuyo', 'el', 'la', 'los', 'las', 'un', 'una', 'del', 'de', 'con', 'sin', 'en', 'desde', 'hasta', 'tras',
      'porque', 'cuando', 'es', 'era', 'será', 'está', 'estaba', 'tiene', 'tenía', 'toma', 'necesita', 'puede', 'debe', 'dice', 'solo', 'muy',
      'ella', 'él', 'le', 'les', 'su', 'sus', 'mi', 'mis', 'nuestro', 'nuestra',
    ],
  },
  nl: {
    forWords: ['voor'],
    recordOf: ['recept van', 'medicatie van', 'uitslag van', 'uitslagen van', 'bloeduitslagen van', 'labwaarden van', 'verwijzing van', 'behandeling van', 'dosering van'],
    notSurname: [
      'morgen', 'vandaag', 'gisteren', 'vanavond', 'nu', 'straks', 'later', 'ook', 'weer', 'nog', 'altijd', 'graag', 'aub', 'svp', 'bedankt',
      'hier', 'en', 'of', 'maar', 'die', 'dat', 'wie', 'het', 'een', 'met', 'zonder', 'uit', 'bij', 'naar', 'na', 'sinds', 'omdat', 'als',
      'wanneer', 'is', 'was', 'wordt', 'heeft', 'had', 'moet', 'kan', 'mag', 'neemt', 'krijgt', 'zegt', 'alleen', 'heel', 'erg', 'zij', 'ze',
      'hij', 'hem', 'haar', 'zijn', 'hun', 'ons', 'jullie', 'volgende', 'elke',
    ],
  },
  it: {
    forWords: ['per'],
    recordOf: ['ricetta di', 'terapia di', 'esami di', 'referto di', 'referti di', 'impegnativa di', 'analisi di', 'prescrizione di', 'posologia di'],
    notSurname: [
      'domani', 'oggi', 'ieri', 'stasera', 'adesso', 'ora', 'presto', 'dopo', 'anche', 'ancora', 'sempre', 'grazie', 'qui', 'e', 'o', 'ma',
      'che', 'chi', 'cui', 'il', 'lo', 'la', 'gli', 'le', 'un', 'una', 'uno', 'del', 'della', 'di', 'con', 'senza', 'in', 'da', 'dal', 'prima',
      'perché', 'quando', 'è', 'era', 'sarà', 'ha', 'aveva', 'deve', 'può', 'prende', 'vuole', 'dice', 'solo', 'molto', 'lei', 'lui', 'suo',
      'sua', 'suoi', 'mio', 'mia', 'nostro', 'nostra', 'prossimo', 'prossima', 'ogni',
    ],
  },
};
