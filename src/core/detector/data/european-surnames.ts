/**
 * Surnames from 35 locales of @faker-js/faker 10.6.0 (MIT; see NOTICE.md), without those that are words in the en/de/fr/es/nl/it
 * Hunspell dictionaries. Used only as the second word of a capitalised pair ("Higinio Carrasco"), never alone.
 */
export const EUROPEAN_SURNAMES: string =
  'aalbers aalerud aaltonen aasen abacı abadan abadžija abadžić abalıoğlu abay abazović abbas abbate abbott abbrescia ' +
  'abdi abegglen abernathy abeyta abicht abiodun abiola abodunrin abosede abrahamsson abramovic abrego abreu abshire ' +
  'acar accardi accardo accurso acevedo acheampong achkinadze aclan acosta acquadro acquaviva acquistapace acuña ' +
  'adadevoh adal adamcová adamczak adamczyk adame adamec adami adamiak adamiec adamo adamović adamová adamowicz adamski ' +
  'adamus adan adanır adaobi adašević addari addis adebayo adebisi adegbite adegboye adegoke adekunle adelakun adeleke ' +
  'adelusi ademayowa ademiluyi ademola adeniyan adeoluwa aderibigbe aderinsola aderogba aderonke adesina adesiyan ' +
  'adewale adewunmi adewura adeyemo adin adisa adomah adomako adongo adragna adusei adutwum adámek adámková adıvar aebi ' +
  'aebischer aeby affinito afirifa afoakwa afolabi afolayan afonja afunku agboola agnes agostinelli agostini agresta ' +
  'aguayo aguilar aguilera aguirre aguridić agyapong agyare agyei agyemang ahić ahlke ahmed ahmetspahić ahonen ahortor ' +
  'ahrenberg ahrens aiello aigbiniode aigner aigroz ajakaiye ajao ajayi ajewole ajose-adeogun ajvazović akal akalın ' +
  'akar akay akaydın akbaba akbay akbulut akcan akdağ akdemir akeem-omosanya akel akerele akgöz akgül akgün akifović ' +
  'akinrinola akintade akkan akkaya akkaş akkor akkoyun akkoyunlu akkoç akkurt akman akoto akowua akpınar aksakal aksel ' +
  'aksentijević aksentić aksin aksić aksović aksoy aksungur aktan aktay aktaş akyeamfuɔ akyeampong akyel akyena ' +
  'akyerεko akyürek akyüz akyıldız akçal akçalı akçay akıncı akışık akşit akšam alabi aladić aladžić alaimo alaković ' +
  'alanis alaniz alanović alaníz alarcón alargić alavanja alavantić alberti albrechtová albu albuquerque alcala alcalá ' +
  'alcamo alcaraz alcántar alejandro aleksandrowicz aleksić alessandrini alessi alev alexa alexandrescu alexandru alexe ' +
  'alfano alfaro alfermann alfieri alicea alidi aligbe alih alija alikavazović alivernini alizadeh aličić aljančić ' +
  'alkan alkaya alkhamis alković allegretti allgeyer almanza almaraz almaráz almašac almeida almonte alnıaçık aloba ' +
  'alonzo alparac alpman alpuğan altamirano altan altenwerth altieri altun altuntaş altınay altınbaş altınel altınok ' +
  'altıntaş altınışık altıok aluga alva alvarado alvarez alves alyanak alıcı amadori amaechi aman amann amaral amaya ' +
  'amberg ambrosini ambrosino ambrosio ambrož ambrožová amendola amerio aminat ammann ammoscato amoa amoako amoasi ' +
  'amorim amoruso ampadu ampofo amponsah amrein amundsen anaya ancona andersen anderson andersson andesilić anding ' +
  'andić andonov andonović andorful andrade andreassen andreasson andrejević andrejin andrejić andreković andreoli ' +
  'andresen andrisani andriška andrle andrlová andrzejczak andrzejewski anděl andělová anelli angeletti angeli angelini ' +
  'angelis angeloni angelucci anggreny anghel angster anguiano angulo anjos ankra ankunding anokye anselmi anselmo ' +
  'antal antalová antczak antenucci antezza antonacci antonelli antoni antonini antonić antonović antonucci antović ' +
  'antoš antošová anttila antunes antunović antušević antwi anučin anušić anzalone anđelić anđelković aparicio apicella ' +
  'apitz aponte apostol appiah aprile aragón aramini arap aras araújo arcangeli archuleta ardelean ardeleanu aregger ' +
  'aremu arenas arendt arens arevalo argenio argiolas arguello argüello arhanić arias arlović arman armas armendáriz ' +
  'armenta armijo arnaud arnesen arpaši arredondo arreola arriaga arsenić arsić arslan arslanoğlu arteaga artioli ' +
  'arvidsson aryee arıcan arık arıkan arığ asamoa asamoah asante asare asaro aschenbroich ascione asiama asiedu asil ' +
  'aslan aslanoğlu assmus assunção astafei astolfi atakan atakol atalık atan atanda atasever atay atencio ateş atik ' +
  'atlı atzeni atzori atıcı atılgan aubert aubry auer aufderhar augustyn augustyniak avallone avan avcı avcıoğlu avram ' +
  'avsec awodiran awolowo awuah axelsson axmann ayala ayandokun ayaydın ayaz aybar aycan aydan aydemir aydoğdu aydın ' +
  'aygün ayhan ayisat aykan aykaç aykurt ayobami ayomide ayoola aytaç aytek aytekin ayverdi azara azevedo azinić açar ' +
  'açıkalın açıkgöz aïdara aćimović aćin aćić ačanski ačić ađanski ađić ağaoğlu ağca ağırbaş aşkın aşçı aşık aşıkoğlu ' +
  'ašanin ašađanin ašimi aškraba aškrabić ašonja ašćerić aždajić ažić baafi baah baarck baawia babac babacan babalj ' +
  'babalola babalı babaoğlu babarogić babatunde babatz babin babini babić babka babková babou babović babtunde baburić ' +
  'bacalo bacci bachmann baciu badane bademci badji badjuk badu baeza baganz baggio bagiński bagnoud bahadır bahena ' +
  'bahl bahna bahno bahnová bahringer bahun bajc bajer bajerová bajčetić bajčić bajšanski bakal bakan bakaran bakare ' +
  'bakarec bakhoum baki bakke bakos bakırcı bakırcıoğlu balaban balabanović balajić balan balat balašević balašković ' +
  'balaž balažević balboni balcar balcarová balcer balcerzak balck balcı baldassarre balderas baldi baldini balducci ' +
  'baldé baleta baletić balević balešević balint balinčić balistreri baljak balkow balla ballarin ballesteros ballouhey ' +
  'ballı balmer balnuweit balog balogh balogová balogun balogšandor baloun balounová baltacı baltin balzano balzer ' +
  'balázs baláž balážová bamidele bamiloye bamisebi banach banasiak banasik banaś bandini bandić bandićštimac bandl ' +
  'banica banić banićević banićjokić banjac banjak banjalić banjari banov banse banu barajas baraldi baran baranjec ' +
  'baranka baranková baranová baranowski barański barbagallo barbarićšehić barbarosoğlu barbarulo barberi barberis ' +
  'barbieri barbiero barbosa barbulescu bardek baretta bareš barešová bari barillà barinić barisić barišić barlas ' +
  'barletta barna baroni barošević baroševčić barr barras barraza barreca barresi barrientos barrios barros barrows ' +
  'barry barsotti barta bartczak bartell bartels barth bartkowiak bartnik bartoletti bartoli bartolini bartolomei ' +
  'bartolucci barton bartosik bartovič bartovičová bartoň bartoňová bartoš bartošek bartošková bartošová bartulin ' +
  'barták bartáková bartůněk bartůňková barylla barák baráková basar-klapec basara basarić baseda bashirian basile ' +
  'basmacı bassani bassi bastajić bastać batinićšantić batnožić battaglia battisti battistini battke baturalp batz ' +
  'bauermeister bauerová baumann baumbach baumeister baumgartner baur bauschinger bauschke bavaud bayazıt baydar ' +
  'bayerová baykam bayraktar bayraktutan baysoy bañuelos bača bačová bağış başaran başer başoğlu bašta baštová bažant ' +
  'bažantová beahan beatty beavogui bech bechtelar beckel bedewitz bedini bednar bednarczyk bednarek bednarski bednarz ' +
  'bednařík bednaříková bednář bednářová beele beerli beggerow behrenbruch beissmann bejan bekavac bekdik bekjarev beko ' +
  'bekonja bekovac bektaş bektaşoğlu bekvalac bekčić belcar belec belenzada belivuk belić bella belli bellini bellotti ' +
  'bellucci belmonte belojević belopoljac belotti belović belovljev belovuković beloševac belošević beltrame beltrami ' +
  'beltrán belvisi belz belčević benaković benatti benavides benavídez benašićpavlović benda bendová benecke benedetti ' +
  'benetti beneš benešová bengtsson benigni benini bennardo benninger benoit bentivoglio benvenuti benzing benítez ' +
  'berak beran beranová berardi berberoğlu berends beretta bergamini berggren berglund bergman bergnaum bergqvist ' +
  'bergrová bergstrom bergström beribak berka berková berky berkyová bermúdez bernabei bernal bernard bernardi ' +
  'bernardini bernardová bernasconi bernatović berney bernier berning bernolák bernoláková berntsen berríos berset ' +
  'bertaccini bertani bertelli bertelsen bertenbreiter berthoud berti bertini berto bertolini bertolussi bertrand ' +
  'beránek beránková betancourt bethke betschart betti betz beushausen beutelspacher bevilacqua bevk beye beyeler beyer ' +
  'bezděk bezděková bezjak bečka bečková bečvář bečvářová beđan beňo beňová beşerler beşikçi beşok biagetti biagi ' +
  'biagini bianc biancheri bianchetti bianchi bianchini biasci biase białas białek białkowski biba biccari bicek ' +
  'biceková bichler bickel bidaud bideau biedermann biedrzyński bielak bielawski bielecki bieler bielert bielik ' +
  'bieliková bielski bienasch bienias bieniek bieri biernacki biernat biesenbach bieńkowski bigdeli biggi biglebauer ' +
  'bijl bildik bilen bilgen bilgin bilgiç biljan bilogravić bilopavlović bilski bini bins bionaz biondi birinci ' +
  'birkemeyer birlik biro-datković birtašević biró birčaković birčanin bisconti bisgaard bisio biteye bittner ' +
  'bittnerová bivolarević bizetić bizjak bizumić bizzarri biçer bićanin biškićmerkaš bjelanović bjeletić bjelica ' +
  'bjelinić bjelivuk bjelić bjeličić bjelja bjeljac bjelkić bjelobaba bjelobrk bjeloglav bjelogrlić bjelojević bjerke ' +
  'bjerregaard björk björklund bjørnstad blaga blaha blaho blahová blanchard blaschek blasi blassneck blatančić blatter ' +
  'blazević blaćanin blaško-vidosavljević blašković blažanović blažek blažková blecha blechová bloch blochwitz ' +
  'blomqvist blum bláha bláhová boadi boadu boahen boakye boaten boateng bobek bober bobeta bobinac bobková boboc ' +
  'bocchi bochenek bocić bockovac-kunštek bocokić bodea bodian bodini bodiroga bodnár boduroğlu boehm boffa bogan ' +
  'bogdan bogdashin bogdán bogenrieder bogisavljević bogisich bognár bogoljubović bogosavac bogucki bogusz bohge boháč ' +
  'boháček boháčková boháčová bokanović bolat bolatlı bolf-kovačić bolkovac bolle bolliger bolm bolot-salaj bolta ' +
  'boltić bolunović bomeštar bonanni bonanno bonato bonazzi bonderović bondra bondrová bondžić bonelli bonetti ' +
  'bongiorno bongiovanni bonifazi bonilla bonini bonis bonomi bonomo bonsra bonsu boratav borbély bordoni borek borelli ' +
  'borge borgeaud borges borghi borgia borgschulze borilović borinčević borisavljević bork borkovački borković ' +
  'borkowski bormann bornscheuer boros borovac borovička borovičková borowiec borowski borrelli borrmann borsch ' +
  'bortolin bortoluzzi bortot boruschewski borčanin bosanac bosančić boscaino boschetti boschi boscolo bosi bosiljkić ' +
  'bosiljković bosiljčić bosler bosman bossard bosshard bosson bosák bosáková botello botezatu botsford botta bouda ' +
  'boudová bourcard bourrouag bouschen bouček boučková bouška boušková bove bovolenta boxhammer boyacı boyde boye boyer ' +
  'boyle bozalo bozdok bozdokov bozdoğan bozkurt bozkır bozoğlu bozsik bozzi boček bočkai bočková boška bošková ' +
  'bošnjakovićholik bożek božanić božanović božićković božič božičanin božičić božičković brabcová brabec brabencová ' +
  'brabenec brada bradová bradtke bradvić bradáč bradáčová brahaj braia brakus brambilla brandi brandis bratina ' +
  'bratojević bratonožić bratović bratu braunová brehmer breitenberg breitenstein brejcha brejchová brekke bresciani ' +
  'bressan brettschneider breu breuer brezina brezinová breznik brezovac brezovnjački brečko brešković brežančić briano ' +
  'briesenick brigandì brignone bringmann brinjak brinkmann briones briseño brisuda brito brix brizzi brkanović brkić ' +
  'brnićlevada broening brogi brogli brosch brož brožek brožková brožová bruckmann bruen bruhns bruijn brumat brunelli ' +
  'brunetti bruni brunner bruns bruschi bruun bruyn bruzzone brychta brychtová brzeziński brzozowski brázda brázdil ' +
  'brázdilová brázdová brändli brömme brügger brüggmann brđanin brđović buač buača bubalo bubeník bubeníková bucaklı ' +
  'bucalo bucalović buccheri bucci bucher buchholz buchrucker buchta buchtová buckridge bucur buczek buczkowski ' +
  'buczyński budai budak buder budimčić-kovačević budziński budzyński buhl bujak bukovská bukovský bukowski bulaja ' +
  'bulak bulat bulatović bulgarelli buljat buljin buljubašić buljugić bulovan bultmann bulut bundgaard bunea bunjes ' +
  'bunoza bunuševac buonomo burani burazer burazor burckhardt burdová burević bureš burešová burghagen burgio burgić ' +
  'burgos burian burianová buriánek buriánková burkhard burkhardt burlacu burmeister burri buruk burzyński burđak busak ' +
  'busari buschbaum busemann buslaver bussmann bustamante bustos butarević butera buzzi bučanin buček bučkalović ' +
  'bučková buđićhalas bušetinčan byrd byrtus byrtusová báez bálint bárta bártová bättig bétancourt bílek bílková bílá ' +
  'bílý bína bínová böhm böhmová bölükbaş bölükbaşı bönisch börgeling börner böttner büchele bühler bühlmann büker ' +
  'büngener bürklein büscher büttner bąkowski bělohlávek bělohlávková bıçakçı błaszczak błaszczyk březina březinová ' +
  'bříza břízová cabras cabrera cabán caccamo caccavo cacciamani cacciapuoti cacciatore cadoni caha cahová caiazza ' +
  'caiazzo caillat cajner cajzler calabria calabrò calafiore calandro cali califano calin callegari calligaris calì ' +
  'calò camacho camara camarillo camilli cammarata cammisa campanini campbell campisi campoli campos canales ' +
  'cancellieri candido canepa cangiano canjko-novak cankar cannas cannata cannella canova cantagallo cantoni cantú canu ' +
  'capannolo capasso capecchi capek capelli capitani capizzi capocotta capogna caporaso cappai cappelletti cappelli ' +
  'cappiello capponi capriotti capuano caputo caraballo caracciolo caradonna carbajal carboni cardella cardenas ' +
  'cardinali cardini cardona cardone cardoso careddu caretti caricari carini carić carletti carli carlini carloni ' +
  'carlotti carlowitz carlsen carlsohn carlucci carminati carneiro carnovale carolis carollo carosi carpentier carrara ' +
  'carraro carrasquillo carreón carrieri carriero carrillo carrión carroll carrozzo carrus cartl cartwright carvalho ' +
  'carvelli carè casadei casadio casagrande casali casano casares casarez casas casavecchia cascone casella caselli ' +
  'caserta casillas casini casolaro caspari casper caspers cassano cassin castagna castaldi castañeda castellana ' +
  'castellani castellanos castelli castiglioni casárez cataldi catana catania catanzaro catellani caterino cattaneo ' +
  'cattani cavaliere cavalieri cavallari cavalli cavallini cavazos cavriani cazacu cazares ceballos cebula ceccarelli ' +
  'ceccarini cecchetti cecchi cecchini cecere cedillo cehmajster celano celentano celi cellini cenni centofanti cerar ' +
  'cerrani cerrato cerri cerullo cerutti cervantes cervántez cesaretti chacón chaloupka chaloupková chalupka chalupková ' +
  'chalupová champlin chappuis chapron chapuis chapuisat charvát charvátová chassot chavarría cherchi cherubini chessa ' +
  'chessari chiacchio chianese chiaravalle chiavacci chibike chibuike chidinma chidozie chilà chimenti chiodi chiriac ' +
  'chirico chirila chirita chivu chlup chlupová chládek chládková chmelař chmelařová chmelík chmelíková chmiel ' +
  'chmielewski chmura chojnacki chojnowski cholewa chollet chopard choquart chovancová chovanec christensen ' +
  'christiansen chromá chromý chrzanowski chudoba chudobová chudzik chudík chudíková chuit chvojka chvojková chvátal ' +
  'chvátalová chytil chytilová chávez ciaccio ciacio ciampa cianci ciani ciavarella cibula cibulka cibulková cibulová ' +
  'cibuľa cicala cicatiello ciccarelli cicchetti cicco ciccone cichocki cichoń cichy cierpinski ciesielski cieśla ' +
  'cieślak cieślik cifarelli cigoj cihlář cihlářová cikota cilikan cilli cimbaljević cimerman cimeša cimmino cinelli ' +
  'cingolani cini cintrón ciobanu ciocan cioffi cioni ciotti cipollaro cipolletta cipriano cirelli cirillo cisneros ' +
  'ciss cisse cissokho ciszewski citro ciuffreda ciulla claes claesson claeys clare clarius clarke clausen cleem cleve ' +
  'cloos clottu coelho coinchon cojocaru cokan colangelo colantuono colarič cole colella coletta collins colucci ' +
  'colunga coly coman comito concas conceicao conforti congiu conn connelly conrad conroy consiglio constantin ' +
  'constantinescu contreras contu corazza corboz cordes cordioli coretti corkery cornelissen cornelsen corradi corrado ' +
  'corrales corrao correa correale correia corridori cors corsi corsini corsten cortesi cortez corti cortinovis cortéz ' +
  'corwin coslovich cosma costache costantin costantini costantino costanzo costea costin cotthardt cottier cottone ' +
  'coufal coufalová coulibaly coulon courten covaci covarrubias coviello cozma cozzani cozzi cozzolino craciun cremin ' +
  'cremona cremonesi crepaldi crescenzi crespi cretu crevatin crews crimi crippa crisan criscenti criscione crispino ' +
  'crist cristea cristescu cristofaro crnogaj croitoru crona cronin cronjäger crooks crosskofp cruciani cruickshank ' +
  'csapo csonka csordas cucchiara cucciniello cucu cuellar cummerata cummings cunha cuomo curci curcio curiel curreli ' +
  'cusimano cusumano cuzzocrea cvetković cvetljanin cvetojević cvetuljski cvijan cvijanović cvijančević cvijetin ' +
  'cvijetinović cvijetić cvijić cvjetičanin cybulski cygan cyprich cyprichová czaja czajka czajkowski czapla czarnecki ' +
  'czech czechowski czekaj czerniak czersky czerwiński czyż czyżewski cárdenas cíger cígerová císař císařová córdova ' +
  'daako dabić dabižljević dabnjak dabo dabović dabčević dadić dafunić dagović dahl dahlberg dahm dahmen daidone daimer ' +
  'daišević dajić dajlić dakićkožić dalgaard dalkıran dalleaste dallenbach dalmasso damaske damian damiani damiano ' +
  'damico damljanović danciu danenhauer daniele danielsen danielsson danila danilová daniš danišová danko danková ' +
  'danneberg danner danso daněk daražac darko darteh dartey dascalu daubner daudrich daugherty dauth dautzenberg ' +
  'davidović davidovićamić davidová davidsen davies davoli dačković dačović dağdaş dağlaroğlu daňko daňková daňo daňová ' +
  'dašić debeljak debenjak debnár debnárová decker deckert deckow declerck declercq decock decoster dedejić dedijer ' +
  'deerberg degano degrassi dehmel deiana dejanović dejová dekany dekýš dekýšová delacrúz delafuente delagarza delalić ' +
  'delao delapaz delarosa delatorre deleón delgadillo delogu delonge delrío delvalle dembelé demeter demetrová demir ' +
  'demirbaş demirel demontis demurtas denesik dengler denis denkel denner denti denzinger denzler dera deriu derr ' +
  'dertmann deschamps desmet desogus dethloff deuschle devald devedžić devetak devos devrnja devčićkatić dewilde deák ' +
  'deđanski diaby diack diaconescu diaconu diagne diakhaté diallo diamanka diamanti diao diarra diatta diattara diaw ' +
  'diawara dibbert dickens dicki dickinson dieckmann diedrich diekmann dienel dieng dietsche dietz dietzsch dieye ' +
  'diezel dijk dijkstra dimitrijević dimitrić dimitrovski dimić dimkić dimković dimnjašević dimović dimčević dimčić ' +
  'dimšić dinca dingarac dingelstedt dini dinu diome diongue dionisi diop diouf dioum dippl distefano dittmann dittmar ' +
  'dittmer dittrich dittrichová divald diviš divišová dizanov dizdar diédhiou diémé djetka djitté djokoto djurasek ' +
  'dlouhá dlouhý dobaj dobbrunz dobeš dobešová dobiáš dobiášová dobler dobosz dobre dobrescu dobrilović dobrinković ' +
  'dobrosavljević dobrovolná dobrovolný dobrowolski dobrzyński dodaro dogaru doherty dohnal dohnalová dohring dokonal ' +
  'dokoupil dokoupilová dokoza dolaček dolci dold dolejš dolejšová dolejší doleček dolečková doležal doležalová doležel ' +
  'doleželová dolinar dolničar dolović domagała domanović domazet domański dombrowski domenico domingues dominiak ' +
  'dominici domiševac domjan domljan domínguez domínquez donati donda dondur donević donie donkor donnelly dončić ' +
  'dooley dopuđa dopša doria dorić dornik doro doronjski dorontić doronzo doskoczynski doskočil doskočilová dostál ' +
  'dostálová doubek doubková doubrava doubravová douša doušová doyle dočekal dočekalová dočkal dočkalová dočolomanská ' +
  'dočolomanský doğan doža drabik dragan draganović draghici dragin dragić dragoi dragojlov dragomir dragone dragoni ' +
  'dragovićzafred dragu drakčić dramlić dramé drač dračić drašković drees dreissigacker drenjačević dressler drews ' +
  'drešević driessen drinić drinjak drljan drljača drmanac drmanović drmončić droppa droppová droz drozd drozdová ' +
  'drozdowski drvarević drvenica drzewiecki drábek drábková dróżdż drča drčelić duah duarte dubiel dubochet dubois ' +
  'dubovská dubovský dubravec dubská dubský dubuis dubuque ducci duchoň duchoňová ducommun ducret dudek dudeková ' +
  'dudková dudová dudziak dudzik dudziński dudás dueñas dufek dufková dufour dugac dugaja dukovac dulla dullová dulová ' +
  'dumanjić dumitrache dumitrascu dumitrescu dumitriu dumitru dumnić dumont dunka dunková dupan dupont dupuis dupuy ' +
  'durak duran durand durgan durmaz durán duszyński dusík dusíková duta dutkiewicz dutoit dutto duval duvnjakčuljak ' +
  'duygulu dušek dušková dvizac dvokić dvonč dvončová dvoranac dvorská dvorský dvořák dvořáková dvořáček dvořáčková ' +
  'dwamena dyett dylus dziedzic dziuba dzokoto dzurjanin dzurjaninová dávid dávidová dávila dächert díaz döbel döring ' +
  'dörner dörre dück düşenkalkar dąbek dąbkowski dąbrowski dębowski dębski dědek dědková długosz džakmić džakula džal ' +
  'džanija dženopoljac džepina džigumović džigurski džikić džinić džodanović eberhardt ebubechukwu echevarría ecker ' +
  'eckhardt edorh edun edvardsen edwards effertz effler egbochukwu egeli egelja egeljić egerić eggenmueller egger egić ' +
  'ehigiator ehmann ehrig eichenberger eide eifert einert eisenlauer ekici eklund ekpo ekström ekwueme ekşioğlu elebiyo ' +
  'eleyth elia eliasson eliaš eligibile elizabeth elizondo eliáš eliášová eliçin elmastaşoğlu elss elçiboğa emard emert ' +
  'emig emmanuel emmelmann emmerich enache ender engelen engelmann engström enríquez eplinius erbay erbenová erberk ' +
  'erbulak ercoli erdman erdmann erdoğan erez erginsoy eriksen eriksson erkekli erlei ermini erni ernser eronat errera ' +
  'errichiello errico ertepınar ertl ertürk erwes erçetin esbensen escobedo esenwein esparza espinosa espinoza esposito ' +
  'esquibel esquivel esteves esther estévez eugster evangelisti evans evensen evers everts evliyaoğlu evola ewald ' +
  'fabbri fabiani fabianová fabijan fabijanović fabián fabiánová fabjan fabre fabris fabrizi faculjak fadel fadipe ' +
  'fagunwa fahey fahham fahner faisz fajdetić fajdiga fajimi fajnor fajnorová falabi falchi falcioni falco falcão ' +
  'faleti falk falkowski faller faloye falzone fanara fancello fanelli fankhauser fanta fantini fantová fantozzi faraci ' +
  'faragó faraone farber farcas farella faria farin farkas farkaš farkašovská farkašovský farkašová farrell farris ' +
  'farías farčić fasano fasasi fasoli fassbender faty faulhaber fava favaro favero favre faye fazekas fazio federici ' +
  'federico feeney fehr fehrig fehér fejfar fejfarová fekete fekonja felber felder feleppa felici feliciano feliziani ' +
  'felke feller femina fencl fenclová fenner fenske ferenc ferencová ferilli ferjan ferko ferková ferluga fernandes ' +
  'fernandez fernández ferracuti ferraiuolo ferrante ferranti ferrarini ferrario ferraris ferraro ferrarotti ferreira ' +
  'ferreri ferretti ferri ferrini ferroni festuccia feuerbach fialová fichera ficová fidélis fiedler fiedlerová fietz ' +
  'figl figueiredo figueroa fijałkowski filc filcová filice filimon filip filipan filipek filipiak filipová filipowicz ' +
  'filipowski filippi filippini filippis filippo filipponi filsinger fincke finka finke finková finocchiaro finotti ' +
  'finstad fioravanti fiorelli fiorentini fioretti fiori fiorillo fiorini fischerová fischetti fister fitschen fišbah ' +
  'fišer fišerová flacco flaman flanjak flatley flačer fleischmann fleury flis floder florczak florea florek flores ' +
  'florescu floridia florio floris florián floriánová floričelović flottmann flórez flückiger fodor fodulović fofana ' +
  'fofie foged foglia fojtík fojtíková folivarski foltýn foltýnová fonseca fonti forconi foretay forgione forkel ' +
  'forlani forman formanová formánek formánková fornara forsberg forster fortugno foschi fossum fosu foti fousek ' +
  'fousková fořt fořtová frahmeke frami francesca franceschi franceschini francesco francesconi francezi franchi ' +
  'franchini francišković francois francová frandsen franecki franey franić franjićabramić franjićzelić franke franková ' +
  'frankowski fransson franta frantz franzis franzmann franzoni franzè franěk fratila fratti frauendorf frazi ' +
  'frederiksen fredriksen fredriksson freigang freimann freimuth freisen freitas frenzel freriks freymond frezza frick ' +
  'fricke fridrich fridrichová fried friedek friedenberg friedli friedmann friesen friess frigan frigerio fritsch frohn ' +
  'frydrych frydrychová frías frąckowiak frączek frątczak ftorek ftoreková fucci fuchsová fuentes fuhlbrügge fuksa ' +
  'fuksová fundak funmilayo furdi furgala furlan furman furno furrer fusenig fučík fučíková fábián fülöp gaba gabius ' +
  'gabor gabriele gabrielli gabrielová gabrovšek gabud gaddini gadiaga gadomski gadschiew gadžić gages gagić gagliano ' +
  'gagliardi gagović gagričić gagro gaitán gajda gajdoš gajdošová gajec gajewski gajgićmatić gajski gakstädter galander ' +
  'galarza galasso galati galeazzi galinac galindo galić galjak galjen galjer gallegos galli galluzzo galošević galván ' +
  'gamberini gamez gamlin gamper gandolfo ganea gangemi gangnus gantar ganzmann ganzžuparić gaona garatva garau garay ' +
  'garcia garibay garica garofalo garonja gaspar gaspari gasparini gassama gasser gastel gastélum gatta gatti gatzka ' +
  'gauder gaudiano gauthier gautier gavrila gavrilović gavrić gavrović gaweł gawlik gawron gawroński gaye gaytán gazdić ' +
  'gazibara gazivoda gazzola gaćina gaćinović gačanović gačević gačić gađanski gałka gałązka gašpar gašparovič ' +
  'gašparovičová gašparová gašpić gaži gažiová gažo gbadamosi gbogboade gebhardt gehre gehrig gehring gehrke geisendorf ' +
  'geisler geissler genchi genjega genna gennaro genoud gentili georgescu gerace gerard gerbennow gerdel gerhold ' +
  'gerlach germani gerritsen gerschler gerson gervasi gerwig gesell geyer gfeller gheorghe gheorghita gheorghiu gherman ' +
  'ghilardi ghirmai ghita ghosh giacalone giacomelli giampaoli giampaolo giannelli giannetti gianni giannone giannotti ' +
  'gianotti giansante giardini gibson giehl gielen gierisch giesa giesche giger gigli gigliotti gilliéron ginneken ' +
  'gioacchini giordani giorgetti giorgi giorgio giovannelli giovannetti giovanni giovannini girard girardet giraud ' +
  'giraudo girolamo girón gislason giuffrida giugliano giuliani giunta giurgiu giuseppe giusti giustra glasnović ' +
  'glasson glatting glavak glavati glavač gleason gledić gleichner gleđa glintić glosli glover glođović gložanski ' +
  'gluhović glukčević glumac glumpak gning gningue gobbi gocník gocníková godanj godec godlewski godoy godínez goebel ' +
  'goedicke goldbeck goldfuss goldkamp goldkühle goldner golec golinelli golićsamaržija goller golling gollnow gollum ' +
  'golob golomski gombai gombay gombert gomes gomis gonzales gonzalez gonzález gonçalves goodwin goossens gorczany gori ' +
  'goričanec gorišek gorjanski gotthardt gottlieb gottschalk gottwald gottwaldová gotz goudiaby goyette gołąb ' +
  'gołębiewski gołębiowski graber grabež grabić grablović grabovac grabowski graczyk gradišar gradištanac gradojević ' +
  'grady gradzki grams granados granata grandi grandjean granà grasse grassi gratzky graziano grbeša grebenaržarmen ' +
  'grecu greenfelder greenholt greger gregersen gregorc gregori gregorio gregorová greguš gregušová greithanner greppi ' +
  'greschner grezia grgič grgurević grieco griem griesbacher griese griffiths grigoras grigore grigorescu grijalva ' +
  'grilli grimaldi grimes grkavac grkinić grladinović grochowski groebli gromisch groothuizen grosjean grosser ' +
  'grossheim grossi grosskopf grosu grothaus grothkopp grotke groza grozdanović gruber grubešićbarbir grubnić grubrová ' +
  'grudzień grundmann grundza grundzová gruning gruppuso gruszczyński gruszecki gruszka grygar grygarová grzegorczyk ' +
  'grzelak grzesiak grzesik grześkowiak grznár grznárová grzyb grzybowski grzywacz gröss grötzinger grüner guajardo ' +
  'gualtieri guarneri guarnieri guastella guastone guerin guerreiro guerrieri guerrini guevara gueye guglielmi guida ' +
  'guidetti guidi guidotti guillen guillot guillén guinand guissé gulam gulgowski gulino gullì gulyás gummelt gundersen ' +
  'gunjača gunkel gunnarsson gurrieri gurule gusikowski gusmeroli gustafsson gutal gutiérrez gutjahr gutkowski gutmann ' +
  'gutowicz gutowski gutrovac gutschank guzik guzina gučanin gušanović gušatović gušavac guševac gušić gušović gwoździk ' +
  'gwóźdź gyamfi gyasi gábor gáborová gálvez gámez gáspár gähwiler gómez góra góral górecki górka górniak górny górski ' +
  'göbel göckeritz göhler gönültaş görlich görmer götz götzelmann güldemeister güler gümüşpala günday güneş gürbig ' +
  'gürmen gąsior gąsiorowski głogowski głowacki głąb haack habeeb habel hablák habláková habšuda habšudová hackbusch ' +
  'hackelbusch hackett hadfield hadwich hadžibeganović haferkamp hafner hagenes hajdinjak hajdu hajduk hajek hajnc ' +
  'hajná hajný hakala hakyemez halas hald haldová haley hallmann haluška halušková halvorsen halvorson halák haláková ' +
  'halász hamann hamill hamilton hammes hampl hamplová hamzaoğlu handžić hane hanenberger hango hanifat hanižar hanko ' +
  'hanková hannecker hannich hanniske hanousek hanousková hansen hansson hanus hanusová hanuš hanušová hanzal hanzalová ' +
  'hanzl hanzlová hanzlík hanzlíková hanák hanáková hanáček hanáčková haramija harač harber hargasser harms harnapp ' +
  'harris harter harting hartlieb hartman hartmann hartmanová hartwig hartz hasanica haschke hasler hassan hasse ' +
  'hassfeld hauck haug haugaard haugen hauke haukelidsæter hauser havelka havelková haverney havlová havlík havlíková ' +
  'havlíček havlíčková havojić havránek havránková hayes hazes hađa hašek hašková haščák haščáková heaney heathcote ' +
  'heberstreit hechler heczko heczková hedegaard hedermann hediger hedlund hegedüs hegedűs heger hegerová hegmann ' +
  'heidelmann heidenreich heidler heijden heikkilä heikkinen heinemann heinig heinke heinonen heinze hejda hejdová ' +
  'hejduk hejduková hejl hejlová hejna hejnová heleta heller hellmann hellström helmke helpling hendriks hendrych ' +
  'hendrychová hengmith hennes hennezel henri henriksen henriksson henriques henríquez hense hensel hentel hentschel ' +
  'hentschke hepperle herberger heredia heretik heretiková herjavec herman hermanová hermans hermansen hermansson ' +
  'hermecke hermiston herms hernandes hernandez hernádez hernández herrmann herschmann hertel herweg herwig herzenberg ' +
  'hess hessek hessel hessler hettinger hetzler heuck heydemüller heyden hečko hečková heřman heřmanová heřmánek ' +
  'heřmánková hickle hidošanin hiebl hildenbrand hilgendorf hillard hiller hilll hills hilpert hiltunen hinek hingsen ' +
  'hingst hinojosa hinrichs hintz hirnštajn hirschberg hirt hirthe hirvonen hjort hjorth hladká hladký hladík hladíková ' +
  'hlapec hlasni hlavati hlavatá hlavatý hlaváč hlaváček hlaváčeková hlaváčková hlaváčová hlinka hlinková hloušek ' +
  'hloušková hlávka hlávková hochstrasser hodanovac hodea hodel hodkiewicz hodovanj hoeger hofer hoffman hoffmannová ' +
  'hofman hofmann hofmanová hofstetter hohenberger hohnheiser hohošbabić holan holanová holas holasová holcová holdt ' +
  'holec holeček holečková holguín holinski holl hollard holmberg holmgren holmqvist holoubek holoubková holtfreter ' +
  'holub holubová holuby holubyová holzdeppe holzner holá holík holíková holý homa homenick homola homolka homolková ' +
  'homolová honegger honz hooss horak horaček horký horna hornung horník horníková horníček horníčková horová horská ' +
  'horský horvat horvath horvát horváth horváthová horvátová horák horáková horáček horáčková horňák horňáková hossa ' +
  'hossová hottinguer hotz houdek houdková houška houšková hovanjek hovorka hovorková howard howe howell hoza hozová ' +
  'hočevar hořejší hošek hošková hrabal hrabalová hrabovská hrabovský hradecká hradecký hradil hradilová hraško ' +
  'hrašková hrbek hrbková hrbáček hrbáčková hrdina hrdinová hrdlička hrdličková hrdá hrdý hrešićdubaić hribar hric ' +
  'hricová hrkalović hrmo hrmová hrnjak hrnčíř hrnčířová hroch hrochová hromádka hromádková hron hronová hrovat hrubeš ' +
  'hrubešová hrubá hrubý hruška hrušková hrušovská hrušovský hrvatin hrůza hrůzová huba hubová hubáček hubáčková ' +
  'huckestein hudak hudcová hudec hudeček hudečková hudson huebel huel huels huet hughes huguenin huixtlacatl hujo huke ' +
  'humbert humbert-droz huml humlová huneke hunziker hurtado husakovićhodžić huseby husák husáková huth huwiler huzanić ' +
  'hušek hušková hyatt hynek hynková hájek hájková hála hálová hána hánová häber häfliger häfner hämäläinen hänni ' +
  'håkansson höcke höft höhne hönig hördt hübenbecker hübl hübner hürlimann hüttcher hütter hýbl hýblová hůlka hůlková ' +
  'iacob iacolare iacono iacovino iacovone iancu iandolo iannaccone iannello ianni iannone iannucci iaria iazzetta ' +
  'ibikunle ibranović ibrić ichim ierardi iersel iezzi iglesias igličar ignat igov igrić ihasz ihly ihnačák ihnačáková ' +
  'ilančić ilie iliescu ilin ilinčić ilisić ilić iličin illing illés ilori ilupeju ilıcalı imhof impellizzeri improta ' +
  'ingrassia ingrosso innocenti inzerillo iodice ionescu ionita iordache iorga iorio iosif iotti iovino ippoliti ' +
  'ippolito irimia irizarry isak isakov isaksson isekenmeier isler ismail isokun ispas istrate iten iuliano ivanišić ' +
  'ivankovićbon ivančan ivančič ivas ivascu iversen ivić ivkovac iwanowski iwański iyalla iyanda izdebski izzi izzo ' +
  'ičelić işık išpiranović ištoković išvan jablanov jabłoński jackowski jackson jacobi jacobsen jacobson jadro jagica ' +
  'jagielski jagiełło jagodić jagodziński jagusch jagušić jahnke jahoda jahodová jaime jaimes jaiyeola jakab jakeš ' +
  'jakešová jakl jaklová jakobek jakobs jakobsen jakobsson jakobčin jakolić jakopič jakoubek jakoubková jakubcová ' +
  'jakubczyk jakubec jakubiak jakubowski jakušmejarec jaman jambor jamiu jamnik jamrozy janas janata janatová janda ' +
  'jander jandová janeković janevski janeček janečeková janečić janečka janečková janiak janich janicki janik ' +
  'janiszewski janka janke jankovitch jankovićbešlić jankowiak jankowski janků janota janotová janoušek janoušková ' +
  'janovská janovský janowski janoševićfranz janoška janošková jansa jansen jansová janssen janssens jansson jantošovič ' +
  'jantošovičová janusz januszewski januško janák janáková janáček janáčková janík janíková janíček janíčková janča ' +
  'janček jančeková jančová jančík jančíková janša janů jaramillo jarc jarets jareš jarešová jarnec jaros jarosz jaroš ' +
  'jarošová jarząbek jasinski jasiński jaskolski jasso jast jastrzębski jauk javůrek javůrková jaworski jazbinšek ' +
  'jazvinšak jaćimović jaćović jaśkiewicz jašarević jašek jašková jeanneret jech jechová jedlička jedličková jedľovská ' +
  'jedľovský jeftić jeftović jegorov jelačić jelašić jelen jelenová jelica jelisavac jellinghaus jelínek jelínková ' +
  'jendek jendeková jenkač jenkins jenko jenni jensen jeníček jeníčková jeorga jeppesen jerab jeram jerde jereb ' +
  'jereminov jeremić jergić jerinić jerinkić jerkov jerković jerschabek jeseničnik jespersen jess jesus jesús jeuša ' +
  'jevremov jevremović jevremčević jevrić jevrosimov jevrosimović jevtanović jevtić jevtović jevđenić jevđenović ' +
  'jevđević jezdimirović jezdić jezierski jeřábek jeřábková ježek ježková ježová jimoh jiménez jimínez jindra jindrová ' +
  'jirka jirková jirků jiroušek jiroušková jirsa jirsová jirák jiráková jiránek jiránková jirásek jirásková jiřík ' +
  'jiříková jocković johannessen johannsen johansen johansson johnová johns johnsen johnston jokanović jokin jokinen ' +
  'jokić jokičić joković joksimović joly jonata jonatová jonge jonsson jonáš jonášová jordanović joshua josić jossa ' +
  'jost jostiak jovanović jovanovićfiličić jovančević jovičić juhart juhl juhász junek jungbluth jungton junková ' +
  'jurašić jurašković jurek jurečka jurečková jurina jurinová jurišević jurišin jurišić jurišićspajić jurjević ' +
  'jurkiewicz jurkovič jurkovičová jurkowski jurík juríková jurčík jurčíková justesen justina juszczak juárez juřica ' +
  'juřicová juřík juříková jánošík jánošíková jánská jánský jáquez jäggi järvinen jílek jílková jíra jírová jónás ' +
  'jóźwiak jóźwik jönsson jørgensen jürgens jędrzejczak jędrzejczyk jędrzejewski kabić kablinović kabát kabátová ' +
  'kacprzak kaczmarczyk kaczmarek kaczmarski kaczor kaczorowski kaczyński kadar kadeřábek kadeřábková kadijević kadlec ' +
  'kadlecová kadnar kadri kaesmacher kafenda kafendová kafková kahlert kahles kahlmeyer kahveci kainović kaisrová ' +
  'kaitović kajganić kala kalaba kalabić kalajanović kalajdžić kalajitović kalajić kalamiza kalaš kalašová kalendić ' +
  'kaleta kalina kalinová kalinowski kalinski kaliská kaliský kalisz kalivoda kalivodová kalić kallabis kallensee ' +
  'kallio kalous kalousek kalousková kalousová kalová kaluđerski kaláb kalábová kamal kamara kamat kamber kambič ' +
  'kamenički kamenov kameník kameníková kaminski kamiński kampschulte kanaria kandecki kandji kandé kane kanea kania ' +
  'kaniewski kanimal kanić kanižaj kantorová kanté kanzaki kaplangı kaplanová kappler kaproncai kapulica kapusta kapša ' +
  'kara karabulut karaböcek karadamis karadaş karaduman karaer karajčić karakašević karam karaman karamarković karamata ' +
  'karan karapetrić karas karasová karatošić karaulac karaulić karavidić karać karačić karađorđević karaś karašićević ' +
  'karban karbanová karczewski kardache kardoš karel karem karen karhoff karika karikari karjalainen karlak karlinski ' +
  'karlić karlová karlsen karlsson karlík karlíková karpiński karrass karul karulová karus karwowski karásek karásková ' +
  'kasal kasalová kasapoğlu kasavica kaselj kasperek kasprzak kasprzyk kass kassulke kassé kastner kaszuba katarinček ' +
  'katherine katić katoi katona katruša katulić katzinski kaufmann kaul kausemann kautzer kavaklıoğlu kavka kavková ' +
  'kavčič kawecki kawohl kaya kayode kazda kazdová kazenski kazmarek kačaniklić kačar kačarević kačavenda kačírek ' +
  'kačírková kałuża kaňa kaňka kaňková kaňová kašanin kašiković kašpar kašparová kašpárek kašpárková kašterović kašík ' +
  'kašíková kaźmierczak kedzierski keebler keeling keiner kekić keleka keleman kelemen kelm kemfelja kemmer kempe ' +
  'kemper kempter keníž kenížová kerekes kerluke kertzmann keseroğlu keskin kesselring kesselschläger kessler kettenis ' +
  'keçeci keïta kešina khalid khouma kiehn kiessling kiełbasa kihas kihn kilback kimberly kinadeter kindelan kindl ' +
  'kindlová kinnunen kinzel kinzy kirlin kirst király kisabaka kisiel kitić kitonjić kizivat kićanović kićeskulov ' +
  'kićevac kičema kičić kišfalubac kjeldsen kjær klabuhn kladar kladarin klanac klander klapka klapková klasanović ' +
  'klauder klausen klačar klašnja kleeberg kleiber kleinert kleininger kleinmann kleinová kleinsteuber kleiss klement ' +
  'klementová klemenčič klečina klečka klečková klikovac klimczak klimek kliment klimentová klimeš klimešová klimović ' +
  'klinac klincov klinger klinić klišanin klječanin klocko klopsch klose kloss klouda kloudová klouček kloučková kluwe ' +
  'klíma klímová kmet kmeť kmeťová kmiecik kmieć knapik knapová kneifel knetsch knez knippel knoblich knorr knorscheidt ' +
  'knotek knotková knudsen kobela kobia kobs kobus kocabıyık kochan kochová kocián kociánová kocjan kock kocman ' +
  'kocmanová kocourek kocourková kocsis koczulla koderisch koehl koehler koelpin koenig koepp kofferschlager kofler ' +
  'kofranek kogan kogut koha kohler kohlmann kohnle kohout kohoutek kohoutková kohoutová kohrt koivisto kojčinović ' +
  'kojčić kokalj kokanov kokanović kokar koković kokoškov kolade kolak kolaković kolar kolarac kolarević kolarić ' +
  'kolarov kolasa kolařík kolaříková kolb koleiski kolek kolembus kolenc kolesarić kolesár kolesárová kolgjeraj kolková ' +
  'kolly kollár kollárová kolman kolmanová kolnik kolniková kolník kolníková kolokas kolompar kolonja kolović ' +
  'kolundžija kolundžić kolundžićradić kolár kolárová koláček koláčková kolář kolářová komad komadinić komadinović ' +
  'komak komanov komanović komar komarica komarnički komaromy komarov komarčević komarčić komatina komatinović ' +
  'komatović komazec komljen komljenović komluški komnenić komnenov komnenović komoll komorowski komárek komárková ' +
  'komínek komínková konaté konda kondža konečná konečný konieczna konieczny konig konopelski konopka konow konta konté ' +
  'konya koníček koníčková končar koob koomson kopalová kopanec kopas kopczyński kopecká kopecký kopeć kopeček ' +
  'kopečková kopečná kopečný koprivec kopřiva kopřivová korbel korbelová korda kordin kordić kordulup korec korecová ' +
  'korhonen korica korkmaz korkutović korol korotaj korošec korpaš korta kortajarena korušac korzeniowski korša kosalec ' +
  'kosenkow kosina kosinová kosiński koskinen kosoko kosová kosowski koss kostadinović kostecki kostin kostić kostka ' +
  'kostkaová kostková kostrec kostrecová kostrzewa koszewski kosík kosíková kotaranin kotaraš kotarlić kotarčević kotas ' +
  'kotasová kotek kotević kotková kotlár kotlárová kotowski kotrba kotrbová kotrljanović kouba koubaa koubek koubková ' +
  'koubová koudela koudelka koudelková koudelová koukal koukalová koutná koutný kouřil kouřilová kovacek kovacs ' +
  'kovalski kovač kovařík kovaříková kovinjalo kovinčić kovjanić kovljenić kovrlija kovács kováč kováčik kováčiková ' +
  'kováčová kovář kovářová kovářík kováříková kovčin kowal kowalczuk kowalczyk kowalewski kowalick kowalik kowalinski ' +
  'kowalski koya koyuncu koza kozakiewicz kozarac kozarev kozarević kozarski kozel kozey kozieł kozioł kozić kozlica ' +
  'kozlina kozlovački kozlová kozma kozová kozák kozáková kozłowski koçoğlu koçyiğit kočiš kočišová kočí kołakowski ' +
  'kołodziej kołodziejczyk kołodziejski kořínek kořínková košanin košarac košević košničar košničarević košpić ' +
  'koštunica košutarac košutić košćalek košťál košťálová kragl kragulj kraguljac krahovski krainčanić krajcik krajewski ' +
  'krajina krajinović krajišnik krajnc krajnović krajíček krajíčeková krajíčková krajči krajčo krajčovič krajčovičová ' +
  'krajčová krajčír krajčírová krakowiak kral kralj kralja kraljinović kramarić kranjski krasić krasnova kratochvíl ' +
  'kratochvílová kratofil krauel krause krausová krauspe krawczyk krawiec kreb kregar kreiger kreissig krejčová krejčí ' +
  'krejčík krejčíková krejčíř krejčířová kremanac kremenović kresoja kresojević kresonja kreutz kreštalica krga ' +
  'krilović krinulović krippner kristensen kristiansen kristić kristoffersen krivaja krivaćević krivda krivokuća ' +
  'krivošija krivošić krivčević kričak krička kričković krišan krišanov krišanović krištof krištofová križaj križan ' +
  'križić krkalo krkeljić krkić krkljuš krkobabić krmelj krnjajić krodinger krogh krohn kropáček kropáčková kroupa ' +
  'kroupová krpović krsmanić krsmanović krsmić krspogačin krstajić krstanović krstekanić krstin krstinić krstivojević ' +
  'krstić krstičić krstonić krueger kruger krukowski krull krupa krupička krupičková krupiński krupka krupková krupová ' +
  'kruschinski kruszewski krušarovski krušković kružević krvavac krysiak krzemiński krznarić krzyżanowski král králik ' +
  'králiková králová králík králíková králíček králíčková krátká krátký król królikowski kröckert kröger krúpa krúpová ' +
  'krügel krčevinac krčmar krčmarević krčmář krčmářová kshlerin książek kubacki kubcová kubec kubelka kubelková kubena ' +
  'kubera kubeš kubešová kubiak kubica kubicki kubicová kubik kubiš kubišová kubli kubová kubánek kubánková kubát ' +
  'kubátová kubík kubíková kubín kubínová kubíček kubíčková kucharczyk kucharski kuchař kuchařová kuchta kuchtová ' +
  'kuciński kuczyński kuday kudeljaš kudláček kudláčková kudrna kudrnová kufahl kuhar kuhic kuhlee kuhlman kuhn kuhnen ' +
  'kuijpers kujavec kujawa kujawski kukla kuklová kukuljica kukuružnjak kula kulaksızoğlu kulesza kulhavá kulhavý ' +
  'kulhánek kulhánková kulig kulik kulimann kuliński kulma kumbernuss kumcuoğlu kumi kummle kunc kuncová kuneš kunešová ' +
  'kunićbukovac kunt kunter kunze kupcová kupec kuphal kupka kupková kupprion kuprion kupusinac kuraica kurek kurevija ' +
  'kuridža kurija kurilić kurjačić kurjački kurka kurková kurmazović kurnicki kurnoga kurobasa kurowski kurrat ' +
  'kurschilgen kurtak kurtanjek kurtović kurtuma kurucić kurutluoğlu kuručev kurćubić kurčubić kusanović kuschewitz ' +
  'kuschmann kusi kuske kustermann kutch kutlay kutlija kutscherauer kutzner kuvalis kuypers kuzmanić kuzmanićšarac ' +
  'kuzmanovićđorđević kuzmina kuzucu kućinac kuča kučara kučera kučerová kučová kušan kušić kušljević kušljić kužel ' +
  'kuželj kuželová kužet kvapil kvapilová kvarme kvasina kvasnička kvasničková kvačanović kvekić kvrgić kwaakye kwadwo ' +
  'kwarteng kwaśniewski kwiatkowski kwiecień kwieciński kyei kyncl kynclová kyra kysela kyselová kyseľ kyseľová kállay ' +
  'kállayová káňa káňová kägi kähler kälin käser käther kébé köhler köhrbrück köhre kölotzei köpernick körmükçü köse ' +
  'köseoglu köybaşı köylüoğlu kúhn kúhnert kühnel kühnemund kühnert kühnke küng küsters küter küçükler kędzierski ' +
  'kędziora kępa kılıç kılıççı kıraç kłos kłosowski křenek křenková křeček křečková křivánek křivánková kříž křížek ' +
  'křížková křížová laack laakso laaksonen labadie labalo laban labanac labate labotić laboy labuda labudová labus ' +
  'lacerda lacina lacinová lacko lacková lacroix ladega ladewig laezza laforza laganà lahtinen laitinen laitkam lakatos ' +
  'lakatoš lakatošová laketa laketić lakin lakić lakomy laletin lalić lamacchia lambelet lambert lamberti lambić ' +
  'lammert lamos landi landmann landová langfeld langhirt langosh langová langr langrová langworth lanig lanteri lanz ' +
  'lapčević lara lari larkin larson larsson lascio laskowski lasota latifat latini latorre lattanzi lauckner lauinger ' +
  'laureano laurent lauri lauridsen laursen laurén lausecker laux lavecchia lavička lavičková lawal laws lazanski ' +
  'lazarac lazarev lazarević lazarov lazendić lazetić lazin lazinica lazić lazzari lazzarini lazzaro laćman lačanin ' +
  'lačnjevac lađevac lađević lađinović lažetić leannon lebeda lebedová leberer lebsack lecca lecce leclerc leclercq ' +
  'lecomte ledda ledesma ledner leeuwen lefebvre lefevre leffler legrand legros lehner lehtinen lehto lehtonen leibold ' +
  'leide leimbach leinonen leipold leist leite leiteritz leitheim leiva leiwesmeier lelli lelović lemaire lemaić ' +
  'lemajić lemić lemke lemmens lemoine lemus lenart lenfers lengyel lenhard lentini lenzi leonard leonardi leoncini ' +
  'leonetti leoni leontijević leopardi lepore leposavić lepović leppänen lepthin lepšanović lepšík lepšíková lerma lero ' +
  'leroux leroy lesch leschnik lesendrić lesiak lesjak leszczyński letzelter leuba leuenberger leuschke leutarević ' +
  'leutenegger levajac levanić levá levý lewandowski lewicki lewin lewis lewke leyckes leye leyva lezzi lečić leśniak ' +
  'leśniewski lešević lešina liberati librizzi licata licciardello lichtenfeld lichtenhagen lichtl licitra liebach ' +
  'liebich liebold lienshöft ligorio liguori lilić limoncuoğlu linares lindberg lindenmayer lindgren lindholm lindner ' +
  'lindqvist lindström linhart linhartová linnenbaum liotta lipan lipar lipari lipiński lipka lippi lippolis lipske ' +
  'lipski lipták liptáková lipus lischka lisi lisická lisický lisiecki lisowski littel litterio liuzzi livaja livazović ' +
  'liverani liška lišková ljevnaić ljiljan ljubojević ljubomirović ljubotina ljubović llamas lobinger loboda locatelli ' +
  'locci lockman loddo lodi loera loffredo logožar logsch lohmann lohre lohse loiacono lokar lolli lombardi lombardini ' +
  'lomeli lomić lomović lonardi longhi longobardi longoria lončar loogen lopes lopez lorenc lorencová lorentzen ' +
  'lorenzini lorenzo loreti loreto lorusso losch loska lotito lott lotti louda loudová loum loureiro lourenço lourinho ' +
  'lovato lovrić lowe loya lozada lošićkrizmanić lubbers lubinová lubowitz luca lucarelli lucarini lucas lucchesi ' +
  'luchetti luchini lucia luciani luciano lucidi luconi ludban ludolf ludvík ludvíková lueilwitz luettgen luevano lufft ' +
  'lugli lugo luise lukač lukačević lukačin lukenda lukendić lukeš lukešová lukić lukićkovanović lukoschek lukács lukáč ' +
  'lukáčová lukáš lukášek lukášková lukášová lund lundberg lunde lundgren lundin lundqvist lundström lungu lupi lupica ' +
  'luppi luppino lupták luptáková lupu lustenberger luzi luzzi lučanović lučar lučić lužaić lužar lászló látal látalová ' +
  'líbal líbalová líška líšková lópez löfgren löser löwa løken lübke lüscher lüthi macaluso macanić macchi macchia ' +
  'macdonald macedo macejkovic macek macele macgyver machado machala machalová machač machačová machová machálek ' +
  'machálková macháč macháček macháčková macháčová maciejewski maciąg mackiewicz macko macková macovei macrì macura ' +
  'macurová maczey macák macáková macías madej madejová madetzky madić madsen madubuko madunićflauder madžić maes ' +
  'maestas maffei maftei magalhães magaña magdalenić magdić maggiani maglajić magliocco magnani magnussen magnusson ' +
  'mahmudi maia maiello maier mainardi maio maione mair maisch majača majcan majcen majcher majchrzak majer majerová ' +
  'majeská majeský majewski majka majkić majnik majović majstorović majstrenko makinde makinwa makowski maksimović ' +
  'makuachukwu malachovská malachovský malagoli malatesta malavasi malave malbašik maldonado malec malek malenica ' +
  'maleček malečić malečková malešević malfa malicki malinić malinová malinowski maliszewski malivuk malićanin malkus ' +
  'mallmann malobabić malojčić maltašić malucha malvić malá malík malíková malíšek malíšeková malý mamojka mamojková ' +
  'mamula manastirlić manca mancinelli mancini mancuso mandarić mandić mandoković mandrapa manetti manfredi mangane ' +
  'mangano mangione manica manicone manjak manjenčić manninen mannino manno manns manolache manole manti mantovani ' +
  'manzanares manzella manzi mané maragno marahrens marak maraković maran marangi marangon marangoni marani marano ' +
  'marasović maračić marcelli marcello marcet marchal marchesan marchese marchesi marchesini marchetti marchewka ' +
  'marchewski marchi marchini marcianò marciniak marcinko marcinková marcinkowski marcon marconi marcovecchio marcu ' +
  'marcucci marcussen marczak marega marek marelli mares maresca mareček marečková mareš marešová marginean margiotta ' +
  'margić marian mariani marinelli marinescu marini marinković marinović marinucci marinčić mariotti marisavljević ' +
  'mariucci mariz marián mariánová marić maričević marjanov marjanović markelj markiewicz markotić marković ' +
  'markovićšarac marková markowski marks markuš marmeggi maroević marone marongiu marotta marović marošićević marquardt ' +
  'marquart marques marras marrazzo marrero marroquín marschek marsella marsenić marsili marszałek martać martelli ' +
  'martellucci martens marti martinac martincová martinec martinek martinelli martines martinez martinková martinov ' +
  'martinović martins martinsen martinsson martorana martucci marty martínek martínez martínková marunica marvin marxen ' +
  'maryam maryjane marzano marzec marzi marziali marzio marzocchi marín marčec marčik marčinković maršálek maršálková ' +
  'maršík maršíková masaryk masaryková mascareñas mascia masciandaro mascolo masi masia masiero maslać maslová masopust ' +
  'masopustová massari massaro massimi masson mastrogiacomo mastronardi mastropietro masucci masłowski matanić ' +
  'matarazzo mataz mateescu matei mateo matera mathes mathies mathieu mathisen mathiszik matias matiaško matiašková ' +
  'matijanić matijašević matijević matić matorić matouš matoušek matoušková matoušová matoš matranga matschke matta ' +
  'mattei matteo mattern matteucci matthes matthey mattila mattioli mattsson matulová matusiak matusina matuszak ' +
  'matuszewski matuška matušková matys matysiak matysová matyáš matyášová matías matějka matějková matějíček ' +
  'matějíčková maugeri mauri maurizi mauroff mautner mautone mauzer maxa maxová maybach mayer mayerová mayert mayhoş ' +
  'mayorga mayowa mazilu mazur mazurek mazurkiewicz mazza mazzanti mazzarella mazzaro mazzei mazzeo mazzi mazzini ' +
  'mazzocchi mazzola mazzoleno mazzone mazzoni mazzotta mazzotti mazánek mazánková maćkowiak małecki małek maňák ' +
  'maňáková mařík maříková maślanka mašala mašek mašková mašojević mbacké mballo mbaye mbodj mboup mbow mbèngue mcclure ' +
  'mccullough mcdermott mcglynn mckenzie mclaughlin mebold medeiros medek medeot medhurst medková medrano medugno ' +
  'medved medveď medveďová meeuwis megdanac megna mehlhorn mehlorn meichtry meijer meili meireles meisch meissner mejía ' +
  'melandri melcer melcerová mele meli melichar melicharová melillo meloni melzer meléndez memoli menard mencarelli ' +
  'menchaca mencl menclová menconi mendes mendoza mendy menegatti menemencioğlu menga mengoni menna menne menozzi ' +
  'menrat mensah mensing menéndez menšík menšíková meraz mercuri mereu merian merlak merli mermoud merola merseburg ' +
  'merta mertens mertová mertoğlu mertz merz mesarić mesarošbelanji mesloh mesquita messana meszaroš mettler metzner ' +
  'meulen mewes meylan meza mezei mečiar mečiarová micco miccoli miceli michal michalak michalcová michalczyk michalec ' +
  'michalik michallek michalová michalski michalík michalíková michałek michałowski michele micheletti michelucci ' +
  'michiels michna michnová michálek michálková micillo micu mielczarek mielke mierzejewski miettinen mignogna mihai ' +
  'mihaila mihailescu mihalache mihalcea mihalik mihaliková mihaljec mihál mihálik miháliková mihálová mijaković ' +
  'mijatović mijić mijota mika mikac mikeš mikešićmerda mikešová mikitenko mikićvučak miklaś mikloško miklošková miko ' +
  'mikodanić miková mikołajczak mikołajczyk mikula mikulová mikulski mikulášek mikulášková mikulík mikulíková mikuta ' +
  'mikuš mikušová mikúš mikúšová milak milaković milani milanković milazzo milczarek milde milea milella milewski ' +
  'militaru militello milišićkovačević miljanović mills milota milotová minah minařík minaříková minelli mingarelli ' +
  'minniti mintzlaff mináč mináčová minář minářová miodrag miotto miramontes mirea mireles mirga mirgová miron misiak ' +
  'mistretta misztal mitanović mitchell mitoš mičan mička mičková miśkiewicz mišík mišíková miščančuk mlakar mlađenović ' +
  'mlejnek mlejnková mlikota mlinar mládek mládková mlčoch mlčochová mobolaji mocanu moccia mockenhaupt modica ' +
  'modzelewski moedl moeller moen moffa moga mogbadunade moguenara mohamed mohnacki mohrhard mojica mojžiš mojžišová ' +
  'mojžíš mojžíšová mokroš mokrošová mokrá mokrý moldovan moldoveanu molenda molina molinari molinaro molitor moller ' +
  'molnar molnár molnárová molteni molzan momčilović monaca monahan mondragón monica monnard monni monod monroy ' +
  'montagner montalbano montalto montalvo montanari montañez montaño montefusco monteiro monteleone montemayor ' +
  'montemurro monteros monterosso montesano montez monti monticelli montoya montéz moore moormann moors moraes morais ' +
  'morales morandi moraru moras moravcová moravec moravčík moravčíková morawo morawski morax moraz mordenti mordhorst ' +
  'moreira morelli moretti morgan morgante morgenstern morhelfer mori moriconi morin morini morissette moritz moroni ' +
  'morová morreale morri morrison morrone mortensen morávek morávková mosciski moslavac mosti motalo motchebon motisi ' +
  'motl motlová motta mottet mottola motyka motyčka motyčková motzenbbäcker moudrá moudrý moura moučka moučková moya ' +
  'močnik mraz mrkvička mrkvičková mroczek mroczkowski mrozek mrugalla mráz mrázek mrázková mrázová mráček mráčková ' +
  'mróz mucalj mucavac mucha muchová muckenthaler mueller mues muhar muinat mukaram mulas muller mulrain mulè munaro ' +
  'munguía munk munkaš muntean munteanu mura muradbašić murati murawski murazik muresan murgia murillo murolo murphy ' +
  'murray murru murtas musat muschg musella musiał musil musilová musso mustapha mustonen musumeci musy muszyński ' +
  'mutiat muñiz muñoz muženjak mužík mužíková mydlo mydlová myhrer myška myšková mácha máchová málek málková márquez ' +
  'márton máté mäder mäkelä mäkinen månsson mårtensson méndez mészáros míka míková möcks mögenburg möhsner möldner ' +
  'möllenbeck möllinger mörsch møller mühleis müllerová münch młynarczyk műller műllerová nabein nabow naglav nagode ' +
  'nagy nagyová nagypalfi najduk najman najmanová nalbantoğlu nanaić nannen nanni napierała napoli nappi narcisi nardi ' +
  'narváez nastase nastvogel natale natali natera naubert nauer naumann naumovskičizmar nava navarra navarrete navrátil ' +
  'navrátilová nawrocki nawrot nazario nazzaro nača ndao ndaw ndiaye ndione ndir ndong ndour ndoye ndukwu neacsu neagoe ' +
  'neagu neamtu nebioğlu nechita necula nedbal nedbalová nedelcu nedoma nedomová nedvěd nedvědová negoita negrea negri ' +
  'negru negrón neimke nejedlá nejedlý nemcová nemec nemes nemet nenadov nenadović neri nerius nesladek nesti nesvadba ' +
  'nesvadbová neubauer neubauerová neubert neuendorf neumair neuman neumann neumannová neumanová neupert neurohr ' +
  'neuschwander neves nevárez nezaj nečas nečasová nešpor nešporová ngom ngozi nguyen nguyenová nguèr niane niang niass ' +
  'niasse nica nicastro niccolai nicoara nicolae nicolas nicolay nicolescu nicoletti nicolini nicolosi nicolò nicosia ' +
  'nicotra niculae niculescu nieddu niedermeier niedziela niedzielski niedźwiecki nieklauson nielsen niemczyk niemi ' +
  'niemiec nieminen nienow nieves niewiadomski niggeler nigro nijland nijs niklaus nikolićkovačić nilsen nilsson ' +
  'ninalowo nissen nistor nita nitra nitu nitzsche nkansa nkansah nkrumah noack nobili nobre nocentini nocera nocerino ' +
  'nodler nogueira nojeem nolan nolte norberg nordby nordin nordskaug nordström noriega normann norris northoff nosek ' +
  'nosková notaro novak novelli novello novosad novosadová novotná novotný nová novák nováková nováček nováčková nový ' +
  'nowacki nowaczyk nowak nowakowski nowicki nowiński nowosadek nsia ntiamoa ntim nucci nucera numanoğlu nunes nussbeck ' +
  'nuzzo nwachukwu nwogu nwuzor nyaako nyame nyantakyi nyberg nygaard nygård nyström nytra nájera németh núñez němcová ' +
  'němec němeček němečková oancea obeng oberbrunner oberem obergföll oberlin obermaier oberman obiageli obianuju oblak ' +
  'obrežanac obšut obšutová ocampo ocasio ochoa odehnal odehnalová odetola odobašić odunayo odunsi oeser ofori ofosu ' +
  'oggiano ogindan oginni ogulana ogunbamigbe ogunbanwo ogunbiyi ogunbo ogunde ogunwande ogunwobi ogunyeye ojala ojeda ' +
  'ojua oklobdžija okonkwo okpattah okumuş okuneva okunola okur okyere olabode oladeji oladimeji oladipupo olah olaiya ' +
  'olaoluwa olariu olaru olasunkanmi olasunkanmi-fasayo olasupo olawale olbina olbrich olczak olejniczak olejnik ' +
  'olivares olivas oliveri olivi olivieri olivová olivárez olmos olofsson olowokeere oloyede olsen olson olsson olstad ' +
  'olszewski oltean olteanu olubode olubukola olubunmi olufeyikemi olugbayila olujimi olukotun olukunga olumide ' +
  'olusanya olutola oluwagbemi oluwakemi oluwanisola oluwaseun oluwaseyi oluwashina oluwatosin olvera oláh oláhová ' +
  'omani omidina omobolaji omobolanle omojola omolara omotoso omowale ondra ondrašek ondricka ondrová ondruš ondrušová ' +
  'ondráček ondráčková onič onnen onohinosen onose ontiveros onyinyechukwu oosterhuis oparinde opačić opeyemi ophey ' +
  'opoku oppliger oppong oprea opricović opris oprić opsenica opuić opuku opuvačić oquendo orak oraloğlu oraovčić ' +
  'oravec orašanin orbanić orbay orbán ordóñez orellana orgulan orlandi orlović ornelas orosz orozco orrù orsini orság ' +
  'orságová orsós ortenzi orth orthmann ortiz ortolani orzechowski orłowski oršanić oschkenat osei osenberg oshin ' +
  'osinski osiński osmak osmanlić osorio ossowski ostendarp ostervald ostrowski ostuni ostwald osuagwu osuntokun ' +
  'otartić otiwa ottaviani ottaviano otte ottonello otuo otáhal otáhalová otčenáš otčenášová ovčina owais owczarek owen ' +
  'owokoniran owolabi owoyemi owusu oyadiran oyaifo oyebola oyelude oyeniyi oyetoro oyeyemi oyinkansola oyinlola ' +
  'ozansoy ozuna ožanić pabón pacheco paci pacifico pacini pacocha paczkowski padberg padovan padula paduraru paesler ' +
  'pagac paganelli pagani pagliai pagliuca pahanić pahert paimo paiva pajeska pajkurić pajonk pajtl pająk pajčić paksüt ' +
  'pakuła palacios palacz paladini palano palavestra palazzolo palačković palašti paleček palečková paligorić palija ' +
  'palikuća palić pališaški paljević palladino pallentin pallesen pallotta palmeri palmieri palmisani palmisano palombi ' +
  'paluch palumbo panait panaro panek panetta panežić pani panišić panjak panjević pantoja panzeri panzig paola ' +
  'paolella paoletti paoli paolicelli paolillo paolini paolucci paone paonessa papak papaleo papapietro papež papežová ' +
  'papini paraschiv paravinja paredes parente pariggiano parise parisi parisian parlier parmaković parodi parojčić ' +
  'parović parrino partyka parun parvu pasca pascale pascali pascarella paschke pascu pascucci pasini pasquali pasquini ' +
  'passarelli passeri passuello pasternak pastore pastorelli pastorino paszkowski patafta pataki patanè patarac patača ' +
  'patačić patel paterson patila patiño patko patković patočka patočková patrascu patrnogić patrone patrun patruno ' +
  'patti patzwahl paucek paukner pauko pauković pauková paulová paun paunković pavan pavani pavel pavelek pavelić ' +
  'pavelka pavelková pavešić pavlas pavlasová pavlačić pavlica pavlicová pavlikovská pavlikovský pavličić pavlov ' +
  'pavlović pavlová pavlík pavlíková pavlíček pavlíčková pavlů pavrlišak pavúk pavúková pavčić pawelec pawlak pawlicki ' +
  'pawlik pawlikowski pawłowski pazdera pazderová pazmanj pačanin pačariz pađen pałka pařízek pařízková pašagić pašalić ' +
  'pašek pašeková pašić paška paško pašková peaquin pecha pechová pecháček pecháčková pecka pecková pecoraro pedersen ' +
  'pedraza pedrazzini pedroni pedrotti pedroza peeters peixoto pekař pekařová pekkan pektemek pekárek pekárková pelayo ' +
  'pelc pelcová pelikán pelikánová pellecchia pellegrini pellicanò pellitteri peluso penezić penić penjišević pennestrì ' +
  'penović penzo penčić peović pepelčević perales peralta peran perea perego pereira peres perez perilli perin perini ' +
  'perlaš pernica pernicová peroni perotti peroutka peroutková perret perri perrier perrin perrini perrone perrot ' +
  'perrotta perroy persson perugini peruzzi perša pesaresi peselman pession petcu petek peterka peterková peters ' +
  'petersen petito petr petralia petrarca petre petrea petrelli petrescu petrijevčanin petrini petrinšak petriševac ' +
  'petrovac petrovická petrovický petrová petrucci petruška petrušková petrák petráková petráš petrášová petrů ' +
  'pettersen pettersson petzold petřík petříková petříček petříčková pezzella pezzi pećar pećina peček peřina peřinová ' +
  'pešek peška peško pešková pešorda pešta peštová pfannerstill pfersich pflieger pflügner pham philippe phillips ' +
  'piacentini piana pianese pianigiani piasecki piazzolla pibiri picariello picchi piccinini piccoli pichardo pichler ' +
  'pichlmaier pictet piechota pieczek piekarski pieri pierini pierro piesker pietras pietro pietruszka pietrzak ' +
  'pietrzyk pietsch piga pignatelli piguet piha pilarski pilař pilařová pilch pili pillitteri pilát pilátová pimentel ' +
  'pinardi pingpank pinheiro pinho pini pinnock pintea pintilie pintus pintér piotrowicz piotrowski pipitone pippig ' +
  'piras pircher piredda pires pirrello pirvu pisani pisarević pischedda pisciotta piscitelli piscopo pisu pitinac ' +
  'pitkänen pitschugin pittalis pittard pitzalis pivar pivoňka pivoňková piwowarczyk pizarro pizzi pizzimenti pizzitola ' +
  'pizzuti piórkowski piątek piątkowski piłat piškorjanac pješivac pješčić placento plachá plachý plahinek plakalović ' +
  'plamenac plantak plaskur plass platania platzer plauk plautz plazonja plazonjić plaček plačić plačko plačková ' +
  'plaščar plch plchová plejo plekanec plekanecová plemić pleskonjić pletsch pleša pleška plotzitzka pluhař pluhařová ' +
  'pluta plšek plšková pocrnja podbarac podgórski podhradská podhradský podkonická podkonický podnar podpadac podzimek ' +
  'podzimková poehn poels poeschl pogačić poggi poggio pogorzelski pohl pohland pohle pohlová pokorná pokorný polanco ' +
  'polanská polanský polančec polat poletti poliak poliaková polidori polifka polimeno politi polizzi pollich ' +
  'pollmächer polách poláchová polák poláková poláček poláčková polášek polášková polívka polívková polšak pompei ' +
  'pompili pompilio ponitzsch ponjavić ponti popelka popelková popescu popovici popržan popčić popławski porcari porcu ' +
  'porras porth portmann porębski poschmann pospíchal pospíchalová pospíšil pospíšilová potkonjak potnar potočar ' +
  'potočnik pottel potůček potůčková poulsen pouros pourová pouye powlowski poyrazoğlu pozzi poçan poštić požarac ' +
  'prachař prachařová prah prakatur prangart prange pratesi praticò pražák pražáková prchal prchalová prebil ' +
  'prebiračević preda predin predić predojev predojević predovic predović predragović preloščan prempeh prencipe ' +
  'preočanin prerad preradović pressler presti preuk preuss prevost preziosi prešeren priemer prinsen privitera ' +
  'prkosovački probst procházka procházková procopio prodan prohaska proietti prokeš prokešová prokop prokopová ' +
  'prosacco proske protić provazník provazníková provenzano prošek prošić prošková prus przybylski przybysz przybył ' +
  'przybyła prášek prášková průcha průchová průša průšová ptak ptičar ptáček ptáčková puačmatešić puca pucci puccio ' +
  'puchalski puddu puggioni pugliesi puglisi puharić puiu puleo pupák pupáková purdy pury pusch putinčanin putnik ' +
  'putzolu puzavac puzigaća puškarčuk pytel páez pánek pánková pásztor pátek pátková pålsson pérez pícha píchová píša ' +
  'píšová pöche pöge płonka přibyl přibylová přikryl přikrylová příhoda příhodová pšenička pšeničková quaglia quarta ' +
  'quartenoud quartey queiroz quevedo quezada quigley quinn quinodoz quintairos quintanilla quiros quiroz quiróz ' +
  'quitzon quiñones quiñónez raabe rabenstein rabić rabljenović raca rach racordon raczyński radecki radigović ' +
  'radijevac radinović radisavić radisavljević radisavčević radivojac radivojša radišević radl radlović radmanović ' +
  'radoi radomirović radomski radonja radonjanin radonjić radotić radovac radovanac radovanković radovanlija radovanov ' +
  'radová radtke radu radulaški radulescu radulić radulj raduljesković raduljević radulović radusilović radusinović ' +
  'radušić raduški radvanji rael rafailović raffa rago ragone ragusa rahn raich raimondi raimondo rajh rajs rajtek ' +
  'rajčević rajš rajšić rakanović rakarić rakas rakinić raković raková rakowski rakušić ralbovski ramač rambaldi ' +
  'rambousek rambousková ramella ramos rampazzo ramírez randazzo randunković raneri ranftl rangel rangelov rangen ' +
  'ranieri raniolo rantanen ranucci rapisarda rapovac rapp rapuano rasinac rasić rasmussen raspopović raspudić rataj ' +
  'ratajczak ratajová rath ratke ratkovčić ratti raubuch raukuc rauso rautenkranz ravaioli ravet ravn raynor razić razo ' +
  'rašetarević rašetić rašević raška rašková rašović raščanin recchia redaelli rehak rehwagen reiber reichardt reichel ' +
  'reichert reichling reid reifenrath reilly reimann reinberg reinelt reinger reinke reitze remeta remeš remešová ' +
  'rempel remy renaud renda rendulić rendón renk rennich renovica renovčević rentería rentz renz renzi renčar repac ' +
  'repetto repija repiská repiský reppin resele resković resnik restivo restle restorff reséndez retzke reuber reumann ' +
  'reuss reusse reyes reymond reyna reynold reynolds reynoso rezek rezková rečević rheder rhoden ribar ribaupierre ' +
  'ribićgreganić riccardi ricci ricciardi riccobono richards richtr richtrová ridolfi riediger riekmann riepl riermeier ' +
  'riethmüller rietman rietmüller rietscher riggi riggio righetti righi rigoni rimai rinaldi riner riojas riolo ' +
  'riparbelli ripken rippin ristić ritchie ritosek ritschel ritsma rittgasser rittweg ritz riva rivas rivero riviere ' +
  'rizza rizzi rizzo robak robel roberti roberts robertson robles rocca rocchi rocha rochaix rochat rockmeier rodarte ' +
  'rodehau rodigari rodowski rodrigues rodriguez rodrígez rodríguez rodríquez roecker rogahn rogala rogalski roggatz ' +
  'rogolino rogowski rogoz rogulja rohan rohländer rohrer rojas rojek rokossa rold roldán roleder rolfson rolland ' +
  'roloff rolón romagnoli romaguera romanelli romaniello romanini romanowski romančík romančíková romy romčević ' +
  'rondinone rondoni rondović roob rosales rosandić rosas rosati rosbach roschinsky rosenauer rosenbauer rosenbaum ' +
  'rosenthal rosi rosiak rosiński rosksch ross rossberg rosselli rosset rossetti rossi rossini rossler rosu rotaru ' +
  'rothenbacher rother rotolo roubal roubalová rougemont roulin rous rousová roussel rovčanin rowe roybal royer rozgić ' +
  'rozsypal rozsypalová ročkomanović rošević roškić rožac ruberto rubino rucco ruch ruciński ruckdeschel rudan rudinski ' +
  'rudnicki rudolfová rudziński rudzki ruecker ruelas ruggeri ruggieri ruggiero ruiz rumenić runolfsdottir runolfsson ' +
  'runte ruotolo rupnik rupprecht rusciano rusin rusová russel rusu ruth rutkowski ruud ruíz rušanoski ružička ' +
  'ružičková ryan ryba rybak rybarczyk rybicki rybníček rybníčeková rybová rybár rybárik rybáriková rybárová rybář ' +
  'rybářová ryjikh ryzih ryšavá ryšavý rzepka rácová rácz rädler räntsch räsänen ríos różański różycki rödiger röse ' +
  'röthlisberger röttger røed rücker rüegg rüter rüttimann rýdl rýdlová růžek růžička růžičková růžková saarinen ' +
  'saavedra saba sabaly sabatini sabau sabbatini sabdat sabia sabljak sabolski sabolčec sabri sacchet sacchetti sacchi ' +
  'sachse sadiki sadio sadović sadowski sadílek sadílková sadıklar sadžak saflanis safo sagadi sagafe sagna sagonas ' +
  'saheed sahner saia saile sailer saiz sakho saladino salako salamone salas salatiello salazar salcido saldaña ' +
  'saldivar salemi salemme salerno salgado salierno salinas salis sall salminen salo salomone salonen salow salvadori ' +
  'salvati salvatori salvi salvucci salzano salzer salzmann samac samancı samaniego samardžija samb sambe sambou samek ' +
  'samková sammartano sammartino sammert samohod samohodaj samolov samolovac samsonová samuelsson sanabria sanadrović ' +
  'sanches sanchez sanctis sandalcı sandalj sandberg sanders sandić sando sandor sandoval sandström sandu sanfilippo ' +
  'sanford sanna sannino santacruz santamaria santana santangelo santarelli santarossa santarsia santarsiero santi ' +
  'santilli santillán santinelli santini santis santoni santori santoro santos santucci sanusi sané saporito sarabia ' +
  'sarah saraiva sarbu sarnataro sarno sarpong sarr sarti sartor sartori sarvari sarı sarıoğlu sassano sassi satner ' +
  'satta sattelmaier satterfield saucedo sauerland saumweber saussure sava savary savevski savini savoca savoia ' +
  'savolainen savova savu sawayn sawicki saygıner sbrana scalia scalise scalzo scano scanu scarano scardino scarpellini ' +
  'schaefer schaffarzik schahbasian schaller schamberger schaub schedler scheidegger schejbal schejbalová schelk ' +
  'schellenbeck schembera scherbarth scherini schermann scherrer schersing schettino scheurer scheytt schiavi schiavon ' +
  'schielke schieskow schifano schildhauer schillaci schima schindzielorz schinner schirmer schirrmeister schirru ' +
  'schlatter schlawitz schlechtweg schley schlitzer schmalzle schmeler schmidtchen schmidtová schmitz schmuhl ' +
  'schneidrová schnelting schnider schnieder schniedermeier schnyder schnürer schoberg schoch scholten schonberg ' +
  'schondelmaier schorderet schorr schottmann schouren schowalter schrader schramm schreiter schrepfer schroder ' +
  'schroeder schrøder schuermann schuff schuhaj schuldt schuler schulist schult schulte schultz schultze schulze ' +
  'schumann schumm schupp schuri schutzbach schwab schwalm schwanbeck schwandke schwanitz schwarthoff schwartz ' +
  'schwarzer schwarzkopf schwarzmeier schwarzová schwatlo schweisfurth schweitz schwennen schwerdtner schwidde ' +
  'schwirkschlies schwizgebel schwuchow schäffel schäffer schäning schär schärer schöckel schönball schönbeck schönberg ' +
  'schönebeck schönenberger schönfeld schönherr schönlebe schötz schüppel schürch schütz scocco scognamiglio scopece ' +
  'scott scotti scrofani scuderi sebastiani sebenji secchi secci sechi seck sedarević sedillo sedliak sedliaková sedlák ' +
  'sedláková sedláček sedláčková sedlář sedlářová seeger seelig segovia segunmaru sehls sehnal sehnalová seibold ' +
  'seiders seidl seidlová seifert seifertová seigel seiler seitz sekanina sekaninová sekinat semeraro semerád ' +
  'semerádová semisch semprini senger senghor senko senková senn sepe sepetçi sepúlveda serafin serafini serban sergi ' +
  'serr serra sessa sestito severa severi severino severová sevi sevilla sewald seydi seye sezek sforza shanahan ' +
  'shekoni shields sidibé sidler siebel siebert siedlecki siegling siegrist sielemann siemon siener sienkiewicz ' +
  'sieradzki sievers siewert signorini sigrist sihler siino sikora sikorová sikorski silenzi sillah silvestri ' +
  'silvestrini silvestro simeoli simeoni simeti simijonović simin simion simionescu simić simićević simjanović ' +
  'simojlović simoncelli simone simonet simonetti simoni simonis simonović simonsen simula simulov simunović simurdić ' +
  'simões simčič sinanoğlu sini sinnhuber sinopoli sipes sipos siracusa siragusa sirbu siri sischka sisneros sitarić ' +
  'sitek sivák siváková siwek sjöberg sjögren skalická skalický skalová skalski skandović skeledžija skenderija skiba ' +
  'skibicki skibiński sklenka sklenková sklenář sklenářová skoczylas skoglund skokan skokanová skopal skopalová ' +
  'skorupan skov skowron skowronek skowroński skořepa skořepová skračić skroban skrzypczak skrzypek skutecká skutecký ' +
  'skuterud skácel skácelová skála skálová skóra skřivánek skřivánková slabá slabý sladaković sladek sladić sladká ' +
  'sladký sladoje sladojević sladović slamarski slamek slanina slaninová slankamenac slatinac slavković slavík ' +
  'slavíková slavíček slavíčková slašťan slašťanová slezák slezáková slijepac slijepčević sloboda slobodanović ' +
  'slobodjanac slobodník slobodníková slobodová slobođanac slonja slota slotová slotta slovák slováková slováček ' +
  'slováčková sluka sluková sládek sládková sláma slámová smailbegović smaić smajlović smedsrud smeets smejkal ' +
  'smejkalová smetana smetanová smets smieja smiljan smiljanec smitham smogeli smola smoliński smoljanec smoljanić ' +
  'smolka smolková smolová smolík smolíková smrek smreková smrčka smrčková smrž smržová smutná smutný smyth smékal ' +
  'smékalová soare soares sobczak sobczyk sobek sobieraj sobková sobolewski soboll sobotka sobotková sobowale soccorsi ' +
  'socha sochacki sochor sochorová sodano sojka sojková sokol sokolićmihalak sokolová sokolowski sokołowski sokół solak ' +
  'solberg soldati solga solheim solinas soliz soller solli sollner solmaz solomon solorio solorzano solís sommrová ' +
  'somogyi somrak somssich sonko sonn sonnenfeld sorbello soria sosnowski souare soukup soukupová soumaré sousa soutter ' +
  'souza souček součková sova sovová sowa sowiński soyinka soós sołtys sołtysiak spadafora spadaro spadoni spahn spano ' +
  'spanu spanò sparić spasenić spasenović spasić spasković spasojev spasojević spasovski spataro spelmeyer spiegelburg ' +
  'spielvogel spiga spinelli spinka spitzmüller spizzirri spoerri sporer sporrer sprenger sprunger spurná spurný spáčil ' +
  'spáčilová spörri spöttel srakić srbová sroka stachowiak stachowicz stachura stachurski stadelmann staffieri staicu ' +
  'stalder stan stanciu stancu stanek stanescu stanger stanijanović stanijević stanikić staniszewski stanisławski ' +
  'stanivuković staničić staniša stankiewicz stankovićmarton stanton stanzione staněk stapić starovlah stará starý ' +
  'starčevićmatijaško stasiak staszewski stauffer stauss stawicki staňková stašćik stec steding stefanescu stefani ' +
  'stefaniak stefano stefański steffensen steffny stehlík stehlíková stehr steidl steigauf steinecke steiner steinerová ' +
  'steinert steinkamp steinmann stejskal stejskalová stelkens stella stelmach stengl stensrud stenzel stepanić stepanov ' +
  'stepanović stettler steuber steuk stevelić stevilović stewart stibor stiborová stiedemann stief stifel stigliano ' +
  'stodola stodolová stoian stoica stokanović stoklasa stoklasová stolarczyk stolarski stoll stolla stolle storl storp ' +
  'storti stoutjesdijk stracke straka straková strano stranski stratmann straub strausa streese strege strejček ' +
  'strejčková streller strepački striezel strikinac strmota strnad strnadová strnisko strnisková stroe strogies ' +
  'strohschank strosin strouhal strouhalová strunz strutz strzelczyk strzelecki stránská stránský ström strömberg ' +
  'stubičan stuchlík stuchlíková stucki studená studený studer studnička studničková stuparić stupka stupková stutz ' +
  'stárek stárková stöckert stöckli stöppler stöwer stępień stępniak sucameli sucera suchomel suchomelová suchá ' +
  'suchánek suchánková suchý suciu suffa sujew suková sulaimon sunarić sundberg superina surace suriano surma suski ' +
  'sussmann suter sutermeister suthe sutschet sutter sutz suvajac suvajdžić suvajčević suvala suvačarov suzović suárez ' +
  'sučević suđić suša sušac svatoň svatoňová svatoš svatošová svačina svačinová svendsen svensson svirčev sviták ' +
  'svitáková svobodová svorcan svozil svozilová svrakačić svrbík svrbíková svrtan světlík světlíková swaniawski ' +
  'swillims sylla sylvester synek synková syrová syrový szabo szabó szafrański szalai szasz szatkowski szczepaniak ' +
  'szczepanik szczepański szczerba szcześniak szczygieł szczęsna szczęsny szekely szekeres szeląg szendrei szewczyk ' +
  'szikra szilágyi szostak szulc szwarc szwed szydłowski szymański szymczak szymczyk szymkowiak szyszka székely szücs ' +
  'szőke szűcs sáenz sámel sámelová sánchez sándor sárközi sæther sène ségnane söderberg sören sözeri sørensen sørlie ' +
  'süleymanoğlu sürth sýkora sýkorová sławiński słowik słowiński tabaček tacconi taddei tafelmeier tafoya tagliaferri ' +
  'tahincioğlu tahirović taiwo takalić takyi takács talapka talarico talavanić tallarico tamas tamayo tamba tamburini ' +
  'tamez tamindžić tammaro tampolja tamunoemi tamás tanacković tanase tanasijević tancoš tancošová tangen tanjga ' +
  'tankosić tanrıkulu tanurdžić tanzi tapavica tapavički tarnowski tarquini tartamella taslak tassi tassinari tasso ' +
  'tassone tataranni tatarka tatarková tatarová tataru tatomirov tatár tatárka tatárkaová tatárová taufratshofer tavani ' +
  'tavares tawia tazegül taşlı taşçı tedde tedeschi tegethof teichmann teixeira tejada tejeda tekand tekelioğlu tekin ' +
  'telak telebar telenta telesca tella tello temitope teodorescu teofilović teokarević teovanović tepavac tepavčević ' +
  'tepić teplá teplý tepper tepša tepšić terenzi teresi terheiden terlecki terlouw terrazas terzi terzija terzin terzić ' +
  'terán tesař tesařová tesi tevdenić tešanović theele thiam thiao thiaw thieke thiel thijs thimm thiomas thiongane ' +
  'thioub thioune thomka thomková thommen thompson thomsen thomson thoresen thriene thränhardt thust thöne tiano ' +
  'tiberti tica tichá tichý tidow tiedtke tietze tihomirović tijanić tijerina tikas tilgner tillack tillman tilotta ' +
  'timarić timmermann timmermans timotić tinguely tintor tiozzo tirelli tirri tischmann tissot tittman tivontschik ' +
  'tkaczyk toader tobler todaro tofani toft toivonen tojić tokarski tokatlıoğlu tokgöz toledo tolomeo tolulope tomala ' +
  'toman tomanović tomanová tomaselli tomasello tomasi tomasović tomassoni tomaszewski tomazović tomaš tomaševićrigo ' +
  'tomczak tomczyk tomei tomek tomescu tomeček tomečeková tomečková tomeš tomešová tomka tomko tomková tomljanović ' +
  'tommasi tommaso tomović tomušilović tomys tománek tománková tomáš tomášek tomášková tomášová tomčić tonat tonini ' +
  'tonkovac tonn tončić topalov topalović topaloğlu topalski topisirović topić topolovac topolović topçuoğlu toraman ' +
  'torchia torchio torgersen tornatore torp torphy torres torresi torri torriani torrisi tortorici tosi totaro toth ' +
  'toti totman touré tovar towne tracz traini tralli trampeli tramposch trandafir tranová trantow traoré trapani trauth ' +
  'trautmann travaglini travan traverso travica trejo tremblay tremmel treskavica tretinjak tretola treutel trevisan ' +
  'treviño tribuljak trif trifan trikić trikošanin triolo tripodi trivkanović trnka trnková troisi trojanová ' +
  'trojanowski trombetta trtica truben trubenová truhlář truhlářová trujillo trzciński trzeciak trávníček trávníčková ' +
  'trček trčka trčková tsamonikian tschiers tschirch tschudi tubanski tucci tuccillo tucholke tudor tudorache tudose ' +
  'tudow tufano tulla tumbarello tumino tunaboylu tunkova tunçeri tuominen turajlić turan turchi turcotte turcu turek ' +
  'tureček turečková turinski turková turnadžić turunen turza turčok turčoková tuschmo tustonja tuček tučková tuğlu ' +
  'tuğluk tvrdá tvrdík tvrdíková tvrdý twardowski tweneboa twumasi táborská táborský tächl téllez tórrez tóth tóthová ' +
  'többen török türkdoğan türkyılmaz tütüncü tüzün tříska třísková tůma tůmová ubavin ubavić ubavkić ubiparip ' +
  'ubiparipović ubner ubović uchechi udicki udilović udovičić udovički udovčić udvardi ugarak uglješić ugolini ugričić ' +
  'ugrčić uher uhlemann uhlig uhlíř uhlířová uhrig uhrová uibel ukraden ulemek ulibarri uliczka ullmann ulloa ullrich ' +
  'ulrichová uluhan umbach umlauft umminger umolac unger ungureanu unterpaintner upton uram uramová urbancová urbanec ' +
  'urbanek urbaniak urbanová urbanowicz urbansky urbańczyk urbański urblík urblíková urbánek urbánková ureña urhig ' +
  'uribe urrutia urso ursu urías usai utješanović uzelac vaccari vacek vacková vaculík vaculíková vadlja vaduva vahala ' +
  'vahlensieck vailati vaip vajcík vajcíková vajda vajdička vajdová vajzenbach vakareskov vala valach valachovič ' +
  'valachovičová valachová valadez valdez valdivia valdés valent valenta valente valenti valentini valentová valentín ' +
  'valenzuela valenčićbrkić valeri valeš valešová valić valkai valladares vallejo valles vallet valletta valli vallone ' +
  'valová valsecchi valuška valušková valverde valášek valášková vandamme vandenberghe vandenbroeck vandervort ' +
  'vandevelde vanegas vanek vaneková vangermain vanni vanová vaníček vaníčková vančura vančurová vaněk vaněček ' +
  'vaněčková varela varenina vargas vargová varinac varićak varmuža varnica varriale varzić varšava varžićbiuklia ' +
  'varžićbiuklija vascotto vasile vasilescu vasiliu vasilj vass vasseur vavrikov vavřík vavříková vaňková vašadi vašek ' +
  'vaška vašková vašák vašáková vašíček vašíčková vecchi vedvik veenstra vegar vegge veiga vejnović vejvoda vejvodová ' +
  'vekecki vekić velaja velanac velde velden velioğlu vella velásquez velázquez venegas venezia venghaus ventimiglia ' +
  'venturelli venturini verbeek vercesi verduzco veres verhaeghe verhoeven vermeulen verner vernerová verniest verzi ' +
  'vesel veselicačatipović veseličić veselová veselá veselý vesin vesić vesković vestergaard veum veverka veverková ' +
  'vezmar vezzoli večeřa večeřová vianello vicari vicen vicenová vicente vichi vicini vida vidal vidaček viderščak ' +
  'vidmar vidranjski viellehner viera vierin vieweg viklund vila villadsen villagómez villalobos villalpando villani ' +
  'villanueva villareal villari villarreal villaseñor villegas vilímek vilímková vincenc vincent vincenzi vinci vincze ' +
  'vinketa vinther vintila vinš vinšová violante violi virgilio virtanen virág visan visani visconti viscò visentin ' +
  'visintin vitali viti vitman vito vittori vitásek vitásková viviani vizziello višekruna višňovská višňovský vlach ' +
  'vlachová vlad vlah vlasák vlasáková vlašić vlková vlček vlčková vobořil vobořilová vodička vodičková vodrážka ' +
  'vodrážková vodák vodáková voelkel vogelgsang vogronićopačić voicu voigt voinea vojta vojtek vojteková vojtková ' +
  'vojtová vojtíšek vojtíšková vojtěch vojtěchová vojáček vojáčková vokoun vokounová vokuhl volek volf volfová volkman ' +
  'volkmann volková volná volný volpi vona vondra vondrová vondrák vondráková vondráček vondráčková vonrueden vontein ' +
  'vorel vorlová vorlíček vorlíčková voráček voráčková votava votavová votruba votrubová voříšek voříšková vrabcová ' +
  'vrabec vranjić vranjkoviććenan vračar vračarević vrba vrbanac vrbas vrbaslija vrbová vrekalović vrugić vrzal ' +
  'vrzalová vrána vránová vuillermoz vujaković vujeva vukadin vukaljević vukalović vukanović vukasović vukašinac ' +
  'vukelić vukelja vukeljić vukobradović vukobrat vuksanićpuljek vuksanović vukčević vukša vukšić vuleta vuletaš ' +
  'vuletin vulić vulićević vulišić vulović vulčević vunak vunjak vunturišević vučeta vučetić vučevac vučkovac vučković ' +
  'vučo vučurević vybíral vybíralová vydarená vydarený vydra vydrová vymazal vymazalová vyskočil vyskočilová vysloužil ' +
  'vysloužilová vácha váchová václavek václavková václavík václavíková vágner vágnerová válek válková váradi vásquez ' +
  'vávra vávrová vázquez váňa váňová väisänen vélez véliz vícha víchová vítek vítková vítová víšek víšková vörös ' +
  'wachenbrunner waelchi wagenaar wagnerová waibel wakan walczak walder waldmann walkowiak wallin wallner wallstab ' +
  'walsh walton waltrová warchoł wartenberg waschbüsch wasiak wasilewski wasiu wassilew wassiluk watsica watson ' +
  'wawrzyniak wdowiak webrová wegmann wehner wehrle wehrli wehrsen weibel weidner weigel weimann weimer weinand weis ' +
  'weiss weissnat weissová weller welsch welti welz welzel wenger weniger werle werrmann wershansky wertag wesołowski ' +
  'wessel wessinghage wettstein weyel wiafe wichmann wickert widmer wiebe wiechmann wieczorek wiegand wiegelmann ' +
  'wierzbicki wieser wijk wikström wilcox wilczek wilczyński wilderman wilk wilkinson wilky willane willems willemsen ' +
  'williamson willms willwacher wilson wilts wimmer windler winiarski winkelmann winkler winklerová wintheiser winther ' +
  'wirth wirz wischek wisoky wisozk wissing witczak witek witkowski wittich wittl wiza wiącek więcek więckowski ' +
  'wiśniewski wnuk wojciechowski wojtas wojtasik wojtczak wojtkowiak wolak wolfarth wolff wolfová woliński wollenberg ' +
  'wollmann wolny wolski wolters wouters woytkowska woźniak wrona wroński wróbel wróblewski wuckert wujak wuraola ' +
  'wyludda wyman wypych wysocki wyss wyszyński wójcicki wójcik wójtowicz wölpert wöschler wühn wüthrich wąsik wąsowski ' +
  'węgrzyn włodarczyk włodarski xacon xairo xana xavier xenia xiana xicoy yaamoa yade yago yalçın yami yanes yaqub ' +
  'yavuz yawson yazıcı ybarra yeboa yeboah yebra yetkiner yeşilkaya yirenkyi yong yorulmaz yost yundt yussuf yáñez ' +
  'yüksel yıldırım yıldız yıldızoğlu yılmaz yılmazer zabaleta zaborowski zabrdac zabłocki zaccaria zaccaro zach zachová ' +
  'zaczkiewicz zadnik zadravec zadrić zagaria zago zagoršek zagorščak zagórski zaharia zahradník zahradníková zahrádka ' +
  'zahrádková zaituc zajac zajacová zajíc zajícová zajíček zajíčková zając zajączkowski zakrzewski zalar zalewski ' +
  'zamarreno zamarripa zambon zamboni zambrana zambrano zambuto zamfir zamora zampieri zamudio zanatta zandt zanella ' +
  'zanelli zanetta zanetti zanner zanon zanotti zapalac zapletal zapletalová zappacosta zappalà zappia zaragoza zarate ' +
  'zaremba zarzycki zaręba zatloukal zatloukalová zavadil zavadilová zavala zavřel zavřelová zawada zawadzki zayas ' +
  'zbinden zbodulja zboncak zbořil zbořilová zdelar zdenčan zdravčević zdražil zdražilová zdunek zebić zedda zedník ' +
  'zedníková zehnder zeidler zejak zekan zekl zelaya zelenka zelenková zelená zelený zelinka zelinková zeman zemanová ' +
  'zemlak zemánek zemánková zeni zennaro zepeda zeuch zeyen zeyhle zezula zezulová ziegler zieliński zielonka ziemann ' +
  'zieme zijan zijlstra zikmund zikmundová zima zimanyi zimka zimková zimonja zimonjić zimová zinaić zinajić zindović ' +
  'zingaretti zingg zinser zintl zipalović zipančić zipp zipse ziramov zirojević ziółkowski zięba ziętek zlatanović ' +
  'zlámal zlámalová zollinger zollo zordan zorica zotti zoubek zoubková zouhar zouharová zrna zrno zschunke zubak ' +
  'zuiderveld zuliani zullo zumbo zunino zvanić zvonar zvěřina zvěřinová zwiener zwoliński zych zygmunt záborská ' +
  'záborský zábranská zábranský zálešák zálešáková zámečník zámečníková záruba zárubová zíka zíková zúbrik zúbriková ' +
  'zúñiga zümsande zürcher águilar álvarez ávalos ávila åberg åkesson çakır çamdalı çapanoğlu çatalbaş çağıran çelik ' +
  'çetin çetiner çevik çörekçi écoffey ñañez öberg önür örge östringer öymen özberk özbey özbir özcan özdemir özdenak ' +
  'özdoğan özer özgörkey özkan özkara özkök öztonga öztuna öztürk ødegård østby østli überacker ünal ćenan ćora ćorak ' +
  'ćukalac ćukalović ćukić ćuković ćukteraš ćulibrk ćuslović čabaj-adam čabro čada čadová čajka čajko čaleta čamagić ' +
  'čamdžić čanaki čandrlić čančar čapek čapkovič čapkovičová čapková čapkunović čaplovič čaplovičová čaprnjić čarapina ' +
  'čarapić čaraveša čarnić čarnogurská čarnogurský čarović čatalinac čatić čavalić čavaljuga čavdarević čavić čavlina ' +
  'čaće čech čechová čejka čejková čelar čelebija čengija čerkašin čermák čermáková černe černoch černochová ' +
  'černohorská černohorský černá černík černíková černý červenka červenková červená červený červeňák červeňáková ' +
  'červinka červinková čierny čierná čihák čiháková činčurak-kovač čipanj čipanj-banja čisar čizmar-tormaš čičmak ' +
  'čobanović čobrda čobrdová čokov čolak čolaković čolanić čolina čonka čonková črešnik čudina čurda čurdová čvagić ' +
  'čápová čížek čížková ďaďo ďaďová ďurica ďuricová ďuriš ďurišová đedović đekanović đekić đeković đelić đelkapić ' +
  'đelmaš đelošević đenić đenović đerasimović đerašević đergović đerisilo đerić đoković đolović đukelić đumija đunda ' +
  'łapiński łuczak łukasiewicz łukasik łukaszewski řehoř řehořová řehák řeháková řeháček řeháčková řezníček řezníčková ' +
  'řezáč řezáčová říha říhová śliwa śliwiński ślusarczyk świderski świerczyński świątek şahin şimşek šadl šafarić ' +
  'šafařík šafaříková šafránek šafránková šafář šafářová šagodić šajinović šajtoš šakanović šamšalović šanda šandová ' +
  'šantor šargač šarić šaruga šašek šašková šebek šebela šebelová šebesta šebestová šebková šeda šedivá šedivý šedová ' +
  'šegavčić šegota šekularac šenica šenk šenková šesta šesták šestáková šetula ševčík ševčíková šidlo šidlová šiketanc ' +
  'šilhavá šilhavý šimak šimatić šimek šimeček šimečková šimićšebalj šimková šimlješa šimon šimonovič šimonovičová ' +
  'šimonová šimák šimáková šimánek šimánková šimáček šimáčková šimčík šimčíková šimůnek šimůnková šindelář šindelářová ' +
  'šindler šindlerová šiptar široká široký šiška šišková škoda škodová škrabal škrabalová škriniar škriniarová škultéty ' +
  'škultétyová šlechta šlechtová šmajda šmajdová šmejkal šmejkalová šmerda šmerdová šmitran šmrčak šmíd šmídová šnajdr ' +
  'šnajdrová šobar šobota šolar šolc šolcová šoljić šolta šoltés šoltésová šoltýs šoltýsová šomođvarac šorgić šormaz ' +
  'šorša šostarec šostarko šotić šotra šovagović španiel španović špaček špačková špernjak špiranec špička špičková ' +
  'šplíchal šplíchalová špoljarićperhat šrámek šrámková štajhofer štampf štangl štasni štefan štefanka štefanková ' +
  'štefanová štefančić štefek štefková štefl šteflová štimac štriga štrukelj štěpán štěpánek štěpánková štěpánová ' +
  'štěrba štěrbová šubrt šubrtová šujdović šukalo šukalović šukara šulc šulcová šulhof šulovnjak šuman šundalić šurka ' +
  'šurková šustr šustrová šutaković šutanovac šušak švab švanda švandová švarc švarcová švec švecová švehla švehlová ' +
  'švejda švejdová švestka švestková šváb švábová šálek šálková šíma šímová šípek šípková šípová šírová šťastná šťastný ' +
  'żebrowski żmuda żukowski żurawski żurek żyła žagarac žalako žarković žemlička žemličková žerajić žeravica žgela ' +
  'žgrabljić žiga žigová žipac žirović živadinović živak živaljević živanac živanović živiććojbašić žižanović žižka ' +
  'žižková žmegač žuljevićgrafina žáková žáček žáčková žídek žídková žďárská žďárský žůrek žůrková';

/**
 * The part after the particle of frequent Dutch and Flemish surnames ("van den Berg", "de Boer", "ter Horst", "van
 * Dijk"): most are also ordinary words (a mountain, a farmer, a dike), so the list above leaves them out. Read only
 * right after a particle behind a courtesy title ("mevrouw van dijk", "meneer de boer"), where the same words as
 * ordinary words would be a place or an office ("mevrouw van hiernaast", "meneer van de gemeente", "mevrouw de
 * voorzitter"). Chosen by us (2026-12) from the most frequent Dutch surnames with a particle.
 */
export const PARTICLE_SURNAME_CORES: string =
  'berg bergh dijk dyk jong vries boer meer linden velde velden heuvel wal waal leeuw leeuwen broek bosch bos brink pol hoek beek horst ' +
  'dam wijk graaf vliet veen hagen kamp wetering laar zanden sande sanden akker heijden heiden hoeven hout kolk loo maas molen poel ' +
  'schoot sluis steen straaten vlist voort wiel zee ploeg doorn donk ende geest kooij haan groot wit bruijn bruin klerk kok lange ' +
  'ruiter jager wilde vos ridder rooij roos beer kleijn koning meulen mortel burg plas elst gaag haar ham hulst laan lugt mast ' +
  'oever putten rijn rijt tol vegt weide werf woude zwan gucht ven ende boom groen winter bakker visser smit mulder dekker kuiper ' +
  'beek heijde kuijk kruis wouw water stoel tuin vaart meer haas goede bruyn wolf hoop klein kempen bogaert nieuwenhuis';
