// Names and values for credential-file formats (credential-files.ts). Each entry's source is the format's own
// documentation (placeholders are data/secret-placeholders.ts's).

/** netrc keywords that may stand between `machine <host>` (or `default`) and `password` (GNU inetutils, "The .netrc file"). */
export const NETRC_KEYWORDS: ReadonlySet<string> = new Set(['login', 'account', 'port']);

/** Keys that say an ini section holds an account (pypirc "username"/"repository", pip.conf "index-url", rclone "type", my.cnf "user"). */
export const INI_ACCOUNT_KEYS: ReadonlySet<string> = new Set([
  'username', 'user', 'login', 'user_name', 'repository', 'index-url', 'index_url', 'extra-index-url', 'type', 'host', 'account',
]);

/** Password keys of those sections (pypirc/pip.conf "password", rclone "pass", my.cnf "password"/"passwd"). */
export const INI_PASSWORD_KEYS: ReadonlySet<string> = new Set(['password', 'passwd', 'pass', 'pwd']);

/** libpq's default port and the usual neighbours (PgBouncer 6432): a bare `host:port:db:user:password` line needs one (credential-files.ts's PGPASS_GATE spells the same list). */
export const PGPASS_PORTS: ReadonlySet<string> = new Set(['*', '5432', '5433', '5434', '5435', '5436', '6432', '25060']);

/** WordPress's authentication keys and salts in wp-config.php (developer.wordpress.org, "wp-config.php"). */
export const WORDPRESS_KEYS: ReadonlySet<string> = new Set([
  'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT',
]);
