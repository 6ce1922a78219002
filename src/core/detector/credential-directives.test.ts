// Credentials in `directive value` lines of device, broker and network configuration (credential-directives.ts).
// Texts and values of our own, in the six languages' chat voices.
import { describe, expect, it } from 'vitest';
import { isFlagged } from './test-support/ask-class.js';
import { detect } from './detect.js';

const secrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));

describe('broker bridges and network gear give credentials as `directive value`', () => {
  it.each([
    ['why does the bridge drop?\nconnection site-bridge\naddress 10.1.2.3:8883\nremote_username gw7\nremote_password Qv8!tR2w#Km\ntopic t/# out 1', 'Qv8!tR2w#Km'],
    ['Switch-Konfig nach Aruba übersetzen:\nhostname sw-lager\nenable secret Hubwag3n!\nsnmp-server community Fl0rianHof RW', 'Hubwag3n!'],
    ['Switch-Konfig nach Aruba übersetzen:\nhostname sw-lager\nenable secret Hubwag3n!\nsnmp-server community Fl0rianHof RW', 'Fl0rianHof'],
    ['convertis en config Fortinet :\nhostname sw-quai\nusername exploit password 0 Expl0it-Niort', 'Expl0it-Niort'],
    ['pásalo a Mikrotik:\nhostname core-a\nusername oper privilege 15 secret 0 Op3r-Lugo', 'Op3r-Lugo'],
    ['omzetten naar Aruba:\nline vty 0 4\n password 7 0822455D0A16\n login', '0822455D0A16'],
    ['convertila per Fortigate:\nradius-server host 10.9.1.5 key R4dius!Condiviso', 'R4dius!Condiviso'],
    ['crypto isakmp key Vpn-Psk!2024 address 203.0.113.9', 'Vpn-Psk!2024'],
    ['interface Gi0/1\n ip ospf message-digest-key 1 md5 0spf!Key77', '0spf!Key77'],
    ['router bgp 65001\n neighbor 192.0.2.1 password Bgp#Peer2025', 'Bgp#Peer2025'],
    ["set system login user vyos authentication plaintext-password 'Vy0s!Lab'", 'Vy0s!Lab'],
    ['config vpn ipsec phase1-interface\n edit to-hq\n  set psksecret Fort1Psk!x\n next', 'Fort1Psk!x'],
    ['password manager user-name admin plaintext Aruba!Mgr9', 'Aruba!Mgr9'],
    ['rocommunity S3cr3tCommunity 10.0.0.0/8', 'S3cr3tCommunity'],
    ['interface dot11radio0\n wpa-psk ascii 0 W1fi!Lager', 'W1fi!Lager'],
    ['set security ike policy p1 pre-shared-key ascii-text "Ike!Psk2024"', 'Ike!Psk2024'],
    ['snmp-server user monitor grp v3 auth sha Mon1tor!Lan priv aes 128 Pr1v!Halle', 'Mon1tor!Lan'],
    ['snmp-server user monitor grp v3 auth sha Mon1tor!Lan priv aes 128 Pr1v!Halle', 'Pr1v!Halle'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it('placeholders, defaults, words, paths, hashes and commands are left alone', () => {
    for (const text of [
      'is this mosquitto.conf ok?\nlistener 8883\nallow_anonymous false\npassword_file /etc/mosquitto/passwd\ncafile /etc/mosquitto/ca.crt',
      'Doku für die Beispielkonfig:\nip addr 203.0.113.7/24\nradius secret <GEHEIM_ERSETZEN>',
      'documente :\naddress 198.51.100.20/24\npassword <A_REMPLACER>',
      'snmp-server community public RO\nsnmp-server community private RW',
      'enable secret <CHANGE_ME>\nusername admin password 0 ${ADMIN_PW}',
      'remote_password changeme\nremote_username admin',
      'service password-encryption\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0',
      'crypto key generate rsa modulus 2048',
      'passwd jdoe2',
      'the password policy: 12 characters minimum',
      'password reset link expired, what now?',
      'secret 90c1126c5620efca2668eb44 is the Mongo id',
      'enable secret cisco',
      'snmp-server user monitor grp v3 auth sha <AUTH_PW> priv aes 128 <PRIV_PW>',
      'snmp-server group grp v3 priv read v1default',
    ])
      expect(secrets(text), text).toEqual([]);
  });

  it('a request pasting such a config is refused to a remote model; its placeholder twin is not', () => {
    expect(isFlagged('il bridge cade:\nconnection plant-bridge\nremote_username linea2\nremote_password Pr3ss@!Linea2')).toBe(true);
    expect(isFlagged('il bridge cade:\nconnection plant-bridge\nremote_username linea2\nremote_password ${MQTT_PASSWORD}')).toBe(false);
  });
});
