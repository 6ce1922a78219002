/**
 * Given names from 35 locales of @faker-js/faker 10.6.0 (MIT; see NOTICE.md): European, Turkish, West African,
 * South Asian and Vietnamese names that the US-centred list lacks. Built once, not at run time: names that are also
 * lower-case words in the en/de/fr/es/nl/it Hunspell dictionaries (npm dictionary-* packages) were left out, as were
 * names already in well-known-names.ts or international-names.ts, and a few place and brand names.
 */
export const EUROPEAN_NAMES: string =
  'aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aaliyah aalok aaltje aamod aanand aanandaswarup ' +
  'aanandinii aanjaneya aanuoluwapo aaratrika aarya aaryan aarón aasa aasha aashritha aatmaj aatmaja aatreya aayushmaan ' +
  'aayushman abadon abak abaka abakan abakay abani abar abay abayomi abbondanzio abbondio abd abdallah abdel abdelkader ' +
  'abdellah abderrahmane abdon abdone abdonie abdou abdoul abdoulaye abdourahmane abdramane abdul abe abebi abeiku ' +
  'abelard abelardo abele abelin abeline abena abendam abeni abenzio abhaidev abhaya abhirath abhisyanta abibatou abibo ' +
  'abidin abigaelle abigaël abigaëlle abigaïl abigél abimbola abiodun abiola abiona abisola abisoye abluç abosede abou ' +
  'aboubacar aboubakar abrahám abramio abramo absalon absolon absolón aby abyasa abélard abı abılay abşar acace acacie ' +
  'acacio acar acario acaryatanaya accursio achaire achalesvara acharyanandana acharyasuta achil achiles achille achim ' +
  'achintya achraf achyut acilia acilio aciscolo acrisio acun adalan adalard adalardo adalbald adalbaude adalbert ' +
  'adalberta adalberto adalbéron adaldı adalfredo adalgisa adalgiso adalmış adalric adalrico adalsinde adama adamo adar ' +
  'adaugo adaş adberilgen addo adea adebankole adebiyi adebola adebowale adeboye adebukola adedaramola adedayo adedeji ' +
  'adedoyin adegoke adegrin adegrine adekitan adekola adekunle adelajda adelardo adelasia adelaïde adelberto adelchi ' +
  'adeleke adelfo adelgardo adelie adelin adelmo adeltrude adelya aden adenet adenike adeniyi adeodato adeola adeolu ' +
  'adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo adetoke adetoun adeyi adheesh adhiarja adhiraj adhrit ' +
  'adhémar adiarja adib adigun adika adikara adikavi adil adile adin adinata adinath aditeya adityanandan adityanandana ' +
  'adja adlı adlıbeğ adnân adolf adolfa adolfo adolfína adolphe adolphie adonise adraman adrastée adrehilde adriaan ' +
  'adriano adriena adrijana adrione adripathi adrián adriána adsız adunni advaya adwitiya adwoa adél adéla adélaïde ' +
  'adélie adéodat adıgüzel adık adıkutlu adıkutlutaş affan afi afia afitap afolarin afonso afra afua afşar afşin afşın ' +
  'agabio agamennone agapet agapito agasti agastya agathange agathe agathon agaton agazio agenore agesilao agilbert ' +
  'agilberte aglae aglaia aglaja aglaé agnan agnane agneflète agnesa agnese agneta agneya agnimitra agniprava agnivesh ' +
  'agnos agnès agostina agostino agrata agrippa agrippin agrippine agrypina agus agáta agâh ahalya ahenk ahilya ahlem ' +
  'ahmet ahsen aiace aicha aidan aidano aiden aimone aimée aina ainārs aishani aissatou aisyah ajala ajan ajana ajani ' +
  'ajda ajeet ajeng ajiman ajimat ajimin ajiono ajit ajla ajlin ajna ajoke akalp akande akanmu akanni akarsana akata ' +
  'akaş akbatur akbay akbaş akboğa akbudak akbulak akbuğra akbörü akdemir akdoğan akinkunmi akinlabi akinwale akkun ' +
  'akkunlu akkurt akkuş akofa akorfa akos akosua akpıra akram akroor aksel akshainie akshaj akshat akshata ' +
  'akshayakeerti akshita aksil aksungur aktan aktekin aktimur akua akula akumaa akunna akvelīna akwasi akwesi akça ' +
  'akçakoca akçora akı akıbudak akım akın akıner akınçı alaba alaban alabörü aladağ alade aladino aladoğan alain ' +
  'alakurt alamanno alambana alamu alara alarico alassane alayunt alayuntlu alaïs alban albane albena alberico alberte ' +
  'albertýna albertīne alboino albrico albérade albéric albín albína alceo alceste alcibiade alcide alcidie alcime ' +
  'alcina alcine alcyone aldegonde aldemir aldo aldobrando aldonce aldoğan aldric aldıgerey aleandro aleardo aleaume ' +
  'alec aleksa aleksandar aleksander aleksej aleksi aleksy alemka alen alenia aleodor aleramo alessa alessio aleth ' +
  'alexandr alexandre alexandrea alexandrina alexandrine alexandros alexandru alexane alexanne alexe alexej aleyna aleš ' +
  'aleška alfio alfons alfonsa alfonz alfredo alfréd alfréda alfrēds algiso algu alican alicja alienor aliette ' +
  'alighiero alika alima alin aliou alioune alis alissia alistair alixe aliya alizee aliénor alişan alişir aljaž aljoša ' +
  'alka alkabölük alkaevli alkan alkaşı alkış alliaume almerigo almila almine almira almire almiro alois aloisie ' +
  'aloisio alojz alojza alojzije alok alon aloys aloyse aloïs aloïse aloīzs alpagut alpamış alparsbeğ alparslan alpata ' +
  'alpay alpaya alpaykağan alpbamsı alpbilge alpdirek alpdoğan alper alperen alpertunga alpgerey alphan alphonse ' +
  'alphonsine alphée alpike alpilig alpinien alpkara alpkutlu alpkülük alptegin alptunga alpturan alptutuk alptuğrul ' +
  'alpuluğ alpurungu alpurungututuk alpyörük alpış alpşalçı altan altankan altankağan altay altemur althée altmışkara ' +
  'altuga altın altınkan altınkağan altınoba altıntamgan altıntamgantarkan altıntarkan altıntay alverède alviero alvise ' +
  'alvīne alwar aly alyah alyssia alysson alícia alíz alımga alžbeta alžběta amabela amadea amadeo amadeus amady amahle ' +
  'amaliane amalie amalija amalric amalthée amand amandin amani amanzio amaranaath amarande amaranthe amaresh amarnath ' +
  'amata amath amauri amaury amaç amaël ambar ambrine ambrogio ambroise ambroży ambrož ambróz amdy amea amedeo amedeu ' +
  'amel amelie ameline amelio amelya amerigo ameth ameyatma amicie amiel amilcare aminat aminata aminte amintore aminu ' +
  'amir amleto ammâr amodini amogh amoke amon amone amope ampelio amra amrak amrit amrita amritambu amul amza amália ' +
  'amálie amát amáta amédée amélia améliane amélie amélien amālija anaadi anabela anabelle anacleto anae anael anaelle ' +
  'anagh anahita anaida anala anamarija anamika anand ananda anandamayi anang ananta anas anasooya anass anastase ' +
  'anastasie anastasija anastasije anastazija anastazja anastáz anastázia anastázie anasuya anatol anatole anatolia ' +
  'anatolie anatázie anatólie anaël anaëlle anaïs ancelin anceline anci ancica ancilla ancuța andarıman andaç andel ' +
  'andelin andelko andelo andi andjelina andoche andrada andras andraž andreas andreea andreja andri andrija andrijana ' +
  'andrin andris andro andrás andré andréa andréas andrée andrés andy andéol anděl anděla andělín andělína andżelika ' +
  'andžejs andžs anej anele anemona anes anesa aneta anežka angadrême anggabaya anggun anghel anghelina angilbe ' +
  'angilberte angilran angoustan angèle angélina ani ania anica anicet aniceto anicette anicée aniello anik anila ' +
  'anilaabh anilabh anina anish anișoara anjali anjaneya anjolaoluwa anjushree anjushri anka ankal anko ann-christin ' +
  'ann-marie annabella annagrazia annalena annapurna annaëlle anne-laure anne-marie anne-sophie anneke annelie annemijn ' +
  'anni annibal annibale annikki annonciade anny anom anouar anouck anouk anrijs ansaldo ansbert ansberte anselm ' +
  'anselma anselme ansgar ansgary anshula ansovino anstrudie antal antea antek antelmo antero anthelme anthelmette ' +
  'antide antigone antim antimo antino antioco antoaneta antonela antonella antonello antoni antonie antonija antonin ' +
  'antonine antoniu antony antonín antónia antónio antônio anuar anuja anunay anuraag anurag anusuya anuška anuța ' +
  'anwesha ançuk anči ančica anđela anđelika anđelina anıl anšlavs anže apak apatarkan apolena apollina apollinaire ' +
  'apollinare apollinary apolline apollonia appoline aprançur apsara apuleio arabela arabella arabelle araboğa arademir ' +
  'aram arame aranka aras aratone arbay arbuz arcadie archambaud archan archimede archippo arcibaldo arduino ardıç aren ' +
  'aresio areta argimiro argono argu argun argıl ari ariadna arialdo arian aricie ariela ariele arif arij arike arina ' +
  'arindam arinola ariosto aris arisa ariste aristeo aristid aristide aristione aristița aristofane aristotele ' +
  'arkadiusz arkady arkád arkādijs arkın arkış arleta arman armance armand armande armandine armağan armel armelle ' +
  'armide armin armine arminio armīns arnaldo arnaud arnaude arnaç arnesh arno arnolda arnould arnošt arnoštka arolde ' +
  'arona aronne arpat arpád arrigo arsal arsenie arsenije arseniusz arsinoé arsipatra arslan arslanargun arslanbörü ' +
  'arslansungur arslantegin arslanyabgu arsène arsènie arsıl arta artanto artawan artemis arthaud arthurine arthus ' +
  'arthème artuk artukaç artur arturo artus artut artuš artémis artıınal artūrs aruk arun aruna arunthavanathan arved ' +
  'arvīds arwa arwen arya aryan arystarch arzen arçuk arı arıboğa arık arıkağan arıkdoruk arın arınç arşun asake ' +
  'asartegin ascanio ascelin asceline asdrubale asel asella ashlesh ashok asija asil asimodeo asirwada asirwanda asiya ' +
  'asja aslesha aslijan aslım asmaa asmadi asmianto asmuni asrı assa assetou assia assil assya astarté asterio ' +
  'astianatte astou astrida astrée astrīda asuela asuğ aswani asya asım asığ atakan atakağan atalan atalay ataldı ' +
  'ataleo atalmış ataman atanas atanasio atanazy atanázie atanáš atasagun atasu ataç atberilgen atena athalie athanase ' +
  'athanasie athenaïs athina athos athéna athénaïs atila atilla atinuke atlı atlıbeğ atlıkağan atma atmaca atmaja ' +
  'atmanand atmananda atreyee atreyi atsız attilano attilio atunçu atâullah atıf atıgay atıkutlu atıkutlutaş atıla ' +
  'atılgan atım atımer atış aubertine auberto aubry aude audebert audeline audouin audran augustín augustýn augustýna ' +
  'aulia aure aurel aurelian aurelie aurelien aurelio aurelián aurelle aurian auriane aurică auron aurèle aurélia ' +
  'aurélien aurélienne aurēlija ausilia auxane auxence avadhesh avani avantika averardo avi aviel avigaëlle avital ' +
  'avluç avni avoye avram avşar awa awero awesi axeline axelle axinte ayaan ayan ayanda ayas ayaz ayaçı ayaş aybalta ' +
  'ayban aybars aybeğ aydan aydarkağan aydemir ayden aydoğan aydoğdu aydoğmuş aydın aydınalp ayebatari ayem aygırak ' +
  'ayhan ayinde ayinke ayize aykal aykan aykağan aykurt aykut ayla aylan ayleen aylin ayline ayluç ayluçtarkan ayma ' +
  'ayman aymane aymard aymardine aymen aymeric aymon aymonde ayodeji ayodele ayoka ayomide ayomikun ayotude ayoub ayren ' +
  'ayruk aysar ayse aysılığ aytak aytaç aytekin aytuğ ayu ayushmati ayvaz ayyıldız ayıtmış ayız ayızdağ ayşıl aza azak ' +
  'azban azeglio azelia azeline azelio azer azgan azganaz aziz azizhan azmi azra azubuike azélie azıl açela açelya açuk ' +
  'açık açılay açığ aïcha aïda aïdan aïna aïsha aïssa aïssata aïssatou aćim ağabay ağakağan ağalak ağlamış ağça aīda ' +
  'aļģirds aļģis aşan aşanboğa aşantudun aşantuğrul aşkın aştaloğul aşuk aşıkbulmuş baaba baala baalaaditya baalagopaal ' +
  'babacan babacar babasola babatunji babawale babeta babila babur babır badabul badis badr badruk badur bafana bafode ' +
  'bagas bagiya bagus bagya baha bahadır bahia bahri bahtiyar bahula bahuraksa bahuwarna bahuwirya baidehi baijayanti ' +
  'bajragin bakary bakağul bakda bakiadi bakianto bakidin bakijan bakiman bakiono baksı bakti baktiadi baktianto ' +
  'baktiono bakula bakır bakırsokum bakşı balaaditya balaban balachandra baladitya balagopal balagovind balaka ' +
  'balakatay balamani balamantri balamır balangga balapati baldassarre balderico baldomero baldovino baldu balgopal ' +
  'balidin balijan balkık baltacı baltar baltur baltır balázs balçar balın bambang bamsı banara banawa banawi bancar ' +
  'bandhu bandhul bangizwe bangu banji bankim bankimchandra bankole banna baraktöre barbarigo barbeğ barbol barbora ' +
  'barboğa barbulsun bardo bardomiano bardıbay bargan barica baris barkan barkdoğdu barkdoğmuş barkdurdu barkdurmuş ' +
  'barkın barlas barlıbay barmaklak barmaklı barnaba barnabe barnabás barnabáš barnabé barsaba barsbeğ barsboğa barsgan ' +
  'barsimeo barskan barsurungu barthelemy barthélemy bartimée bartolo bartolomea bartolomej bartolomeo bartolomeu ' +
  'bartoloměj bartu barça barçadoğdu barçadoğmuş barçadurdu barçadurmuş barçan barçatoyun barımtay barın barış ' +
  'basademir basan basanti basanyalavaç basarab basat basileo basilisse baskın basma basmıl bassiano bassilla bastiaan ' +
  'bastien bastuğrul bastı basu basut bathilde batilda batrak battal batu batuhan batuk batur baturalp baudouin ' +
  'bayankağan bayançar bayat bayazıt baybars baybayık baybiçen baybora bayboğa baybüre baydar baydemir baydur baykal ' +
  'baykara baykoca baykuzu baymünke bayna baynal baypüre bayrak bayram bayraç bayruk bayrı bayrın baysungur baytara ' +
  'baytaş bayunçur bayur bayurku bayutmuş bayuttu bayık bayındır bayınçur bazil bazyli bazır baçara baçman baççayman ' +
  'bağa bağaalp bağan bağatarkan bağatengrikağan bağatur bağaturgerey bağaturipi bağatursepi bağaturçigşi bağaışbara ' +
  'bağaşatulu bağdagül bağtaş bağış baņuta başak başbuğ başgan başkurt başkırt baştar başçı beata beatrix beatrycze ' +
  'beatus bedir bedirhan bediz bedran bedreddin bedri bedřich bedřiška begi begil begine begitutuk beglen begni behiç ' +
  'behlül behram behrem behzat behçet bekazıl bekbekeç bekeç bekeçarslan bekeçarslantegin bekeçtegin bekir beklemiş ' +
  'bektaş bektür bela belek belemir belgi belgüc belimir belina belma belo beltir beltun belçim belçir bendegúz benedek ' +
  'benedetta benedicte benedikt benedikta benedita benedykt benett bengi bengü beniamin beniamina benice benigna benja ' +
  'benjamim benjámin benli benlidemir bennet benno benny benthe benvenuta benyamin benício bera berardo berat berceste ' +
  'berdibeğ berend berendey berenika berginsenge bergü berinay berislav berit berkan berkay berke berkin berkiş ' +
  'berkyaruk bermek bernadetta bernd bernhard beronico berran berre bert bertalan berti bertille bertold bertolda ' +
  'bertoldo bertolfo berva berçin besentegin besim besra betania betemir beti betina betta beuve beya beyizçi beyrek ' +
  'beyrem beáta beçeapa beçkem beāte beğ beğarslan beğbars beğbilgeçikşin beğboğa beğdemir beğdilli beğdurmuş beğkulu ' +
  'beğtaş beğtegin beğtüzün beğçur beňadik beşer beşir bhaanumati bhaasvan bhaaswar bhadra bhadrak bhadraksh bhadran ' +
  'bhagavaan bhagirathi bhagvan bhagwanti bhagwati bhamini bhanumati bharadwaj bharat bhardwaj bhargava bhargavi ' +
  'bhasvan bhaswar bhaumik bhavani bhaves bheeshma bhekimuzi bhekizizwe bhekumbuso bhilangana bhima bhisham bhishma ' +
  'bhoj bhoopat bhoopati bhooshan bhooshit bhramar bhudev bhudeva bhupati bhupen bhushan bhushit bhuvanesh bhuvaneshwar ' +
  'biagio bianka bibiana bibianna bibiano bibiána bice bigna bilal bilel bilgebayunçur bilgebeğ bilgekan bilgekağan ' +
  'bilgekutluk bilgekülüçur bilgetamgacı bilgetardu bilgetaçam bilgetegin bilgetonyukuk bilgez bilgeçikşin bilgeışbara ' +
  'bilgeışbaratamgan bilgin bilgiç bilig biligköngülsengün bilik biljana bilva bilwa bilâl binbeği bindir bindo bineta ' +
  'bino binta bintou birane birgita birgitte birino birjesh birol bisenija biserka bishnu bivoj biçek björn bjørn ' +
  'blagica blagoje blahomil blahomila blahomír blahomíra blahoslav blahoslava blaise blandine blanduzia blanka blaž ' +
  'blažej blažena boas boaz boban bobana bodhan bodi bogdana boglárka bogoljub bohdana bohuchval bohumil bohumila ' +
  'bohumír bohumíra bohun bohuna bohuslav bohuslava bohuš bohuše bohémond bojan bojana bojislava bolatito boldaz ' +
  'boldizsár bolemír boleslav boleslava bolmuş bolsun bolun boluwatife bonagiunta bonaldo bonaventura bonavita boncuk ' +
  'bonginkosi bongul bongulboğa boniface bonifacio bonifác boran borbála borek boris borislav borislava borivoje borjan ' +
  'borka borko borlukçu borna bornak bortolo borut borçul boróka bosiljka botond bouba boubacar bouchra boyan boyankulu ' +
  'boylabağa boylabağatarkan boylakutlutarkan bozan bozbörü bozdoğan bozkurt bozkuş bozok boğa boğaç boğaçuk boļeslavs ' +
  'bořek bořislav bořislava bořivoj boško boža božena božetěch božetěcha božica božidar božidara božislav brahim brahma ' +
  'brahmaanand brahmabrata brahmanandam brahmdev brajan brajendra brajesh brancaleone branimir branimira branimír ' +
  'branimíra branislav branislava branka brankica bratislav brayan brendan breno brent bret briac brieuc brigita ' +
  'brigitta brijesh brit brita britt-marie bronislav bronislava broņislavs brunehaut brunehilde brunhilda brunilde ' +
  'brygida brájen brândușa brăduț buchi bucur budak budağ buddhana budhil budi budimir budimír budislav budivoj budunlu ' +
  'buhle bukak bukaktutuk bukola bulak bulan bulaçapan buldur bulgak bulmaz bulmuş buluk bulut buluç buluğ buluş bumın ' +
  'bunmi bunsuz burak burguçan burhan burkay burslan burulday burulgu burunduk burçak busayo busisiwe butak butuk buyan ' +
  'buyandemir buyankara buyançuk buyat buyraç buyruk buyruç buzaç buzaçtutuk buçan buçur buğday buğra buğrakarakağan ' +
  'buşulgan bystrík bào bách bálint bárbara bâki béatrice béla bénigne bénédicte béranger bérangère bérard bérénice ' +
  'bình bíborka bích bögde böge bögü bökde böke bölen bölükbaşı bönek bönge börteçine börü börübars börüsengün büdüs ' +
  'büdüstudun bügdüz bügdüzemen büge bügü bükdüz büke bükebuyraç bükebuyruç bükey büktegin büküşboğa bülent bümen ' +
  'bünyamin bünül büre bürgüt bürkek bürküt bürlük büğübilge bārbala bănel băng běla bıdın bıtaybıkı bıtrı bıçkı ' +
  'bıçkıcı błażej břetislav břetislava bạch bảo bắc bằng bổng bội bửu bữu caetana cafer cagak cager cahid cahya cahyadi ' +
  'cahyanto cahyo cahyono caino caio caius caket cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa calanico caleb ' +
  'calebe calixte callisto calogera calogero calpurnia camil camilia camillien camillo camélien canalp candido ' +
  'candrakanta canel cangül canh cankan cannur cansel cansın cantemir cantidio canziano capucine caraka caribert carine ' +
  'carles carlijn carloman carmelo carminho carmo caronte carponio carub casian casiana casilda casimiro caspar ' +
  'cassandre cassiano cassien cassiopea cassiopee castille cataleya catharina catinca catrin catrinel catullo catur ' +
  'caturangga cauã cavid cawisadi cawisono cawuk cayadi cazimir cebe cecco cecep cecilie cecilio cecylia cecyliusz ' +
  'cecília cecílie cedric cedrik cedrin celal celasun celestin celestýn celestýna celian celil celinia celso celâleddin ' +
  'cem cemal cemali cemani cemeti cemil cemplunk cengkal cengkir cenk cerasela ceren cevahir cevat ceyda ceyhun ceyla ' +
  'ceylan ceylin ceylinaz cezar cezara cezary cezmi chaanakya chaaruchandra chahine chahinez chaitan chakor chakradhar ' +
  'chakravartee chakravarti chakrika chanakya chandak chandan chandani chandi chandini chandira chandni chandraayan ' +
  'chandrabhaga chandrabhan chandradev chandrakala chandraketu chandrakin chandramani chandramauli chandramohan ' +
  'chandran chandranath chandrani chandraprabha chandraswaroopa chandravati chapal chapala charak charlaine charlemagne ' +
  'charlize charlotta charly charlène charuchandra charumati charuvrat charvi chaten chatur chatura chaturaanan ' +
  'chaturbhuj chayenne chayma chaï chaïma cheick cheick-oumar cheikhou chekhouna cherechi cherif chetan chetanaanand ' +
  'chiaffredo chiamaka chidaakaash chidaatma chidambar chidambaram chidananda childebert chilpéric chimamanda chinedu ' +
  'chinh chinmayanand chinmayananda chinyere chiranjeev chiranjeeve chirine chisom chitraksh chitrali chitramala ' +
  'chitrangada chizoba chiêu chiến chiểu chloé chrabroš chraniboj chranibor chranislav chranislava christelle christer ' +
  'christiaan christiano christodule christoffer christoph christophe chrudoš chrysole chukwu chuyên chuẩn chval chánh ' +
  'châu chí chính chương chưởng chấn chế ciaobella cici cihad cihan cihangir cihanşah cilvenaz cino cinzia ciprian ' +
  'cipriana cipriano cirano ciriaco ciril cirilla cirillo cirino ciro citra civan claas claes clarenzio claudien ' +
  'claudiu clea cleandro clelie clemence clemenzia cleofe cleonico cleophee climaco clinio clint clio clodomiro ' +
  'clodoveo cloe clotaire clothilde clovis cloé cléa cléandre clélie cléo cléophée cléry codin codrin codrina codruț ' +
  'codruța cointa coline colins collien colmanno colmazio colomba colombano concordio conner consolata constantin ' +
  'constantina constança constanța coralia coraline corbiniano coreno corentin corentine coriolano cornel cornelio ' +
  'cornelis corneliu corrado corvin cosima cosimo cosma cosmin cosmina costache costante costantino costel costin ' +
  'coumba coşkun coşkuner craig cremenzio crenguța crescente crescenzia crescenzio crespignano crina crispino cristaldo ' +
  'cristea cristian cristián cristobal cristofor cristoforo cristóbal crocefissa cronida csanád csenge csongor ctibor ' +
  'ctibora ctirad ctirada ctislav ctislava cumhur cunegonda cung cuniberto cuzia cvetka cvijan cvijetin cyntie cyprien ' +
  'cyprián cyra cyrian cyriaque cyrielle cyril cyrila cyrille cyrine cyryl cát cândar cécile cédric célestine célia ' +
  'célian célien céline césaire cézar côme công cúc cübeyr cüneyt călin cătălin cătălina cılasun cương cường cảnh cầm ' +
  'cần cẩm cẩn daan daantje dabiživ dacian daciana daciano dacin dadap dadi daevi daevika dafina dafne dagel dagmara ' +
  'dagmāra dagoberto daiana dainuvīte daiwik dajana daksha dakshayani dalibor dalibora daliborka dalida dalie dalima ' +
  'daliman dalimil dalimila dalimin dalimír dalimíra daliono dalmazio damaso damayanti damiana damien damife damil ' +
  'damilare damilola damin damir damián damiána damjan damjanka damla damocle damodara damola damu danang dandak ' +
  'dandapaani danh danijel danijela danila danilo danio danique daniswara daniël danjuma danka danko danny danu danuja ' +
  'danuše dany danyl daouda daphnee darasimi darek darian dariana dariati darie darija darijan darimin darin darina ' +
  'darine darinka dario daris darius darja darko darmaji darman darmana darmanto darrel darrell darrin darryl darshan ' +
  'darshwana darsirah dartono daru daruna daryani dasa datta dave davi davin davino davorin davud dawid dayaamay ' +
  'dayaananda dayaanidhi dayamayee dayan dayane dağhan decebal deeksha deenabandhu deepali deepan deepankar deependra ' +
  'deepesh deeptanshu deeptendu deeptiman deeptimay deeptimayee deeptimoy deeptimoyee deevakar defne degna dejan dejana ' +
  'delbert delie delizia demba demet demeter demetrio demetriusz demilade demiralp demirhan democrito demostene deneval ' +
  'denisa denisz deniz denizalp deodata deodato derek derin derviş derya desanka desdemona desimir destan dev devadatt ' +
  'devagya devajyoti devak devangana devani devasree devdan deven devesh deveshwar devi devika devran devvrat dewi dex ' +
  'dexter dexx dezider dhaanyalakshmi dhana dhanadeepa dhanalakshmi dhananjay dhanapati dhanesh dhanpati dhanu dhanvin ' +
  'dhara dharani dharitri dharmaketu dhatri dhruv dhyanesh dhyaneshwar diah dianora diar diara diarra dicle diclehan ' +
  'dida didem didier didimo didina dieke dieudonné dieudonnée dieynaba digambar digambara digdaya dijana dikmen diksha ' +
  'dilan dilara dilaver dilay dilberay dildâr dilek diler diletta dilhan dilruba dimas dimaz dimitri dimitrij dimitrije ' +
  'dimitrina dinakar dinda dinesh dinis dinkar dinu dinç dinçer diocleziano diodata diogo diomede dionigi dionizy ' +
  'dionýz dionýzos dior dipa dipali dipankar dipendra dipesh diptendu direnç diri dirja ditte-marie ditya divaakar ' +
  'divakar diviš diviška divjot divna dizik diána diên diāna diễm diệp diệu djayden djeneba djenna djibril dluhoš doanh ' +
  'dobrava dobrila dobromil dobromila dobromír dobromíra dobroslav dobroslava dochia doda dodato doina dolunay domagoj ' +
  'domen domenic domenico domenik domezio dominic dominik dominika domitille domnica donalda donat donata donatella ' +
  'donatello donka donny dono donát donáta dorana dorel doriana doriane doriano dorica dorinel dorit dorián dorka dorli ' +
  'dorotea doroteja doroteo dorothée dorottya dorthe doru doubrava doubravka douce doug dounia douwe dov doyinsola ' +
  'doğan doğanay doğaner doğu draga dragana dragica draginja dragiša dragoje dragojlo dragoljub dragoslav dragoș ' +
  'dragutin drahomil drahomila drahomír drahomíra drahoslav drahoslava drahotín drahotína drahoň drahoš drahutin ' +
  'drahuše drajat draupadi draža dražen dren drina driss drona druina držimir držislav dua duane dubravka dubravko ' +
  'duccio duco ducu duduzile duilio duje dulari dulina dumisani dumitra dumitrana dumitru dunja durga durgeshwari ' +
  'durmuş durodola duru dururbunsuz duuk duy duygu duyên duyệt dušan dušana dušanka dušica duška duško duệ dwaipayan ' +
  'dwaipayana dwayne dwi dwight dyah dylan dylano dyna dzirkstīte dzīle dániel dávid dáša dân dâver débora désiré dóra ' +
  'döndü dündar dünya dürdane dürriye dāgs dārta dāvids dāvis děpold dětmar dětřich dũng dương dụng ebba ebe eberardo ' +
  'ebiere ebin ebiowei ebkızı ebren ebru ebunoluwa ebuzer ecaterina ecclesio ece ecehan ecem ecevit ecmel ecrin ecvet ' +
  'eddi edelberga edgard edgardo edgars edhem edi edilberto editta ediz edmondo edmund edmée edoardo edouard eduard ' +
  'eduards edvard edvarda edvige edvin edvín edvīns edwin edyta edīte edžus eef eefje eekalabya eero eeva efisio efken ' +
  'eflah efraim efrem efsun eftalya eftimia eftimie ega ege egemen egidio eginardo egisto egle egmont egon egona egīls ' +
  'einārs eižens eja eka ekaaksh ekadant ekaksh ekalavya ekaling ekaparnika ekdant ekeç ekim ekin ekmel eko ekow ekrem ' +
  'ekundayo elaide elakshi elanur elea eleazar eleonóra eleuterio elfrída elfrīda eli eliabeth eliah eliahou elian ' +
  'eliane eliano eliasz elie eliel eliette elif elifio eligio elija elijah elimena eline eliodoro elion eliona elior ' +
  'eliot eliott elisabet elisabeta elisabetta elisaveta elisea eliseo elita elizabeta elize elizej elizeus eliáš eliška ' +
  'elka elkin ellen-margrethe elmar elmas elmārs elmīra eloan eloane elodie eloi elon elona elone elora elouan eloá ' +
  'eloïse elpidio elsbeth elti eluh elvan elvezio elvin elvino elvire elvis elvíra elvīra elwira elya elyas elyes elyne ' +
  'elynn elyssa elyès elçin elène eléa eléanore eléonore elías elísio elīna elīza elżbieta eman emanoil emanuela ' +
  'emanuele emanuelly emanuil emas embuh emced emeka emel emelie emerich emese emi emidio emie emiel emile emili ' +
  'emilian emilien emilija emilijan emilio emilián emin emine emirhan emmanuel emmanuelle emmelie emmely emmerico emmi ' +
  'emna emong empirio empluk emrah emre emrullah emy emília emílie emīlija emīls ena enakshi endah ender enderun endra ' +
  'endrigo enecone enes engelbert enguerrand enie enimia enio eniola enis enise enna ennio enno enora enrica ensar ' +
  'ensio enteng enver enya enyo enzo ephraïm eracla eraclide eraldo eralp erardo erasmo erast eray erazim erazmus ' +
  'erberk erberto ercan ercolano ercüment erda erdal erdem erdeni erdenikatun erdeniözük erdinç erel eremia erenia ' +
  'erentüz ergene ergenekatun ergin ergün ergüner erhan erhard eriberto erich erick erico erine erinç erke erkki erkâm ' +
  'erkân erman ermanno ermen ermenegarda ermenegilda ermenegildo ermes ermete ermilo erminio ermīns ernesta ernesto ' +
  'ernestīne erol eron ersilia ersin ertan erten ertenözük ertuğrul ervín ervína ervīns erwan erwann erçin erşan esat ' +
  'esaù esben esen esenbike esha eshana eshita esi esin esma esmee esmeray esmée esra esteban estefanía esterina ' +
  'estiawan estiono esuperio esupofo eszter etela eterie ethan ethann ethem etil ettore eubert euclide eudes eudokia ' +
  'eudoksja eudoxe eudoxie eufebio eufemio eufrasia eufronio eufrosina eufrozina eufrozína eugen eugenio eugeniusz ' +
  'eugène eugénia eula eulalie eulálie eunika euphrasie euridice eurydice eusebie eusebio eusebiu eusebius euseo ' +
  'eustațiu eustorgio eustosio eustracjusz eusèbe eusébie eutalia eutalio evald evaldo evandro evanghelina evann ' +
  'evarist evaristo evasio evdokija evelien eveliina evelína evelīna evi evidio evin evodio evran evremondo evren evy ' +
  'evşen evžen evženie ewan ewatomi ewelina ewen ewenn eya eyal eyiz eylül eymen eyram eytan eythan eyüp eyşan ezechiel ' +
  'ezechiele ezio ezra ezrak eğrim eşref fabia fabie fabien fabijan fabián fabiána fabiënne fabrícia fabrício fadekemi ' +
  'faderera fadi fadime fady fadıl fahrettin fahri fahriye fahrünissa faik faizah falba famiano famke fanika fanni ' +
  'fanta fantin fantine fanyana fardau fares farhunnisa farouk faruk farès fasih fathonah fatih fatim fatimata fatin ' +
  'fatou fatouma fatoumata fatoş faustin faustine faustýn faustýna faya fayen fayenne faysal fazilet fazlı fazullah ' +
  'fazıl febe febi febriana febrina feda fedai fedde fedor fedro fehime fehintola fehmi felicie felicien felicián ' +
  'feliks felina felícia felície femke femm fenja fenna fenne ferah feramuz feramuş feray ferda ferdi ferdinand ' +
  'ferdinanda ferdinando ferdynanda ferenc ferhan ferhat feridun feriel feriha ferit ferman fermiano fermo ferruccio ' +
  'ferruh feryel festo fevzi feyyaz feyza feyzullah fibikemi fidan fidelie fidelius fidenzio fieke fien fiene fiete ' +
  'figen fiifi fikayomi fikret fikri fikriye filemon filibert filip filipa filipe filippa filippo filiz filofteia ' +
  'filomen filomeno filoména filotije fily finia finja finnja finnley fiodor fionn fiorenziano fiorenzo firas firdevs ' +
  'firmin fitri fitria fitriani flaminia flaviana flaviano flavie flavien flavio flaviu flavius flavián fleano floare ' +
  'floarea flodoard floortje florea florencja florent florentine florentýn florentýna florența florestan florian ' +
  'floriana floriane floriano florica floridia florie florina floris florián flurin flurina flóra fode folafoluwa ' +
  'folashade folco folu fortunata fortunát fortunée fos foss foucauld foulques francesco francette franci francia ' +
  'francisc franciszek franciszka franjo franka františek františka franziska françois françoise frederic frederico ' +
  'frederik frederike fredy freek freja frenkie freya frido fridolín fridrich friederike frontiniano frusina fruzsina ' +
  'fryderyk fráňa frédéric frédérique frída frīda fuat fulbert fulberto fulcran fuldem fulden fulgence fulgenzio fulya ' +
  'funani funmilade funmilayo furio furkan furkân furseo fuscolo fuzuli fynn fábio fâlih féba félicie féline félix ' +
  'füreyya füruzan füsun gabi gabin gabino gabrijela gabriël gada gadang gadis gaduh gael gaetan gaffar gaia gail ' +
  'gaiman gaj gaja gajaadhar gajabahu gajadhar gajana gajbaahu galak galang galar galdino galeazzo galfryd galih ' +
  'galiono galuh galur gaman gamani gamanto gambira gamblang gamze ganak ganaka gandewa gandharv gandharva gandi ' +
  'gandolfo ganep ganesh ganesha gangesh gangsa gangsar ganjaran gantar garan garang garda garik garika garimberto ' +
  'garud garuda gaspare gasti gastone gati gatien gatik gatot gatra gatsha gaud gaudenzia gaudenzio gaudino gauraang ' +
  'gaurang gauranga gautam gautama gautami gautier gautiero gavino gavrilo gawati gayatri gazanfer gazi gaétan gaël ' +
  'gaëlle gaëtan gaïa gašpar gašper gbadebo gbeminiyi gbemisola gbolahan gbowoade geanina gedeon gedeone geeta ' +
  'geetanjali gejza gelila gelin gelincik gellért gelsomina geltrude gelu gemine gemini geminiano genadij gencer ' +
  'generosa genesia genesio geneva geneviève gennaro genoveffa genta genziano gențiana geoffrey geoffroy georg georgel ' +
  'georges georgeta georgian georgije geralda geraldina gerarda gerardina gerardo gerasim gerasimo gerazim gerazym ' +
  'gerberge gerbert geremia gergely gergő gerhard gerharda gerino germana gerolamo geronimo geronzio gerrit gertruda ' +
  'gertrúda gervasio gesualdo geta gevheri ghaliyati ghanaanand ghanashyam ghani ghanshyam ghenadie gheorghe gheorghiță ' +
  'gherardo gherghina ghislain ghita ghiță giacinta giadero giambattista gian gianbattista giancarlo giandomenico ' +
  'gianfranco giang gianina gianluca gianluigi gianmarco gianmaria gianni gianpaolo gianpiero gianpietro gianuario giao ' +
  'giasone gibran gicu gică giel gifty gigliola gijs gilang gilberta gilberto gildo giliola gillo gineto ginevra ' +
  'ginewra gino gioacchina gioacchino gioberto gioconda gioele gion giona gionata giorgia giorgian giorgiana giosuele ' +
  'giosuè giotto giove gioventino giovenzio girardo girart giray giri girija girik girika girindra giriraaj giriraj ' +
  'girish girja girolamo gisella gislebert gisèle gitanjali gitte giuditta giuliana giulio giulitta giuseppa giusta ' +
  'giustiniano gizela gizem giác giáng giáp gleb gligorije gobinda godeberta godiva goffredo gojko golia golub gomberto ' +
  'gonca gondebaud gondulfo gonerio gonsalwy gonthier gontran gonzaga gonzague gonçalo gopaal gopal gopee gorakhanatha ' +
  'gorakhnath goran gorana goranka gorazd gordana gosto goswamee goswami gothard gottardo gottfried gotum goundo ' +
  'gouranga goutam graciliano gracián graciána gracja gradimir grazia graziana gražina grațian grațiana grațiela greg ' +
  'gregorian grga grgo grgur grigore grigorije grizelda grozdana gry grzegorz grácie grégoire gréta gualberto gualtiero ' +
  'gudakesa gudakesha gudrīte guenda guendalina guenièvre guerrino guglielmo guiberto guilhem guilhemine guilherme ' +
  'guillemette guiscardo gumesindo gundelinda gunilla gunārs gurdev gustava gustave gustavine gustavo gustáv guus ' +
  'guusje guérin gvendolina gvendolína gvozden gwenaëlle gwendoline gwido györgy gábor gál gédéon gérald gérard géraud ' +
  'géza gökalp gökben gökbörü gökmen göknur gökçe gökçegöl gökçen gökçiçek gökşin gönenç göngör gönül göran görkem ' +
  'görün gözde gúbio güher gül gülbahar gülben güldem gülden güldeste gülegen gülemen gülen güler gülgün gülhan gülnaz ' +
  'gülpembe gülriz gülsen gültekin gülçin gülümser gülşen gümüş gün günay gündoğdu gündoğmuş güner güneş güngör güniz ' +
  'günnur günsel günseli günyaruk günçiçek gürbüz gürcan gürdal gürhan gürkan gürol gürsel güven güvenalp güvercin ' +
  'güzey gıyas gűnter habbab habib habiba habil haby hacib hadi hadja hadriel hadrien hafi hafid hafsa hafshah hafız ' +
  'hairyanto hajar hakan hakem haki hakim hakkı haldun halil halim halima halit haluk hamdi hamdullah hamed hami ' +
  'hamidou hamima hamit hammâd hamsini hamza hamzah hanae hanaé handan hande hanefi hanga hani hania hannabel hannele ' +
  'hans-peter hans-rudolf hans-ulrich hansjörg hanspeter hansruedi hansueli hanuš haralamb haralambie hardana hardouin ' +
  'hari harimurti harinakshi harinarayan harit harita harja harjasa harjaya harjo haron haroun harouna haroune harsana ' +
  'harsanto harsaya hartaka hartana harun hasan haseki hasibi hasim hasin hasna hassane hatem hatip hatouma hattâb ' +
  'hauke hava havla hawa hayali hayat hayati haydar hazan hazar hazım haïm haşim haşmet haštal heda hedda hedi hedvig ' +
  'hedviga hedvika heema heidrun heitor helie helin helios helle heloísa heloïse helèna helène helēna hendra hendri ' +
  'hendrika hennes henning henri henrich henrick henrieta henrike henrique henryk henryka heracleea herberta herluin ' +
  'hermenegildo hermína hermīne hernán heru hervé heryanto hesti heřman hiba hicabi hicham hidaya hidde hieronim hikmet ' +
  'hilal hilarion hilarius hildebert hillel hilmi himadri himani himawan himmet hincmar hipolit hippolyte hira hiranmay ' +
  'hiranmaya hiranya hiên hişam hiếu hiền hiển hiểu hiệp hlengiwe hoan homero homér honore honorine honorius honoré ' +
  'horace horacio horacy horațiu horea horia hortenzia hortenzie horymír horymíra horác hostimil hostimila hostimír ' +
  'hostimíra hostislav hostislava hostivít houda hovard hoài hoàn hoàng hoán hoạ hoạt hrvoj hrvoje hrvojka hud hugh ' +
  'hugo hugues huguette hulki hulusi humaira hunor hurşit huub huyền huzeyfe huân huấn huệ huỳnh hvalimir hvězdoslav ' +
  'hvězdoslava hyacinta hynek hypolit hàm hành hào hán háta hâdi hâlis hân hâtem hãn håkan håkon hédelin hédi hélie ' +
  'hélier héloïse hélène hòa hùng hüccet hüdayi hüdâvendigâr hülya hüma hümayun hümeyra hüner hürkan hüsameddin ' +
  'hüsamettin hüseyin hüsnü hüsrev hıfzı hızır hưng hương hướng hường hưởng hạc hạnh hạo hải hảo hậu hằng họa học hồng ' +
  'hội hợp hữu iacob iacopo iacopone iago ian iancu ianira ianis iasmina ibidapo ibironke iboja ibou ibra ibrahima ' +
  'ibrani ibukunoluwa ibun ica icaro icha icilio ico idan idir idowu idris idriss idrissa idy ieremia ifeanyichukwu ' +
  'ifeoluwa ifeoma ifunanya ige iginia iginio igino ignacy ignazio ignjat ignác ignácie ignát ignáta igor ihsan ika ' +
  'ikenna ikeoluwa iker ikhidie ikhsan ikin ilai ilan ilaria ilarie ilario ilarion ilay ilayda ilaçın ildebrando ' +
  'ildefonso ildegarda ildegonda ildika ilenia ilgmārs ilgın ilhan ilian iliane ilias ilie ilies ilija ilinca ilinka ' +
  'ilja iljana ilko illidio ilmari ilmārs ilsa ilva ilyan ilyana ilyane ilyas ilyass ilyes ilyess ilyès ilza imad iman ' +
  'imane imani imen imene imke immanuel imoleoluwa imran imrane imre imrich imène ina inanç inara inaya incoronata ' +
  'indah indra indriķis indro indy inesa ingeborga inger ingmārs ingrida ingrīda ingūna inioluwa inja inkeri inna ' +
  'innocenty innocenzo inocenc inocențiu insa intan inyoni inza inès inés inéz inês inës ināra inārs ioan ioana ioanina ' +
  'iolanda ionel ionela ionelia ionică ionne ionuț iorio iosefina iosif ippocrate ippolito irawati irem iremide irenej ' +
  'ireneus ireneusz ireti iretioluwa irfan iriana iridenta irinel irmak irmeli irmina irnanto irsad irwan irène irēna ' +
  'isabeau isabela isabelly isac isacco isaia isaiah isaias isak isaure ischirione ise isee iseoluwa iseult ishaq ' +
  'ishola iside isidor isidora isidore isidoro isioma isisa ismael ismaele ismail ismaël ismaïl ismaïla ismérie isolda ' +
  'isotta isra israa israël issa issam issiaka istván isık isığ ita italia itri itunuoluwa itır iulia iulian iuliana ' +
  'iuliu iurie iustin iustina iustinian ivanka ivanna ivano ivanoe ivančica ivek iven iveta ivetta ivica ivna ivo ivona ' +
  'ivone ivor iván iyabode iyad iyadunni iyanuoluwa iyed iyinoluwa iyık iyıktağ izaak izabela izabella izaiáš izajasz ' +
  'ize izia izidor izidora izmael izolda iztok izydor izzy izák iľja işık işıl işılay işın işıner işığ jaakko jabal ' +
  'jabulile jace jacek jacky jacoba jad jaden jadesola jadran jadrana jadranka jadranko jadro jael jaelynn jaeman jaga ' +
  'jagadish jagadisha jagapati jagaraga jagathi jagdeep jagdish jagica jagmeet jahnu jai jailey jaiman jaimini jaimy ' +
  'jairo jaivey jaka jake jakob jakov jakuba jakubina jakubka jalil jalou jamal jamalia jamil jamiro janaína janek ' +
  'janeta janez janica janin janja janko jannah janne jannek jannes janni jannik jannis jano janosch janusz janīna ' +
  'japhet jared jari jarmil jarne jarno jarod jarolím jarolíma jaromil jaromír jaromíra jaron jaroslava jarwa jarwadi ' +
  'jarwi jasen jasenko jasin jasmani jasmijn jasmina jasmína jasmīna jasna jasněna jasoň jassem jassim jaswadi jati ' +
  'jatmiko jautrīte javas javi jawad jawed jax jaxon jaxx jaya jayadi jayce jayda jayden jayeng jaylano jaylen jaylinn ' +
  'jayson jayvano jazzlyn jazzlynn jean-baptiste jean-claude jean-daniel jean-françois jean-jacques jean-louis jean-luc ' +
  'jean-marc jean-marie jean-paul jean-pierre jeannel jeannot jed jef jeff jefri jefta jehanne jela jelica jelisaveta ' +
  'jelita jelka jella jelle jelmer jelte jenel jennah jenovéfa jente jeppe jerald jeremi jeremiah jeremias jeremiasz ' +
  'jeremie jeremiáš jerguš jermaine jernej jeroným jerôme jesika jesper jess jesslyn jesslynn jessy jesús jette ' +
  'jevgeņijs jevrosima jezdimir ješa jibril jidde jihane jil jiljí jimena jimi jimram jinane jinawi jindra jindřich ' +
  'jindřiška jinte jinthe jip jitender jitendra jitka jiřina jiří joachim joah joanny joaquim joaquín joas jocelyne ' +
  'joelina joeline joes johann johnathan joko jolana jolanta jolayemi jolien jolijn jolina jonah jonatan jonathon jono ' +
  'jonte jonáš joojo joost jop jordana jordi jordy jorga jorin joris jorn jorrit jort joscha joschua josef josefien ' +
  'josefin josefína josep josephin josiah josiane josip josipa joso josse josselin josua josue josué josy josé ' +
  'joséphine joud jourdain jovana jovanka jovin jozefa jozefína jozue joão joël joëlle joško jošt joža jože jožef ' +
  'jožica juda judicaël judita judyta judīte jugoslav juhani juho jula julan julide julija julijana julika julina ' +
  'julita juliusz julián juliána juliëtte jumadi jumari juna junayd june juno junon jur juraj juri jurre jurģis jusra ' +
  'justyn justyna justína justýn justýna justīne jusuf juul juwon jyoti jyotis jyotsana jáchym ján jános jázmin jérémie ' +
  'jérémy jérôme jéssica józef józefina józsef jörg jörgen jørgen júlia júlio július jürg jānis jāzeps jēkabs jūlija ' +
  'jūlijs jūsma kaat kabil kacper kacung kadem kadiatou kadidia kadidiatou kadir kadrican kadriye kady kadı kagiso ' +
  'kahina kaia kailash kairav kaj kaja kajen kajetán kalea kalervo kalevi kalidou kalim kalinda kalinik kalistrat ' +
  'kalpana kalyani kama kamal kamalesh kamaria kambali kamber kamelya kamidin kamil kamila kamile kamilla kamla kamlesh ' +
  'kamran kamuran kanaka kanchan kancı kanda kani kania kanishka kannan kanti kançı kapgar karaca karahan karak karam ' +
  'karamba karamoko karaça kardi karel kargılaç karim karimah kariman karja karl-emil karl-johan karlijn karlo karlotta ' +
  'karlıgaç karmela karna karoliina karolína karsa karsana karta karthik kartik kartika karunanidhi karya karīna ' +
  'kashyap kashyapi kasim kasiran kasiyah kasián kassim kastor kasusra kasım katariina katarína katell kateřina katica ' +
  'katija katja katrin katrīna katun katunkız kawaca kawaya kawtar kaya kayaalp kayacık kayaçık kayden kayliah kayna ' +
  'kaynak kayode kayra kays kayun kayça kazanç kazi kazimierz kazimír kazimíra kazkatun kaïna kaïs kağan kašpar keano ' +
  'keanu keerti kehinde keji kekik keklik keleş kelya kelyan kemal kemalettin kemba kemi kemâl kenan kenari kende kenes ' +
  'kensi kenza kenzi kenzie kenzo kenzy kepez keramet kerami kerem keremşah kerim kesme ketsia kevser keyan keyken ' +
  'keyla kezia kezlik keşşaf kgabu kha khadidiatou khadidja khadija khadim khady khai khalifa khalil khang khanh ' +
  'khanyisile khethiwe khiêm khiết khiếu khoa khoan khoudia khoát khulekani khuyên khuyến khuê khánh khê khôi khúc ' +
  'khương khả khải khắc khởi kian kiandra kiano kika kikelomo kilian kilián kilyan kimo kincső kinga kiran kirana kiraz ' +
  'kirilo kirk kirti kiyan kiên kiếm kiến kiết kiều kiện kiệt kjeld kjell klarencjusz klaudia klaudie klaudius ' +
  'klaudiusz klaudián klea klemen klemens klement klementina klementyna klementýna kleopatra kliment klotylda klára ' +
  'kléber klāra klāvs kobe kofi kojo koko kolawole koleta koloman kolombín kolombína kolumbán kolumbín kolumbína konrád ' +
  'konrāds konstance konstancie konstancja konstantin konstanty konstantyn konstantýn konstantīns konsuela konzuela ' +
  'konštantín kora koralia koray korbinian kordula korede korina korinna korkut korneli kornelia kornelius korneliusz ' +
  'kornél kornélia kornélie kosma kosmas kosta krasava krasomil krasomila krasoslav krešimir krijn krishnadas ' +
  'krishnadasa kristiina kristijan kristián kristiāna kristiāns kristjan kristoffer kristopher kristína kristóf ' +
  'kristýna kristīne krisztián krisztofer krišjānis krišs krištof krsto kruno krunoslav krystian kryšpín kryštof ' +
  'ksawera ksawery ksenia ksenija ksenofont kubat kubilay kubra kubura kuddusi kujoe kumari kumru kumuda kuncara ' +
  'kunhuta kunthara kurnia kurt kusuma kutbettin kuzey kuzman kvetoslava kvido květa květoslav květoslava květoň květoš ' +
  'květuše kwabena kwadwo kwaku kwame kwamena kwasi kweku kwesi kwintyn kyan kyano kyara kylian kyliann kyllian ' +
  'kyllikki kâmil kâzım kéba kévin kính köksal kürşad kārlis kımız kımızalma kımızalmıla kımızın kırgavul kırlangıç ' +
  'kırçiçek kısmet kıvanç kıvılcım kıymet kızdurmuş kızılalma křesomysl křišťan laal labuh ladina ladislao ladislau ' +
  'ladislav ladislava ladji laetitia lahna laia lajos laksana lakshman lakshmidhar lakshminath laksita lale lalie ' +
  'lalita lambert lamberto lamih lan lanang lancelot lancilotto landolfo lanfranco langgeng lanjar lantar laras larina ' +
  'larysa lascăr lasmanto lasmono lassana laswi latif latifa latife latika laurane laureline laurenc laurencie ' +
  'laurencja laurencjusz laurens laurentino laurenty laurentyna laurenz laurenția laurențiu laurian lauriane lauriano ' +
  'laurin laurène lautone lavanya lavinio lavínia lavīze lawrencia laxman laxmi layana layanah lazare lazzaro lazăr ' +
  'laëtitia leander leandr leandre leandro leane leano leart ledion leela leelou leendert legawa lehna lejla leke leman ' +
  'lembah lemide leni lenia lenja lenka lenn lennard lenne lennert lenni lenny leny lenya leo-paul leodegar leokádie ' +
  'leonel leonhard leoni leonid leonidas leonilda leonio leonis leontin leontýn leontýna leontīne leonzio leonīda ' +
  'leonīds leopold leopolda leopoldine leopoldo leopoldýna leoš leposava lerato lere lerzan lesana lestari leticie ' +
  'letiția letterio letícia leufroy levana levent levin levio levke levoslav lexi leya leyan leyla leyna leïla leïna ' +
  'lešek lia liah liam lian liara liberata liberio libor libora liboria liboslav liboslava libuša libuše libère liběna ' +
  'licia lică lidania lidija lidio lidmila lidya lieke liene lieuwe lieze lili-rose liliane lilianna lilien lilith ' +
  'liliána liliāna lilou lilwenn lily-rose lilya linett linne linnéa linoy linoï lintang linus lioara lionel lior liora ' +
  'lirone lisandro lisann lisanne liselotte lison lital liv liva livie livino livio liviu livius liya liyah liyam liyan ' +
  'liyana lize lizz lizzy liétald liêm liên liāna liễu liệt ljiljana ljuba ljubica ljubiša ljubomir ljudevit loane ' +
  'lodovica lodovico loek loes lohan lolade longin loredana lorella lorenc loreno lorian loriana lorik lorin lotar ' +
  'lothaire lothar lotta lotti lou-ann lou-anne loua louan louane louay loubna louca louis-marie louison louka loula ' +
  'louna lounis lourenço lova lovisa lovorka lovro lowie loïc loïs loïse lua luan lubomír lubomíra lubor luboslav ' +
  'luboslava luboš luc lucca lucențiu lucian lucien lucija lucijan lucius lucián luciána lucja lucjan lucrezia lucreția ' +
  'lucrețiu lucía ludano ludivine ludivoj ludiše ludolphe ludomír ludomíra ludoslav ludoslava ludovic ludovica ludovico ' +
  'ludvig ludvika ludvík ludvíka ludwik ludwika luděk luena luhung luigia luiz lujza luka lukhona lukita lukman ' +
  'lukrecius lukrécie lukáš luluh lulut luminița lumír lumíra lungelo lurhur lutfan luthfi lutibor lutobor luuk luus ' +
  'luwar luwes luzie luân luís luísa luďka luīze luận luật lwandle lya lyam lyan lyana lydie lyes lykke lylia lylou ' +
  'lyna lyne lászló lâm lân léa léana léandre léda léna léo léon léonie léonne léopold léopoldine lévi lívia lütfi ' +
  'lütfullah lýdia lýdie lāsma lăcrămioara lăng lĩnh lība līga līksma līna līva līvija līze lūcija lưu lương lạc lập ' +
  'lộc lợi lục lực maad maaike maarit maarten maartje maayane mabela maca macaire macaria macario maceo mack mactar ' +
  'madalena maddalena madelief madhuri madina madita madlaina madleen madlen mads mady mael maelle maelys maeva maeve ' +
  'maffeo magdaléna maggiorino maguelone maguette mahamadou mahault mahaut mahe mahendra mahesa mahesh maheswar mahfud ' +
  'mahir mahmud mahmut mahulena mahzun mahé maica maija maik maike maila mailin mailo maimunah maiorico maitê majda ' +
  'makan makar makara makary makhtar makinwa maks maksim maksud maksym maksymilian makuta malak malati malco malea ' +
  'malene malick malik mališa mallaury malou malte malthe malti malvína malvīne malwina mamadou mamady mamert mamoudou ' +
  'mamour manah manal manassé manca mancio mandaakin mandakini mandla manel manelle manetto manfred manfredo manfréd ' +
  'mangala mangalya manik manikya manil manilio manisha manjusha manlio manoah manole manon mansur mansvet manuele ' +
  'maphikelela marah maram maras marc-antoine marceli marcelin marcello marcelo marcelína marcheta marcin marcos marcu ' +
  'mareike marena margana margarida margaréta margaux margita margrit margrith mariadi mariama mariame maricarmen ' +
  'maricica marie-ange marie-lou marieke mariem marieta marija marijan marijana marijn marika marilena marilú marinela ' +
  'marinella marinetta marinko marinus marioara mariola marius marián marième marja marjan marjane marjatta marjeta ' +
  'markika markku markéta marlie marlies marlis marlon marly marlène marolo marouane maroš marrit marsito marsudi ' +
  'martaka martana martani marthe martim martti martyna marut maruta marwa marwan marwane marwata marwen marwin maryadi ' +
  'maryanto maryna marzia marzio marème marína marģers massamba massima massimiliano massimo massinissa matan matei ' +
  'mateja mateus matheo matheus mathijs mathurin mathys mathéo matija matis matisse matjaž matko mato matouš matroniano ' +
  'mattea mattes mattheo matthias matthieu matthijs matthis mattias mattis mattéo matylda matys matyáš matías matúš ' +
  'matěj matīss maud maugis mauricette maurilio maurits maurizio maurycy mawuena mawusi maxellende maxence maxens ' +
  'maximilian maximiliano maximilien maximilián maxmilián mayane mayeul mayla mayline maylis mayoor maysa mayson mayssa ' +
  'mayte mazhar maé maélis maël maëlie maëline maëlis maëlle maëly maëlyne maëlys maëva maï maïly maïlys maïmouna maïna ' +
  'maïssa maïssane maïwenn małgorzata maša mašinka mbalienhle mbaye medard medardo medea medine medoro meena meenakshi ' +
  'meghnad meghnath mehdi mehmet mehtap meik meike meire melanio melchiade melchiorre melek melenija melezio melichar ' +
  'melih melike melikşah meline melitina melle mellina mels meltem melusine melvil melvyn melánia melánie memduh ' +
  'menahem menaka menardo mence mendel menelao meneo menka menno mennone menodora meral merete meriam meriem merih ' +
  'merijn meriç merjem mert merve mervin merwan meryam meryem mestan mesut metin metod metoděj metrofane mevlüt mex ' +
  'meyra meïssa mečislav mečislava mhambi micael michala michalina michaël michał michela michèle mickael mickaël mieke ' +
  'miha mihael mihaela mihai mihail mihailo mihajlo mihnea mihriban mihály mija mijat mikail mikaïl mikko miklós ' +
  'mikoláš mikołaj mikuláš milada miladin milana milanka milanko miles mileta milhan milica milisav milivoj milić ' +
  'miljan miljana miljenko milka milo milojica milomir milorad miloslav miloslava milota milou milouš milovan milovín ' +
  'miloň miloš milred milutin milutín miluše milík milíč mima mimma minakshi minervina minervino minka minodora mioara ' +
  'miodrag miomir mirabela mirac miran miray miraç mirco mirek mirela miriama mirja mirjana mirka mirkelam mirko mirkó ' +
  'mirocleto miromil miromila miron mirona miroslava mirthe mirtil miruna misaele misbah mischa mislav mitar mitch ' +
  'mithat mitică mitja mitruț miya miên miķelis miša miško mlad mladen mlađana mnata mnislav mnislava mobolaji moctar ' +
  'modibo modou modrīte modupe mody mofifoluwa mohamadou mohamed-ali mohamed-amine mohammad mohana mohinder mohini ' +
  'mojca mojisola mojisoluwa mojmír mojżesz mojžíš momir momira monaldo monalisa monserrat monvīds moradeke morayo ' +
  'morenike morgane moric moris morolake morris morten mory moses mosinmileoluwa mosunmola mosè motunrayo mouctar ' +
  'mouhamadou mouhamed mouhameth mouhammadou moussa moustafa moustapha moyosore mozes moïra moïsette mořic mpilo ' +
  'mpumelelo msizi mstislav mthunzi muammer muaviye muaz mudīte mugur mugurel muhammed muharrem muhsin muhtar muhterem ' +
  'muhteşem muhyiddin mujur mukadder mukaddes mukesh muktedi muktedir muktefi mukul mulya mulyanto mulyono mumpuni muni ' +
  'murat muriela murilo mursinin mursita murti musawenkosi muslih mustapha mustika mustofa mutahhar mutasım muteber ' +
  'mutemed mutia muttalib muyiwa muzaffer muziano mya myla mylan mylo mylène myron myrthe myrtil mája márcia mária ' +
  'mário márk márton mátyás máté médea médoune médéric mégane mélanie méline mélisande mélissa mélissandre mércia ' +
  'mérovée mína mónica móric müesser müfid müge müjdat müjde müjgan mükerrem mümtaz münevver münir müren müzdad müşir ' +
  'māra mārcis māris mārtiņš mārīte mădălin mădălina mălina mărioara măriuca mētra mısra mạnh mẫn mậu mộc mộng nabil ' +
  'nabila naci nadalina nadežda nadi nadja nadzieja nadège naděžda nael naemi nafiz nagabhushanam nahel nahid nahil ' +
  'nahla naim najam najib najla najwa nala nalan nalar nalini namazio namık nand nanda nandi nando naneta naomie ' +
  'naoufal naoufel nara naradi narayan narendra narinder narji narseo narsete nasab nasim nasrullah nassim nastja ' +
  'natalija natalina natan natanael nataniel natasa nataša natașa nath nathanael nathanaël nathaniel natka natália ' +
  'natálie naud naudet naura naveen navin nawal nawel nawfel naya nayel nayla naz nazan nazariusz nazary nazif nazim ' +
  'nazlı nazmi nazzareno nazzaro nazım naël naëlle naïa naïl naïla naïm naïma naïs naďa nađa ndleleni ndondoloza neal ' +
  'nebojša necat necati necdet nechifor necib necla necmettin nedeljko nedim nedjeljka nedjeljko neela neele neeltje ' +
  'nefeli nehir neiva nejat nejc nejla neklan nela nele neli nelio nelli nelu nelya nemanja nenad neopolo neoterio ' +
  'nepomuk nera nerea nereo nergis nermine nesa nesim neslişah nesrin nesrine neven nevena nevenka nevin nevio nevra ' +
  'nevzat neyla nezamysl neïla neşet nga nghi nghiêm nghiệp nghĩa nghị nguyên nguyết nguyễn nguyệt ngà ngân ngôn ngạn ' +
  'ngọc nhan nhi nhiên nhiệm nhlakanipho nhu nhung nhuận nhàn nhân nhã nhơn như nhượng nhạn nhất nhật nia niame ' +
  'nicarete nicea niceforo niceto nicezio nichifor nicklas nicla niclas nicoară nicodim nicolae nicolai nicolaie ' +
  'nicoleta nicoletta nicoline nicolás nicolò nicu niculina niculiță nicușor nicuță nicéphore niek niels ' +
  'niels-christian niene nienke nigar nigel nihal nihan nihat nika nike nikkie niklas niklaus niklāvs niko nikodem ' +
  'nikodém nikodéma nikol nikola nikolas nikolasz nikoleta nikolina niké nikša nilam nilde nilgün nimakoah nimas nimit ' +
  'nimród ninh niniano ninioluwa ninon ninthe nio niouma niranjan nirbhay niro nisa nisan nives niyaga niyazi ' +
  'niyilolawa nizamettin nizar niệm njegomirka nkanyezi nkosenye nkosingiphile nkosinhle nkosiyabo nnamdi noa noam ' +
  'noami noan noar noelie noemie nofoto noha noham nohan nokuthula nolann nolhan nolwazi nomi nomvula nonhlanhla ' +
  'nonjabulo nonkululeko noor noortje norbert norberta norberto nore norhane norica norina nostriano noud nouha nour ' +
  'noura nourane nouri nout novan novi noviana novita nowi nox nozipho noâm noè noé noémi noémie noë noëlla noëlle ' +
  'nrima ntokozo ntombizodwa nuccia nugraha numan nunziata nural nuran nurettin nurgül nuri nuria nursel nurseli nurul ' +
  'nurullah nusret nuša nyana nynke nyoman nándor nátán néhémie nélia nóra núbia núria nükhet năng něhoslav nương oana ' +
  'oanh oba obanijesu obioma obrad obren oceane octav octavian octaviana octaviu oddone oderico odeta odetta odidone ' +
  'odile odilon odin odolen odon odorico odunayo ofélia ofélie oger ognjana ognjen ogooluwa ojaswini ojārs okan oke ' +
  'okiki okta oktavie oktavius oktavián oktay okto oktávie okşan oladara oladare oladimeji olaide olajumoke olakunle ' +
  'olamide olanrewaju olansile olaoluwa olasunmbo olatunbosun olavi olayinka olbram olcay oldrich oldřich oldřiška ' +
  'olgica olimpian olimpiu olindo oliver olivie oliviera oliviu olivér oliwia oliwier olle olof ololade olufeyisayo ' +
  'olufunke olufunmi olufunmilayo olumide olumorotimi olusola olutomiwa oluwafemi oluwagbemiga oluwakemi oluwamumibori ' +
  'oluwamuyiwa oluwasanmi oluwasegun oluwasemilore oluwaseun oluwaseyi oluwatimilehin oluwatobiloba oluwatofunmi ' +
  'oluwatosin oluwatoyosi oluwatumise oluwole oluwunmi olympie olívia olīvija oman omawunmi ombeline ombline ombretta ' +
  'omobobola omobolanle omodunni omolabake omolara omolola omosalewa omotara omotayo omotola omotolani omotoun omowumi ' +
  'ondine ondrej ondřej ondřejka oni onome onorata onorina onorino onorio onoriode onufry onur oona oormila opan ' +
  'opemipo opeoluwa opeyemi ophelie ophélie opung orazio orell oren orenzio oreofe orest oreste orestes orfeo orhan ' +
  'oriande oriane orietta orio orlane ornella oronzo orsola ortansa orvokki osanna oskari osmondo osmund ostoja ' +
  'osunleke osvald osvaldo ota otakar otakara otello othmane otilie otmar otokar otomar ottaviano ottavio ottilia ' +
  'otília otýlie otīlija oumar oumayra oumou oury ousmane oussama ovidio ovidiu ovidius oxana oya oyenike oyindamola ' +
  'oyindasola ozan ozana ozanne ozren ozy oğuz oğuzhan oļegs oļģerts oľga pablo paciano pacifico pacomio pacôme padma ' +
  'padmi paiman pakize palladia palmazio palmiro pamfil pammachio panagachie panait pancario pandu pangeran pangestu ' +
  'panji pankracy pankrác pantaleon param paramartha paramita paraschiva paride parman parmenio parsival parvati ' +
  'pascale paskal paskala paterniano pathé patricie patricija patrik patrizia patroclo patrycja patrycjusz patrycy ' +
  'patryk patrícia patrīcija paul-antoine paul-arthur paule paulica pauliina paulo paulína paulīne pauside pavica pavla ' +
  'pavle pavlín pavlína pavol paweł payidar pelagia pelagie peleo pelhřim pelin pelinsu pelumi pembe penda penelopa ' +
  'pentti pepijn pepo perceval perica pericle perihan perikles perkasa pernilla perran perseo persida pertev peruna ' +
  'perver pervin perzida petek petko petrana petre petrică petrija petrișor petronela petronilla petronille petronius ' +
  'petru petruše petruț petruța petteri petula peyami pharell phil phila philani phileas phileine philemon philibert ' +
  'philine philipp philippa philippe philippine philomène philothée philou philémon phiwokwakhe phong phu pháp phát phú ' +
  'phúc phương phước phượng phục phụng pien piera pierangelo piergiorgio pierluigi piermarco piero pierre-alain ' +
  'pierre-alexandre pierre-andré pierre-antoine pierre-louis pierrick piersilvio pieter pietro pim pippo piraye pirjo ' +
  'pirkko pius placida platon platone platón pleun plinio plutarco pola polidoro polifemo polikarp pollione polona ' +
  'polykarp polyxena pompeo pompilia pompiliu pomponio pontus ponziano poornima porfirio porfiriusz porfiry porzia ' +
  'porziano postumio poul praba prabawa prabowo prabu prakosa pramila pran pranata pranawa pranay prasad prasanna ' +
  'prasetya prasetyo prassede prathamesh pratiwi pravdan pravdomil pravdomila pravomil pravomila pravoslav pravoslava ' +
  'prayag prayitna prayoga prayogo predrag preity prem prema primož prisca priscille priska prita priyala procopio ' +
  'profira prokles prokop prokopa prokul proserpina prospera prospero protasio prudenzia prudenzio prvoslav publio puji ' +
  'pulchérie puneet pupolo puput purnima purushottam purwa purwadi purwanto pushti pusicio puspa puspita puti putri ' +
  'putu päivi pécine pélagie pénélope pétronille pārsla pāvils pătru pēteris pınar přemysl přibyslav přibyslava qori ' +
  'quang quartilla quentin quentine querano quinten quintia quintiliano quintilio quinty quinziano quinzio quirin ' +
  'quirino quiteria quitterie quiéta quyên quyết quyền quân quý quảng quế quốc quỳnh rachela rachid raci radan radana ' +
  'radegast radeke radenko radha radhost radika radim radimír radimíra radina radislav radislava radit raditya radivoj ' +
  'radivoje radiša radka radko radmil radmila radmilo rado radojka radolfo radomil radomila radomir radomír radomíra ' +
  'radosav radoslava radovan radovana radoš radslava radu radul radvan radúz rafael rafaël rafał rafet raff raffaele ' +
  'raffaella rafi rafid rafila rageshwari rageswari raharja rahayu rahel rahim rahime rahma rahmat rahmawati rahmi ' +
  'rahşan raif raihan raik raimondo raimund rainald rainaldo rainelda rainhard rainold raj rajan rajana rajendra ' +
  'rajinder rajiv rajko rajmund rajna rajnold rajsa rakesh rakita rakıp ralf raluca ramaa ramata ramatoulaye ramazan ' +
  'ramesh rameshwar ramiro ramiz ramy randal randolf ranek rangga raniero ranim ranjeet ranjit ranko ranolfo ranya ' +
  'raoul raphaël raphaëlle rareș rasheedah rasim rasmus rastislav rastislava rati ratibor ratih ratimir ratmír ratna ' +
  'rauf raul rawane rayan rayane rayen rayyan raúl raşit raško rebeka rebekka recai recep refah refet refik reginald ' +
  'reginaldo regitze regnārs regolo regula regína regīna reha reinhard rejan reksa relja relu remi remig remigio ' +
  'remilekun remondo remus remzi renato rendy rengin renja rens renske renzo renát renáta rené renée renārs renāte ' +
  'respati respicio restu resûl resül retno revi reybaud reyhan reza rezzan reşat rian riana ricardo ricario riccarda ' +
  'richarda richelmo richárd rickey ricky ridwan rieke rifat riitta rija rika rike rikke rina rinaldo rini rino ristana ' +
  'ritesh ritva riyad rizki ričards robaldo robertina robi robina rodan roderik roderyk rodiano rodica rodoljub ' +
  'rodolphe rogelio rohan rohana rokhaya rokia roko roksana rolando rolfo romane romanița romee romeu romilda romina ' +
  'romoaldo romola romolo romuald romualdo romul romulus romy roméo romāns ronan ronja ronke rosa-maria rosamunda ' +
  'rosman rosmunda rostislav rostislava rotimi rovena roxelana roxy rozalia rozalija rozalinda rozamunda rozana rozina ' +
  'rozita rozvita rozália rozálie rubiano rubén rudi rudolf rudolfa rudolfina rudolfína rudra rudīte ruedi rufino rufus ' +
  'ruggero ruhsar rukhmani rukmin rumena rupinder ruprecht rusman ruxanda ruxandra ruža ružena ružica ryad rym ryszard ' +
  'ráchel régine régis réjean réjeanne réka rémi róbert róza róża rúben rút rükneddin rüya rüçhan rüştü răducu răzvan ' +
  'rıdvan rıfat rıfkı rıza rūdis rūdolfs rūsiņš rūta růžena saadat saar saba sabar sabazio sabele sabri sabrine sabína ' +
  'sabīne sachin sacid sada sadberk sadettin sadi sadina sadio sadri sadullah sadık safa safae saffet safia safiatou ' +
  'safira safiya safiétou safouan safouane safta sagar sahra saiful saim saka sakari sakina sakti sakura saladino salif ' +
  'salih salim salimah salimata salimatou saliou salman salomea salomena salomey salomone salomè salomë salsabila ' +
  'salustio salwa salwator saly samed sameer sami samia samiah samih samim samona samsul samu samuela samuele ' +
  'samukelisiwe samuël samy sanaa sandrine sandro sandu sanele sanem sanja sanjin sanka sanne sante sanya saphira ' +
  'sarada sarala saraswati sarbello sare sarisha sarla sarmīte saroja sarra sartika sarvin sascha saskia saskie satine ' +
  'satish satu satya satyen saul saulcerīte sava savaş saverio saveta savi savin savina savinien saxona saèr saïd saúl ' +
  'saša sašo scholastika scholastique scolastica seb sebas sebastiaan sebastiana sebastien sebastián sebastião ' +
  'sebastjan sebestian seckou seconda secondiano secondina sedat sedef seden sedrik sef sefer seff sefora segilola ' +
  'sekinat sekou selahattin selami selda selen selim selin selvi selyan selçuk selène semenica semih semiramide ' +
  'semplicio semra senay senesio senka senofonte senta sephora sepp seppo septi serafin serafína seraina serap ' +
  'serapione serbülent serenus sergej sergen sergi sergiu sergiusz serhat sermet serpil sertap sertaç servidio ' +
  'serviliano servác seth settar settimio setya sev seval sevda severa severiano severin severina severino severín ' +
  'sevgi sevil sevim sevinç sevtap seweryn seydou seye seyfettin seyfi seyfullah seynabou seyyit seçil seçkin sfiso ' +
  'shaka shakila shakti shakuntala shalewa shania shankar shantanu shany sharmila shashi shashikala shayan shayma shaï ' +
  'shaïly shaïma shaïna sheela shekoni sher sherine shirel shirine shivakari shobhana shola shresth shresthi shreya ' +
  'shreyashi shridevi shrishti shubha shubhaprada shwet shyrel siana siara sibel sibongile sibusiso sibyla sico ' +
  'siddarth siddhi siddhran sidiq sidoine sidon sidonia sidonie sidonio sidy sidónia siebe siem siep sifiso sigebert ' +
  'sigfrido sigfríd sigismond sigismondo sihem sijuade silja silje silke siloe silvan silverio silvestr silvestro ' +
  'silvian silviana silvija silvio silviu silvius silván silvána silvère simea simen simeon simeona simge simi ' +
  'similoluwa simina simion simisola simonetta simonida simão siméon sina sinan sindisiwe sindre sinem sinenhlanhla ' +
  'sinesio sinfronio sinică sinikka siniša sinja sinkler sintia siphephelo siphiwe sipho sira sireno siricio sirine ' +
  'sirineu siré siska sisto sitara sithembiso siti siv sixt sixtine sixtus siyanda sizakele sizani siêu siënna sjoerd ' +
  'sjors skaidrīte skander skarlet skarleta slamet slava slavek slaviboj slavibor slavica slavka slavko slavoboj slavoj ' +
  'slavoljub slavomil slavomila slavomír slavomíra slavěna slađana slobodan slobodanka sloka sláva slávek slávka ' +
  'smaranda smeralda smil smiljana smilla smita smriti sname snežana snježana soan soběslav soběslava socrate sofiane ' +
  'sofie sofija sofronia sofronie sofía sohan sohane sokhna sokrat solal soleh solenn soline solocone solveiga solène ' +
  'somnath somu sondre songül soof soraia sorana soren sorin sorina sostene sosteneo soter sotira souleyman souleymane ' +
  'soumaya sowande soňa speranzio speranța spirydion spytihněv spīdola srboljub sredoje srećko srečko srna stan stana ' +
  'stanca stancu stanimír stanislao stanislas stanislava stanisław stanko staša steeve stef stefana stela stelian ' +
  'steliana steluța sterre stevan steve stig stijn stiliano stina stipan stiriaco stjepan stojan stojanka stojmír ' +
  'strahinja stribor stáza stéphane stéphanie suat subhash subhashini subhasini subhi subodh subomi sucheta suci sude ' +
  'sudeva sudi sujata sukanya suman sumayyah sumitra sunay sune sunita sunniva sunčica surano sururi surya suryakant ' +
  'suryakanta suryakantam susheel sushil sushma suus suze suzon suélen svatava svatoboj svatobor svatomír svatopluk ' +
  'svatoslav svatoslava svea svebor svenja sverre svetislav svetolik svetomir svetozar svetozár sveva sviturno ' +
  'svätopluk světla světlana světluše swapnil swara swarnalata swarup swassane sweta syahrini sybilla sybille sylva ' +
  'sylviane sylwester sylwia synne syrine szabolcs szczepan szofi szofia szonja szymon szófia sába sámo sámuel sándor ' +
  'sáng sára sáva sâkıp sâm sânziana sébastien ségolène sékou séléna sérgio séréna séverin séverine sílvia sông sönke ' +
  'sören søren süheyl süleyman sıdkı sıla sırrı sơn sương tabita taceddin tacjana taddeo tade tadej tadeo tadeáš tadija ' +
  'tahir tahsin taib taiwo talat talay talha talip talita talya tamina tamino tammaro tammo tamás tamāra tancrède taner ' +
  'tanguy tanirika tanju tankred tantri tanushree tanushri tanyeli tapan taras tarcisio tarik tarkan tarsilla tarun ' +
  'tarık tasdik tasnim tasnime taswir tatjana taufan taufik tayfun tayler tayyar taziana taziano tazio taïna taïs ' +
  'taşkın taťána tedi teea teguh teije tej tejas tejumola tekin tekinalp tekla telchide telica tellervo temel temidayo ' +
  'temistocle temitope teo teobald teobaldo teodata teodolinda teodor teodorik teodoro teodosia teodoto teodoz teodozie ' +
  'teofan teofil teogene teohari teoman teona terenc terencius terencjusz tereza terezie terezija terézia terēze ' +
  'tesifonte tesnim tesnime teudosia teun teunis tevfik tevhid tezcan tezel tezer thabisa thadie thalea thamsanqa ' +
  'thando thanina thaïs themba theodor theodorik theodosie theofan theofil theofila theophane theophile theotime ' +
  'therèse thibaud thibaut thibert thibo thierno thierry thije thijmen thijn thijs thilo thirza thiên thiếu thiều thiện ' +
  'thiệu thoa thobeka thorben thore thorge thoại thulani thulisile thuyết thuần thuận thuật thành thái théa théo ' +
  'théodora théodore théodose théophane théophile théophraste thérèse thêu thông thùy thúc thúy thăng thơ thư thương ' +
  'thường thượng thạc thạch thảo thất thắm thắng thế thể thịnh thọ thống thời thụ thục thụy thủy thực tibaldo tiberia ' +
  'tiberiu tiberius tibo tibor tiburcius tiburzio tichomil tichomír tichon ticone tidiane tieme ties tiguida tihomir ' +
  'tijana tijmen tijn tijs tilen tilio tillmann tim timbul timea timmy timoléon timotei timotej timoteus timothe ' +
  'timothee timothée timéo tincuța tinh tiphaine tiril tirta tirtayasa tirza titien titilayo titilope titin titouan ' +
  'tizian tiziana tiziano tiên tiến tiếp tiền tiển tiểu tjark tjaša tobia tobiasz tobiloba tobiáš todor toki tokunbo ' +
  'tolomeo tolulope tolunay toluwalope toluwani toluwanimi tomaž tomiloba tomislav tomislava tomke tommaso tomori tomás ' +
  'tomáš tomáška tomé tonija tonko tonnin tonči tončica torben torbjörn torkvát torquato torsten tosca toscane toska ' +
  'toàn toại toản traian trajan tranh trasea trevor trilochan trilochana trilok trilokanath trilokesh triloki tristano ' +
  'triết triều triển triệu troels trpimir trpko trung trà trác tráng trâm trân trình trí trúc trīne trương trường ' +
  'trưởng trạch trầm trọng trụ trực tsabita tsipora tuana tudora tudorița tudosia tufan tugay tugiman tuhfe tullia ' +
  'tunahan tunay tunç tunçer tuomas turan turgay turgut turi turibio turna turold tushar tussio tutku tuula tuulikki ' +
  'tuva tuyến tuyết tuyền tuyển tuğba tuğrul tuğtekin tuấn tuệ tvrtko twan tybalt tycho tygo tymeo tymon tymoteusz ' +
  'tyron tyrone tài táňa tâm tân tích tín tính tôn tùng tùy túy tülay tülin tümer türkan türkay türker türkeş tālis ' +
  'tālivaldis tālrīts tīna tınas tường tấn tất tịnh ubaldo ubertino uberto uchita uda udai udit udo ueli uffe ufuk ugo ' +
  'ugolina uguccione uhra ujjawal ujjwal ukbe ulberto ulderico ulfa ulfo uli ulisse ulpiano ulrico ulrik ulrika ulstano ' +
  'ulus uluthando ulvi ulviye ulwazi ulya ulysse uma umang umar umay umaya umberto umi umur umuralp umut undīne unggul ' +
  'unjani upendra upik urdino uriel uriele urmila uroš urs ursicio ursino ursmaro ursule urška uršula uršuľa usame ' +
  'usman usyi utama utku uttam uygu uyên uyển uzodimma uğur uģis vadim vagn vahdet vahid vahide vahâ vaidehi ' +
  'vaijayanthi vaijayanti vaishnavi vaishno vaishvi vala valburga valdemar valdemara valdemārs valentijn valentim ' +
  'valentín valentína valentýn valentýna valentīna valentīns valera valeriano valerico valerija valeriu valerián ' +
  'valfredo valfrido vali valtena valter valtr valtteri valère valér valéria valérie valéry valērija valērijs vanja ' +
  'vanya varalakshmi varo varvara vasanti vasil vasile vasilica vasilică vasilisa vasja vasko vasudev vasudeva vasudha ' +
  'vasundhara vatroslav vavrinec vavřinec vecdi vedang vedanga vedanshi vedasto vedat vedran vedrana veerle vefa vefik ' +
  'vehbi veikko veit velana velaphi veleslav veleslava veli velibor velimir velimira velimír velina velio velislav ' +
  'velislava venance venanzio vencel venceslas vendelín vendelína vendula vendulka venerio veniamin venusta venustiano ' +
  'venuše verdiana vere verenzio veriana verica veridiana verner verulo veselinka vesile vesna veysel veysi vezio ' +
  'vianney vibeke vic vicdan vicente vicenția vicențiu victorin vidak vidhur vidhya vidiano vidone vidor vidur vidya ' +
  'vienna vieroslava vieve viggo vigo vijeko vijolīte vik viktorie viktorija viktorin viktorín viktória vildan vilde ' +
  'vilemína vilfredo vilhelm vilhelmīne viliam viliana vilibald viliberto viljem villy vilmar vilmos vilmārs vilém ' +
  'viléma vimal viman vinay vince vincenc vincencie vincenzo vincențiu vinciane vindonio vinebaldo vinfrido vinh ' +
  'vinicio vinka vinsen vinz violante viorel viorela viorica virgile virgilio virginio virgínie virman virág visarion ' +
  'viscardo vishnu vishwamitra vissia vitalico vito vitold vitor vittore vitus vitória vitālijs vivaldo vivi viviano ' +
  'vizbulīte viên višnja viết viễn việt vjekoslav vjenceslav vlad vladan vladana vladek vladimira vladimiro vladimír ' +
  'vladimíra vladislav vladislava vladivoj vlado vladěna vlaicu vlastimil vlastimila vlastimir vlastimír vlastimíra ' +
  'vlastislav vlastislava vlatka vlatko vlk vodingo voichița voicu vojen vojin vojislava vojmil vojmír vojmíra vojslav ' +
  'vojslava vojtech vojtěch vojtěška vok voldemārs volfango volfgang volkan voršila vratislav vratislava vratko vreni ' +
  'vrinda vrund vsevolod vujadin vujica vuk vukan vukašin vukica vukota vulmaro vulpiano vuslat vusumuzi vyas vàng vành ' +
  'václav václava vân vânia vít víta vítoslav vítězslav vítězslava víťazoslav văn vēsma věduna věnceslav věnceslava ' +
  'věnek věnka věra věroslav věroslava věslava vĩnh všeboj všebor všerad všeslav vương vượng vạn vịnh vọng wacław wael ' +
  'wahyu wakiman walenty walentyn walentyna waleran waleria walerian walery walgierz walid waluyo waly wandrille wanesa ' +
  'wani wannes wardaya wardi warji warley warre warsa warsita warta wasis wassim wawan wawrzyniec waël weronika wes ' +
  'wiara wibke widya wiebke wiem wiktor wiktoria wilbert wilfred wilfried wilfryd willem willi wincenty winda wira ' +
  'wirda wirginia wisnu wissam wissem witalis wulan wulandari wuraola władysław włodzimierz xanana xander xanh xaver ' +
  'xaverie xaverius xavi xavière xem xenie ximena xuyến xuân xénia xénophon yaa yacine yacouba yago yahya yakubu yalgın ' +
  'yalçın yaman yamileth yamina yana yance yango yani yanis yann yanni yannic yannick yannik yannis yaprak yara yarah ' +
  'yaren yaretzi yaro yaron yasemin yasin yasmina yasser yassin yassine yassir yavuz yaya yazid yaël yaëlle yağmur ' +
  'yağız yaşar yejide yekta yelda yeliz yener yenthe yessi yetkin yetunde yewande yeşim yfke yibanathi yinthe yiğit ' +
  'ylan ylvi ylvie yoan yoann yoav yogendra yogesh yoginder yohan yohann yona yonca yono yoro yosef yosra yossef yosun ' +
  'youcef youmna youna younes youness younès youp youri yousef yousra youssou youssouf youssouph youssoupha yoël ' +
  'ysaline yse ysee yseult ysé ysée yulia yuliana yumi yuna yuni yunita yunus yusuf yvan yven yves yên yüce yücel ' +
  'yüksel yümni yıldırım yıldız yılmaz yến zabedeo zabina zaccaria zaccheo zachar zacharia zachariasz zacharie ' +
  'zachariáš zaché zackary zadig zaenab zafer zafir zaharia zahide zahra zaira zakaria zakariya zakary zakarya zaki ' +
  'zakir zala zalindra zalán zama zamfir zamfira zamir zamira zanele zanita zanobi zaraza zarije zavida zayd zayn ' +
  'zayneb zbislav zbyhněv zbyhněva zbyněk zbyslav zbyslava zbyňka zbyšek zbyška zdena zdenka zdenko zdeněk zderad ' +
  'zdeslav zdeslava zdeňka zdirad zdislav zdislava zdravko zdík zef zehra zeinab zejnep zekai zekeriyyâ zekiye zelie ' +
  'zeliha zelinda zeltīte zenaide zenebio zeno zenobie zenobio zenon zenone zenovia zente zenzele zerrin zetico zev ' +
  'zeyd zeynab zeyneb zeynel zeynep ziad ziedīte zigfrīda zigfrīds zigmārs zigrīda zihnî zikmund zinaida zineb zinedine ' +
  'zithulele ziva ziver ziya ziyad ziyâd zlata zlatan zlatica zlatka zlatko zlatomír zlatomíra zlatuše zobuhle zoey ' +
  'zofija zohra zoilo zoja zoltán zoran zorana zorka zoroslav zoroslava zosim zosima zosimo zoéva zoë zrinislav zrinko ' +
  'zselyke zsombor zsófia zulaikha zulfa zulfikar zuzana zuzanna zvezdana zvonimir zvonimír zvonimíra zvonko zyad ' +
  'zygmunt záboj záviš zâfir zâhit zénó zéphirin zétény zübeyde zübeyr zühal zülal züleyha zülfikâr zümrüt zīle ábel ' +
  'ádám ákos ámos ángela ángeles ánh ármin áron árón áurea âmir ângelo åke åsa çaba çabdar çablı çabuş çalapkulu çankız ' +
  'çağan çağatay çağdaş çağla çağlar çağlayan çağru çağrı çağrıbeğ çağrıhan çağrıtegin çağıl çelen çelik çemen çemgen ' +
  'çetin çetinel çetiner çeykün çeşminaz çilay çilenti çiler çimen çise çisil çiçek çiçem çiğdem çişem çobulmak ' +
  'çocukbörü çokramayul çolman çolpan çölü çıgıl çıngır ève édith édouard éleuthère élia éliane élias élie élisabeth ' +
  'élise élisée élodie éloïse élzéar éléna éléonore émeline émeric émile émilie émérance émérencie énora éric érica ' +
  'étienne éva évangéline évariste évelyne évrard ígor íris óscar ömer önder öykü özcan özden özer özge özgür özhan ' +
  'özkan özlem özlen öznur ülfet ülgen ülker ülkü ümit ümmiye ümran ünal ünsel ünseli üzeyir ādams ādolfs ārija ārijs ' +
  'āris čarna časlav čedomir čeněk čestmír čestmíra čeňka čistoslav čistoslava đan đina đinh điền điệp đoan đorđe đoàn ' +
  'đura đurađ đurda đurica đài đàn đào đình đôn đông đăng đơn đường đại đạo đạt đắc định đồng đức ērika ēriks ēvalds ' +
  'ģederts ģertrūde ģirts īrisa ľubica ľubomír ľubomíra ľubor ľuboslav ľuboslava ľuboš ľudmila ľudomil ľudomila ľudovít ' +
  'łazarz łucja łukasz řehoř řehořka şaban şadan şahap şahin şahinalp şahsuvar şahsüvar şakir şamil şarani şayan şebnem ' +
  'şecaeddin şefik şehlevent şehrazat şelale şemsi şenay şener şengül şennur şenol şerafettin şeref şerif şermin şevket ' +
  'şevki şevval şeyban şeyda şeyma şihab şihabeddin şiir şinasi şir şule şâfi şükrü šalamoun šalomoun šarlota šavel ' +
  'šebastián šimon šimona špela štef štefan štefánia štěpán štěpána štěpánka šárka šťasta żaneta žakelina žakelína žan ' +
  'žaneta žanete žanis žanna žarko ždan ždana želibor želimír želimíra želislav želislava željka željko želmír želmíra ' +
  'ženija žiga žigmund žitomír žitomíra žitoslav žitoslava živa živan živana žofia žofie žubīte șerban ștefan ștefana ' +
  'ștefania';
