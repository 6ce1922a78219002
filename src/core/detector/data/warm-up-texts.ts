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

/**
 * More texts that reach the detector's less common paths (lists, placeholders, spelled digits, credentials in code and
 * on command lines, ages and roles next to names, firms, schools, products, works, ships, obfuscated e-mails, national
 * numbers and phone plans of many countries). V8 compiles each regular expression on its first use, and keeps optimising
 * only until the process holds a few MB of regexp code (TooMuchRegExpCode); a pattern that real traffic reaches first,
 * after warm-up, is compiled without optimisations for the life of the process. So warm-up reaches as many as it can.
 */
export const WARM_UP_COVERAGE_TEXTS: readonly string[] = [
  'Can you tidy this invite list? Anna, Marco and Lucía, or else Pieter, Jens und Greta; also Luc et Chloé, Pablo y Ana, ' +
    'Giulia e Matteo, Daan en Femke. The jobs fair has 40 employers including the NHS, Tesco, Siemens and Unilever; ' +
    'Arbeitgeber wie Bosch und Aldi. Sponsors, exhibitors and brands are listed on page 4.',
  'For the sample form use John Doe, Jane Smith or Max Mustermann (Erika Mustermann in German, Jean Dupont in French, ' +
    'Juan Pérez in Spanish, Mario Rossi in Italian, Jan Jansen in Dutch). These are made up, the placeholder customer for our tests.',
  'My phone number is zero seven seven double nine, four five six, triple eight two one. Meine Nummer: null eins sieben ' +
    'sieben, fünf sechs Strich acht neun. Mon numéro : zéro six, douze, trente-quatre, tiret cinquante-six. Mi número es ' +
    'seis cero cuatro, nueve nueve ocho. Il mio è tre tre otto, cinque sette. Mijn nummer is nul zes, twaalf, zeven acht.',
  'Why does this fail?\n\n```python\nimport openai, requests\nclient = openai.OpenAI(api_key="sk-proj-4fT9xQ2mLp7Rz8Kc3VbN1wYs6HdJ0aEu")\n' +
    'headers = {"Authorization": "Bearer ghp_8fK2mQ9xLp4Rz7Vc1BnW3sYt6HdJ0aEuGiXo", "X-Api-Key": "AIzaSyD4f8K2mQ9xLp4Rz7Vc1BnW3sYt6HdJ0aE"}\n' +
    'stripe_key = "sk_live_51HfK2mQ9xLp4Rz7Vc1BnW3sYt6HdJ0aEuGiXoPq"\nANTHROPIC_API_KEY = "sk-ant-api03-Xk2mQ9xLp4Rz7Vc1BnW3sYt6HdJ0aEuGi"\n' +
    'gitlab_token = "glpat-Zk2mQ9xLp4Rz7Vc1BnW3"\nshopify = "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"\nslack = "xoxb-2841-9931-Xk2mQ9xLp4Rz7Vc1"\n' +
    'SENDGRID_API_KEY=SG.Xk2mQ9xLp4Rz7Vc1BnW3sY.t6HdJ0aEuGiXoPqRsTuVwXyZ0123456789abcdefGhIj\n' +
    'GOOGLE_CLIENT_SECRET=GOCSPX-Xk2mQ9xLp4Rz7Vc1BnW3sYt6HdJ\nDB_PASSWORD=Hunter2!Summer\n' +
    'requests.post(url, json={"username": "admin", "password": "P@ssw0rd-2024", "auth": "token", "session": "abc123def456"})\n```',
  'Deploy steps:\n```bash\nmysql -u root -pS3cretRoot! -h 10.0.0.12 shop\nkeytool -importkeystore -storepass Ch4ngeIt! -keypass Ch4ngeIt!\n' +
    'curl -u admin:Adm1nPass https://api.example.com/v2/orders\npsql "postgresql://report:R3p0rt!@db.example.com/sales"\n' +
    'docker login --username deploy --password Dk8#pLm2Qz\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n' +
    'Use your TOTP seed: JBSWY3DPEHPK3PXP. 2FA backup codes 4821-9930, 1174-5502. LoRaWAN AppKey 2B7E151628AED2A6ABF7158809CF4F3C.',
  'Incident report: our foreman, Jake Miller, fell from the scaffold on Tuesday; one of our drivers, Jonathan Medina, saw it. ' +
    'Tom Baker (34), from Leeds, and Marie Dubois, 42, de Lyon, were also there. The apprentice, Kevin Hart, is 17 years old. ' +
    'Our student Lena Vogel, age 19, and the trainee, Sophie Martin, told me she is pregnant.',
  'Shopping list: Heinz soups, Cadbury chocolates, Twinings teas, Lavazza coffee, Kellogg cereal and Danone yoghurt. ' +
    'We drive from Berlin and Hamburg to Paris or Lyon, then near Rome or Milan, via Basel, and back to Amsterdam.',
  'Results: Emma Clarke came second with 12 assists; Luis Ortega was third, with 3 goals. The runner-up, Jonas Berg, had ' +
    '9 rebounds. Beethoven’s Symphony No. 5 op. 67 and Bach’s Cello Suite BWV 1007, with variations by Brahms.',
  'Meine Tochter geht auf die Grundschule am Park, mein Sohn auf das Gymnasium Nord. Ma fille est à l’école élémentaire ' +
    'Jules Ferry; mi hijo va a la escuela infantil Los Pinos; mio figlio va alla scuola elementare Dante Alighieri; ' +
    'onze zoon zit op de basisschool De Regenboog. She teaches at Hillside Primary School and St. Mary’s College.',
  'Please bump the version to 3.12.4 (versión 3.12, versione 3.12, versie 3.12). Checksum and fingerprint: ' +
    'SHA256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Correlation id ' +
    '7c9e6679-7425-40de-944b-e07fc1f90ae7, idempotency key 550e8400-e29b-41d4-a716-446655440000, registration 2024/17.',
  'We hired a Polish nurse and an Italian chef; un infirmier polonais, una enfermera española, een Nederlandse tandarts. ' +
    'Contracts with Müller Bau GmbH & Co. KG, Smith & Sons Ltd, Dupont et Fils S.A.R.L., Hijos de Pérez S.L. and Rossi & Figli S.r.l.',
  'Write to me at anna dot weber at gmail dot com, or mario [at] libero [dot] it, or jan punt de vries apenstaartje ziggo punt nl. ' +
    'Mon numéro de sécu est 1 84 12 75 123 456 78 (NIR). My National Insurance number is QQ 12 34 56 C. EIN 12-3456789, VAT number GB123456789.',
  'Call us: +1 868 555 0142, +1 (787) 555-0199, +44 800 123 4567, 0800 123 4567, +49 180 5 123456, 0137 1234567, 0900 1234567, ' +
    '+33 1 42 68 53 00, 0 800 12 34 56, +34 912 345 678, 900 123 456, +39 06 6988 4123, 800 123 456, +31 20 123 4567, 0800 0123, ' +
    '+353 1 234 5678, +41 44 668 18 00, +43 1 5131234, +32 2 123 45 67, +61 2 9876 5432, ext. 214.',
  'Dear Mr. Smith, thank you for your letter. Beste mevrouw de Vries, Sehr geehrte Frau Schneider, Chère Madame Martin, ' +
    'Estimada señora García, Gentile signora Bianchi: your file {{customer_id}} for ${user.name} was updated by %USERNAME%. ' +
    'Hi Sarah, my grandfather died in 2019; mein Opa ist 2020 gestorben; mon grand-père est décédé en 2018.',
  'The MV Northern Star (IMO 9321483, MMSI 235012345) left Rotterdam. Siemens has said its profit rose; Nestlé announced ' +
    'that its sales fell. Our HR file: performance improvement plan for Dave Collins, expediente disciplinario, colloquio di valutazione. ' +
    'The DEA registration of the prescriber and the IMEI 35-209900-176148-1 of the handset were logged.',
  'Property particulars: 3-bed semi, Immobilienanzeige, annonce immobilière, anuncio inmobiliario. Steuer-ID 12 345 678 901, ' +
    'Steueridentifikationsnummer. Card ending 4242, Visa expiry 08/27, CVV 123. Kreditkarte, carte bancaire, tarjeta, creditcard, carta.',
  'SQL: UPDATE users SET password = \'Winter2024!\' WHERE email = \'li.wei@example.com\';\n' +
    'config.ini:\n[auth]\nuser = svc_backup\npass = Bk!9zQ2r\nsecret_key = 8f14e45fceea167a5a36dedd4bea2543\nconnection: Server=db1;User Id=sa;Password=Sql!2024;\n' +
    'Logged in from 81.2.69.142; connexion depuis 2a01:cb00::1; Verbindung von 192.0.2.44.',
  'Translate into Spanish: "The chairman of the board, the chief scientific adviser and the union leader met the mayor ' +
    'in the town hall. As Chancellor of the Exchequer, she spoke about pensions; als Bundeskanzler; en tant que ministre."',
  '名前: 田中太郎, 電話 090-1234-5678. Привет, меня зовут Иван Петров. Zoë Ångström-Nüñez wrote: «Ça va?» — “Yes!” ' +
    'Her son Seán O’Brien and his friend Ewan McGregor-Fitzgerald. Nadia Kowalska, Ivan Petrović and Olafur Jónsdóttir.',
  'ID documents for the booking: my passport number is 533401372 (British passport, expires 2031), pasaporte español ' +
    'PAA123456, passeport français 19AB12345, Reisepass C01X00T47, paspoort NXC1234R5, passaporto italiano YA1234567. ' +
    'Boarding pass 0142-7788. Driving licence MORGA753116SM9IJ, Personalausweis L01X00T47, carta d’identità CA00000AA.',
  'Meet at the Tourist Information Centre by Oxford Castle, then Firenze Centro Storico and the Lyon Centre-Ville office. ' +
    'Our branches (Niederlassungen, points de vente): Leeds Contact Centre, Bristol Letting Agents, Hamburg Altstadt. ' +
    'Opening hours: Öffnungszeiten Mo-Fr 9-18; horaires d’ouverture 9h-18h.',
  'Recipe for 4:\nMix the flour and the sugar.\nBake for 25 minutes.\nServe warm with cream.',
  'Note for the carer: the key safe by the back door has code 7391; der Schlüsselkasten am Müllplatz, Code 4826; ' +
    'la boîte à clés près du portail, code 5102; la cassetta delle chiavi vicino ai bidoni, codice 6630. My API key is ' +
    '9f8e7d6c5b4a39281706f5e4d3c2b1a0 and the secret is Xk2mQ9xLp4Rz7Vc1BnW3sYt6; mein Passwort lautet Sommer2024!Kiel.',
  "Why is this dict wrong? user = {'first_name': 'Ambroise', 'nachname': 'Keller', \"email\": \"a.keller@example.org\", " +
    "'phone': 'n/a', 'notes': null, 'apellido': 'Ruiz'}\nForm: Vorname: Jürgen; Nachname: Baumann\nquery: ?prenom=Ambroise&nom=Keller",
  'Acme Widgets Ltd, registered in England No. 08812345, VAT GB123456789. Registro Mercantil de Sevilla, tomo 123, ' +
    'folio 45. REA VR-123456. KvK 12345678. HRB 12345 Amtsgericht München. SIRET 732 829 320 00074. n° SS 184127512345678 clé 12.',
  'branch,address,phone,opening_hours\nLeeds Central,12 Park Row LS1 5HD,0113 496 0000,Mo-Fr 9-17\n' +
    'York Station,3 Tanner Row YO1 6JB,01904 496 000,Mo-Sa 8-18\nmanager_name,Priya Shah\nbranch_email,york@example.co.uk',
  'What do these say? The link https://shop.example.com/search?q=red%20shoes%20size%209&sort=price%2Basc&ref=mail%2D2 ' +
    'and the header value SGVsbG8gd29ybGQsIHN0ZXAgMiBvZiAzIGRvbmUu (base64), the cookie c2Vzc2lvbiBmb3Igb25lIHVzZXI%3D, ' +
    'the bytes \\x48\\x65\\x6c\\x6c\\x6f\\x20\\x32 and the hex 48656c6c6f2c20706167652034.',
];
