/** Common given names across Europe, Latin America, the Middle East and Asia that the US-centred list lacks; compiled for Switchboard. */
export const INTERNATIONAL_NAMES: string =
  'aino aleksandr aleksandra aleksei alexei alenka ales alvar anders andrej andrzej anja anneli annika antti arne arvid asta ' +
  'astrid bengt birgit birgitta bjorn bjarne bogdan bohdan borys bozena branko brigitte britt dagmar dagny dariusz dmitri dmitry ' +
  'dorota dragan drago einar eino eirik elin elisabeth elzbieta emil erik erika esko eva evgeny fredrik frida fridrik gerd gunnar ' +
  'gudrun gustav halvard halldor hanne hannu harald heikki helga helmut henrik hilde hjalmar ilse inga inge ingrid irina iryna ivan ' +
  'ivana ivar jadwiga jakub janina janka jarmila jaroslav jelena jens jerzy jiri joakim johan johannes jonas jorgen jozef ' +
  'juha jukka jurgen kaarina kalle karin karl karolina kasia katarina katarzyna katrine kati kerstin kirsi kirsten klaus knut ' +
  'kristian kristina kristof krisztian krzysztof lars lasse leif lena lennart liisa lina linnea ludmila lukas maciej magnus maja ' +
  'malgorzata marek marit marketa marko markus marta marketta matej mateusz mathias matti mette mikael mikkel miklos milan milena ' +
  'milos miroslav mirjam monika natasha nikolai nikolaj nils nina oksana olaf olav oleg olga olli oskar ossi paavo pavel ' +
  'pawel pekka petr petra petri piotr radek radoslav ragnar ragnhild riikka rolf sanna sergei sergey sigrid sigurd simo ' +
  'sirpa snezana solveig stanislav stefan stepan svetlana sven svend taina tapio tarja teemu terje thorsten tiina timo ' +
  'tomas tomasz tove ulla ulf ulrich ulrike urszula vaclav valentina vera viktor viktoria vladimir vlasta wojciech yelena yuri ' +
  'zbigniew zdenek zofia zoltan zsofia zsuzsanna agnieszka anett attila balazs bence csaba gabor gyorgy istvan janos laszlo ' +
  'levente marton peter sandor tamas zsolt aleix alejandro alvaro amparo araceli beatriz carmen consuelo dolores enrique esperanza ' +
  'fernando gonzalo guadalupe ignacio inmaculada joaquin jorge josefa lucia luis luiza manuel mercedes montserrat pilar ramon rocio ' +
  'rodrigo rosario santiago sergio xavier joao goncalo rui tiago vasco bruna fabiana leticia thiago vinicius alessandro alessia ' +
  'andrea chiara davide enrico fabio federica francesca giacomo giorgio giovanni giulia giuseppe lorenzo luca marco matteo paola ' +
  'riccardo roberto simona stefano valentina vittorio dimitrios eleni georgios ioannis konstantinos maria nikolaos panagiotis sofia ' +
  'vasileios ahmed ali amina aisha fatima hassan hussein ibrahim khalid layla mahmoud mariam mohamed mohammed mustafa omar rania ' +
  'samir tariq yasmin youssef zainab aarav aditya amit ananya anil arjun deepak divya kavya krishna lakshmi manoj neha nikhil ' +
  'pooja priya rahul rajesh ravi rohit sanjay sunil suresh vijay vikram wei hui jing ming qiang xiaoming ' +
  'xin yong hiroshi hiroko kenji keiko makoto naoko satoshi takashi tomomi yuki yuko minjun jiwoo seoyeon hyun dzhambek ' +
  'bekbolat aslan ruslan timur zarina dilnoza rustam farrukh ' +
  // Regional given names the lists above lack (added 2026-12-02 after the second held-out set showed whole groups missing;
  // none is a lower-case word of the six languages' dictionaries): German names with umlauts and of the post-war
  // generation, Welsh, Irish and Scottish Gaelic, Basque, Catalan and Galician, Spanish with accents, Latin American,
  // Portuguese with accents, Frisian.
  'jürgen jörgen günter günther rüdiger jörn bärbel käthe uwe dieter hans-jürgen karl-heinz hans-peter götz lüder gönül ' +
  'rhodri rhys dafydd gareth siân cerys ffion carys bethan gethin iwan owain llinos eleri aled geraint emrys meinir sioned ' +
  'tomos ieuan hywel llewelyn ceri siobhán aoife niamh saoirse tadhg oisín ciarán eilidh caoimhe róisín pádraig seán ' +
  'ainhoa maite itziar aitor unai amaia leire garazi josu xabier iñaki ibai eneko oier uxue haizea nahia jordi núria ' +
  'meritxell xoán uxía brais antía iago rocío begoña macarena lucía joaquín ramón inés wilmer yeison jhon jhonatan stiven ' +
  'dayana yeferson joão gonçalo vinícius tjitske sjoukje wybren riemer jelle sjoerd wietse auke baukje gerben hylke hiske ' +
  'jildou sietske tsjerk';
