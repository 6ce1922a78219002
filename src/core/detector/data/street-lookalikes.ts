/**
 * German common nouns (and Dutch adverbs) that end like a street ("-platz", "-weg") and take a number of their own: a slot, a seat, a
 * parking space, a place in a ranking, a way out ("Baugruppe gestört, Steckplatz 4", "Stellplatz 12", "Tabellenplatz 3",
 * "Lösungsweg 2"). addresses.ts reads no street in them. Deliberately not here: compounds that are also common street
 * names ("Schulweg", "Kirchweg", "Marktplatz", "Sportplatz", "Mühlweg").
 */
export const STREET_LOOKALIKES: readonly string[] = [
  'arbeitsplatz', 'parkplatz', 'stellplatz', 'steckplatz', 'sitzplatz', 'studienplatz', 'ausbildungsplatz', 'kitaplatz', 'krippenplatz',
  'kindergartenplatz', 'pflegeplatz', 'heimplatz', 'therapieplatz', 'liegeplatz', 'abstellplatz', 'lagerplatz', 'speicherplatz', 'startplatz',
  'tabellenplatz', 'listenplatz', 'sendeplatz', 'stammplatz', 'ranglistenplatz', 'messplatz', 'prüfplatz', 'testplatz', 'montageplatz',
  'rückweg', 'heimweg', 'umweg', 'ausweg', 'lösungsweg', 'rechtsweg', 'dienstweg', 'fluchtweg', 'rettungsweg', 'zahlungsweg', 'versandweg',
  'lieferweg', 'signalweg', 'datenweg', 'arbeitsweg', 'lernweg', 'bildungsweg',
  // Dutch adverbs on "-weg" before a number they round or qualify ("ruwweg 3 miljoen", "grofweg 20 procent", "kortweg 5")
  'ruwweg', 'grofweg', 'simpelweg', 'eenvoudigweg', 'gewoonweg', 'domweg', 'botweg', 'kortweg', 'halfweg', 'onderweg',
];
