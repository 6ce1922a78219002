// Words around a bare hex value (32 to 128 hex digits) in prose or markup, read by secret-hex.ts. Lower case,
// per language; our own choice of words.

/** A secret's noun right before a hex value makes it the secret ("the webhook secret 9f3a...", "<token>...<data>9f3a..."). */
export const HEX_SECRET_NOUNS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'token', 'secret', 'api key', 'apikey', 'api-key', 'access key', 'secret key', 'private key', 'signing key', 'auth key', 'webhook key', 'bearer',
    // LoRaWAN's root and session keys (LoRaWAN 1.0/1.1 specification), written so in every language: AES-128 keys as
    // 32 hex digits, the device's credentials on its network.
    'appkey', 'app key', 'nwkkey', 'nwk key', 'appskey', 'nwkskey', 'fnwksintkey', 'snwksintkey', 'nwksenckey',
    'application key', 'network key', 'application session key', 'network session key',
  ],
  de: ['token', 'geheimnis', 'schlüssel', 'api-schlüssel', 'zugangsschlüssel', 'geheimschlüssel', 'zugangstoken', 'anwendungsschlüssel', 'netzwerkschlüssel'],
  fr: ['jeton', 'clé', 'clef', 'clé api', 'clé secrète', 'secret'],
  es: ['token', 'clave', 'clave secreta', 'secreto'],
  nl: ['token', 'sleutel', 'api-sleutel', 'geheim', 'toegangstoken', 'toegangssleutel', 'applicatiesleutel', 'netwerksleutel'],
  it: ['token', 'chiave', 'chiave segreta', 'segreto'],
};

/**
 * Nouns that name a hex value a key but a UUID or another token an id: Azure AI services take their 32-hex-digit key as
 * the "subscription" (`SpeechConfig(subscription='...')`, the `Ocp-Apim-Subscription-Key` header; the portal's
 * "Abonnementschlüssel", "clé d'abonnement", "clave de suscripción", "abonnementssleutel", "chiave di
 * sottoscrizione"), while a subscription's id is a UUID (Azure's) or a prefixed token (Stripe's `sub_...`).
 */
export const HEX_KEY_ONLY_NOUNS: Readonly<Record<string, readonly string[]>> = {
  en: ['subscription', 'subscription key'],
  de: ['abonnementschlüssel', 'abonnement-schlüssel'],
  fr: ["clé d'abonnement", 'clé d’abonnement'],
  es: ['clave de suscripción', 'clave de suscripcion'],
  nl: ['abonnementssleutel', 'abonnementsleutel'],
  it: ['chiave di sottoscrizione', 'chiave di abbonamento'],
};

/**
 * Words that make a hex value near a secret's noun a digest or an identifier instead: a commit, a checksum, a
 * fingerprint, a signature, an id, a cache or primary key, a device's push token, an order's, cart's or page's token
 * (git SHAs, file digests, APNs device tokens and request or order UUIDs are the common hex values in pasted text).
 */
export const HEX_NOT_SECRET_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['manager', 'cache', 'primary', 'partition', 'idempotency', 'lookup', 'device', 'push', 'apns', 'fcm', 'registration', 'request', 'trace', 'correlation', 'commit', 'commits', 'git', 'sha', 'sha1', 'sha-1', 'sha256', 'sha-256', 'sha512', 'sha-512', 'md5', 'hash', 'checksum', 'digest', 'etag', 'fingerprint', 'revision', 'rev', 'blob', 'tree', 'integrity', 'signature', 'nonce', 'salt', 'id', 'uuid', 'object', 'build', 'hmac', 'public', 'order', 'cart', 'page', 'pagination', 'continuation', 'cursor'],
  de: ['gerät', 'geräte', 'bestellung', 'auftrag', 'warenkorb', 'prüfsumme', 'hashwert', 'fingerabdruck', 'signatur', 'öffentlicher', 'öffentliche'],
  fr: ['appareil', 'commande', 'panier', 'empreinte', 'somme de contrôle', 'condensat', 'révision', 'publique'],
  es: ['caché', 'pedido', 'carrito', 'primaria', 'dispositivo', 'suma de comprobación', 'huella', 'firma', 'revisión', 'pública', 'publica'],
  nl: ['apparaat', 'bestelling', 'winkelwagen', 'controlegetal', 'controlesom', 'vingerafdruk', 'handtekening', 'revisie', 'publieke'],
  it: ['primaria', 'ordine', 'carrello', 'dispositivo', 'impronta', 'firma', 'revisione', 'somma di controllo', 'pubblica'],
};
