// Directive words of device, broker and network-gear configurations that give a credential as `directive value`, with
// no '=' or ':' (credential-directives.ts). Each group's source is the syntax's own documentation: Cisco IOS command
// references ("enable secret", "username ... password", "snmp-server community", "radius-server key", "crypto isakmp
// key", "ip ospf authentication-key", "neighbor ... password"), Mosquitto's mosquitto.conf(5) bridge options, Net-SNMP's
// snmpd.conf(5), FortiOS and VyOS/EdgeOS `set` commands, ArubaOS-Switch "password manager ... plaintext". Lower case.

/** Words that name a password or shared secret on their own: the value follows them (after type or mode words). */
export const DIRECTIVE_PASSWORD_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'plaintext-password', 'psksecret', 'pre-shared-secret', 'shared-secret',
  // ArubaOS-Switch: "password manager user-name admin plaintext <value>".
  'plaintext',
]);

/** The ends of compound directive names that name a password (`remote_password`, `bridge-secret`, `auth_pass`). */
export const DIRECTIVE_PASSWORD_ENDS: readonly string[] = ['password', 'passwd', 'pwd', 'passphrase', 'secret', 'pass'];

/** Words that name a pre-shared key on their own (IPsec, Wi-Fi, routing protocol authentication). */
export const DIRECTIVE_KEY_WORDS: ReadonlySet<string> = new Set([
  'psk', 'wpa-psk', 'pre-shared-key', 'authentication-key', 'message-digest-key', 'key-string',
]);

/** SNMP community directives: the community string is the agent's password (RFC 1157; Net-SNMP's rocommunity). */
export const DIRECTIVE_COMMUNITY_WORDS: ReadonlySet<string> = new Set(['community', 'rocommunity', 'rwcommunity', 'rocommunity6', 'rwcommunity6']);

/** Words before a lone "key" that make it a server's or a tunnel's shared key ("radius-server key", "crypto isakmp key"). */
export const KEY_OWNER_WORDS: ReadonlySet<string> = new Set([
  'radius-server', 'tacacs-server', 'isakmp', 'radius', 'tacacs', 'tacacs+', 'server-private',
]);

/**
 * Words between a directive and its value that say how the value is written, not what it is: Cisco's type numbers and
 * levels, "ascii"/"hex", ArubaOS's "plaintext", Juniper's "simple-password" modes, an OSPF key id's "md5".
 */
export const DIRECTIVE_MODE_WORDS: ReadonlySet<string> = new Set([
  '0', '6', '7', 'level', 'ascii', 'hex', 'plaintext', 'cleartext', 'clear', 'unencrypted', 'plain', 'simple', 'md5', 'local', 'remote',
  // Junos "pre-shared-key ascii-text"; SNMPv3's algorithms ("auth sha <value> priv aes 128 <value>").
  'ascii-text', 'sha', 'sha-256', 'sha256', 'aes', 'aes128', 'aes256', 'des', '3des', '128', '192', '256',
]);

/** SNMPv3 user directives' password words: "snmp-server user U G v3 auth sha <value> priv aes 128 <value>" (Cisco IOS). */
export const SNMP_USER_PASSWORD_WORDS: ReadonlySet<string> = new Set(['auth', 'priv']);

/** Words that open a directive line as a command rather than a configuration (`passwd jdoe2` changes a user's password). */
export const DIRECTIVE_COMMANDS: ReadonlySet<string> = new Set(['passwd', 'sudo', 'su', 'chpasswd', 'htpasswd', 'mosquitto_passwd', 'git', 'npm', 'pip']);
