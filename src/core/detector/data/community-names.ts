/**
 * Given names and surnames the other lists (european-names.ts, top-given-names.ts, european-surnames.ts) lack, lower case,
 * with and without accents: what a colleague, a client or a patient in the six languages' countries is called in a note.
 * Held-out sets 56-75 missed health notes about "Kev Barraclough", "Paco Expósito", "deelnemer Bas", "Arben Hoxha":
 * a nickname or a name of a community the lists left out. Chosen by us (2026-12) from our knowledge of the names in use;
 * no file was downloaded. Each entry was checked against the lower-case words of the en/de/fr/es/nl/it Hunspell
 * dictionaries (npm dictionary-* packages, the check european-names.ts was built with) and left out when it is one, except
 * a few names whose word sense is rare or foreign to the six languages ("paco", "bas", "manu", "nico", "khan"); and
 * inflected everyday words the dictionaries hold only by their stem were taken out by hand ("ans", "nati", "puri", "santi",
 * "bains", "besa"). Names of two letters are left out (too many are words or abbreviations).
 */

/** Diminutives and nicknames in everyday use in each language ("Kev", "Jupp", "Manu", "Paco", "Bas", "Beppe"). */
export const NICKNAMES: string =
  // en
  'kev kevvy micky mikey jimmy jimbo jonny petey becca kath cath gazza bazza daz dazza shaz stu freddy debs matty ' +
  'olly jacko jase jez jezza rach viv geoff tash steph stevo robbo jonno macca dougie kez kaz trev bri ' +
  // de
  'jupp hansi seppi seppl franzi lisi resi vroni moni susi steffi conny babsi basti chrissi nico heini hannes ' +
  'schorsch fritzi manni ralle ecki benni krissi sanni tini michi kalli gitti lenchen mariechen hansjürgen klausi ' +
  'sigi gerdi jockel jochen joerg lutz mecki ' +
  // fr
  'manu jojo fanfan dédé pierrot loulou bébert bebert riri fifi séb juju momo benji guigui steph domi babeth zaza ' +
  'nico tonio titou mathou didi jéjé jeje popol jipé ' +
  // es
  'paco pepín manolo manolito chema chus conchi charo merche loli pili reme toñi toño quique rafa juanjo ' +
  'josemi inma encarni maripaz tere trini goyo adri alber migue jandro bea chari meli paqui paquita fali juanma ' +
  'josete manu moncho suso pachi chencho kiko juanlu josito tomasín pedrito fonsi nines marujita mariló marilo ' +
  'carmencita chon chona ' +
  'asun cande feli conso juani marijose mariajo ' +
  // nl
  'bas sjef toos tonnie bep betje wout gerdien frits fons jos gijsje dinie riekje jopie kobus hannie pietje jetse ' +
  'hessel lammert geesje trijntje ' +
  // it
  'beppe peppe peppino tonino totò checco mimmo tano lele nicco giò gio titti lella lalla ninni ketty mariuccia ' +
  'pinuccia ninetta ninuccia turiddu saro memè cesco mino mimì nené lillo nuccio nunzio totuccio vanni';

/**
 * Given names of people of other origins who commonly live in the six languages' countries: Albanian, Balkan, Turkish,
 * Kurdish, Arabic and Maghrebi, West African, Polish, Romanian, Ukrainian and Russian, Portuguese and Brazilian, South
 * Asian, Filipino, Chinese (pinyin) and Vietnamese (with and without diacritics).
 */
export const COMMUNITY_GIVEN_NAMES: string =
  // albanian
  'arben arbën besnik blerim bujar burim dritan driton fatmir flamur gëzim gezim ilir kujtim lulzim shkëlqim ' +
  'valon valmir ylli agim artan ardit arlind edon erion liridon arianit fatos besart dardan labinot bekim shpend ' +
  'blerta drita donika elira fjolla lirie mimoza teuta vjosa valbona shqipe arjeta albana edona fatjona kaltrina ' +
  'florim hysen shaban xhevdet xhemal fitim gazmend mergim ermal erjon klodian aurela jonida ' +
  // balkan
  'dusan srđan srdjan ratko veselin zeljko emina amela edina adnan edin haris nermin mirza senad elvir almir adis ' +
  'zorica sladjana uros djordje kresimir davor ana-marija ' +
  // turkish
  'omer suleyman erkan gökhan gokhan kaan ozgur serdar tolga tuncay ugur şerife serife hanife kübra ozlem gülsüm ' +
  'gulsum hulya songul tugba cansu aynur nurcan nuray sule tulay turkan canan neslihan gülay gulay gulsen bulent ' +
  'cengiz ertugrul ilker muhammet oguz ozcan riza yakup yilmaz dogan oguzhan ' +
  // kurdish
  'azad berfin berivan rojda rojin welat hevin dilovan hejar jiyan rêber shirin şirin sirin bawer delal newroz ' +
  'rojhat ronahi rojava dîlan bêrîvan zelal viyan heval rezan soran şêrko sherko hozan arjin ' +
  // arabic
  'kareem hichem mourad khaled redouane abdelaziz nordine nourdine farid fouad djamel larbi lahcen tarek fatiha ' +
  'hanane ikram siham souad wafa asmae chaima ilham najat nezha saïda saida warda zoubida abderrahim abdelhak ' +
  'abdelilah abdeslam hamid lotfi rachad ridouan salah slimane tahar taoufik toufik zoubir mbarek mimoun boujemaa ' +
  'hamou houcine aziza batoul fadila ghizlane hakima khira lobna ouafae rkia salima zakia ' +
  // west_african
  'mamadi chukwuemeka obinna ifeanyi uche seun babajide femi segun dayo adewale funmi folake bisi chioma adaeze ' +
  'amaka nneka efua ndeye sidiki cherno lansana fodé kalilou ndiaga serigne mariatou ndèye oumy ' +
  // polish
  'bartosz przemysław przemyslaw przemek sławomir slawomir jarosław jaroslaw mirosław miroslaw wiesław wieslaw ' +
  'stanislaw tadeusz mariusz rafal gosia wioletta zaneta grażyna bożena basia bartek tomek wojtek staszek zosia ' +
  'iwona krzysiek grzesiek jurek leszek zdzisław zdzislaw bogusław boguslaw czesław czeslaw radosław radoslaw ' +
  'waldemar witold anna-maria bogumiła genowefa lucyna marzena ' +
  // romanian
  'andrei catalin dorin dragos mircea razvan madalina costică costica laurentiu lenuța lenuta luminita ' +
  // ukrainian
  'oleksiy oleksii olexandr andrii dmytro mykola mykhailo mykhaylo serhiy serhii vasyl volodymyr yaroslav yuriy ' +
  'yurii ihor oleh vitaliy vitalii artem denys anatoliy anatolii nataliya tetiana tetyana yuliia kateryna halyna ' +
  'liudmyla lyudmyla mariia olha anastasiia viktoriia valentyna nadiia sofiia daryna khrystyna zoriana solomiia ' +
  'alexey lyudmila ekaterina yekaterina lesya mykyta nazar ostap roksolana vadym valeriy yevhen yevheniia uliana ' +
  // portuguese
  'vítor hélder quim cleiton cleber kleber juliano rogério rogerio maurício reinaldo thaís thais conceição ' +
  'conceicao fátima graça lurdes daiane gislaine rosângela rosangela sueli cristiane arlindo adelino agostinho ' +
  'américo belmiro custódio domingos emídio fernão gervásio horácio lindomar teotónio ubiratã zulmira deolinda ' +
  'gertrudes idalina odete zélia ' +
  // south_asian
  'vivek pradeep prakash sandeep harpreet gurpreet manpreet jaspreet navdeep amandeep kuldeep sukhwinder baljit ' +
  'jaswinder balwinder harjit asif faisal zubair waqar shahid naveed adeel zeeshan deepa kavita sneha rekha ' +
  'parveen nasreen shabana farzana rubina samina nazia sadia fariha shazia tahira bushra rizwana mumtaz simran ' +
  'jasleen harleen navneet pritam akash ankit gaurav harish jatin naresh nitin pankaj sanjeev siddharth sumit ' +
  'uday varun aarti bhavna chitra gauri madhu mamta nandini pallavi preeti rashmi ritu sangeeta savita shalini ' +
  'shilpa shweta swati vandana asad aamir abid ahsan amjad ashraf atif fahad ghulam haider javed kashif khurram ' +
  'mudassar nadeem obaid qasim rizwan sajid shafiq shoaib tanveer wasim yasir zahid zafar afshan amna anum fozia ' +
  'hina madiha mehwish naila saima shaista sumaira uzma ' +
  // filipino
  'junjun jomar jomel jerico ronel reynaldo arnel jericho ramil jhun dodong marites maricel marivic maricar ' +
  'jovelyn analyn jenalyn liezel mylene rizza weng jhoanna efren crisanto florencio honorio jojo rodolfo romulo ' +
  'wilfredo emelita jennylyn ligaya luzviminda merlie ' +
  // chinese
  'jie jian xiaoli xiaohong zhen zhiwei zhiqiang jianhua jianguo haiyan guiying xiuying yuying xiulan lihua ' +
  'xiaoyan yifan zihan yuxuan haoran zixuan ruoxi xinyi jiahui jiayi siyu yichen peng qing xiaoling xiaomei ' +
  'xiaowei xiaojun jiawei junjie zhihao haoyu yutong shuang lijuan meiling huiling weiming guoqiang ' +
  // horn_of_africa (Eritrean, Ethiopian, Somali: asylum and refugee casework)
  'dawit yonas yohannes tesfaye tesfay mulugeta abebe tsegaye girma kidane habtom mehari tekle berhane merhawi ' +
  'biniam awet robel nahom amanuel mussie fitsum henok kibrom senait tigist almaz hiwet mebrat luwam semhar yordanos ' +
  'selam meron rahel tsehay zewdi abdirahman abdullahi abdikarim mohamud hodan hibo faduma filsan ubah ' +
  // vietnamese
  'binh cuong hieu hoà quoc quynh tuan tung viet thang hoai nghia nhat phuc thuan';

/**
 * Their surnames, read (like european-surnames.ts) only as the second word of a capitalised pair ("Arben Hoxha").
 * Surnames that the shape rules already read (-ski, -ić, -escu, -enko, -oğlu...) are mostly left out.
 */
export const COMMUNITY_SURNAMES: string =
  // albanian
  'hoxha berisha krasniqi gashi shala morina hasani kastrati bytyqi hoti kelmendi ahmeti aliu bajrami beqiri ' +
  'dervishi gjoka haxhiu hyseni ismaili jashari kryeziu kuqi limani mehmeti osmani qerimi rexhepi salihu sejdiu ' +
  'selimi shehu sylejmani tahiri thaçi thaci veseli zeqiri xhaka zeneli musliu avdiu bekteshi dushku gjini halili ' +
  'isufi lleshi marku nikolla prenga topalli uka zefi mustafaj hajdari kurti rugova demaj lushaj gjonaj prenkaj ' +
  'dedaj ndreca hoxhaj bardhi ' +
  // slovene_croatian
  'kovac zupančič zupancic kovačič kovacic potocnik kastelic žagar zagar jurić ' +
  // turkish
  'yilmaz sahin celik yildiz yildirim ozturk aydin ozdemir dogan kilic cetin koç koc ozkan simsek karataş karatas ' +
  'erdogan guler aktas unal avci ozer gunes tunç tunc cakir uçar ucar altintas demirci erdem karakaya ates güven ' +
  'guven coşkun coskun tosun yücel yucel uysal sezer akın bayram çiftçi ciftci karaca önal onal ekinci toprak ' +
  'kose genç genc güngör gungor taşkın taskin yalcin yazici sarıkaya sarikaya kocabaş ozcan kartal akgul aktürk ' +
  'oktay eroğlu eroglu kahraman karakuş isik gündüz gunduz ' +
  // maghreb
  'benali bensaid benmoussa benkirane bouzid belkacem bouazza boukhari cherif elamrani idrissi mansouri alaoui ' +
  'haddad hamdi jabri kaddour lahlou laroui mahjoub moussaoui naciri ouali saidi slimani tazi zeroual zerouali ' +
  'bennani berrada fassi benjelloun ziani amrani azzouzi bouali boudiaf brahimi daoudi khatib ghali hamidi ' +
  'hassani karimi mahdi mebarki meziane nasri rahmani sebti yousfi zidane ouahbi benabdallah bakkali bouchta ' +
  'ouardi boukili haddouchi aberkane benahmed kaddouri abdellaoui achour aouad belhadj bensalah benyoussef ' +
  'bouchareb boumediene chahid derbal djebbar ferhat gharbi hamadi jaziri kacem mokrani mekki oukacha rahal saadi ' +
  'touati zaoui trabelsi bensalem jlassi mejri hammami chebbi el-amrani el-idrissi el-mansouri el-khatib el-fassi ' +
  'el-moussaoui bouhaddou elouardi ouazzani benhaddou benchekroun lamrani messaoudi aissaoui belarbi benamar ' +
  'boudjema hadjadj khelifi lounis mammeri ouadah rezki sahraoui sellami tebboune yahiaoui zerrouki ' +
  // west_african
  'traore koné kone keita toure cissé sangaré sangare konate dembélé dembele ouattara kouassi kouamé kouame koffi ' +
  'adjei agyeman okafor okeke nwosu adeyemi ogunleye abubakar danjuma suleiman chukwu onyeka ndukwe nnaji ogbonna ' +
  'uzoma ayodele akinola oladipo olaniyan fashola sidibe doumbia soumare kouyaté kouyate tandia koroma sesay ' +
  'bangura conteh jalloh mansaray turay kargbo ' +
  // polish
  'wojcik wozniak wrobel stepien wlodarczyk cieslak kolodziej grabowska nowakowa pawełczyk pawelczyk lewandowska ' +
  'wiśniewska sadowska jaworska majewska kozłowska głowacka ziemba banas kuś ' +
  // romanian
  'lazăr şerban bălan manea sârbu mitrea rădulescu tănase ' +
  // horn_of_africa
  'gebremedhin tesfamariam woldemichael mekonnen berhe kahsay abraha gebru hagos tewolde ghebremariam haile ' +
  'tesfai kidane weldu asfaha okbazghi ' +
  // ukrainian_russian
  'melnyk oliynyk oliinyk shevchuk polishchuk bondar tkachuk moroz kovalchuk kravchuk boyko boiko kushnir hnatiuk ' +
  'romaniuk savchuk yaremchuk kostiuk lytvyn honchar marchuk ostapchuk martyniuk andriychuk melnychuk ivanov ' +
  'petrov sidorov smirnov kuznetsov popov volkov sokolov lebedev kozlov novikov morozov fedorov mikhailov ivanova ' +
  'petrova smirnova kuznetsova sokolova hrytsenko sydorenko vasylenko kuzmenko ponomarenko kovalenko bondarenko ' +
  'tkachenko kravchenko lysenko savchenko petrenko levchenko zinchenko rudenko marchenko pavlenko shevchenko ' +
  // portuguese
  'oliveira goncalves ribeiro vieira simoes araujo lourenco batista baptista nascimento cavalcanti brandão ' +
  'brandao cabral magalhaes sampaio prates viana quintela rebelo sequeira tomé valadares vasconcelos ' +
  // south_asian
  'shah singh kaur kumar sharma gupta khan hussain hussein iqbal akhtar malik chaudhry chaudhary qureshi siddiqui ' +
  'rahman begum mahmood aziz bhatti rizvi naqvi shaikh mirza anwar aslam javed latif nawaz rashid saleem yousaf ' +
  'zaman mehta desai joshi verma mishra agarwal reddy nair menon pillai iyer krishnan chatterjee banerjee ' +
  'mukherjee dutta chopra kapoor khanna malhotra sethi bhatia sandhu dhillon sidhu grewal johal sahota virdi ' +
  'bajwa cheema randhawa atwal chahal dhaliwal sangha thind uppal pandey tiwari yadav chauhan rajput thakur ' +
  'agrawal bhatt trivedi pandya parikh nayak hegde shetty kamath perera jayasinghe wickramasinghe ranasinghe ' +
  'rajapaksa hossain chowdhury uddin miah ahmad ' +
  // filipino
  'aquino delacruz dela-cruz manalo dizon tolentino macaraeg magbanua panganiban pangilinan lacson dimaculangan ' +
  'dimaano mallari manalastas maglaya galang dimaguiba sison tabora lualhati bernabe ' +
  // chinese
  'wang zhang liu chen huang zhao zhou guo gao luo zheng liang xie deng cheng peng xiao jiang shen zhong wong ' +
  'chan cheung leung chiu tsang kwok yip fung siu zhu qian ' +
  // vietnamese
  'nguyễn trần tran phạm hoàng hoang huỳnh huynh phan đặng bùi dương duong trịnh trinh đinh dinh vương vuong đoàn ' +
  'doan trương truong lưu luu quách quach châu chau kiều kieu lương luong';
