/**
 * Words of a record of the past (past-records.ts): a parish register, a census, a passenger list, a civil register's
 * old deed. In a text whose every year is before any living person's birth, the people such a record names (and
 * their abodes then) are long dead: genealogy, not anyone's personal data. Lower case; a space stands for any run of
 * spaces; a word ending in `*` is a stem that compounds go on from ("kirchenbuch*": Kirchenbucheintrag, Kirchenbücher
 * are read by their own entries). Typed by hand from the archives' and genealogy societies' vocabulary of each language
 * (FamilySearch research wiki, Archives nationales, PARES, WieWasWie, Antenati), as of 2026-12-04.
 */
type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

export interface PastRecordWords {
  /** Registers, lists and deeds of the past, and the acts they record ("baptised", "getauft", "gedoopt"). */
  record: readonly string[];
  /** Words of living kin in a genealogy request (a DNA match, "the living", "lebt noch"): with one, nothing is dropped. */
  living: readonly string[];
}

export const PAST_RECORD_WORDS: Readonly<Record<Lang, PastRecordWords>> = {
  en: {
    record: [
      'census',
      'parish register',
      'parish registers',
      'parish records',
      'parish record',
      'baptism',
      'baptisms',
      'baptised',
      'baptized',
      'christened',
      'burial register',
      'marriage register',
      'passenger list',
      'passenger lists',
      "ship's manifest",
      'ship manifest',
      'emigrants',
      'emigrant',
      'emigration',
      'muster roll',
      'enumerator',
      'record office',
    ],
    living: ['living', 'alive', 'still lives', 'dna', 'cm'],
  },
  de: {
    record: [
      'kirchenbuch*',
      'kirchenbüch*',
      'taufbuch*',
      'taufbüch*',
      'taufregister*',
      'taufeintrag*',
      'getauft',
      'sterbebuch*',
      'heiratsregister*',
      'traubuch*',
      'passagierliste*',
      'auswanderer*',
      'auswanderung*',
      'volkszählung*',
      'seelenregister*',
      'ortsfamilienbuch*',
    ],
    living: ['lebend', 'lebende', 'lebenden', 'lebt noch', 'noch lebt', 'dna'],
  },
  fr: {
    record: [
      'recensement',
      'recensements',
      'registre paroissial',
      'registres paroissiaux',
      'acte de baptême',
      'baptisé',
      'baptisée',
      'a été baptisé',
      'acte de mariage',
      'acte de décès',
      'état civil',
      'liste des passagers',
      'émigrant',
      'émigrants',
      "l'an",
    ],
    living: ['vivant', 'vivante', 'vivants', 'en vie', 'adn'],
  },
  es: {
    record: [
      'padrón',
      'padrones',
      'censo',
      'libro de bautismos',
      'partida de bautismo',
      'partida de defunción',
      'partida de matrimonio',
      'bautizado',
      'bautizada',
      'bauticé',
      'registro parroquial',
      'libros parroquiales',
      'lista de pasajeros',
      'emigrante',
      'emigrantes',
    ],
    living: ['vivo', 'vivos', 'vivas', 'en vida', 'adn'],
  },
  nl: {
    record: [
      'doopboek*',
      'doopregister*',
      'gedoopt',
      'bevolkingsregister*',
      'volkstelling*',
      'trouwboek*',
      'begraafboek*',
      'passagierslijst*',
      'landverhuizer*',
      'emigrant',
      'emigranten',
      'overlijdensakte',
      'huwelijksakte',
      'geboorteakte',
      'ondertrouw',
    ],
    living: ['levend', 'levende', 'in leven', 'dna'],
  },
  it: {
    record: [
      'registro parrocchiale',
      'registri parrocchiali',
      'stato delle anime',
      'stati delle anime',
      'atto di battesimo',
      'battezzato',
      'battezzata',
      'baptizatus',
      'baptizata',
      'atto di nascita',
      'atto di morte',
      'censimento',
      'lista passeggeri',
      'emigrante',
      'emigranti',
    ],
    living: ['vivente', 'viventi', 'ancora in vita', 'vive ancora', 'dna'],
  },
};
