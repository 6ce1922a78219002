// The fields a message template leaves for each recipient, per language, lower case: a bracketed one ("[First Name]",
// "[Datum]", "[fecha]", "[nome paziente]") marks the text as a template, like "{{ name }}" (template-phones.ts). Only
// these nouns: a bracketed log level or tag ("[INFO]", "[WARN]") is none.

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

export const TEMPLATE_FIELDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['name', 'first name', 'last name', 'surname', 'full name', 'date', 'time', 'day', 'appointment date', 'appointment time'],
  de: ['name', 'vorname', 'nachname', 'datum', 'uhrzeit', 'zeit', 'tag', 'termin'],
  fr: ['nom', 'prénom', 'prenom', 'date', 'heure', 'jour', 'date du rdv', 'heure du rdv'],
  es: ['nombre', 'apellido', 'apellidos', 'fecha', 'hora', 'día', 'dia'],
  nl: ['naam', 'voornaam', 'achternaam', 'datum', 'tijd', 'tijdstip', 'dag'],
  it: ['nome', 'cognome', 'data', 'ora', 'orario', 'giorno'],
};

// The recipient's own record that a filled-in template speaks of ("the callback number on your account", "die
// Rückrufnummer in Ihrem Kundenkonto", "le numéro de votre dossier"): a number it says is stored there is the recipient's.
export const RECIPIENT_RECORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['account', 'profile', 'file', 'record', 'records', 'customer account', 'booking', 'contract'],
  de: ['konto', 'kundenkonto', 'kontos', 'kundenkontos', 'profil', 'profils', 'akte', 'kundenakte', 'vertrag', 'vertrags', 'buchung', 'stammdaten'],
  fr: ['compte', 'compte client', 'profil', 'dossier', 'fiche', 'contrat', 'réservation'],
  es: ['cuenta', 'perfil', 'ficha', 'expediente', 'contrato', 'reserva'],
  nl: ['account', 'profiel', 'dossier', 'klantdossier', 'contract', 'boeking', 'gegevens'],
  it: ['account', 'profilo', 'scheda', 'pratica', 'fascicolo', 'contratto', 'prenotazione'],
};

// The sender saying it will call the recipient on the number (pattern fragments, matched case-insensitively, each
// ending right before the number's preposition): "we will ring you back on 0113 ...", "wir rufen Sie ... unter 089 ...
// zurück", "nous vous rappellerons au 01 ...", "le llamaremos al 93 ...", "wij bellen u terug op 030 ...", "la
// richiameremo al 06 ...": that number is the recipient's. An imperative to call the sender ("call us on", "Rufen Sie
// uns an", "rappelez-nous", "llámenos", "bel ons") has no such object and is the sender's line.
export const CALL_YOU_ON: Readonly<Record<Lang, readonly string[]>> = {
  en: ['(?:call|ring|phone|text|contact|reach)\\s+you(?:\\s+back)?[\\p{L}\\s]{0,30}?\\s(?:on|at)'],
  de: ['(?:(?:rufen|erreichen|kontaktieren)\\s+wir|wir\\s+(?:rufen|erreichen|kontaktieren))\\s+(?:Sie|dich|euch)[\\p{L}\\s]{0,30}?\\s(?:unter|an|auf)', 'melden\\s+wir\\s+uns\\s+bei\\s+(?:Ihnen|dir|euch)[\\p{L}\\s]{0,30}?\\s(?:unter|an|auf)'],
  fr: ['(?:vous|te)\\s+(?:rappellerons|rappellerai|rappellera|appellerons|appellerai|appellera|contacterons|contacterai|contactera|joindrons|rappeler|appeler|recontacter)[\\p{L}\\s]{0,30}?\\s(?:au|sur\\s+le)'],
  es: ['(?:le|te|les)\\s+(?:llamaremos|llamaré|llamará|contactaremos|contactaré|devolveremos\\s+la\\s+llamada|devolveré\\s+la\\s+llamada)[\\p{L}\\s]{0,30}?\\s(?:al|en\\s+el)'],
  nl: ['(?:bellen|contacteren|bereiken|sms(?:\'|’)?en)\\s+(?:we|wij)\\s+(?:u|je|jou)(?:\\s+terug)?[\\p{L}\\s]{0,30}?\\s(?:op|via)', '(?:we|wij)\\s+(?:bellen|contacteren|bereiken)\\s+(?:u|je|jou)(?:\\s+terug)?[\\p{L}\\s]{0,30}?\\s(?:op|via)'],
  it: ['(?:la|ti|vi|lo)\\s+(?:richiameremo|richiamerò|chiameremo|chiamerò|contatteremo|contatterò|richiamerà|chiamerà)[\\p{L}\\s]{0,30}?\\s(?:al|allo)'],
};
