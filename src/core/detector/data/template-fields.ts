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
