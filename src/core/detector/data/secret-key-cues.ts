// Words that make a key named in running text no live secret of the writer's (secret-prose-keys.ts): a public key's
// and a test or sandbox key's, in the six languages (lower case, accents folded). Our own choice of words.

export const KEY_CUE_NOT_OWN_WORDS =
  'public publique publico publica publiek publieke pubblica pubblico offentlich offentliche offentlicher ' +
  'test tests testing sandbox demo staging-test pruebas prueba essai essais prova prove collaudo proef ' +
  'testschlussel testsleutel documented documentation doku dokumentation documentee documentada documentata ' +
  'gedocumenteerde documentatie';

/**
 * Words before "token" that make it a payment card's or a form's token, no credential: a card token (Stripe's `tok_`,
 * a PSP's card alias) stands in for a card number and is handed to the browser by design; a CSRF token is in every
 * page. Lower case, accents folded, the six languages.
 */
export const TOKEN_CUE_NOT_SECRET_WORDS =
  'card cards payment karte karten kreditkarte zahlung zahlungs carte paiement tarjeta pago kaart betaal betaling ' +
  'carta pagamento csrf xsrf';

/**
 * Words that make a key noun a live stream's key (secret-prose-keys.ts): before it ("stream key", "Stream-Schlüssel",
 * "streamsleutel"), or after it with a preposition ("clé de stream", "clave de emisión", "chiave di trasmissione",
 * "sleutel voor de uitzending"). Whoever holds a stream key broadcasts on the owner's channel. Lower case, accents
 * folded, the six languages.
 */
export const STREAM_KEY_WORDS =
  'stream streams streaming livestream live-stream livestreaming rtmp obs ' +
  'ubertragung ubertragungs emission diffusion flux direct ' +
  'emision transmision retransmision directo ' +
  'uitzending uitzendingen ' +
  'trasmissione diretta ' +
  'youtube twitch kick vimeo restream';

