/**
 * A database or broker URL whose password is its user name, on the developer's own machine
 * (`postgres://postgres:postgres@localhost:5432/dev`, `amqp://guest:guest@127.0.0.1`): the image's default account of
 * a local container, written in every `.env.example` and README; it opens nothing beyond that machine. A password that
 * differs from the user, or any other host, is a credential.
 */
const USERINFO_AT_LOCAL = /^[a-z][a-z0-9+.-]*:\/\/([^:/?#@\s]{1,64}):([^/?#@\s]{1,64})@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?=[:/?#]|$)/i;

/** Whether a URL (from its scheme) holds a local default account: user and password the same, host this machine. */
export function isLocalDefaultCredential(url: string): boolean {
  const m = USERINFO_AT_LOCAL.exec(url);
  return m !== null && m[1] === m[2];
}
