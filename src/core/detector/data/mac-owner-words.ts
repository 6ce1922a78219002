// Words that tie a MAC address to a person, per language, lower case (device-macs.ts reads them around each MAC).
// A MAC address is personal data when it is a person's device's (GDPR recital 30, WP29 opinion 13/2011 on
// smartphones' and Wi-Fi identifiers): someone's phone, laptop or watch, a user's, employee's, customer's or guest's
// device, a household's router, devices seen by Wi-Fi tracking. A gateway's, sensor's or PLC's in a plant log, a
// datasheet or a regex question is a machine's. Possessives count ("my phone's MAC", "sein Laptop", "la sua rete"):
// the writer or someone else owns the device; so do the words that give a device to someone ("assigned to", "zugewiesen").

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

export const MAC_OWNER_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'me', 'my', 'mine', 'our', 'his', 'her', 'hers', 'their', 'user', 'users', 'username', 'employee', 'employees', 'staff',
    'colleague', 'customer', 'customers', 'client', 'clients', 'subscriber', 'owner', 'guest', 'guests', 'visitor',
    'visitors', 'shopper', 'shoppers', 'passenger', 'passengers', 'student', 'pupil', 'patient', 'tenant', 'resident',
    'member', 'person', 'people', 'personal', 'private', 'home', 'house', 'household', 'family', 'kid', 'kids', 'child',
    'son', 'daughter', 'wife', 'husband', 'partner', 'phone', 'smartphone', 'iphone', 'android', 'mobile', 'cellphone',
    'laptop', 'notebook', 'macbook', 'desktop', 'tablet', 'ipad', 'smartwatch', 'watch', 'wearable', 'console',
    'probe request', 'probe requests', 'tracking', 'footfall', 'assigned', 'belongs', 'owned', 'issued',
  ],
  de: [
    'mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre',
    'ihrem', 'ihren', 'ihrer', 'nutzer', 'nutzerin', 'benutzer', 'benutzerin', 'mitarbeiter', 'mitarbeiterin',
    'mitarbeitende', 'kollege', 'kollegin', 'kunde', 'kundin', 'kunden', 'teilnehmer', 'besucher', 'besucherin', 'gast',
    'gäste', 'mieter', 'mieterin', 'bewohner', 'schüler', 'patient', 'patientin', 'person', 'privat', 'private', 'privates',
    'privaten', 'zuhause', 'zu hause', 'familie', 'kind', 'sohn', 'tochter', 'handy', 'smartphone', 'telefon', 'iphone',
    'laptop', 'notebook', 'tablet', 'smartwatch', 'heimnetz', 'heimrouter', 'zugewiesen', 'zugeordnet', 'gehört', 'ausgegeben',
  ],
  fr: [
    'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'leur', 'utilisateur', 'utilisatrice', 'salarié', 'salariée', 'employé',
    'employée', 'collègue', 'client', 'cliente', 'abonné', 'abonnée', 'visiteur', 'visiteurs', 'invité', 'invités', 'élève',
    'étudiant', 'patient', 'patiente', 'locataire', 'résident', 'personne', 'personnel', 'privé', 'privée', 'domicile',
    'maison', 'famille', 'enfant', 'fils', 'fille', 'téléphone', 'portable', 'smartphone', 'ordinateur portable',
    'tablette', 'montre', 'attribué', 'attribuée', 'affecté', 'affectée', 'appartient',
  ],
  es: [
    'mi', 'mis', 'su', 'sus', 'usuario', 'usuaria', 'empleado', 'empleada', 'trabajador', 'trabajadora', 'compañero',
    'compañera', 'cliente', 'abonado', 'abonada', 'visitante', 'visitantes', 'invitado', 'invitados', 'alumno',
    'estudiante', 'paciente', 'inquilino', 'residente', 'persona', 'personal', 'privado', 'privada', 'casa', 'domicilio',
    'hogar', 'familia', 'hijo', 'hija', 'móvil', 'celular', 'teléfono', 'portátil', 'tableta', 'reloj', 'asignado', 'asignada',
    'pertenece',
  ],
  nl: [
    'mijn', 'zijn', 'haar', 'hun', 'gebruiker', 'medewerker', 'werknemer', 'collega', 'klant', 'abonnee', 'bezoeker',
    'bezoekers', 'gast', 'gasten', 'leerling', 'student', 'patiënt', 'huurder', 'bewoner', 'persoon', 'privé', 'thuis',
    'woning', 'huis', 'gezin', 'kind', 'zoon', 'dochter', 'telefoon', 'mobiel', 'smartphone', 'laptop', 'tablet',
    'horloge', 'toegewezen', 'uitgegeven',
  ],
  it: [
    'mio', 'mia', 'miei', 'mie', 'suo', 'sua', 'suoi', 'sue', 'loro', 'utente', 'dipendente', 'collega', 'cliente',
    'abbonato', 'abbonata', 'visitatore', 'visitatori', 'ospite', 'ospiti', 'alunno', 'studente', 'paziente', 'inquilino',
    'residente', 'persona', 'personale', 'privato', 'privata', 'casa', 'famiglia', 'figlio', 'figlia', 'telefono',
    'cellulare', 'smartphone', 'portatile', 'tablet', 'orologio', 'assegnato', 'assegnata', 'appartiene',
  ],
};
