// Values a connection string's password holds in samples and logs besides data/secret-placeholders.ts's words: Oracle's
// sample schema password ("scott"/"tiger"), and words for "no password here" a driver log or a redacting tool prints.
// Lower case, space-separated, our own choice of words.
export const CONNECTION_PLACEHOLDERS =
  'tiger empty blank none null nil hidden masked omitted removed unset secret geheim secreto segreto geheimnis';
