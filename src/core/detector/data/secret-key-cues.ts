// Words that make a key named in running text no live secret of the writer's (secret-prose-keys.ts): a public key's
// and a test or sandbox key's, in the six languages (lower case, accents folded). Our own choice of words.

export const KEY_CUE_NOT_OWN_WORDS =
  'public publique publico publica publiek publieke pubblica pubblico offentlich offentliche offentlicher ' +
  'test tests testing sandbox demo staging-test pruebas prueba essai essais prova prove collaudo proef ' +
  'testschlussel testsleutel documented documentation doku dokumentation documentee documentada documentata ' +
  'gedocumenteerde documentatie';
