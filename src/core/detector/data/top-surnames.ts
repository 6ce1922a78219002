/**
 * The most frequent surnames of the six languages' countries, lower case, with and without accents: what makes a
 * famous person's full name also a common private person's ("John Williams", "Thomas Müller", "Paolo Rossi"), so that
 * the notable-people list (notable-people.ts, bench/notable-names.ts) leaves such names out. Chosen by us (2026-12) from
 * the published rankings, about the top 50 of each country (fewer for the smaller ones): US Census Bureau "Frequently
 * Occurring Surnames from the 2010 Census"; ONS / National Records of Scotland and the Irish CSO surname counts (GB,
 * Scotland, Ireland); the German, Austrian and Swiss telephone-directory counts as published by Deutsche Telekom,
 * Statistik Austria and the Swiss Federal Statistical Office; INSEE's "Fichier des noms" (France) and Statbel (Belgium);
 * INE "Apellidos más frecuentes" (Spain) and RENAPO's published counts (Mexico); the Meertens Instituut's Nederlandse
 * Familienamenbank (Netherlands); and the counts of Italian surnames published from the national telephone directory.
 * Facts (names and ranks), not copied text; the check was made from our knowledge of those rankings and no file was
 * downloaded in that change, so an entry's rank is not re-verified here. Dutch surnames with a particle are in
 * european-surnames.ts's PARTICLE_SURNAME_CORES (their core: "de jong" -> "jong"), read with this list.
 */
export const TOP_SURNAMES: string =
  // US, England and Wales, Scotland, Ireland
  'smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson thomas ' +
  'taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young allen king ' +
  'wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts davies evans ' +
  'edwards hughes clarke patel wood turner cooper ward morris harrison morgan james phillips watson parker price bennett ' +
  'griffiths kelly cook richardson bailey collins bell shaw murphy cox richards khan marshall simpson ellis singh stewart ' +
  'thomson macdonald reid murray ross paterson fraser mcdonald gray henderson hamilton johnston duncan graham walsh byrne ryan ' +
  "o'sullivan o'brien o'connor o'neill o'reilly doyle mccarthy gallagher lynch quinn kennedy " +
  // Germany, Austria, Switzerland
  'müller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer schaefer koch bauer richter ' +
  'klein wolf schröder schroeder neumann schwarz zimmermann braun krüger krueger hofmann hartmann lange schmitt werner ' +
  'schmitz krause meier lehmann schmid schulze maier köhler koehler herrmann könig koenig walter mayer huber kaiser fuchs ' +
  'peters lang scholz möller moeller weiß weiss jung hahn schubert gruber pichler steiner moser hofer leitner berger eder ' +
  'winkler reiter mayr wimmer egger brunner baumgartner auer binder lechner keller gerber baumann frei widmer wyss graf roth ' +
  // France, Belgium
  'bernard petit robert richard durand dubois moreau laurent simon michel lefebvre leroy roux david bertrand morel fournier ' +
  'girard bonnet dupont lambert fontaine rousseau vincent lefevre faure andré andre mercier blanc guérin guerin boyer garnier ' +
  'chevalier françois francois legrand gauthier perrin robin clément clement morin nicolas henry roussel mathieu gautier ' +
  'masson peeters janssens maes jacobs mertens willems claes goossens wouters ' +
  // Spain, Mexico
  'garcía rodríguez gonzález fernández fernandez lópez martínez sánchez pérez gómez gomez martín jiménez jimenez ' +
  'hernández ruiz díaz diaz moreno muñoz munoz álvarez alvarez romero gutiérrez gutierrez alonso navarro domínguez ' +
  'dominguez ramos vázquez vazquez gil ramírez serrano blanco molina morales suárez suarez ortega delgado castro ortiz ' +
  'rubio marín marin sanz núñez nunez iglesias medina garrido cortés cortes castillo santos lozano guerrero cano cruz ' +
  'reyes mendoza chávez chavez juárez juarez aguilar vargas guzmán guzman ' +
  // Netherlands (without a particle; those with one: PARTICLE_SURNAME_CORES)
  'jansen bakker janssen visser smit meijer mulder bos vos hendriks dekker brouwer dijkstra smits kok vermeulen schouten ' +
  'hoekstra maas verhoeven koster prins blom huisman kuipers ' +
  // Italy
  'rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti mancini costa giordano ' +
  'rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone longo gentile ' +
  "martinelli vitale lombardo serra coppola marchetti parisi villa conte ferraro ferri fabbri bianco marini grasso valentini d'angelo";
