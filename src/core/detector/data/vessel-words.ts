/**
 * Words that say a name is a ship's (vessel-names.ts). Typed by hand (2026-12) from ship registers' and port notices'
 * usage in the six languages: the prefixes written before a ship's name (motor ship, motor vessel, steamship, Royal Mail
 * Ship, His/Her Majesty's Ship, the big container lines' fleet names), and the nouns that introduce one.
 */
type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

/** Prefixes before a ship's name, as written (case-sensitive): "MS Europa", "MV Dali", "RMS Titanic", "CMA CGM Jacques Saadé". */
// Not "MY", "MT" or "ONE" (words of a text typed in capitals: "CALL MY SISTER ANNA").
export const VESSEL_PREFIXES: readonly string[] = ['MS', 'M/S', 'MV', 'M/V', 'M/Y', 'SS', 'S/S', 'RMS', 'HMS', 'HMY', 'USS', 'M/T', 'MSC', 'CMA CGM', 'Maersk', 'COSCO', 'Hapag-Lloyd'];

/** Nouns right before a ship's name, lower case ("the liner Queen Mary", "das Schiff Anna Maria", "la nave Amerigo Vespucci"). */
export const VESSEL_NOUNS: Readonly<Record<Lang, readonly string[]>> = {
  // With "the" where the noun is also a verb ("ship Anna Berg's order", "ferry Anna to school").
  en: ['the ship', 'vessel', 'liner', 'cruise ship', 'the ferry', 'tanker', 'freighter', 'container ship', 'the yacht', 'schooner', 'tall ship', 'trawler'],
  de: ['schiff', 'kreuzfahrtschiff', 'containerschiff', 'motorschiff', 'frachter', 'fähre', 'tanker', 'dampfer', 'segelschiff', 'schulschiff', 'jacht', 'yacht'],
  fr: ['navire', 'paquebot', 'cargo', 'porte-conteneurs', 'ferry', 'pétrolier', 'voilier', 'trois-mâts', 'chalutier', 'yacht'],
  es: ['buque', 'barco', 'crucero', 'portacontenedores', 'ferri', 'ferry', 'petrolero', 'carguero', 'velero', 'buque escuela', 'yate'],
  nl: ['schip', 'vrachtschip', 'containerschip', 'cruiseschip', 'veerboot', 'tanker', 'zeilschip', 'jacht'],
  it: ['nave', 'motonave', 'portacontainer', 'traghetto', 'petroliera', 'transatlantico', 'nave scuola', 'veliero', 'yacht'],
};
