import { detect, classify } from './src/core/detector/index.js';
const t = ['she was born on the 9th of July 1983 in Leeds','born on 9 July 1983','Il est né le 3 mars 1975 à Lyon','Sie ist geboren am 3. März 1975','nacido el 3 de marzo de 1975','geboren op 3 maart 1975','nato il 3 marzo 1975','nata il 3 marzo 1975','née le 1er mars 1975',
'voici le json {"prenom": "Ambroise", "ville": "Lyon"} merci','{"nombre": "Lucía", "edad": 34}','{"Vorname":"Jürgen"}','{"achternaam": "Bakker"}','{"cognome": "Rossi"}','{"first_name": "ffion"}','{"patient_name": "Ambroise Durand"}', "data = {'first_name': 'Ambroise'}", 'first_name=Ambroise&x=1'];
for (const s of t) console.log(s, '=>', detect(s).map(f=>`${f.entity}:${s.slice(f.start,f.end)}:${f.rule}`).join(', '));
console.log(JSON.stringify(classify({messages:[{role:'user',content:'here is the record {"prenom": "Ambroise", "ville": "Lyon"} please fix'}]}).findings));
console.log(JSON.stringify(classify({messages:[{role:'user',content:'{"prenom": "Ambroise", "ville": "Lyon"}'}]}).findings));
console.log(JSON.stringify(classify({messages:[{role:'tool',content:'{"result": "{\\"nombre\\": \\"Lucía\\"}"}'}]}).findings));
