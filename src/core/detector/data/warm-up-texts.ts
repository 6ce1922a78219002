/**
 * Built-in texts the gateway runs the detector on at start-up (warm-up.ts), so that V8 has optimised it before the
 * first real request. Made up for this purpose (every value is invented; no user data): chat-like requests in the six
 * languages, with and without personal data, code, configuration and logs, so every recogniser family, decoder and
 * language runs, and plain prose, the common case, is the bulk.
 */
export const WARM_UP_TEXTS: readonly string[] = [
  'Hi! Can you help me write a short note to my landlord? My name is Harriet Quayle, I live at 14 Larch Avenue, Bristol BS6 7QX, ' +
    'and the heating has been broken since Monday. You can reach me on 07700 900482 or harriet.quayle@example.org. Thanks!',
  'Please summarise this meeting: the team agreed to move the release to next Thursday, to update the onboarding guide, and to ' +
    'review the budget for the third quarter. Open questions: which vendor handles the translation, and who owns the dashboard?',
  'Patient Tomasz Wierzba, DOB 03/11/1958, MRN 77120394, was admitted with chest pain; history of type 2 diabetes, on metformin ' +
    '500 mg twice daily. NHS number 401 023 2137. Please draft the discharge letter for Dr. Okafor.',
  'Hallo, ich heiße Greta Lindqvist und wohne in der Kastanienallee 31, 10435 Berlin. Meine IBAN ist DE44 5001 0517 5407 3249 31, ' +
    'geboren am 12.08.1979. Kannst du mir helfen, einen Brief an die Krankenkasse zu schreiben? Ich habe eine Allergie gegen Penicillin.',
  'Bonjour, je m’appelle Amélie Forestier, née le 2 mars 1984 à Lyon. Mon numéro de téléphone est le 06 12 34 56 78 et mon ' +
    'adresse est 8 rue des Tilleuls, 69003 Lyon. Pourriez-vous reformuler ce courriel pour mon employeur, s’il vous plaît ?',
  'Hola, soy Joaquín Barrientos, DNI 48213756Y, vivo en Calle del Olmo 22, 3º B, 28012 Madrid. Necesito una carta para el banco: ' +
    'mi tarjeta 4532 0183 9274 6518 fue bloqueada ayer. Mi correo es joaquin.b@example.net.',
  'Hoi, kun je deze tekst verbeteren? Mijn naam is Sanne de Vries, BSN 234567892, ik woon op de Lindengracht 104, 1015 KK Amsterdam. ' +
    'Ik ben bereikbaar op +31 6 12345678. De afspraak bij de huisarts is verplaatst naar dinsdag.',
  'Ciao, mi chiamo Lorenzo Bellandi, codice fiscale BLLLNZ80A01H501U, abito in Via dei Mille 7, 50131 Firenze. ' +
    'Puoi aiutarmi a scrivere una mail al condominio? Il mio numero è 333 123 4567. Grazie mille!',
  'Here is my config, why does the connection fail?\n\n```yaml\ndatabase:\n  url: postgres://app:Xk82!pLm@db.internal:5432/orders\n' +
    '  pool: 10\nredis:\n  host: 10.20.30.40\n  password: "s3cr3t-R3dis-pass"\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n```',
  'function total(items) {\n  // sum the prices, skipping refunds\n  return items.filter((i) => !i.refund).reduce((n, i) => n + i.price * i.qty, 0);\n}\n' +
    'const order = { id: "ORD-2024-000917", sku: "SKU 884213", createdAt: "2024-05-01T10:22:31Z", version: "3.12.4" };',
  '2024-06-03T08:14:55.201Z INFO request_id=9f1c2e7a-5b4d-4e21-9a8f-0c6d7e8f9a10 path=/v1/items/8842137 status=200 latency_ms=42\n' +
    '2024-06-03T08:14:56.877Z WARN user=jmarsh@example.com ip=192.168.10.24 retry=2 trace=4bf92f3577b34da6a3ce929d0e0e4736',
  'Translate into German: "The museum opens at nine. Tickets cost twelve euros for adults and are free for children under six. ' +
    'The guided tour about the history of the harbour starts every hour from the main entrance."',
  'My SSN is 536-22-1234 and my wife Eleanor was born on July 4, 1962; our account number is 4098 2213 5567 and the routing number ' +
    '021000021. Call me at (415) 555-0132. Password: Zq8#mW2vR5tLx9. Base64 of my note: c2VjcmV0IHZhbHVlIGhlcmUgNTM2LTIyLTEyMzQ=',
  'Write a limerick about a cat who learns to play the cello, then explain the rhyme scheme and suggest three titles. ' +
    'Keep it light-hearted and suitable for children; avoid any mention of real people or places.',
];
