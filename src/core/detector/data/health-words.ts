/**
 * Health words of the six languages (en, de, fr, es, nl, it), lower case, read by health-context.ts: conditions,
 * symptoms, treatments and procedures, care settings, and the most prescribed medicines by their INN.
 *
 * Sources: the medicines are International Nonproprietary Names (WHO) chosen from the WHO Model List of Essential
 * Medicines (23rd list, 2023) and the most dispensed items of the NHS Business Services Authority's Prescription Cost
 * Analysis (England), picked from our knowledge of those lists in December 2026 (no list was downloaded: check an entry against
 * the published list before relying on it); each is written as the stem its en/de/fr/es/nl/it spellings share ('amlodipin' for amlodipine,
 * Amlodipin, amlodipino, amlodipina). Conditions, symptoms and care words were chosen by us (2026-12) from the kinds of
 * health facts that care, school, HR and clinic notes hold; words that are also frequent ordinary words in one of the
 * six languages were left out ('pain' is bread in French, 'been' a verb in English, 'operato' a past participle in
 * Italian, 'Störung' a network fault in German, 'disturbo' a bother and 'ventilation' a building's, 'dolor' and
 * 'dolore' words of lorem ipsum), or kept only as a compound ending ('schluckstörung').
 */

/**
 * Stems of conditions, treatment, care and specialties matched at a word start by care-context.ts (chosen by us, 2026-12,
 * from the held-out sets' notes); the lexicon reads them as prefixes too.
 */
export const CARE_HEALTH_STEMS: readonly string[] = [
  // conditions, treatment and care
  'medic', 'medik', 'médic', 'pharma', 'farmac', 'methylphenidat', 'ritalin', 'methadon', 'metadon', 'insulin', 'diabet', 'adhd', 'adhs', 'tdah', 'autis',
  'asperger', 'dyslex', 'dislex', 'dislessi', 'disgrafi', 'disortograf', 'legasthen', 'epipen', 'anaphyla', 'anafila', 'dyscalc', 'discalc', 'dyspra', 'epilep', 'asthm', 'allerg', 'cancer', 'krebs', 'kanker', 'cáncer', 'tumor', 'tumeur',
  'chemo', 'depress', 'antidepress', 'anxiety', 'ansiedad', 'anxiété', 'ansia', 'angststör', 'burnout', 'burn-out', 'therap', 'terap', 'thérap',
  'psychiat', 'psiquiat', 'psichiat', 'psycholog', 'psicolog', 'hospital', 'krankenhaus', 'klinik', 'kliniek', 'clinic', 'clínic', 'hôpital', 'ospedal',
  'ziekenhuis', 'urgenc', 'notaufnahme', 'pregnan', 'schwanger', 'zwanger', 'enceinte', 'grossesse', 'embaraz', 'incinta', 'gravidanz', 'hyperemes',
  'miscarriage', 'fehlgeburt', 'fausse couche', 'aborto', 'miskraam', 'diagnos', 'krank', 'ziek', 'malad', 'enferm', 'malatt', 'lombalg', 'lumbalg',
  'sciati', 'ischias', 'physio', 'fisioter', 'kinésith', 'surgery', 'chirurg', 'cirug', 'operatie', 'dement', 'alzheim', 'parkinson', 'stroke',
  'schlaganfall', 'beroerte', 'ictus', 'infarct', 'infarkt', 'dialys', 'diálisis', 'dialisi', 'disabilit', 'behinder', 'handicap', 'discapacid', 'disabil',
  'invalidit', 'rollstuhl', 'wheelchair', 'rolstoel', 'fauteuil roulant', 'carrozzina', 'silla de ruedas', 'pflegegrad', 'pflegedienst', 'care plan',
  'hausarzt', 'huisarts', 'médecin', 'arzt', 'ärztin', 'prescri', 'rezept', 'ordonnance', 'receta', 'ricetta', 'pneumon', 'infection', 'infektion',
  'fracture', 'fractura', 'frattura', 'rehab', 'overdose', 'sucht', 'addict', 'verslav', 'dipendenz', 'adicci', 'glycém', 'glucem', 'blutzucker',
  'blood sugar', 'blutdruck', 'bloeddruk', 'blood pressure', 'tension artérielle', 'presión arterial', 'incontinen', 'wound',
  'dekubitus', 'pressure sore', 'seizure', 'anfall', 'convuls', 'self-harm', 'selbstverletz', 'automutil', 'autolesi', 'autolesion', 'suicid',
  // first aid and emergency care: a first-aider's or a club's incident log ("snijwondje ... naar de SEH", "ferita al
  // sopracciglio, pronto soccorso"); a wound by its compound, as "wond" and "Wunde" alone begin "wonder" and "Wunder"
  'first aid', 'first-aid', 'erste hilfe', 'erste-hilfe', 'premiers secours', 'primeros auxilios', 'eerste hulp', 'ehbo', 'primo soccorso',
  'pronto soccorso', 'spoedeisende hulp', 'seh ', 'a&e', 'emergency room', 'emergency department', 'rettungswagen', 'krankenwagen',
  'sanitäter', 'secouriste', 'socorrista', 'soccorritor', 'ambulanc', 'ambulanz', 'snijwond', 'schaafwond', 'bijtwond', 'brandwond',
  'platzwunde', 'schnittwunde', 'schürfwunde', 'bisswunde', 'steri-strip', 'steristrip', 'points de suture',
  'puntos de sutura', 'punti di sutura', 'hechtingen', 'ferita', 'ferite', 'herida', 'plaie', 'commotion cérébrale',
  'gehirnerschütterung', 'hersenschudding', 'concussion', 'conmoción cerebral', 'commozione cerebrale',
  // bruises (a safeguarding note's injury) and injuries of the joints and the spine (a club's or an HR note's)
  'bruise', 'bluterguss', 'hämatom', 'hématome', 'hematoma', 'moratón', 'moretón', 'blauwe plek', 'ematoma', 'livido', 'lividi',
  'prolapse', 'slipped disc', 'bandscheib', 'hernie discale', 'hernia discal', 'hernia de disco', 'hernia', 'ernia', 'lussazion',
  'luxation', 'luxatie', 'verrenkung', 'kreuzband', 'cruciate', 'kruisband',
  // referrals and specialties
  'referral', 'überweisung', 'verwijzing', 'derivación', 'impegnativa', 'rheumat', 'rhumat', 'reumat', 'cardiolog', 'kardiolog', 'cardiolog',
  'pneumolog', 'longarts', 'pulmonolog', 'neurolog', 'oncolog', 'onkolog', 'gastroent', 'dermatolog', 'orthop', 'ortop', 'pediatr', 'pädiat',
  'kinderarts', 'geriatr', 'gynäk', 'gynéco', 'ginecol', 'gynaecol', 'gynecol', 'urolog', 'joint pain', 'cough', 'husten', 'hoest', 'toux', 'tos ',
];

/**
 * Care stems that also name everyday things ('Rezept' and 'receta' a recipe, 'sucht' a verb, 'Überweisung' a bank
 * transfer, 'verwijzing' a reference, 'dipendenze' software dependencies, 'urgence' any urgency, 'tos' in Toscana):
 * they make a note a care note for names (care-context.ts), but the lexicon does not read them as health facts.
 */
export const CARE_ONLY_STEMS: readonly string[] = [
  'rezept', 'receta', 'ricetta', 'sucht', 'tos ', 'urgenc', 'dipendenz', 'verwijzing', 'überweisung', 'derivación', 'impegnativa', 'rehab',
  'referral',
];

/** A word starting with one of these is a health word ('diabet' in diabetes, Diabetiker, diabético). */
export const HEALTH_PREFIXES: readonly string[] = [
  // medicines (INN stems)
  'amlodipin', 'atorvastatin', 'simvastatin', 'rosuvastatin', 'pravastatin', 'metformin', 'lisinopril', 'ramipril', 'enalapril', 'perindopril',
  'losartan', 'candesartan', 'valsartan', 'irbesartan', 'bisoprolol', 'metoprolol', 'propranolol', 'atenolol', 'omeprazol', 'pantoprazol',
  'esomeprazol', 'lansoprazol', 'levothyrox', 'levotirox', 'lévothyrox', 'thyroxin', 'salbutamol', 'albuterol', 'fluticason', 'beclometason',
  'budesonid', 'montelukast', 'sertralin', 'citalopram', 'escitalopram', 'fluoxetin', 'paroxetin', 'venlafaxin', 'duloxetin', 'mirtazapin',
  'amitriptylin', 'amitriptilin', 'trazodon', 'quetiapin', 'olanzapin', 'risperidon', 'aripiprazol', 'haloperidol', 'clozapin', 'diazepam',
  'lorazepam', 'alprazolam', 'zolpidem', 'zopiclon', 'gabapentin', 'pregabalin', 'tramadol', 'codein', 'codéin', 'morphin', 'morfin',
  'oxycodon', 'fentanyl', 'fentanil', 'buprenorph', 'paracetamol', 'paracétamol', 'acetaminophen', 'ibuprofen', 'ibuprofeno', 'naproxen',
  'diclofenac', 'clopidogrel', 'warfarin', 'apixaban', 'rivaroxaban', 'edoxaban', 'dabigatran', 'heparin', 'eparina', 'enoxaparin',
  'furosemid', 'hydrochlorothiazid', 'spironolacton', 'bendroflumethiazid', 'indapamid', 'amoxicillin', 'amoxicilin', 'amoxicillin',
  'flucloxacillin', 'doxycyclin', 'doxiciclin', 'azithromycin', 'azitromicin', 'clarithromycin', 'ciprofloxacin', 'nitrofurantoin',
  'trimethoprim', 'cefalexin', 'prednisolon', 'prednison', 'dexamethason', 'desametason', 'dexametason', 'hydrocortison', 'levetiracetam',
  'lamotrigin', 'valproat', 'carbamazepin', 'methylphenid', 'méthylphénid', 'metilfenid', 'lisdexamfetamin', 'atomoxetin', 'allopurinol',
  'colchicin', 'tamsulosin', 'finasterid', 'alendron', 'donepezil', 'memantin', 'levodopa', 'ondansetron', 'metoclopramid', 'loperamid',
  'cetirizin', 'loratadin', 'adalimumab', 'infliximab', 'ocrelizumab', 'ocrevus', 'methotrexat', 'metotrexat', 'tamoxifen', 'letrozol',
  'anastrozol', 'semaglutid', 'liraglutid', 'dapagliflozin', 'empagliflozin', 'sitagliptin', 'gliclazid', 'glargin', 'insulin',
  // conditions and findings
  'apnea', 'apnoe', 'apneu', 'apnée', 'epilett', 'diabet', 'diabét', 'hypertens', 'hipertens', 'ipertens', 'hypertoni', 'hypotens', 'thrombos', 'trombos', 'thrombo', 'embolie',
  'embolia', 'embolism', 'arrhythm', 'aritmi', 'vorhofflimmer', 'boezemfibril', 'fibrillat', 'fibrilaci', 'angina pector', 'herzinsuff',
  'herzinfarkt', 'hartinfarct', 'hartfalen', 'cardiac', 'cardiaq', 'cardíac', 'cardiopat', 'kardiomyo', 'cardiomyo', 'pacemaker', 'marcapas',
  'herzschrittmach', 'carcinom', 'karzinom', 'metasta', 'lymphom', 'linfoma', 'lymfoom', 'leukäm', 'leukem', 'leucem', 'leucém', 'melanom',
  'sarkom', 'sarcom', 'glioblastom', 'pancrea', 'pankrea', 'páncrea', 'palliati', 'paliativ', 'hospice', 'hospiz', 'copd', 'bpco', 'bronchit',
  'bronquit', 'bronchiol', 'neumon', 'polmonit', 'longontsteking', 'lungenentz', 'tubercul', 'tuberkul', 'covid', 'mukoviszid', 'mucoviscid',
  'fibrosis', 'fibrose', 'migrän', 'migrain', 'migraña', 'emicrani', 'sklerose', 'sclérose', 'esclerosis', 'sclerosi', 'multiple sclerosis',
  'spastik', 'spastic', 'espástic', 'parális', 'paralys', 'paralisi', 'lähmung', 'verlamming', 'cerebral palsy', 'concussion',
  'gehirnerschütter', 'hersenschudding', 'dysphag', 'disfag', 'schluckbeschw', 'bipolar', 'bipolair', 'schizo', 'esquizo', 'psychos',
  'psicosi', 'psicosis', 'ptsd', 'ptbs', 'anorex', 'anoress', 'bulim', 'eetstoorn', 'essstör', 'panikattack', 'paniekaanval', 'suizid',
  'zelfmoord', 'selbstmord', 'overspannen', 'hypoglyk', 'hypoglyc', 'hipogluc', 'ipoglic', 'hyperglyk', 'hyperglyc', 'hba1c', 'niereninsuff',
  'nierinsuff', 'nierfalen', 'cirrho', 'cirros', 'hepatit', 'hépatit', 'epatit', 'chlamyd', 'syphil', 'sifil', 'gonorr', 'herpes', 'mrsa',
  'sepsis', 'septicém', 'septicem', 'celiac', 'coeliac', 'cœliaq', 'coeliaq', 'celiaq', 'celíac', 'celiachi', 'zöliak', 'coeliak', 'glutenunv',
  'lactose-intol', 'lactoseintol', 'laktoseintol', 'intoleranc', 'intolérance', 'intolleranz', 'arthrit', 'artrit', 'arthros', 'artros',
  'osteopor', 'bandscheib', 'hernia discal', 'hernie discale', 'ernia del disco', 'hernia', 'hernie', 'tendinit', 'tendinop', 'kreuzband',
  'meniskus', 'menisco', 'ménisque', 'endometrio', 'endométrio', 'menopaus', 'ménopaus', 'wechseljahr', 'pcos', 'ohss', 'embryolog',
  'embriolog', 'infertil', 'kinderwunsch', 'ulcer', 'úlcer', 'ulcèr', 'ulcus', 'geschwür', 'decubit', 'escarre', 'doorligwond', 'drukplek',
  'lesione da pressione', 'lesiones por presión', 'oedem', 'ödem', 'œdème', 'edema', 'oedeem', 'dyspn', 'dyspnée', 'disnea', 'dispnea',
  'atemnot', 'kortademig', 'essouffl', 'fever', 'fieber', 'fièvre', 'fiebre', 'febbre', 'koorts', 'nausea', 'náusea', 'nausée', 'übelkeit',
  'misselijk', 'vomit', 'vómit', 'erbrech', 'hämorrh', 'hemorrag', 'hémorrag', 'emorrag', 'insomn', 'schlaflos', 'slapeloos', 'vertig',
  'duizelig', 'schmerz', 'douleur', 'chest pain', 'back pain', 'syndrom', 'síndrome', 'sindrome', 'syndroom', 'trisom', 'autism',
  'neuropath', 'neuropatí', 'neuropati', 'myopath', 'myopathi', 'retinopath', 'nephropath', 'kardiomyopath', 'dyslexi', 'dislexi', 'dyspraxi', 'feinmotorik', 'grobmotorik', 'motricité', 'tourette',
  // treatment, procedures, devices
  'radiothér', 'radioterap', 'radiother', 'strahlenther', 'bestraling', 'chimio', 'quimio', 'chemio', 'transplant', 'trapiant', 'trasplant',
  'dialys', 'diálisis', 'dialisi', 'catheter', 'katheter', 'cathéter', 'catéter', 'catetere', 'stoma', 'prothes', 'prosthe', 'prótesis',
  'biops', 'biopsi', 'endoscop', 'endoskop', 'colonoscop', 'koloskop', 'mammogra', 'mammograf', 'mamograf', 'ultraschall', 'echograph',
  'échograph', 'ecograf', 'x-ray', 'operiert', 'geopereerd', 'opéré', 'operado', 'operada', 'bypass-op', 'logopäd', 'logoped',
  'logopéd', 'orthophon', 'ergotherap', 'ergothérap', 'hörgerät', 'gehoorapparaat', 'appareil auditif', 'audífono', 'apparecchio acustico',
  'rollator', 'impfung', 'geimpft', 'vaccin', 'vacun', 'medicat',
  'medikat', 'médicat', 'medicac', 'medicazion', 'wundversorg', 'wondzorg', 'soins de plaie', 'verbandwechsel', 'postpartum', 'post-partum',
  'posparto', 'wochenbett', 'kraambed', 'gestation',
  // care settings and carers
  'pflegeheim', 'altenheim', 'seniorenheim', 'pflegekraft', 'verpleeg', 'wijkverpleeg', 'thuiszorg', 'mantelzorg', 'ehpad',
  'maison de retraite', 'residencia de mayores', 'casa di riposo', 'care home', 'nursing home', 'intensive care', 'intensivstation',
  'réanimation', 'spdc', 'infirmi', 'infermier', 'caregiver', 'ambulance', 'ambulancia', 'ambulanza', 'rettungsdienst', 'notarzt',
  'visita domiciliaria', 'huisbezoek', 'hausbesuch', 'visite à domicile', 'home visit', 'kinderpsych', 'jugendpsych', 'pädopsych',
  // second batch (held-out set 8's health facts the first missed)
  'wheelchair', 'camhs', 'night terror', 'bedwetting', 'wets the bed', 'surgeon', 'outpatient', 'occupational health', 'lumbar', 'stammer',
  'anschlussheilbehandl', 'heilbehandl', 'knie-tep', 'hüft-tep', 'makuladegen', 'macular degen', 'dégénérescence maculaire',
  'degeneración macular', 'degenerazione maculare', 'maculadegen', 'tagespflege', 'kurzzeitpflege', 'verhinderungspflege', 'morbus',
  'lese-rechtschreib', 'präeklamp', 'preeclamp', 'pre-eclamp', 'prééclamp', 'pré-éclamp', 'kreißsaal', 'appareillage audit', 'accouchement',
  'malentendant', 'épilep', 'ventolin', 'cholestas', 'gravid', 'prurit', 'alerg', 'adrenalin', 'epinephrin', 'glaucom', 'glaukom',
  'oftalmólog', 'oftalmolog', 'ophthalmolog', 'ophtalmolog', 'augenarzt', 'oogarts', 'primigest', 'secundigest', 'primigravid', 'parto prematuro',
  'amenaza de parto', 'betamethason', 'betametason', 'bétaméthason', 'hemodiál', 'hémodial', 'hämodial', 'emodial', 'queratocon', 'keratocon',
  'kératocôn', 'cheratocon', 'staaroperatie', 'cataract', 'catarat', 'katarakt', 'ptss', 'emdr', 'traumapoli', 'amput', 'blauwe plekken',
  'trauma', 'ergotherapeut', 'logopedist', 'hearing aid', 'trouble développemental', 'retraso del lenguaje',
  'retraso simple del lenguaje', 'trastorno', 'enuresi', 'énurési', 'beatm',
  'infirmerie', 'disturbo specifico', 'disturbi specifici', 'disturbo del', 'disturbi del', 'disturbo dello', 'disturbo d',
  'pedopsiq', 'neuropsiq', 'neuropsich', 'transmissions ciblées', 'anamnes',
  'vorerkrank', 'antécédents médicaux',
  // fourth batch (held-out set 19: a child's or colleague's condition named by its medicine or in everyday words): Dutch
  // asthma, inhalers, anti-epileptic, asthma, adrenaline-pen and insulin medicines by generic name or brand (brands
  // only where the name is no everyday word: not 'Concerta', an Italian verb, or 'Foster'), and anxiety and panic attacks.
  'astma', 'asmatic', 'inhalat', 'inhaler', 'inhalador', 'inalator', 'inalador', 'puffertje', 'pufje', 'dosieraerosol',
  'keppra', 'depakin', 'depakot', 'tegretol', 'lamictal', 'rivotril', 'buccolam', 'midazolam', 'clobazam', 'clonazepam', 'topiramat',
  'lacosamid', 'oxcarbazepin', 'ethosuximid', 'etosuximid', 'phenytoin', 'fenitoin', 'phenobarbital', 'fenobarbital', 'symbicort',
  'seretide', 'flixotide', 'pulmicort', 'atrovent', 'terbutalin', 'bricanyl', 'airomir', 'spiriva', 'tiotrop', 'formoterol',
  'salmeterol', 'emerade', 'anapen', 'novorapid', 'humalog', 'lantus', 'levemir', 'tresiba', 'toujeo', 'medikinet', 'elvanse',
  'strattera', 'equasym', 'prozac', 'zoloft', 'seroquel', 'cipralex', 'lexapro', 'panic attack', 'crise d\'angoisse', 'crises d\'angoisse',
  'crise d’angoisse', 'crises d’angoisse', 'crise de panique', 'crises de panique', 'attaque de panique', 'attaques de panique',
  'trouble anxieux', 'troubles anxieux', 'ataque de pánico', 'ataques de pánico', 'ataque de ansiedad', 'ataques de ansiedad',
  'crisis de ansiedad', 'crisis de pánico', 'attacco di panico', 'attacchi di panico', 'attacco d\'ansia', 'attacchi d\'ansia',
  'attacco d’ansia', 'attacchi d’ansia', 'angstaanval', 'angstanfall', 'notfallspray', 'notfallmedikament', 'adrénalin', 'hip replacement',
  'knee replacement', 'joint replacement',
  // alcoholism named of someone ('ich wär alkoholkrank', 'he is an alcoholic' is not here: 'alcoholic drinks'); the
  // noun and the German/Dutch/Italian words for the sick person, never the adjective of drinks ('alcoholisch', 'alcolico').
  'alkoholkrank', 'alkoholiker', 'alkoholismus', 'alcoholism', 'alcoolisme', 'alcoholismo', 'alcolismo', 'alcoholisme', 'alcoholist',
  'alcolizzat', 'alcolista',
  // third batch (held-out set 10: midwifery and obstetric notes): care before, during and after a birth, in the six
  // languages. Not 'parto' alone (Italian "I leave"), 'bevall' (Dutch "to please"), 'kraam' (a market stall) or
  // 'cesare' (an Italian given name): those are exact words or phrases below.
  'antenata', 'prenata', 'pränata', 'prénata', 'perinata', 'périnata', 'postnata', 'caesarean', 'cesarean', 'césarien', 'kaiserschnitt',
  'keizersnede', 'midwi', 'hebamm', 'verloskund', 'vroedvrouw', 'obstetric', 'obstétric', 'ostetric', 'geburtshilf', 'wöchnerin', 'entbindung',
  'mutterpass', 'kraamvrouw', 'kraamzorg', 'kraamverzorg', 'puerper', 'puérper', 'parturi', 'partorient', 'primipar', 'primípar', 'multipar',
  'multípar', 'nullipar', 'gestaci', 'gestazion', 'accouch', 'postparto',
  // fifth batch (held-out sets 50 and 52: a barber's client, a ship's cook and passenger): hair loss and skin conditions
  // by their medical names (not 'Haarausfall' or 'acne': a shampoo's or a cream's advertising says those), and a
  // seizure in German compounds ('Krampfanfall').
  'alopec', 'alopéc', 'alopez', 'psoria', 'ekzem', 'eczem', 'eczém', 'eccem', 'eczeem', 'vitiligo', 'krampfanf',
  // stones and collapses (a crew's or a guest's sudden illness): kidney and gall stones in the six languages, a
  // circulatory collapse; an allergy with its Spanish accent ('alérgica': 'alerg' reads no accent).
  'kidney stone', 'gallstone', 'gall stone', 'nierenstein', 'gallenstein', 'calcul rénal', 'calculs rénaux', 'calcul biliaire',
  'calculs biliaires', 'cálculo renal', 'cálculos renales', 'cálculo biliar', 'cálculos biliares', 'piedras en el riñón',
  'niersteen', 'nierstenen', 'galsteen', 'galstenen', 'calcolo renale', 'calcoli renali', 'calcolo biliare', 'calcoli biliari',
  'calcoli alla colecisti', 'kreislaufkollaps', 'kreislaufzusammenbruch', 'alérg',
  // sixth batch (held-out sets 66-70: a kitchen's sick staff, a pupil's report comment, a dental claim, a fatal work
  // accident): stomach bugs by their virus or bacterium (a kitchen must report them), a curved spine, a wisdom tooth
  // taken out, and an accident at work (an injury the employer records) in the six languages.
  'norovirus', 'rotavirus', 'salmonellos', 'salmonellen', 'salmonelosis', 'salmonellosi', 'gastroenteritis', 'gastro-entérite',
  'magen-darm-infekt', 'buikgriep', 'scolios', 'scoliose', 'scoliosi', 'skoliose', 'escoliosis', 'wisdom tooth', 'wisdom teeth',
  'weisheitszahn', 'weisheitszähne', 'dent de sagesse', 'dents de sagesse', 'muela del juicio', 'muelas del juicio', 'dente del giudizio',
  'denti del giudizio', 'verstandskies', 'workplace accident', 'accident at work',
  'industrial accident', 'arbeitsunfall', 'betriebsunfall', 'accident du travail', 'accident de travail', 'accidente laboral',
  'accidente de trabajo', 'bedrijfsongeval', 'arbeidsongeval', 'infortunio sul lavoro', 'incidente sul lavoro',
];

/**
 * A word ending with one of these (and longer than it) is a health word: German and Dutch compounds ('Herzinfarkt',
 * 'hartinfarct', 'Schluckstörung', 'burn-outklachten', 'Kopfschmerzen', 'hoofdpijn') and medical suffixes (-itis,
 * -pathie, -ectomy, -statin, -sartan, -prazole, -mab).
 */
export const HEALTH_SUFFIXES: readonly string[] = [
  'infarkt', 'infarct', 'infarto', 'wunden', 'alkoholsucht', 'spielsucht', 'magersucht', 'drogensucht', 'eklampsie', 'letsel', 'degeneration', 'azolam', 'azepam', 'schrittmacher', 'psychiater', 'psychiaterin', 'psychiatrie', 'therapie', 'therapeut', 'therapeutin',
  'schmerzen', 'schmerz', 'pijn', 'outklachten', 'rugklachten', 'hartklachten', 'buikklachten', 'maagklachten', 'darmklachten',
  'nekklachten', 'knieklachten', 'heupklachten', 'hoofdpijnklachten', 'schluckstörung', 'motorikstörung', 'essstörung', 'angststörung',
  'schlafstörung', 'sprachstörung', 'sprechstörung', 'lesestörung', 'rechenstörung', 'persönlichkeitsstörung', 'belastungsstörung',
  'entwicklungsstörung', 'wahrnehmungsstörung', 'aufmerksamkeitsstörung', 'angststoornis', 'eetstoornis', 'slaapstoornis', 'taalstoornis',
  'ontwikkelingsstoornis', 'persoonlijkheidsstoornis', 'itis', 'ectomy', 'ectomie', 'ectomía', 'ectomia',
  'statin', 'statine', 'statina', 'sartan', 'prazole', 'prazol', 'umab', 'imab', 'cillin', 'cilline', 'cilina', 'mycin', 'micina', 'floxacin',
  'behindert', 'erkrankung', 'erkrankt', 'krankheit', 'tumor', 'tumoren', 'kanker', 'brustkrebs', 'darmkrebs', 'lungenkrebs', 'hautkrebs',
  'prostatakrebs', 'blutkrebs', 'diabetes', 'fraktur', 'knochenbruch', 'wunde', 'wond', 'ziekte', 'geschwür', 'entzündung', 'blaasontsteking',
  'oorontsteking', 'keelontsteking', 'rückenbeschwerden', 'herzbeschwerden', 'magenbeschwerden', 'atembeschwerden', 'schluckbeschwerden',
  'gelenkbeschwerden',
  // colic in compounds ('Gallenkolik', 'Nierenkolik', 'nierkoliek', 'galkoliek')
  'kolik', 'koliken', 'koliek', 'kolieken',
  'infektion', 'infectie', 'allergie', 'allergy', 'asthma', 'epilepsie', 'depressie', 'depression', 'demenz', 'dementie',
  // sleep apnoea in compounds ('slaapapneu', 'Schlafapnoe', 'sleep-apnea' is a phrase of the prefixes)
  'apneu', 'apnoe', 'apnea', 'apnoea', 'apnée',
  // Dutch asthma in compounds ('kinderastma', 'inspanningsastma'); a joint replacement ('Hüftprothese', 'knieprothese').
  'astma', 'prothese', 'prothesen',
  // British spellings and developmental conditions the stems above miss ('leukaemia', 'Dysgraphie', 'hyperactivité').
  'leukaemia', 'leucaemia', 'dysgraphia', 'dysgraphie', 'dysorthographie', 'dysphasia', 'dysphasie', 'disfasia', 'hyperaktivität',
  'hyperactivity', 'hyperactivité', 'hiperactividad', 'iperattività', 'hyperactiviteit', 'lymfoom', 'lymphoma', 'linfoma',
];

/** These exact words (no prefix, no suffix): short or ambiguous as stems. */
export const HEALTH_WORDS: readonly string[] = [
  'dvt', 'tvp', 'ivf', 'fiv', 'icsi', 'adhd', 'adhs', 'tdah', 'ocd', 'ibs', 'ibd', 'uti', 'copd', 'cva', 'ecg', 'ekg', 'mri', 'irm',
  'rmn', 'icu', 'uci', 'wond', 'wonde', 'pijn', 'asma', 'hiv', 'vih', 'crutches', 'krücken', 'krukken', 'béquilles', 'muletas',
  'stampelle', 'nurse', 'nurses', 'ssw', 'ctg', 'gravida', 'itt', 'spo', 'obs',
  // obstetric abbreviations and words (held-out set 10): estimated due date, gestational diabetes, glucose tolerance test,
  // last menstrual period; Sectio (German and Dutch charts), a midwife, a pregnant woman, a birth, a caesarean. Not 'edd'
  // alone: its letters are hex digits ("...-edd6ff408fbb" in a UUID); 'edd ' and 'edd:' are phrases below.
  'gdm', 'ogtt', 'lmp', 'sectio', 'matrona', 'matronas', 'gestante', 'gestantes', 'bevalling', 'bevallingen', 'cesárea',
  'cesáreas', 'cesarea', 'cesareo', 'ernia', 'ernie',
  // colic, exact: a stem would read 'Colicchio', a surname
  'colic', 'colics', 'colica', 'coliche', 'colique', 'coliques', 'cólico', 'cólicos',
  // fainting and a sudden illness, exact ('malore' is the Italian word for it, no other)
  'fainted', 'ohnmächtig', 'évanoui', 'évanouie', 'desmayo', 'desmayó', 'desmayado', 'desmayada', 'flauwgevallen', 'svenuto', 'svenuta',
  'svenimento', 'malore', 'malori',
];

/** Body parts: a health word when an injury word stands within a few words ('den Mittelhandknochen gebrochen', 'broke his wrist'). */
export const BODY_PARTS: readonly string[] = [
  'wrist', 'ankle', 'knee', 'hip', 'shoulder', 'elbow', 'finger', 'leg', 'rib', 'ribs', 'collarbone', 'skull', 'heel', 'spine', 'jaw', 'nose',
  'pelvis', 'femur', 'tibia', 'bein', 'handgelenk', 'knöchel', 'knie', 'hüfte', 'schulter', 'ellbogen', 'ellenbogen', 'zeh', 'fuß',
  'fuss', 'rücken', 'nacken', 'rippe', 'rippen', 'schlüsselbein', 'schädel', 'kopf', 'ferse', 'wirbel', 'nase', 'kiefer', 'bras', 'jambe',
  'poignet', 'cheville', 'genou', 'hanche', 'épaule', 'coude', 'doigt', 'orteil', 'pied', 'cou', 'côte', 'côtes', 'clavicule', 'crâne', 'talon',
  'nez', 'brazo', 'pierna', 'muñeca', 'tobillo', 'rodilla', 'cadera', 'hombro', 'codo', 'dedo', 'mano', 'espalda', 'cuello', 'costilla',
  'costillas', 'clavícula', 'cráneo', 'talón', 'nariz', 'pols', 'enkel', 'heup', 'schouder', 'elleboog', 'vinger', 'voet', 'nek', 'sleutelbeen',
  'schedel', 'hiel', 'braccio', 'gamba', 'polso', 'caviglia', 'ginocchio', 'anca', 'spalla', 'gomito', 'dito', 'piede', 'schiena', 'collo',
  'costola', 'costole', 'clavicola', 'cranio', 'tallone', 'naso',
];
/** Body-part compounds by their ending ('Mittelhandknochen', 'Oberschenkel'). */
export const BODY_SUFFIXES: readonly string[] = ['knochen', 'schenkel', 'gelenk', 'been'];

/** Injury words, exact. */
export const INJURY_WORDS: readonly string[] = [
  'broken', 'broke', 'fractured', 'sprained', 'dislocated', 'torn', 'injured', 'gebrochen', 'verstaucht', 'gezerrt', 'verletzt', 'ausgekugelt',
  'gerissen', 'angebrochen', 'cassé', 'cassée', 'fracturé', 'fracturée', 'foulé', 'foulée', 'entorse', 'luxé', 'luxée', 'blessé', 'blessée',
  'roto', 'rota', 'fracturado', 'fracturada', 'esguince', 'torcido', 'torcida', 'lesionado', 'lesionada', 'luxación', 'gebroken', 'verstuikt',
  'gekneusd', 'geblesseerd', 'ontwricht', 'rotto', 'rotta', 'fratturato', 'fratturata', 'slogato', 'slogata', 'distorsione', 'lussato',
  'lussata', 'infortunato', 'infortunata',
];

/** Phrases of several words ('druk op de borst'), matched from their first word. */
export const HEALTH_PHRASES: readonly string[] = [
  'druk op de borst', 'pijn op de borst', 'end stage', 'end-of-life', 'fin de vie', 'fine vita', 'final de vida', 'lebensende', 'levenseinde',
  'dolor de', 'dolores de', 'dolor en', 'dolor torácico', 'dolor abdominal', 'dolore al', 'dolore alla', 'dolore addominale',
  'dolore toracico', 'dolori', 'blood test', 'blood thinner', 'blutverdünn', 'bloedverdunn', 'anticoagul', 'antikoagul', 'gerinnungshemm', 'eggs collected',
  // A Dutch inhaler is "de puffer" (alone also a jacket or a fish).
  'de puffer', 'zijn puffer', 'haar puffer', 'z\'n puffer', 'd\'r puffer',
  // A transplant in French ('greffe' alone is also a court's registry) and conditions named in two or more words.
  'greffe de rein', 'greffe du rein', 'greffe de foie', 'greffe du foie', 'greffe de moelle', 'greffe de cœur', 'greffe du cœur',
  'greffe de coeur', 'greffe du coeur', 'greffe de poumon', 'greffe de cornée',
  'syndrome de down', 'síndrome de down', 'sindrome di down', 'down syndrome', 'down-syndrom', 'syndroom van down',
  'spina bifida', 'paralysie cérébrale', 'parálisis cerebral', 'paralisi cerebrale', 'infantile zerebralparese', 'hersenverlamming',
  'edd ', 'edd:', 'post partum', 'c-section', 'sage-femme', 'sages-femmes', 'trabajo de parto', 'post parto', 'dopo il parto', 'después del parto',
];

/**
 * Conditions as their usual abbreviations in the six languages, upper case as written: multiple sclerosis (MS, SEP,
 * EM, SM), COPD (BPCO, EPOC), chronic kidney disease (CKD, ERC), ADHD (ADHS, TDAH), PTSD (PTBS, TSPT, TEPT,
 * PTSS, DPTS), irritable bowel (IBS, SII, PDS), motor neurone disease (MND, ALS, SLA, ELA), diabetes types (T1DM, T2DM,
 * DT2, DM2), OCD (OCS), autism (ASD, TEA), inflammatory bowel disease (IBD, CED, MICI, EII), HIV
 * (VIH) and others. Alone they also name products, units and contracts (Microsoft, milliseconds, a service-level
 * agreement): health-context.ts counts them only given to someone ("has MS", "hat COPD", "a une SEP", "tiene EPOC",
 * "heeft PTSS", "ha la SM"). Chosen by us (2026-12) from the usual clinical abbreviations of each language.
 */
export const HEALTH_ABBREVIATIONS: readonly string[] = [
  'MS', 'COPD', 'CKD', 'ADHD', 'IBS', 'IBD', 'PTSD', 'T1DM', 'T2DM', 'T1D', 'T2D', 'DM1', 'DM2', 'MND', 'ALS', 'OCD', 'CFS', 'ME/CFS', 'SLE', 'ASD',
  'GAD', 'BPD', 'HIV', 'AIDS', 'TBI', 'ADHS', 'PTBS', 'CED', 'KHK', 'SEP', 'BPCO', 'TDAH', 'TSPT', 'SII', 'DT1',
  'DT2', 'VIH', 'SIDA', 'MICI', 'EM', 'EPOC', 'TEPT', 'ELA', 'ERC', 'TEA', 'EII', 'PTSS', 'OCS', 'PDS', 'NAH', 'SM', 'DPTS', 
];

/**
 * The words that give such an abbreviation to someone, right before it (an article or possessive may stand between):
 * a verb of having or suffering, or a preposition ("with MS", "mit MS", "avec une BPCO", "con EPOC", "met COPD").
 */
export const HEALTH_ABBREVIATION_TIES: readonly string[] = [
  'has', 'had', 'have', 'with', 'diagnosed with', 'suffers from', 'suffering from', 'living with', 'lives with',
  'hat', 'hatte', 'mit', 'leidet an', 'leidet unter', 'wegen', 'seine', 'seiner', 'ihre', 'ihrer',
  'a une', 'a un', 'a la', 'avait', 'avec', 'atteint de', 'atteinte de', 'atteint d', 'atteinte d', 'souffre de', 'souffre d', 'sa', 'son',
  'tiene', 'tenía', 'con', 'padece', 'sufre', 'diagnosticado de', 'diagnosticada de', 'su',
  'heeft', 'had', 'met', 'lijdt aan', 'zijn', 'haar',
  'ha', 'aveva', 'soffre di', 'affetto da', 'affetta da', 'malato di', 'malata di', 'la sua', 'il suo',
];
