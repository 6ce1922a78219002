// An organisation's record in JSON (supplier master data, a register extract, a store a tool returns) owns its
// address, phone and mailbox keys; a service line key ("switchboard", "zentrale") is never a person's. Examples are
// made up for these tests.
import { describe, expect, it } from 'vitest';
import { classify } from './index.js';

const found = (content: string): string[] => classify([{ role: 'user', content }]).findings.map((f) => f.entity);

describe("an organisation record's own contact points are no personal data", () => {
  it.each([
    ['en', 'import this vendor:\n{"legal_name":"Thornbury Valves Ltd","company_number":"07731924","registered_office":"Unit 7, Riverside Park, Bristol BS2 0QT","switchboard":"+44 117 496 0321","accounts_email":"ledger@thornburyvalves.co.uk"}'],
    ['de', 'Bitte anlegen:\n{"firma":"Pumpenbau Görlitz GmbH","hrb":"HRB 31877","registergericht":"Amtsgericht Dresden","sitz":"Lindenweg 12, 02826 Görlitz","zentrale":"+49 3581 66210-0","email":"kontakt@pumpenbau-goerlitz.de"}'],
    ['fr', 'crée la fiche :\n{"raison_sociale":"Tuileries du Berry SARL","siret":"512 334 870 00018","siege":"12 route de Vierzon, 18100 Vierzon","standard":"02 48 71 55 90","courriel":"accueil@tuileries-berry.fr"}'],
    ['es', 'da de alta al proveedor:\n{"razon_social":"Cerámicas del Turia SL","cif":"B46871234","domicilio_fiscal":"Calle de la Industria 8, 46980 Paterna","centralita":"961 32 44 10","correo":"compras@ceramicasturia.es","registro":"RM Valencia, tomo 9012, folio 44"}'],
    ['nl', 'maak de leverancier aan:\n{"handelsnaam":"Houtbouw Drenthe B.V.","kvk":"71234590","adres":"Zuidwal 21, 9401 GK Assen","telefoon":"0592 33 41 80","email":"info@houtbouwdrenthe.nl"}'],
    ['it', 'inserisci il fornitore:\n{"ragione_sociale":"Fonderie Apuane S.p.A.","partita_iva":"IT01928370459","sede_legale":"Via Aurelia 140, 54033 Carrara (MS)","centralino":"0585 84 12 00","pec":"fonderie@pec.apuane.it"}'],
    ['en, a store from a tool', '{"sku":"4471","store":"Bramley Books, 14-16 Castle Street, Shrewsbury SY1 2BQ","in_stock":true,"phone":"01743 244 118"}'],
    ['de, a service line key alone', '{"verbindungen":[{"ab":"08:12","an":"10:40"}],"kundenservice":"030 2975 1180"}'],
  ])('%s', (_what, content) => {
    expect(found(content)).toEqual([]);
  });

  it("keeps a contact person's name, mailbox and phone, and a phone under a plain object", () => {
    expect(found('{"firma":"Pumpenbau Görlitz GmbH","ansprechpartner_vorname":"Ulrike","nachname":"Brandtner","telefon":"0171 4452108"}')).toContain('PHONE_NUMBER');
    expect(found('{"legal_name":"Thornbury Valves Ltd","email":"maria.kowalczyk@thornburyvalves.co.uk"}')).toContain('EMAIL_ADDRESS');
    expect(found('{"reason":"moving","address":"14 Larkfield Road, Leeds LS6 2BN","phone":"07700 981 442"}')).toEqual(expect.arrayContaining(['STREET_ADDRESS', 'PHONE_NUMBER']));
  });
});
