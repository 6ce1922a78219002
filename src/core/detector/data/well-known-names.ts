/** First and last names from redact-pii 3.4.0 `well-known-names.json` (MIT, Solvvy; see NOTICE.md). Curated to exclude common English words. */
export const WELL_KNOWN_NAMES: string =
  'aaron abad abarca abbate abbey abbie abbott abby abdullah abel abell abercrombie abernathy abernethy abeyta ' +
  'abigail ables abner abney abraham abrams abramson abrego abreu absher abshire acevedo aceves acker ackerman ' +
  'ackley acklin acord acosta acree acuff acuna ada adah adair adaline adam adame adames adams adamski adamson ' +
  'adcock addie addington addis addison adela adelaida adelaide adele adelia adelina adeline adell adella adelle ' +
  'adena adina adkins adkinson adkison adkisson adler adorno adria adrian adriana adriane adrianna adrianne ' +
  'adrien adriene adrienne afton agatha agnes agnew agnus agosto agripina aguayo agueda aguero aguiar aguila ' +
  'aguilar aguilera aguirre agustin agustina ahearn ahern ahlers ahmad ahmed ahn ahner aho ahrens ahumada aida ' +
  'aiello aiken aikens aiko aileen ailene aimee ainsworth aisha aitken aja aker akers akiko akilah akins alaina ' +
  'alaine alan alana alane alanis alaniz alanna alarcon alayna alba albanese albano albaugh albers albert alberta ' +
  'albertha albertina albertine alberto albertson albin albina albrecht albright albritton alcala alcantar ' +
  'alcantara alcaraz alcorn alda aldana alden alderete alderson aldrich aldridge alease alecia aleen aleida ' +
  'aleisha alejandra alejandrina alejandro aleman alena alene alesha aleshia alesia alessandra alessi aleta ' +
  'aletha alethea alethia alex alexa alexander alexandra alexandria alexia alexis alfano alfaro alfonso alford ' +
  'alfred alfreda alfredia alger ali alia alica alice alicea alicia alida alina aline alisa alise alisha alishia ' +
  'alisia alison alissa alita alix aliza alla allain allan allard alleen allegra alleman allen allena allene ' +
  'alleyne allgood allie alline allison allman allmon allred allyn allyson alma almanza almaraz almazan almeda ' +
  'almeida almeta almonte alona alonso alonzo alpert alston alsup alta altagracia altamirano altha althea altman ' +
  'alton alva alvarado alvardo alvarez alvera alverez alverson alverta alves alvey alvina alvis alyce alycia ' +
  'alysa alyse alysha alysia alyson alyssa amada amador amal amalia aman amanda amaral amaro amato amaya amber ' +
  'amberly ambriz ambrose amee amelia america amerson ames amey amick amie amiee amin amina amira ammerman ammie ' +
  'amos amparo amundson amy anabel analisa anamaria anastacia anastasia anaya ancheta andera anders andersen ' +
  'anderson anderton andes andino andra andrade andre andrea andree andres andresen andress andrew andrews andria ' +
  'andrus anette ange angela angele angelena angeles angelia angelica angelika angelina angeline angelique ' +
  'angelita angell angella angelo angelyn angie angila angla anglea anglin anguiano angulo angus anh anika anisa ' +
  'anisha anissa anita anitra anja anjanette anjelica ann anna annabel annabell annabelle annalee annalisa ' +
  'annamae annamaria annamarie anne anneliese annelle annemarie annett annetta annette annice annie annika annis ' +
  'annita annmarie anselmo ansley anson anthony antionette antoine antoinette anton antonelli antonetta antonette ' +
  'antonia antonietta antonina antonio anya aparicio apodaca apolonia aponte appleby applegate appleton ' +
  'applewhite appling apryl aquilar aquino araceli aracelis aracely aragon araiza arana aranda arango araujo ' +
  'arbogast arbuckle arce arcelia arceneaux archambault archibald archie archuleta arciniega ardath ardelia ' +
  'ardell ardella ardelle ardis ardith ardoin arellano aretha arevalo argelia argentina argo arguelles arguello ' +
  'argueta ariana ariane arianna arianne arica arie ariel arielle arla arlean arleen arlena arlene arletha ' +
  'arletta arlette arlinda arline arlyne armanda armandina armbruster armendariz armenta armentrout armes armida ' +
  'armijo arminda armistead armitage armstead armstrong arndt arneson arnett arnetta arnette arnita arnold arnone ' +
  'aronson arredondo arreola arriaga arrington arriola arrowood arruda arsenault arteaga arthur artie artis ' +
  'arvilla arvizu arwood arzola asberry asbury asha ashanti ashbaugh ashburn ashby ashcraft ashe ashely asher ' +
  'ashford ashlea ashlee ashleigh ashley ashli ashlie ashly ashlyn ashmore ashton ashworth asia askins asley ' +
  'assunta aston astrid asuncion atchison atchley atencio athena atherton athey atkins atkinson attaway atwater ' +
  'atwell atwood aube aubin aubrey aucoin audet audette audie audra audrea audrey audria audrie audry augusta ' +
  'augustin augustina augustine augustus ault aultman aundrea aurea aurelia aurora aurore austin auten autrey ' +
  'autry ava avalos avelar avelina avent averett averill avery avila aviles avina avis avril awilda ayako ayala ' +
  'ayana ayanna aycock ayer ayers ayesha ayotte azalee azar azevedo azucena azzie babara babb babcock baber ' +
  'babette babin babineaux baca bachman backman backus bader badgett badillo baer baez baeza bagby baggett bagley ' +
  'bagwell bahena bahr baier bailes bailey baillargeon baily bain baines bair baird baisden bakke bakken bakker ' +
  'balch balcom balderas baldridge baldwin ballance ballard ballenger ballentine ballesteros ballew ballinger ' +
  'ballou baltazar balzer bambi banas bancroft bankhead bankston bannon banta banuelos bao baptiste barabara ' +
  'barahona barajas baran baranowski barba barbar barbara barbee barbera barbieri barbosa barbour barboza barbra ' +
  'barclay barden bardwell barela barfield barger barham barhorst barkley barksdale barlow barnard barner barnes ' +
  'barnett barnette barnhart barnhill barnum barnwell barone barr barragan barraza barrera barreto barrett ' +
  'barrick barrie barrientos barringer barrington barron barros barry barta bartel bartell bartels barth ' +
  'bartholomew bartlett bartley barto bartz bascom basham basile basilia basinger baskerville baskin bassett ' +
  'bastian batchelder batchelor bateman batey batista batson battaglia battista batton baty baucom bauer baugh ' +
  'baugher baughman baum bauman baumann baumgardner baumgartner bautista baxley bayer bayless baylor bayne bazan ' +
  'bazemore beaird beal beale beall beals beaman beamon beane bearden beardsley beasley beason beaton beatrice ' +
  'beatris beatriz beattie beatty beaty beauchamp beaudette beaudoin beaudry beaulah beaulieu beaumont beauregard ' +
  'bebe becerra bechtel bechtold becker beckett beckford beckham becki beckie beckley beckman beckner beckwith ' +
  'becky becnel bedard bedford bedwell beebe beecher beeler beem beeman beene beesley beeson begay beggs begley ' +
  'behling behr behrens bejarano belanger belden belen belew belia belinda belisle belk belkis belknap bella ' +
  'bellamy belle beller bellinger bello belton beltran beltz belva bemis benally benavides benavidez benbow ' +
  'benedetto benedict benefield benfield benford benge benham benita benites benitez benn benner bennett bennie ' +
  'benning bennington benoit benson bentley benton bentz benz berard berenice bergen berger bergeron bergin ' +
  'berglund bergman bergmann bergquist bergstrom berkey berkley berkowitz berman bermudez berna bernadette ' +
  'bernadine bernal bernard bernarda bernardina bernardine bernardo berndt berneice berner bernetta bernhardt ' +
  'bernice bernie berniece bernier bernita bernstein berrios berryhill berryman berta bertha bertie bertram ' +
  'bertrand berube beryl bess bessette bessie betancourt beth bethanie bethann bethany bethea bethel bethune ' +
  'betsey betsy bette bettencourt bettie bettina bettis betts betty bettyann bettye betz beula beulah bev bevan ' +
  'beveridge beverlee beverley beverly bevins bevis bewley beyer bianca bianchi bianco bibb bibbs bickel ' +
  'bickerstaff bickford biddle bidwell bieber bierman bigelow biggers biggerstaff bigham bigler bigley bilbrey ' +
  'biller billi billie billingsley billington billiot billups billy billye bilodeau bilyeu binette binford ' +
  'bingaman bingham binion binkley binns birchfield birdsall birdsong birdwell birgit birmingham birnbaum birt ' +
  'bischoff bissell bissonnette bitner bittner bivens bivins bixby bixler blackburn blackford blackman blackmon ' +
  'blackmore blackshear blackstock blackstone blackwell blaine blair blais blaisdell blake blakely blakemore ' +
  'blakeney blakeslee blakey blakley blakney blalock blanc blanca blanch blanchard blanche blanchette blanding ' +
  'blaney blankenship blanton blaylock bledsoe blevins bloch blodgett blomquist blondell bloodworth bloomfield ' +
  'blouin blount bluhm blum blume blumenthal bly blythe boardman boatright boatwright bobb bobbi bobbie bobbitt ' +
  'bobby bobbye bobette bobo bocanegra boddie boden bodine bodnar boehm boettcher bogard bogart boger boggess ' +
  'boggs bohannan bohannon bohn boisvert bojorquez bok boland bolanos bolding boldt bolduc bolen boley bolick ' +
  'bolin boling bolinger bollinger bolton bolyard boman bomar bonanno boney bonham bonilla bonin bonita bonnell ' +
  'bonner bonnett bonney bonnie bonny bono booher booker bookout boone boothe bopp borchardt borchers bordeaux ' +
  'bordelon borden boren borg borges borja borkowski borowski borrego borrero borst bosch bosco bosley bost ' +
  'bostic bostick bostwick boswell bosworth botelho botello bouchard boucher boudreau boudreaux bouffard boughton ' +
  'bouie boulanger bouldin boulware bourassa bourque bousquet boutin boutte boutwell bova bove bowden bowe bowen ' +
  'bowens bowes bowie bowker bowles bowlin boyce boyd boyer boyes boyett boyette boykin boykins boylan boyle ' +
  'boyles boynton bozarth bozeman bracey brackett bracy bradberry bradbury braddock braddy braden bradfield ' +
  'bradford bradley bradshaw brady bragdon bragg brainard braithwaite braley bramblett bramlett brammer branda ' +
  'brande brandee brandenburg brandes brandi brandie brandon brandt branham brann brannan brannen brannon ' +
  'branscum branson brantley branton branum brashear braswell bratcher bratton braud brauer braun brawley brawner ' +
  'braxton brayton brazell braziel breana breann breanna breanne breault breaux breazeale breckenridge bree ' +
  'breeden breedlove breen brehm breland bremer brenda brenna brennan brenneman brenner bresnahan brett bretz ' +
  'breunig brewington brewton brian briana brianna brianne brice briceno bricker brickey bridgeman bridgers ' +
  'bridget bridgett bridgette bridgewater brien brigette briggs brigham brigid brigida brigitte briley brinda ' +
  'brinker brinkley brinkman brinson brinton briones brisco briscoe briseno brisson brister bristol bristow ' +
  'britany britney britni brito britt britta brittain brittaney brittani brittanie brittany britteny brittingham ' +
  'brittney brittni brittny britton broadbent broaddus broadnax broadus broadwater brochu brockington brockman ' +
  'brockway broderick brodeur brodie brodsky brody brogdon brokaw bromley bronson bronwyn brooke brooker brookins ' +
  'brookshire broome broomfield brophy brotherton broughton broussard browder brower browne brownell brownfield ' +
  'brownlee broyles brubaker bruce brumbaugh brumfield brumley brummett bruna brundage brune brunelle bruner ' +
  'brunilda brunner bruno bruns brunson bruton bryan bryanna bryant bryce brynn bryson bucci buchanan bucher ' +
  'buchholz buckingham buckley buckman buckner budd budde buehler buell buena bueno buenrostro buettner ' +
  'buffington bufford buffy buford bugg buggs bui buie bula bulah bullard bullen buller bullington bullins bullis ' +
  'bulter bumgardner bumgarner bunn bunnell bunton burbank burch burcham burchell burchett burchette burchfield ' +
  'burdett burdette burdick burdine burford burge burgett burgin burgos burkett burkey burkhalter burkhardt ' +
  'burkhart burkholder burleigh burleson burlingame burma burmeister burnell burnett burnette burney burnham ' +
  'burrell burress burris burroughs burrus burruss burson burt burwell busch bushey bushnell bussard busse ' +
  'bussell bussey bustamante bustos butterfield butterworth butz buxton buzzell byars bybee byer byerly byers ' +
  'byington byler bynum byrd byrne byrnes byron byrum caballero caban cabe cabral cabrales cabrera caceres ' +
  'caddell cadena cadwell cady caffey cagle cahill cahoon caine caines caitlin caitlyn calabro calandra calder ' +
  'calderon caldwell calfee calhoun calista callaghan callahan callaway callen callender callie callihan callis ' +
  'callison calloway calton calvert calvillo calvin calvo calzada camacho camara camarena camargo camarillo ' +
  'cambell camelia camellia cameron cami camie camila camilla camille camire cammack cammie cammy campbell ' +
  'campuzano canada canaday canady canales candace candance candelaria candelario candi candice candida candie ' +
  'candis candler candra candyce cannady cano cantara cantrell cantu cantwell cao capel capone capps caprice ' +
  'capuano caputo cara caraballo carbajal carbaugh carbone carden cardenas cardin cardinale cardona cardoso ' +
  'cardoza cardwell caren carey cargile cargill cari caridad carie carillo carin carina carisa carissa carita ' +
  'carl carla carlee carleen carlena carlene carleton carletta carley carli carlie carlile carlin carline ' +
  'carlisle carlita carlo carlos carlota carlotta carlsen carlson carlton carly carlyle carlyn carma carmack ' +
  'carman carmel carmela carmelia carmelina carmelita carmella carmen carmichael carmina carmody carmon carmona ' +
  'carnahan carner carnes caro carola carolann carole carolee carolin carolina caroline caroll carolyn carolyne ' +
  'carolynn caron carothers caroyln carpio carranza carrasco carrasquillo carreno carreon carrera carrero carri ' +
  'carrico carrie carrigan carrillo carrington carrizales carrol carroll carruth carruthers carson carswell ' +
  'cartagena cartier carty caruso caruthers carvajal carvalho cary caryl carylon caryn casandra casanova casares ' +
  'casarez casavant cascio casey cashman casiano casias casie casillas casimira caskey cason casper cass cassady ' +
  'cassandra cassaundra cassel cassell cassey cassi cassidy cassie cassity cassondra cassy castaneda castano ' +
  'castanon casteel castellano castellanos castello castillo castleberry castleman casto caston castorena castro ' +
  'caswell catalan catalano catalina catarina caterina catharine cathcart catherin catherina catherine cathern ' +
  'catheryn cathey cathi cathie cathleen cathrine cathryn cathy catina catlett catlin cato caton catrice catrina ' +
  'catron caudell caudill cauley caulfield cauthen cavanaugh cavazos cavender cavin caviness cawley cawthon cayla ' +
  'caylor cazares ceasar ceballos cecelia cecil cecila cecile cecilia cecille cecily cedeno cedillo ceja celena ' +
  'celesta celeste celestina celestine celia celina celinda celine celsa centeno ceola cepeda cerda cervantes ' +
  'cervantez chabot chacon chadwell chadwick chae chaffee chaffin chafin chaisson chalfant chalmers chamberlain ' +
  'chamberlin chamblee chambless chambliss chamness champlin chan chana chanda chandra chanel chanell chanelle ' +
  'chaney chang chantal chantay chante chantel chantell chantelle chao chapa chaparro chapin chaplin chappell ' +
  'chapple chara charbonneau charest charette charis charise charissa charisse charita charla charland charleen ' +
  'charlena charlene charles charlesetta charlette charley charlie charline charlott charlotte charlsie charlton ' +
  'charlyn charmain charmaine charolette charron chartier chasidy chasity chassidy chastain chasteen chatham ' +
  'chatman chau chavarria chavers chaves chavez chavira chavis chaya cheatham chee chelsea chelsey chelsie chen ' +
  'chenault cheney cheng chenoweth cher chere cheree cherelle cheri cherie cherilyn cherise cherly cherlyn cherri ' +
  'cherrie cherryl chery cheryl cheryle cheryll chesser chesson chester cheung chewning cheyenne chiang chidester ' +
  'chieko childers childress childs chilton ching chinn chipman chiquita chisholm chism chisolm chitwood chiu ' +
  'chloe cho choate choe choi chong chouinard chris chrisman chrissy christ christa christal christeen christel ' +
  'christen christena christene christensen christenson christi christia christian christiana christiane ' +
  'christiansen christianson christie christin christina christine christinia christman christner christopher ' +
  'christopherso christy chronister chrystal chu chun chung churchill churchwell ciara cicely ciera cierra cimino ' +
  'cinda cinderella cindi cindie cindy cinthia cintron cioffi cira cisneros claar claiborne clair claire clancy ' +
  'clanton clapp clara clardy clare clarence claretha claretta claribel clarice clarinda clarine claris clarisa ' +
  'clarissa clarita clark clarke clarkson classie claude claudette claudia claudie claudine claudio claus clausen ' +
  'claussen clawson claxton claycomb claypool claypoole clayton claytor cleary clegg cleghorn cleland clelia ' +
  'clemencia clemens clemente clementina clementine clements clemmer clemmie clemmons clemons cleo cleopatra ' +
  'cleora cleotilde cleta cleveland clevenger clifford clifton clinkscales clinton cloninger clora clorinda ' +
  'clotilde clouse cloutier clower clowers cloyd cluff clyburn clyde clymer coakley coan coates cobos coburn ' +
  'cochran cochrane cockerham cockrell codi cody coe coelho coen cofer coffelt coffey coffman cofield cogan ' +
  'coggins cogswell cohen cohn coker colangelo colbert colburn colby coldiron coleen colella coleman colene ' +
  'coletta colette collado collazo colleen collen collene collett collette colletti colley collin collins ' +
  'collinsworth collum colman colombo colquitt colson colston colton colucci colunga colvin colwell comeau ' +
  'comeaux compton comstock conant conaway concepcion concetta concha conchita conde condon congdon conklin ' +
  'conley conlin conlon connally connell connelly connie connolly connor connors conover conrad conroy constance ' +
  'constantine constantino consuela consuelo contessa conti contreras conway conwell conyers cooke cooksey ' +
  'cookson cooley coolidge coomer cooney copeland copenhaver copley coppage coppola cora coralee coralie corazon ' +
  'corbett corbin corbitt corcoran cordeiro cordelia cordell corder cordero cordes cordia cordie cordoba cordova ' +
  'coreen corene coretta corey cori corie corina corine corinna corinne corley corliss cormier cornejo cornelia ' +
  'cornelison cornelius cornell cornish cornwell coronado coronel corpuz corr corrales correa correia correll ' +
  'corrie corrigan corrin corrina corrine corrinne corriveau corson cortes cortese cortez cortney corum corwin ' +
  'cory cosby cosentino cosgrove cosme cosper costanzo costello coston cota cothran cotten cottingham cottle ' +
  'cotto cottrell cottrill coughlin coulombe coulson courson courtney covarrubias covington cowart cowden cowell ' +
  'cowen cowgill cowles cowley coyle coyne cozart crabb crabtree craddock crafton craighead crain cramer crampton ' +
  'crandall crandell cranford crawford crawley crayton creech creekmore creighton crenshaw creola crespo creswell ' +
  'cribb cribbs crider crigger crim criner crippen cris criselda criss crissman crissy crist crista cristal ' +
  'cristen cristi cristie cristin cristina cristine cristy criswell crites crittenden crocker crockett cromer ' +
  'cromwell cronin croom crosby crossland crossley crossman crosson croteau crotty crowe crowell crowl crowley ' +
  'crowson crowther croy cruce crum crumley crumpler crumpton crutcher crutchfield cruz crysta crystle cuc ' +
  'cuellar cuevas culbertson culbreth cullen culley cullum culp culpepper cumming cummings cundiff cunha ' +
  'cunningham cuomo cupp curcio cureton curiel curley curran currey currin curtin curtis curtiss cusack cushing ' +
  'cushman cusick custer cuthbertson cutright cutshall cyndi cyndy cynthia cyr cyrstal cyrus cythia dabbs dabney ' +
  'dacia dacosta dade daggett dagmar dagny dagostino dahlberg dahlgren dahlia daigle dail dailey daina daine ' +
  'daisey dakota dale dalene dalessandro dalessio daley dalia dalila dallas dalrymple dalton daly damaris damato ' +
  'dambrosio dameron damian damiano damico damon dampier damron dan dana danae dancy dandrea dandridge danelle ' +
  'danette danford danforth dangelo dangerfield dani dania danica daniel daniela daniele daniell daniella ' +
  'danielle daniels danielson danika danille danita danley dann danna danner dannette dannie dannielle dansby ' +
  'dantzler danuta danyel danyell danyelle dao daphine daphne dara darby darcel darcey darci darcie darcy dardar ' +
  'darden daria darla darleen darlena darlene darline darnell darr darrow daryl dashiell dasilva daugherty ' +
  'daughtry daves davey david davida davidson davie davies davila davina davis davison davisson davy dawes ' +
  'dawkins dawna dawne dawson daye dayle dayna daysi dayton deadra deana deanda deandra deandrea deane deangelis ' +
  'deangelo deann deanna deanne dearborn dearing dearman deas deason deaton deaver deb debbi debbie debbra debby ' +
  'debera deberry debi deboer debora deborah debose debra debrah debroah decarlo decastro deckard decosta ' +
  'decoteau dede dedra dee deeann deeanna deedee deedra deegan deel deen deena deering deese deetta defazio ' +
  'defelice degraw degroot deguzman dehart dehaven deherrera deidra deidre deirdre deitz deja dejesus dejong ' +
  'delacruz delafuente delagarza delaine delana delancey delaney delano delao delapaz delarosa delatorre delcie ' +
  'delena deleon delfina delgadillo delgado delia delicia delila delilah delinda delisa delisle delk dell della ' +
  'dellinger delma delmy deloach delois deloise delong delora deloras delorenzo delores deloris delorse ' +
  'delossantos delozier delp delpha delphia delphine delrio delrosario delsie deltoro deluca deluna delvalle ' +
  'delvecchio demarco demars demello demers demetra demetria demetrice demetrius deming demoss dempsey dena denae ' +
  'dendy deneen denese denham denice denis denise denisha denison denisse denita denman denna dennard denney ' +
  'dennis dennise dennison denny densmore denson denton denyse deon deonna depalma depew depriest derosa derose ' +
  'derosier derouen derr derryberry desai desalvo desantis desilva desimone desirae desiree desjardins desmarais ' +
  'desmond desouza despain despina desrochers desrosiers dessie destefano detra detwiler deutsch devaney devaughn ' +
  'devault dever deville devin devine devito devlin devoe devon devona devora devorah devore devries dewberry ' +
  'deweese dewey deyo deyoung dia dian diana diane diann dianna dianne dias diaz dicarlo dicken dickenson ' +
  'dickerson dickinson dickman dickson diedra diedre diego diehl diep dierdre dietrich dietz diez diggins diggs ' +
  'digiacomo digiovanni digna dillard diller dilley dillingham dillion dillman dillon dillow dilorenzo dilworth ' +
  'dimaggio dimarco dimmick dina dinah dineen dingess dingman dinh dinkins dinorah dinsmore dion dione dionna ' +
  'dionne diorio dipietro dishman dismuke disney distefano dittman dittmer divina dix dixie dixon dixson dizon ' +
  'doak doan doane dobbs dobson doby dockery dodd dodds dodie dodson doering doerr doggett doherty doiron dolan ' +
  'dollie dolores doloris dombrowski domenica dominga domingo dominguez dominica dominick dominique dominque ' +
  'dominquez domitila domonique dona donahue donald donaldson donato donegan donella donelson donetta donette ' +
  'doney donita donley donna donnell donnelly donner donnetta donnette donnie donofrio donohoe donohue donovan ' +
  'donya doody dooley doolittle dora doran dorathy dorcas dore doreatha doreen dorene doretha dorethea doretta ' +
  'dori doria dorian dorie dorinda dorine doris dorla dorman dorn dorotha dorothea dorothy dorris dorsett dorsey ' +
  'dortch dortha dorthea dorthey dorthy dorton dostie dotson dottie dotty doucette doud dougherty douglas ' +
  'douglass dovie dowdell dowden dowell dowling downes downey doyle doyon drayton dreama dreher drema drennan ' +
  'drennen dressler drews dreyer driggers driscoll driskell drouin drucilla drumm drummond drury drusilla dryden ' +
  'drye duarte dube dubois dubose ducharme duckett duckworth duclos duda dudek dudley duenas duffey duffy dufour ' +
  'dufrene dufresne dugan dugas duggan dugger duggins duhon dulaney dulce dulcie duley dulin dumont dunagan ' +
  'dunaway dunbar duncan dunford dungan dunham dunigan dunkin dunkle dunlap dunleavy dunlop dunn dunne dunson ' +
  'dunston dunton duong duplessis dupont dupre dupree duprey dupuis duque duquette duran durand durante durbin ' +
  'durden duren durfee durham durkee durkin duron durr durrett dusti dustin dutcher dutra dutton duval duvall ' +
  'dvorak dwana dwyer dyan dykstra dyson eaddy eades eads eady eagan eakin eakins eames eanes earle earlean ' +
  'earleen earlene earley earlie earline earnestine earp eartha easley eason easterday eastman easton eastwood ' +
  'eatmon eaton eberhardt eberle eberly ebersole ebert ebner eboni ebonie eby eccles echevarria echeverria echols ' +
  'eck eckard eckenrode ecker eckert eckhardt ecklund eckman eckstein eda edda eddie eddings eddington eddins ' +
  'edelman edelmira edelstein eden edens edgar edgerton edgington edie edington edison edith edmiston edmond ' +
  'edmonds edmondson edmonson edmunds edmundson edna edra edris edson edward edwards edwina edyth edythe effie ' +
  'egan egbert eggert eggleston ehlers ehrlich ehtel eichelberger eicher eichhorn eichler eidson eiland eileen ' +
  'eilene eisele eisenberg eklund ela eladia elaina elaine elam elana elane elanor elayne elba elbert elda eldora ' +
  'eldred eldredge eldridge eleanor eleanora eleanore elease elena elene eleni elenor elenora elenore eleonor ' +
  'eleonora eleonore eley elfreda elfrieda elfriede elgin elia eliana elias eliason elicia elida elidia elin ' +
  'elina elinor elinore elisa elisabeth elise elisha elissa eliz eliza elizabet elizabeth elizbeth elizebeth ' +
  'elizondo elke elkins ella ellamae ellan elledge ellen ellena ellender eller elli ellie ellinger ellingson ' +
  'ellington elliot elliott ellis ellison ellsworth elly ellyn elma elmer elmira elmore elna elnora elodia elois ' +
  'eloisa eloise elouise elrod elsa elsie elson elston elswick elsy elva elvera elvia elvie elvina elvira elwanda ' +
  'elwell elwood ely elyse elza ema emanuel embree embrey embry emelda emelia emelina emeline emely emerick ' +
  'emerita emerson emiko emilee emilia emilie emily emma emmaline emmert emmett emmie emmons emmy emogene emory ' +
  'emrich emrick encarnacion enciso enda endicott endres endsley enedina eneida eng engel engelhardt england ' +
  'engle engleman engler englert english engstrom enid enloe ennis enoch enola enos enright enriqueta enriquez ' +
  'ensor epifania epley epperson epps epstein erb erdman erdmann eric erica ericka erickson ericson erika erin ' +
  'erinn erlene erlinda erline erma ermelinda erminia erna ernest ernestina ernestine ernst erskine ervin erwin ' +
  'eryn escalante escalera escamilla escobar escobedo eshelman eskew eskridge eslinger esmeralda esparza ' +
  'esperanza espinal espino espinosa espinoza esposito esqueda esquibel esquivel essary essex essie esta ' +
  'estabrook estefana estela estell estella estelle estep ester estes estevez esther estrada estrella etha ethel ' +
  'ethelene ethelyn etheridge ethridge ethyl etienne etsuko etta etter ettie eubank eubanks eudy eufemia eugena ' +
  'eugene eugenia eugenie eulah eulalia eun euna eunice eura eure eusebia eustolia eva evalyn evan evangelina ' +
  'evangeline evangelista evans eveland evelia evelin evelina eveline evelyn evelyne evelynn evenson everett ' +
  'everette everhart evers eversole everson evette evia evie evita evon evonne ewa ewald ewell ewing exie exum ' +
  'eyler ezell ezzell faber fabian fabiola fabrizio fagan fahey fairbanks fairchild faircloth fairfield fairley ' +
  'faison fajardo falco falcone falgoust falgout falk falkner fallon fancher fanelli fann fannie fannin fanny ' +
  'fant farah farber faria farias faris farkas farley farnham farnsworth farr farrah farrar farrell farrington ' +
  'farris farwell fasano fassett fatima fatimah faucher faught faulk faulkner faust faustina faviola fawcett faye ' +
  'fazio featherston featherstone fecteau feder federico feeley feeney fehr feinberg feinstein felder feldman ' +
  'felecia felica felice felicia feliciano felicidad felicita felicitas felipa felipe felisa felisha felix felker ' +
  'feltner felton fenderson fendley fenn fennell fenner fenske fenton fenwick ferebee ferguson ferland fermina ' +
  'fernanda fernande fernandes fernandez fernando ferne ferrante ferrari ferraro ferree ferreira ferrell ferrer ' +
  'ferretti ferri ferrin ferris ferro fessler fewell fick fidela fidelia fidler fiedler fierro fifield figueroa ' +
  'fike fikes fillmore filomena fincher findlay findley finke finkelstein finkle finlay finley finn finnegan ' +
  'finnell finney fiona fiore fischer fiscus fishman fiske fite fitz fitzgerald fitzhugh fitzpatrick fitzsimmons ' +
  'fitzwater flagg flaherty flanagan flanders flanigan flannery flatt flavia fleenor fleetwood fleischer ' +
  'fleischman flemming fleta flickinger flinn florance florencia florene florentina flores floretta florez floria ' +
  'florinda florine florio florrie flossie flournoy floy floyd fluellen fluker flynn flynt fogarty fogel fogg ' +
  'foley follett folse folsom foltz fonda fong fonseca fontaine fontana fontanez fontenot fontes foote foran ' +
  'forbes forbis forcier forde fordham foret forman forney forrest forrester forsberg forster forsyth forsythe ' +
  'fortenberry fortier fortin fortner fortney fortson fortuna fortunato foti fournier foust fouts fowlkes ' +
  'foxworth frady fraga fraley frampton fran france francene frances francesca franchesca francie francina ' +
  'francine francis francisca francisco franck franco francois francoise franke frankel frankie franko fransisca ' +
  'frantz franz franzen fraser frasier frausto frawley frazee frazer frazier frechette fred freda fredda freddie ' +
  'frederica frederick fredericka fredericks frederickson fredette fredia fredrick fredricka fredrickson freeda ' +
  'freeland freese fregoso freida freitag freitas fretwell freund frey frias frick fricke frida friday frieda ' +
  'friedman friedrich friel frierson friesen frink frisbee frisbie frisby frisch fritts fritz frizzell froehlich ' +
  'fromm fruge frye fuchs fuentes fugate fuhrman fujimoto fulbright fulcher fulford fulk fulkerson fulks ' +
  'fullerton fullmer fulmer fulton fults fultz fumiko funches funderburk fung funke funkhouser fuqua furman furr ' +
  'furst furtado fusco fussell futch futrell fye gabel gabriel gabriela gabriele gabriella gabrielle gaddis gaddy ' +
  'gadson gaffney gagliano gagliardi gagne gagnon gailey gaines gainey gaitan gaither galan galarza galbraith ' +
  'galbreath galicia galina galindo gallagher gallaher gallardo gallaway gallego gallegos galligan gallion ' +
  'gallman gallo galloway gallup galvan galvez galvin gamache gambill gamboa gambrell gamez gandy gann gannon ' +
  'gantt gantz gaona garay garber garcia gard gardiner gardner garfield garibay garica garman garmon garnet ' +
  'garnett garofalo garrard garretson garrett garrick garrido garris garrity garrow garry gartner garton garver ' +
  'garvey garvin gary garza gasaway gaskill gaspar gaspard gass gassaway gastelum gaston gatewood gatlin gatling ' +
  'gattis gatto gaudet gaudette gaudreau gaughan gaul gause gauthier gauvin gavin gayden gaye gayla gayle gaylene ' +
  'gaylor gaylord gaynell gaynelle gaynor gaytan gayton gearhart gearldine geary gebhardt gebhart geddes geer ' +
  'gehring gehrke geier geiger geis geisler gelinas geller gema gendron genevie genevieve genevive genia genna ' +
  'gennie genny genovese genoveva georgann george georgeann georgeanna georgene georgetta georgette georgia ' +
  'georgiana georgiann georgianna georgianne georgie georgina georgine gerald geraldine geralyn gerard gerber ' +
  'gerda gerdes gerena gerhardt gerhart geri gerlach germaine germany gerri gerry gertha gertie gertrud gertrude ' +
  'gertrudis gertude gervais geter getty getz geyer ghislaine gholston gia gianna gibb gibbs gibson giddens ' +
  'giddings gideon gidget giese giffin gifford gigi giglio giguere gil gilberte gilbertson gilbreath gilchrist ' +
  'gilda gile giles gilkey gillam gillard gillen gillenwater gilles gillespie gillett gillette gilley gilliam ' +
  'gillian gilliard gilligan gilliland gillis gillispie gillman gillum gilma gilman gilmer gilmore gilpin ' +
  'gilreath gilroy gilson gilstrap gina ginder ginette gingerich gingras gingrich ginny ginsberg ginter giordano ' +
  'giovanna gipson girard giroux gisela gisele giselle gish gita gittens giuseppina givens gladis gladney ' +
  'gladstone glady gladys glaser glasgow glasper glasscock glasser glayds gleason glenda glendora glenn glenna ' +
  'glennie glennis glick glidden glidewell glinda glisson gloria gluck glynda glynis glynn gober goble godbey ' +
  'goddard godfrey godin godinez godoy godsey godwin goebel goetz goforth goines goins golda goldberg goldfarb ' +
  'golding goldman goldsberry goldstein gomes gomez gonsalez gonsalves gonzales gonzalez gooch goodale goodall ' +
  'goode goodell gooden goodin gooding goodloe goodnight goodrich goodrum goodsell goodson goodwin goolsby gordan ' +
  'gordon gordy goree gorham gorman gormley gorski gorton goshorn gosnell goss gosselin gossett gott gottlieb ' +
  'gottschalk gough gould goulet gourley gouveia govan gove govea gowen gower goyette graber grabowski gracia ' +
  'gracie graciela grady graf graff grafton gragg graham grajeda grammer granado granados grantham granville ' +
  'grasso grau gravitt gravois graybill grayce grayson graziano grazyna greathouse greco greeley greenberg greene ' +
  'greenhaw greenlaw greenleaf greenlee greenwald greenway greenwell greer greeson gregg gregoire gregor gregoria ' +
  'gregorio gregory greig greiner grenier gresham greta gretchen gretta gricelda grider grieco griego grier ' +
  'griffen griffey griffis griffith griffiths grigg griggs grigsby grijalva grillo grimaldi grimaldo grimm ' +
  'grimmett grimsley grindle griner grisby grisel griselda grisham grissom griswold groce groff grogan groh grose ' +
  'grossman grosso groth grover grubb grubbs grube gruber grundy guadalupe guajardo guardado guarino guay gudrun ' +
  'guenther guerin guerra guerrero guertin guevara guffey guido guidry guilford guillen guillermina guillermo ' +
  'guillory guillot guimond guinn gulick gulledge gullett gumm gump gunderson gunn gunther gupta gupton gurley ' +
  'gurrola gurule gusman gussie gustafson gustin guth guthrie gutierrez gutshall guyer guyette guyton guzman gwen ' +
  'gwenda gwendolyn gwenn gwin gwinn gwyn gwyneth haag haas haase haber haberman hackett hackman hackworth haddad ' +
  'haddix hadfield hadley hadlock hae hafer haffner hafner haga hagan hagans hagar hage hageman hagen hager ' +
  'hagerman hagerty haggerty hagler hagood hague hagy hahn haigh haight haile hailey haines haire hairston ' +
  'halcomb hales haley halford halina halle haller hallett halley halliburton halliday hallie hallman hallock ' +
  'halloran hallowell halpern halpin halsey halstead halverson halvorsen halvorson hamann hamblin hambrick hamby ' +
  'hamel hamer hamill hamilton hamlett hamlin hamm hammack hamman hammel hammett hammon hammond hammonds hammons ' +
  'hamner hampson hampton hamrick han hana hancock handley hanes haney hanh hanke hankins hanley hanlon hann ' +
  'hanna hannah hannan hannelore hanner hannigan hannon hanrahan hans hansen hanson harbaugh harber harbin ' +
  'harbison hardaway hardcastle hardee hardeman hardesty hardie hardiman hardin harding hardison hardman hardnett ' +
  'hardwick hargett hargis hargrave hargrove harker harkey harkins harkness harlan harless harley harlow harmon ' +
  'harner harney haro harold harr harrell harrelson harriet harriett harriette harrigan harriman harrington ' +
  'harris harrison harrod harrold harter hartfield hartford hartle hartley hartman hartmann hartnett hartsell ' +
  'hartsfield hartsock hartung hartwell hartwig harty hartz hartzell hartzog harvell harvey harville harvin ' +
  'harwell harwood hashimoto haskell haskins hass hassan hassell hassett hassie hassler hasson hatchett hatfield ' +
  'hathaway hathcock hathorn hatley hatten hattie hatton hauck haug haugen haun haupt hauser havard haviland ' +
  'hawes hawkes hawkins hawkinson hawley hawn haworth hawthorne hayashi haydee hayden haydon hayes haygood hayley ' +
  'hayman hayner haynes haynie haywood hazelton hazelwood hazen hazlett hazzard headley headrick healey healy ' +
  'heaney hearn hearne heather heatherly heaton hebert hecht hecker heckman hedden hedgepeth hedrick hedwig hedy ' +
  'hee heffernan heffner heflin hefner hegarty heide heidi heidy heike heil heilman heim hein heine heinrich ' +
  'heins heintz heinz heise heiser heisler helaine helen helena helene helfrich helga helgeson hellen hellman ' +
  'helman helmer helmick helmuth helton helwig hembree hemingway hemphill hendershot henderson hendley hendon ' +
  'hendren hendrick hendricks hendrickson hendrix hendry henke henkel henley hennessey hennessy henninger ' +
  'henrietta henriette henriques henriquez henry hensel henshaw hensley henson henton hepburn hepler hepner ' +
  'herbert herbst heredia hereford herlinda herma herman hermann hermelinda hermes hermila hermina hermine ' +
  'herminia hermosillo hernadez hernandes hernandez herndon herod herold herr herren herrera herrick herrin ' +
  'herrington herrmann herrod herron hersey hersh hershberger hershey herta hertel hertha herzog hess hesse ' +
  'hesson hester hetrick hettie hetzel heuer hewett hewitt hewlett heyer heyward heywood hiatt hibbard hibbert ' +
  'hibbler hibbs hickerson hickman hickok hickox hickson hiedi hien hiers higa higbee higdon higginbotham higgins ' +
  'higgs highsmith hightower higley hilaria hilary hilbert hilburn hilda hilde hildebrand hildebrandt hildegard ' +
  'hildegarde hildred hildreth hileman hiles hillard hillary hiller hilliard hillis hillman hillyer hilma hilton ' +
  'himes hinckley hindman hine hines hinkle hinkley hinman hinojosa hinrichs hinshaw hinson hinton hintz hinz ' +
  'hipp hiroko hirsch hirst hisako hitchcock hite hitt hix hixon hixson hoa hoag hoagland hoang hobart hobbs ' +
  'hobson hoch hochstetler hockenberry hockett hodge hodges hodgkins hodgson hodson hoekstra hoelscher hoey hofer ' +
  'hoff hoffer hoffman hoffmann hofmann hoggard hogue holbert holbrook holcomb holcombe holguin holifield ' +
  'holladay hollander hollar hollenbeck holley holli holliday hollie hollifield holliman hollinger hollingshead ' +
  'hollingsworth hollins hollis hollister holloman holloway hollowell holman holmberg holmes holmgren holmquist ' +
  'holsinger holst holstein holston holter holton holtz holzer hom homan honaker honea honeycutt hoopes hooten ' +
  'hopkins hoppe hopson horan hord horgan hornback hornbeck horne hornsby horowitz horrocks horsley horta ' +
  'hortencia hortense hortensia horton horvath hosey hoskins hosmer hostetler hostetter hotchkiss houchens houck ' +
  'houghton houk houle houlihan householder houser housley housman houston hovey hovis howard howarth howell ' +
  'howells hower howerton howie howland howlett howse howze hoye hoyle hoyos hoyt hsiu hsu hua huang hubbard ' +
  'hubbell hubble hubbs huber hubert huckaby hudak huddleston hudgens hudgins hudnall hudson hudspeth huebner ' +
  'huerta huertas huey huffman hufford huggins hughes hughey hughs hui huie hulbert hulda hulett hulse hulsey ' +
  'humbert hume humes humphrey humphreys humphries hundley huneycutt hungerford hunley hunnicutt hunsaker ' +
  'huntington huntley huong hupp hurd hurlburt hurtado huskey hussey husted huston hutchens hutcherson hutcheson ' +
  'hutchings hutchins hutchinson hutchison huth hutson hutt hutto hutton huynh hwa hwang hyacinth hyatt hyde ' +
  'hyden hyder hye hyland hylton hyman hynes hyo hyon hysell hyun ibanez ibarra ibrahim ickes idell idella iesha ' +
  'iglesias ignacia ilana ilda ileana ileen ilene iliana ilona ilse iluminada imelda imes imhoff imogene india ' +
  'indira inell ines inez inga ingalls ingeborg ingersoll ingham ingraham ingrid inman inocencia iona ione ira ' +
  'iraida irby ireland irena irene irick irina irish irizarry irma irmgard irvin irvine irving irwin iryna isa ' +
  'isaac isaacs isaacson isabel isabell isabella isabelle isadora isaura isbell isela isenberg isham isidra isis ' +
  'islas isley isobel isom ison israel ito ivana ivelisse iverson ives ivette ivey ivie ivonne izaguirre izetta ' +
  'izola izzo jablonski jacalyn jacelyn jacinda jacinta jacinto jackeline jackelyn jacki jackie jacklyn ' +
  'jackqueline jackson jaclyn jaco jacob jacobi jacobo jacobs jacobsen jacobson jacoby jacqualine jacque ' +
  'jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacques jacquetta jacquez jacqui jacquie jacquiline ' +
  'jacquline jacqulyn jada jadwiga jae jaffe jahn jahnke jaime jaimee jaimes jaimie jalbert jaleesa jalisa jama ' +
  'jame jamee jamerson james jameson jamey jami jamie jamieson jamika jamila jamison jammie jan jana janae janay ' +
  'jane janean janee janeen janel janell janella janelle janene janessa janet janeth janett janetta janette janey ' +
  'jani janice janie janiece janina janine janis janise janita jankowski jann janna jannet jannette jannie jansen ' +
  'janson janssen janyce jaqueline jaquelyn jaques jaquez jara jaramillo jarboe jardine jarman jarmon jarrell ' +
  'jarrett jarvis jason jasso jaunita jauregui javier jaworski jaye jayme jaymie jayna jayne jaynes jazmin ' +
  'jazmine jeana jeanbaptiste jeane jeanelle jeanene jeanett jeanetta jeanette jeanice jeanie jeanine jeanlouis ' +
  'jeanmarie jeanna jeanne jeannetta jeannette jeannie jeannine jeffcoat jefferies jeffers jefferson jeffery ' +
  'jeffie jeffrey jeffreys jeffries jemison jen jena jenae jene jenee jenell jenelle jenette jeneva jeni jenice ' +
  'jenifer jeniffer jenine jenise jenkins jenks jenna jennefer jennell jennette jenni jennie jennifer jenniffer ' +
  'jennine jennings jenny jensen jenson jepson jeraldine jeremy jeri jerica jerilyn jerlene jernigan jerome jerri ' +
  'jerrica jerrie jerry jesenia jesica jeske jesse jessee jessen jessenia jessi jessia jessica jessie jessika ' +
  'jessup jestine jesus jesusa jesusita jeter jett jetta jettie jewell jewett jiles jill jillian jim jimenez ' +
  'jimerson jiminez jimmie joan joana joane joanie joann joanna joanne joannie joaquina jobe jocelyn jodee jodi ' +
  'jodie jody joe joeann joel joella joelle joellen joeseph joesph joetta joette joey johana johanna johanne ' +
  'johansen johanson john johna johnetta johnette johnie johnna johnnie johnny johnsen johnsie johnson johnston ' +
  'johnstone joi joie jolanda joleen jolene jolie jolin joline jolley jolyn jolynn jon jona jonas jone jonell ' +
  'jonelle jones jong joni jonie jonna jonnie joplin jordan jordon jorge jorgensen jorgenson jose josefa josefina ' +
  'josefine joselyn joseph josephina josephine josephson josette josey joshua josie joslin joslyn josphine jost ' +
  'joubert jovan jovita jowers joya joyce joycelyn joye joyner juan juana juanita juarez judd jude judi judie ' +
  'judith judkins judson judy jule julee julene juli julia julian juliana juliane juliann julianna julianne julie ' +
  'julieann julien julienne juliet julieta julietta juliette julio julissa julius jung junie junita junko jurado ' +
  'justa justin justina justine justus jutta kacey kaci kacie kacy kaczmarek kahl kahle kahler kahn kaila kaitlin ' +
  'kaitlyn kala kaleigh kaley kali kallie kalyn kam kamala kami kamilah kaminski kaminsky kammerer kamp kandace ' +
  'kandi kandice kandis kandra kandy kane kanesha kanisha kantor kao kaplan kapp kara karan kareen karen karena ' +
  'karey kari karie karima karin karina karine karisa karissa karl karla karleen karlene karly karlyn karmen ' +
  'karnes karns karol karole karoline karolyn karon karp karr karren karri karrie karry kary karyl karyn kasandra ' +
  'kasey kasha kasi kasie kasper kass kassandra kassie kasten kastner kate katelin katelyn katelynn katerine ' +
  'kates kathaleen katharina katharine katharyn kathe katheleen katherin katherina katherine kathern katheryn ' +
  'kathey kathi kathie kathleen kathlene kathline kathlyn kathrin kathrine kathryn kathryne kathy kathyrn kati ' +
  'katia katie katina katlyn kato katrice katrina kattie katy katz kauffman kaufman kaufmann kautz kavanagh ' +
  'kavanaugh kay kayce kaycee kaye kayla kaylee kayleen kayleigh kaylene kaylor kayser kazuko kean keane kearney ' +
  'kearns kearse keating keaton kecia kee keefe keefer keegan keele keeley keely keena keenan keene keeney keesee ' +
  'keesha keeter keeton keever keffer kehoe keiko keil keila keim keira keiser keisha keith keitha keitt keli ' +
  'kellam kellar kelle kellee kelleher keller kellerman kelley kelli kellie kellner kellogg kellum kelly kellye ' +
  'kelm kelsey kelsi kelsie kelso kelton kemberly kempf kena kenda kendal kendall kendra kendrick kendricks kenia ' +
  'kenisha kenna kennard kennedy kenneth kenney kennon kenny kenya kenyatta kenyetta kenyon keown kephart kepler ' +
  'kera kerby keren keri kerley kerr kerri kerrie kerrigan kerry kershaw kershner kerstin kesha keshia kesler ' +
  'kessel kessinger kessler kester kesterson ketcham ketchum ketron keturah keva kevin keyes keyser khadijah ' +
  'khalilah khoury kia kiana kiara kibler kidd kidwell kiefer kieffer kiel kiely kiera kiernan kiersten kiesha ' +
  'kiger kight kilburn kilby kile kiley kilgore killebrew killen killian killingsworth killion killough kilmer ' +
  'kilpatrick kim kimball kimber kimberely kimberlee kimberley kimberli kimberlie kimberlin kimberly kimbery ' +
  'kimble kimbra kimbrell kimbro kimbrough kimes kimi kimiko kimmel kimsey kimura kina kinard kincaid kindra ' +
  'kingery kingsbury kingsley kingston kinlaw kinnard kinney kinsella kinser kinsey kinsler kinsley kinslow ' +
  'kinzer kira kirby kirchner kirkendall kirkham kirkland kirkpatrick kirksey kirkwood kirschner kirsten kirstie ' +
  'kirstin kirtley kirwan kiser kisha kisner kissinger kistler kittie kittrell kitts kitty kiyoko kizer kizzie ' +
  'kizzy klara klatt klaus klein kline kling klingensmith klinger klink klotz klug knapp knecht knepper knighten ' +
  'knighton knisley knopp knorr knott knotts knowles knowlton knox knudsen knudson knuth knutson kobayashi koch ' +
  'kocher koehler koehn koenig koerner koester koger kohler kohn kolb koller kong konrad koon koonce koons koontz ' +
  'koopman kopp kori korn kornegay korte kortney koski koster kourtney kovac kovach kovacs kowal kowalczyk ' +
  'kowalewski kowalski kozak koziol kozlowski kraemer krall kramer kratz kratzer kraus krause krauss krawczyk ' +
  'krebs kremer kress krick krieg krieger kris krishna krissy krista kristal kristan kristeen kristel kristen ' +
  'kristi kristian kristie kristin kristina kristine kristle kristy kristyn kroeger krohn krol kroll kropp krouse ' +
  'krueger krug kruger krumm kruse krysta krystal krysten krystin krystina krystle krystyna kubiak kucera kuehl ' +
  'kuehn kugler kuhl kuhlman kuhlmann kuhn kuhns kujawa kulp kum kumar kunkel kunkle kuntz kunz kurth kurtz ' +
  'kushner kuster kutz kuykendall kwan kwiatkowski kwon kyla kyle kylee kylie kym kymberly kyoko kyong kyra kyser ' +
  'kyung labarbera labbe labelle labonte laboy labrecque labrie lacasse lacey lach lachance lachelle laci lacie ' +
  'laclair lacombe lacour lacresha lacroix ladawn ladd ladner ladonna lael lafave lafayette lafferty laflamme ' +
  'lafleur lafollette lafond lafontaine lafountain lafrance lafreniere lagasse laguna lagunas lahoma lahr lai ' +
  'lail laila laine laing lajoie lajuana lakeesha lakeisha lakendra lakenya lakesha lakeshia lakey lakia lakiesha ' +
  'lakisha lakita lala laliberte lally lalonde lamanna lamar lambrecht lamere lamkin lamm lamonica lamont ' +
  'lamontagne lamoreaux lamothe lamoureux lampe lampkin lampley lana lancaster landa landeros landes landin ' +
  'landis landon landreth landrum landry lanell lanelle lanette laney lang langan langdon lange langer langevin ' +
  'langford langham langley langlois langston lanham lani lanie lanier lanita lankford lannie lanning lanora ' +
  'lansing lantz lanza lao lapierre laplante lapoint lapointe laporte lapp laquanda laquita lara larae laraine ' +
  'laree largent larhonda larios larisa larissa larita lariviere larkin larkins larocca laroche larochelle larock ' +
  'laronda larosa larose larrabee larraine larry larsen larson larue lasalle lasandra lasater lashanda lashandra ' +
  'lashaun lashaunda lashawn lashawna lashawnda lashay lashell lashley lashon lashonda lashunda laskowski lasky ' +
  'lasley lasonya lasseter lassiter latanya latarsha latasha latashia latesha latham lathan lathrop latia laticia ' +
  'latimer latina latisha latonia latonya latoria latosha latour latoya latoyia latrice latricia latrina latrisha ' +
  'latta lattimore lau lauderdale lauer laughlin launa laura lauralee lauran laure laureano laureen lauren ' +
  'laurena laurence laurene laurent lauretta laurette lauri laurice laurie laurinda laurine lauryn laux lavada ' +
  'lavallee lavalley lavelle lavenia lavera lavergne lavern laverna laverne laverty lavery laveta lavette lavigne ' +
  'lavin lavina lavine lavinia lavoie lavon lavona lavonda lavone lavonia lavonna lavonne lawana lawanda lawanna ' +
  'lawhorn lawler lawlor lawrence lawson lawton layfield layla layne layton lazarus lazo leah leahy leake leana ' +
  'leandra leann leanna leanne leanora leath leatha leatherman leatherwood leatrice leavitt lebeau lebel leblanc ' +
  'leboeuf lebron lebrun lechner lecia leclair leclaire leclerc lecompte leda ledbetter lederman ledesma ledet ' +
  'ledezma ledford ledoux leduc leeann leeanna leeanne leeds leena leeper leesa lefebvre lefevre leffler lefler ' +
  'leflore leftwich legault legere legg leggett legrand lehman lehmann leia leibowitz leida leigh leigha leighann ' +
  'leighton leija leiker leila leilani leininger leisa leisha leith leiva lejeune lekisha lela lelah leland lelia ' +
  'lemaster lemay lemieux lemire lemke lemley lemmon lemmons lemoine lemos lemus lena lenard lenhart lenita lenna ' +
  'lennie lennon lennox lenoir lenora lenore lentz lenz leo leola leoma leon leona leonard leonarda leonardo ' +
  'leone leong leonia leonida leonie leonila leonor leonora leonore leontine leora leos leota lepage lepore lera ' +
  'lerch lerma lerner leroy lesa lesha lesher lesia lesko leslee lesley lesli leslie lessard lessie lester leta ' +
  'letendre letha leticia letisha letitia letourneau lett lettie letty leung levan levasseur leveille leverett ' +
  'levesque levi levine levinson levitt lewallen lewandowski lewellen lewin lewis lexie leyba leyva lezlie ' +
  'lheureux liane lianne libbie libby librada lida liddell liddle lidia lieb lieberman lieselotte liggett liggins ' +
  'lightfoot lightner ligia ligon lila liles lili lilia lilian liliana lilla lillard lilley lilli lillia lilliam ' +
  'lillian lilliana lillie lilly lim limon linares lincoln linda lindahl lindberg lindell lindeman linder ' +
  'linderman lindgren lindholm lindley lindner lindo lindquist lindsay lindsey lindsley lindstrom lindsy lindy ' +
  'lineberry linette ling lingenfelter lingerfelt lingle linh linkous linn linnea linnie linsey linton linville ' +
  'lippert lipps lipscomb lipsey lisa lisabeth lisandra lisbeth lise lisette lisha lissa lissette liston lita ' +
  'litchfield littlefield littlejohn littleton litton littrell liu livengood livesay livia livingston liz liza ' +
  'lizabeth lizarraga lizbeth lizeth lizette lizotte lizzette lizzie llanes llewellyn lloyd lockard locke lockett ' +
  'lockhart locklear lockridge lockwood loeb loeffler loehr loera loesch loftin loftis lofton loftus logan ' +
  'loggins logsdon logue lohman lohr loida lois loise lola lolita lollar lollis loma lomax lombardi lombardo ' +
  'lomeli lona londa london lonergan loney longley longmire longo longoria loni lonna lonnie loomis looney lopez ' +
  'lora loraine loralee lorean loree loreen lorelei loren lorena lorene lorenz lorenza lorenzen lorenzo loreta ' +
  'loretta lorette lori loria loriann lorie lorilee lorina lorinda lorine lorita lorna lorraine lorretta lorri ' +
  'lorriane lorrie lorrine lory lott lottie lotz lou louann louanne loucks loudermilk louella louetta loughlin ' +
  'louie louis louisa louise louque loura lourdes lourie louvenia lovato lovejoy lovelace lovelady loveland ' +
  'lovell lovella lovett lovetta lovie lovins lowder lowell lowman lowrance lowrey lowry lowther loya loyce loyd ' +
  'lozada lozano lozier lozoya luana luann luanna luanne luba lubin lucas lucero luci lucia luciana luciano lucie ' +
  'lucienne lucier lucila lucile lucilla lucille lucina lucinda lucio luckett luckey lucrecia lucretia lucy ludie ' +
  'ludivina ludlow ludwick ludwig lueck luella luetta luevano lugo lui luis luisa luise lujan lukas lukens luker ' +
  'lula lulu luna lund lundberg lunde lundgren lundquist lundy lunn lunsford luong lupe lupita lupo lura lurlene ' +
  'lurline lussier luther luttrell luu luvenia luz lyda lydia lydon lykins lyla lyle lyles lyman lyn lynda lyndia ' +
  'lyndsay lyndsey lynell lynelle lynetta lynette lynn lynna lynne lynnette lynsey lyon lyons lytle mabe mabel ' +
  'mabelle mable mabry macaluso macarthur macdonald macdougall macedo macfarlane macgregor mach machado machelle ' +
  'machuca macias macie maciel mackay mackenzie mackey mackie mackinnon macklin maclean macleod macmillan macneil ' +
  'macomber macon macpherson macy madalene madaline madalyn maddie maddox maddux madelaine madeleine madelene ' +
  'madeline madelyn mader madera madewell madge madie madigan madison madlyn madonna madore madrid madsen madson ' +
  'mae maeda maegan maes maestas mafalda magali magallanes magaly magan magana magaret magda magdalen magdalena ' +
  'magdalene magdaleno magee magen maggard maggie maggio magill magness magnolia magnuson magruder maguire ' +
  'mahaffey mahalia mahan maher mahler mahon mahone mahoney mai maia maida maier maile maines maira maire maisha ' +
  'maisie majewski majorie makeda maki makowski malave malcolm malcom maldonado malek malena maley malia malika ' +
  'malinda malinowski malisa malissa malka mallett mallette malley mallie mallon mallory malloy malone maloney ' +
  'malorie maloy malvina mamie mammie manchester mancilla mancini mancuso manda mandel mandeville mandi mandie ' +
  'mandy maness mangan mangrum mangum manie manion manis manley mann mannino manns manriquez mansell mansfield ' +
  'manson mansour mantooth manuel manuela manzanares manzano manzo mapes mapp marable maragaret maragret maranda ' +
  'marasco marcano marceau marcela marcelene marcelina marceline marcell marcella marcelle marcene marchand ' +
  'marchant marchelle marchetti marci marcia marciano marcie marcotte marcoux marcum marcus marcy mardell marden ' +
  'mardis marek maren margaret margareta margarete margarett margaretta margarette margart marge margene margeret ' +
  'margert margery marget margherita margie margit margo margorie margot margret margrett marguerita marguerite ' +
  'margurite margy marhta mari maria mariah mariam marian mariana marianela mariani mariann marianna marianne ' +
  'mariano maribel maribeth marica maricela maricruz marie mariel mariela mariella marielle marietta mariette ' +
  'mariko marilee marilou marilu marilyn marilynn marin marinda marinelli marino mario marion maris marisa ' +
  'mariscal marisela marisha marisol marissa marita maritza marivel marjorie marjory markel marketta markey ' +
  'markham markita markle markley markowitz markus marla marlana marleen marlen marlena marlene marler marley ' +
  'marlin marline marlo marlow marlowe marlyn marlys marna marni marnie maroney marotta marquardt marquerite ' +
  'marquetta marquez marquita marquitta marr marra marrero marriott marron marroquin marrs marrufo marsha ' +
  'marshall marston marta marte martell marth martha marti martin martina martindale martine martineau martinelli ' +
  'martines martinez martino martinson marty martz marva marvella marvin marvis marx mary marya maryalice maryam ' +
  'maryann maryanna maryanne marybelle marybeth maryellen maryetta maryjane maryjo maryland marylee marylin ' +
  'maryln marylou marylouise marylyn marylynn maryrose masako mascarenas mashburn masse massengale massey massie ' +
  'masterson mastin mata mateo matha matheny mather matherly matherne mathers mathes matheson mathew mathews ' +
  'mathewson mathias mathieu mathilda mathilde mathis mathison matias matilda matilde matlock matney matos matson ' +
  'matsumoto matta mattern matteson matthew matthews mattie mattingly mattison mattos mattox mattson matz maude ' +
  'maudie mauk mauldin mauney maupin maura maureen maurer maurice mauricio maurine maurita mauro maus mavis maxey ' +
  'maxfield maxie maxima maximina maxine maxon maxson maybell maybelle mayberry maye mayer mayers mayes mayfield ' +
  'mayhew mayle mayme maynard mayne maynor mayo mayola mayorga mayra mazie mazur mazurek mazza mazzola mcabee ' +
  'mcadams mcadoo mcafee mcalister mcallister mcalpin mcalpine mcanally mcandrew mcardle mcarthur mcatee mcauley ' +
  'mcauliffe mcavoy mcbee mcbrayer mcbride mcbroom mcbryde mcburney mccabe mccafferty mccaffrey mccain mccaleb ' +
  'mccall mccalla mccallister mccallum mccammon mccandless mccann mccants mccarley mccarron mccarter mccarthy ' +
  'mccartney mccarty mccarver mccary mccaskill mccaslin mccauley mccay mcchesney mcclain mcclanahan mcclary ' +
  'mcclean mccleary mcclellan mcclelland mcclendon mcclintock mcclinton mccloskey mccloud mcclung mcclure mcclurg ' +
  'mccluskey mccollough mccollum mccomas mccomb mccombs mcconnell mccool mccord mccorkle mccormack mccormick ' +
  'mccourt mccowan mccown mccoy mccracken mccrae mccrary mccraw mccray mccrea mccready mccreary mccrory mccubbin ' +
  'mccue mcculley mcculloch mccullough mccullum mccully mccune mccurdy mccurry mccusker mccutchen mccutcheon ' +
  'mcdade mcdaniel mcdaniels mcdavid mcdermott mcdevitt mcdonald mcdonnell mcdonough mcdougal mcdougald mcdougall ' +
  'mcdowell mcduffie mceachern mcelhaney mcelrath mcelroy mcentire mcevoy mcewen mcfadden mcfall mcfarland ' +
  'mcfarlane mcfarlin mcgaha mcgann mcgarry mcgary mcgee mcgehee mcghee mcgill mcginley mcginn mcginnis mcginty ' +
  'mcglone mcglothlin mcglynn mcgough mcgovern mcgowan mcgowen mcgrath mcgraw mcgregor mcgrew mcgriff mcgruder ' +
  'mcguigan mcguinness mcguire mchale mchenry mchugh mcilwain mcinerney mcinnis mcintire mcintosh mcintyre mciver ' +
  'mckamey mckay mckean mckee mckeehan mckeever mckellar mckelvey mckenna mckenney mckenzie mckeon mckeown ' +
  'mckibben mckie mckim mckinley mckinney mckinnie mckinnon mckinzie mckissick mcknight mckown mckoy mclain ' +
  'mclane mclaren mclaughlin mclaurin mclean mclellan mclemore mclendon mcleod mclin mcloughlin mcmahan mcmahon ' +
  'mcmann mcmanus mcmaster mcmasters mcmichael mcmillan mcmillen mcmillian mcmillin mcmillon mcminn mcmorris ' +
  'mcmullen mcmullin mcmurray mcmurry mcnabb mcnair mcnally mcnamara mcnamee mcnary mcneal mcneely mcneese mcneil ' +
  'mcneill mcnew mcniel mcnulty mcnutt mcpeak mcphail mcphee mcpherson mcquade mcqueen mcquiston mcrae mcreynolds ' +
  'mcroberts mcshane mcswain mcsweeney mcvay mcvey mcwhirter mcwhorter mcwilliams meacham meade meader meador ' +
  'meadors meagan meaghan meagher mears mebane mecham mechelle meda medeiros medellin medford medlin medlock ' +
  'medrano mee meehan meekins meeks mefford meg megan meggan meghan meghann mehta mei meier meissner mejia mejias ' +
  'melaine melancon melani melania melanie melanson melany melba melcher melchor melda mele melendez melgar melia ' +
  'melida melina melinda melisa melissa melissia melita mellie mellisa mellissa mello mellon mellott melnick melo ' +
  'melodee melodi melodie melonie melony melson melva melville melvin melvina melynda mena menard menchaca ' +
  'mendenhall mendes mendez mendiola mendoza mendy menefee menendez meneses menjivar menke meraz mercado mercedes ' +
  'mercedez mercier mercurio meredith meri merida merideth meridith merilyn merissa merkel merkle merle merlene ' +
  'merlyn merna merrell merri merrick merrie merrifield merrilee merrill merriman merritt merriweather mertens ' +
  'mertie mertz merwin meryl messer messick messina messinger messner mestas metcalf metcalfe metts metz metzger ' +
  'metzler meunier meyer meyers meza mia mica micaela micah miceli micha michael michaela michaele michaelis ' +
  'michaels michaelson michal michalak michalski michaud micheal michel michele michelina micheline michell ' +
  'michelle michels michiko mickel mickelson mickens mickey micki mickie middaugh middlebrooks middleton midgett ' +
  'midkiff miele mielke mier miesha migdalia mignon miguel miguelina mika mikaela mike mikell mikesell miki mikki ' +
  'mila milagro milagros milam milan milano milburn milda mildred miley milford milissa millan millar millard ' +
  'millen millett millican millicent millie milligan milliken millner millsap millsaps milly milne milner milton ' +
  'mimi mims minard mincey minda mindi mindy minerva ming mingo minh minna minnich minnick minnie minta minton ' +
  'mintz mira miramontes miranda mireille mireles mirella mireya miriam mirian mirna mirta mirtha misha miss ' +
  'missy misti mistie mitchel mitchell mitchem mitchum mitsue mitsuko mittie mitzi mitzie mixon miyamoto miyoko ' +
  'mize mizell moberg mobley modesta modica modlin moeller moen moffatt moffett moffitt mohamed mohammed mohan ' +
  'mohler moira mojica molina moller mollie molloy molly molnar mona monaco monaghan monahan moncada moncrief ' +
  'monday mondragon monet monge monica monika monique moniz monnie monroe monroy monserrate monson montague ' +
  'montalvo montana montanez montano monteiro montelongo montemayor montenegro montez montgomery monti montiel ' +
  'montoya monzon mooney mooneyham moore moorefield moorehead moorer moores moorhead mora morabito moralez moran ' +
  'moreau morehead morehouse moreira moreland morell morelli morelock moreno morey morgan mori moriah moriarty ' +
  'morin moritz morley morman morrell morrill morrison morrissette morrissey mortensen mortenson mortimer morton ' +
  'mosby moseley mosely moser mosher mosier moskowitz mosley mosqueda mota moten moton motta moua moulton ' +
  'moultrie mowery mowry moxley moye moyer moyers moynihan mozell mozella mozelle mudd mueller muhammad mui ' +
  'mulcahy mulder muldoon muldrow mulholland mulkey mullen mullens mullin mullinax mullins mullis mulvaney mulvey ' +
  'mumford muncy munday mundell mundy munford munger munguia muniz munn munos munoz munro munroe munsey munson ' +
  'muoi murchison murdoch murdock murguia muriel murillo muro murphey murphree murr murrell musgrave musgrove ' +
  'musick musselman musser musso muth myatt myer myers myesha myhre myles myong myra myriam myrick myrl myrle ' +
  'myrna myrta myrtice myrtie myrtis myrtle myung nabors nadeau nadene nader nadia nadine nadler nagel nagle nagy ' +
  'naida najera nakamura nakano nakesha nakia nakisha nakita nall nalley nancee nancey nanci nancie nancy nanette ' +
  'nannette nannie naoma naomi napier napoli napolitano naquin naranjo narcisa nardi nardone narvaez nash nason ' +
  'natacha natale natalia natalie natalya natasha natashia nate nathalie nathan natisha natividad natosha ' +
  'naughton naumann nava navarra navarrete navarrette navarro naylor nazario neace neale nealy neary necaise ' +
  'necole neda nedra needham neel neeley neely neff negrete negron neida neil neill neilson nelda nelia nelida ' +
  'nell nella nelle nellie nelly nelms nelsen nemeth nena nenita neoma neomi nereida neri nerissa nero nery ' +
  'nesbit nesbitt nesmith nestor neta nettie neu neubauer neuman neumann neva nevada nevarez neville nevins ' +
  'newberry newby newcomb newhouse newkirk newland newlin newman newport newsom newsome newson ney nez ngan ngo ' +
  'ngoc nguyen nguyet nichelle nichol nicholas nichole nicholle nicholls nichols nicholson nickell nickelson ' +
  'nickens nickerson nicki nickie nickles nickole nicky nicol nicola nicolas nicolasa nicole nicolette nicolle ' +
  'nida nidia nielsen nielson nieman niemann niemeyer niemi niesha nieto nieves nightingale nigro niki nikia ' +
  'nikita nikki nikole nila nilda niles nilsa nilsen nilsson nimmons nina ninfa nino nisha nissen nita nixon noah ' +
  'nobuko noe noel noelia noella noelle noemi nohemi nola nolan noland nolasco nolen noles nolin nolte noma nona ' +
  'noonan nora norah nord nordstrom noreen norene norfleet noriega noriko norine norma norman normand norris ' +
  'norsworthy northcutt northrop northrup norton norvell norwood nottingham novak novotny nowak nowell nowicki ' +
  'nowlin nubia nugent nunes nunez nunley nunn nunnally nuno nuss nussbaum nutt nyberg nydia nygaard nyla nystrom ' +
  'oakes oakley oates obannon obdulia ober oberg obregon obrian obrien obryan obryant ocampo ocasio ochoa ocie ' +
  'oconnell oconner oconnor octavia oda odaniel oday odelia odell oden odessa odette odilia odle odom odonnell ' +
  'odum ofelia offutt ogburn ogden oglesby ogletree ogrady ohalloran ohara ohare ojeda okeefe okelley olander ' +
  'oldham oleary olene oleson oleta olevia olga olguin olimpia olin olinda olinger oliva olivares olivarez olivas ' +
  'oliveira olivera olivia olivier olivo oller ollie ollis olmos olmstead olney oloughlin olsen olson olszewski ' +
  'olvera olympia omalley omar omara omeara oneal oneida oneil oneill oney ong onie onita ontiveros ophelia ' +
  'oquendo oquinn oralee oralia orcutt ordonez ordway oreilly orellana oretha orlando orman ormsby orndorff ' +
  'ornelas orosco orourke orozco orpha orr orta ortega ortego orth ortiz orton osborn osborne osburn oscar osgood ' +
  'oshaughnessy oshea oshiro osman osorio ossie osteen oster osterman ostrander ostrom ostrowski osullivan osuna ' +
  'oswald oswalt otelia otero otey otha otilia otis otoole ott otte otten ottinger oubre ouellette ouida ousley ' +
  'ovalle overcash overstreet overton overturf owen owens owensby owings owsley oxendine oxford oxley oyler ozell ' +
  'ozella ozie ozuna pabon pacheco packard padgett padilla padron paez pagano pagel paige paine paiz pak palacio ' +
  'palacios palermo palladino palma palmieri palmira palmore palomo palumbo pam pamala pamela pamelia pamella ' +
  'pamila pamula panek paniagua pankey pannell pantoja paola pappas paquette paquin parada paradis pardo pardue ' +
  'paredes parenteau parham paris parisi parke parkhurst parkinson parkman parmenter parmer parnell parra parrett ' +
  'parris parrish parrott partain partee parthenia particia partida partin partlow paschall pascoe pasley ' +
  'pasquale passmore pastore patel paterson patino patnode patria patrica patrice patricia patrick patrina patsy ' +
  'patterson patti pattie pattison patton patty paugh paul paula paulene pauletta paulette pauley paulin paulina ' +
  'pauline paulino paulita paulk paulsen paulson paulus paxton payne paynter payton paz peabody peachey peake ' +
  'pearcy pearle pearlene pearlie pearline pearman pearsall pearson peaslee peay peckham pecoraro peden pedersen ' +
  'pederson pedigo pedraza pedroza peebles peele peeples peggie peggy pegram pegues pei peiffer pelayo pelfrey ' +
  'pelkey pellegrini pellegrino pellerin pelletier peloquin peltier pelton peluso pemberton pena pender ' +
  'pendergast pendergrass pendleton pendley penelope penick penland penley penn pennell penney penni pennie ' +
  'pennington penrod penton pepe pepin perales peralta peraza percy perdomo perea peres pereyra perez perla ' +
  'perlman permenter pernell perrault perreault perreira perri perrin perrine perrone perrotta perry perryman ' +
  'persaud persinger pesce pete peter peterkin peterman petersen peterson petra petree petrie petrillo petrina ' +
  'petro petronila petry pettaway petterson pettiford pettigrew pettis pettit pettus pettway peyton pfaff pfeffer ' +
  'pfeifer pfeiffer pfister pham phan pharr phebe phelan phelps phifer philbrick philip philips phillip phillips ' +
  'phillis philomena philpot philpott phinney phipps phoebe phung phuong phylicia phylis phyliss phyllis piatt ' +
  'picard pichardo pickard pickel pickens pickering pickett piedad pieper piercy pierre pierson pifer pigg ' +
  'pilkington pimental pimentel pina pinard pinckney pineda pinero pinkard pinkerton pinkham pinkney pinkston ' +
  'pino pinon pinson piotrowski pires pirtle pisano pitchford pitre pitt pittman pitts pitzer pizarro placencia ' +
  'plante plascencia platt plemmons pless plotkin plott plourde plumlee plumley plummer plunkett plyler poche poe ' +
  'poff pogue pohl poindexter poirier poisson pok polanco poland polito polley polly polson polston pomerleau ' +
  'pomeroy poole pooler poore popham popovich popp porras porsche porsha porterfield portia portillo portis ' +
  'posner poston poteat poteet poulin pouliot poulos poulson powe powell poynter prado prather preciado preece ' +
  'prendergast prentiss prescott presley presnell pressley preston prevost prewitt prichard pricilla prickett ' +
  'priddy pridemore pridgen priester prieto primm prindle prine pringle priscila priscilla pritchard pritchett ' +
  'privett probst proffitt propst prosser proulx prouty provencher providencia pruett pruitt pryor puckett puente ' +
  'puentes puga pugliese puleo pulido pullen pulliam pumphrey pura purcell purdy purifoy purkey purnell pursley ' +
  'purvis puryear putman putnam pyatt pyle pyles qiana quach quackenbush quade qualls quan quattlebaum queenie ' +
  'quesada quesenberry quevedo quezada quiana quigley quijano quiles quillen quimby quinlan quinn quinonez ' +
  'quintana quintanilla quintero quinton quiroz quyen raab rabb rabe raber rabideau rabinowitz rabon raby rachael ' +
  'rachal racheal rachel rachele rachell rachelle racine rackley racquel radcliff radcliffe rademacher rader ' +
  'radford radke radtke rae raeann rael raelene rafaela rafferty ragan ragin ragland ragsdale raguel rahman rahn ' +
  'railey raina rainbolt rainer raines rainey rainwater raisa raleigh raley ralph ralston ramage rambo ramer ' +
  'rameriz ramey ramires ramirez ramon ramona ramonita ramos ramsay ramsdell ramsey ranae rancourt randa randall ' +
  'randazzo randee randel randell randi randle randolph randy ranee raney rangel rankin rankins ransdell ranson ' +
  'rao raphael raposa rapp raquel rasberry rascon rasheeda rashid rashida rasmussen ratchford ratcliff ratcliffe ' +
  'rathbone rathbun ratliff rau rauch rausch rawlings rawlins rawls rawson raya rayborn rayburn raye rayfield ' +
  'rayford raylene raymer raymond raymonde raymund rayna rayner raynor razo rea reagan reanna reardon reatha ' +
  'reavis reba rebbeca rebbecca rebeca rebecca rebecka rebekah reber reda reddick redford redman redmon redmond ' +
  'redwine reece reena reese refugia refugio regalado regan regena regenia regina regine reginia rehm reich ' +
  'reichard reichel reichert reid reiff reiko reilly reimer reimers reina reiner reinert reinhardt reinhart ' +
  'reinhold reinke reiser reiss reita reitz rema rembert remedios remillard remington remona remy rena renae ' +
  'renata renate renaud renay renda rendon rene renea reneau renee renetta renfro renfroe renfrow renita renn ' +
  'renna renner rennie reno renshaw renteria renz resendez resnick ressie ressler reta retha retta reuter reva ' +
  'revell revis rey reyes reyna reynalda reynolds reynoso rhea rheba rhee rhiannon rhinehart rhoades rhoads rhoda ' +
  'rhoden rhodes rhona rhonda rhyne ribeiro ricarda ricci ricciardi riccio richard richards richardson richburg ' +
  'richelle richerson richert richey richie richman richmond rickard rickert ricketts ricki rickie rickman rico ' +
  'riddell riddick ridenhour ridenour rideout ridgway ridley riedel rieger riehl riendeau ries riffe rigby rigdon ' +
  'riggins riggle rigney rigsby riker rikki riley rimmer rinaldi rincon rinehart ringler rinker riojas riordan ' +
  'rios rioux ripley rippy risa risinger risley risner ritchey ritchie rittenhouse ritz rivard rivera rivero ' +
  'rivka rizo rizzo roa roane roark robb robbie robbin robbins robbyn robena roberge roberson robert roberta ' +
  'roberto roberts robertson robeson robey robichaud robichaux robinett robinette robinson robison robledo robson ' +
  'roby robyn rocco rocha roche rochel rochell rochelle rochester rocio rockett rockwell rockwood rodarte rodas ' +
  'roddy roden roderick rodgers rodney rodrigez rodrigue rodrigues rodriguez rodriques rodriquez roeder roemer ' +
  'roesch roesler rogan roger rogers rohde rohr rohrer rojas rojo roland rolanda rolande roldan rolf rolfe rolle ' +
  'rollins rollo rolon romana romano rome romelia romeo romero romine romo romona rona ronald ronda roney roni ' +
  'ronna ronni ronnie rooker rooney rory rosa rosado rosalba rosalee rosales rosalia rosalie rosalina rosalind ' +
  'rosalinda rosaline rosalva rosalyn rosamaria rosamond rosana rosann rosanna rosanne rosaria rosario rosas ' +
  'rosaura roscoe roseann roseanna roseanne roseberry roseboro roselee roselia roseline rosella roselle roselyn ' +
  'roseman rosemarie rosemond rosen rosena rosenbaum rosenberg rosenberger rosenberry rosenblatt rosenblum ' +
  'rosenda rosenfeld rosenthal rosetta rosette rosia rosie rosina rosio rosita roslyn ross rossana rossi rossie ' +
  'rossiter rossman rost roth rothman rothrock rothstein rothwell rotz roundtree roundy rountree rourke roush ' +
  'rousseau roussel rowden rowe rowell rowena rowland rowles rowlett rowley roxana roxane roxann roxanna roxanne ' +
  'roxie roy roybal royce royer royston rozanne rozella rozier ruano rubalcava ruben rubenstein rubi rubie rubin ' +
  'rubino rubio rubye ruch rucker ruckman rudnick rudolph rudy rueda ruelas ruffner rufina rugg ruggiero ruggles ' +
  'ruhl ruiz rummel rumph rumsey rundell runge runion runyan runyon rupe rupert rupp ruppert rusch rushton russ ' +
  'russell russo rutan ruth rutha ruthann ruthanne ruthe ruthie rutkowski rutland rutledge ruvalcaba ryan ryann ' +
  'ryder saad saari saavedra sabina sabine sabo sabol sabra sabrina sacco sacha sachiko sachs sackett sadie ' +
  'sadler sadowski sadye saechao saenz saez safford saito saiz sala salas salazar salcedo salcido saldana ' +
  'saldivar saleh salem salena salerno salgado salisbury salley sallie sally salo salome salomon saltzman ' +
  'salvador salvatore salyer salyers salzman sam samaniego samantha samara samatha samella samira sammie sammons ' +
  'sammy samons samora sampson sams samson samuel samuels samuelson sana sanabria sanborn sanches sanchez sanda ' +
  'sandberg sandee sanderlin sanderson sandi sandidge sandie sandifer sandler sandlin sandoval sandra sandstrom ' +
  'sandusky sanford sanjuana sanjuanita sankey sanmiguel sanora sansom sansone santa santacruz santamaria santana ' +
  'santiago santillan santina santo santoro santos santoyo sapp sappington sara sarabia sarah sarai saran ' +
  'sargeant sargent sari sarina sarita sarmiento sartain sartin sarver sasaki sasha sasser sather sato ' +
  'satterfield satterwhite sattler saturnina sau sauceda saucedo sauer saunders saundra sauter savannah saville ' +
  'savino savoie sawicki saxon saxton sayles saylor sayre scaife scalf scalise scanlan scanlon scarberry ' +
  'scarborough scarbrough scarlett schaaf schaal schade schaefer schaeffer schafer schaffer schaffner schall ' +
  'schaller scharf schatz schaub schauer scheel scheer scheffler schell scheller schenck schenk scherer ' +
  'schermerhorn schexnayder schick schiff schiffman schindler schlegel schleicher schlosser schlueter schmid ' +
  'schmidt schmit schmitt schmitz schneider schock schoen schoenfeld schofield scholl scholz schoonmaker ' +
  'schoonover schott schrader schram schramm schreck schreiber schreiner schrimsher schrock schroder schroeder ' +
  'schubert schuck schuh schuler schuller schulman schulte schultz schulz schulze schumacher schuman schumann ' +
  'schuster schutt schutz schuyler schwab schwartz schwarz schweitzer scofield scoggins scott scottie scoville ' +
  'scribner scrivner scroggins scruggs scully seabolt seabrook seagraves seale sealey sealy sean searcy searle ' +
  'searles seaton seaver seavey seawright seay sebastian sebrina sechrist seda sedillo seeger seeley seema segal ' +
  'segarra seger segovia segura seibel seiber seibert seidel seifert seiler seitz selby selena selene selina ' +
  'sellars selma selman sena senaida seng senn senter sepulveda serafina serena sergent serina serita serna ' +
  'serrano serrato sessoms setser setsuko setzer severson sevier sevigny sevilla seward sewell seymore seymour ' +
  'shackelford shackleford shae shafer shaffer shaina shakia shakira shakita shala shalanda shalon shalonda ' +
  'shamblin shameka shamika shana shanae shanahan shanda shandi shandra shane shaneka shanel shanell shanelle ' +
  'shaner shani shanice shanika shaniqua shanita shankle shanklin shanna shannan shannon shanon shanta shantae ' +
  'shantay shante shantel shantell shantelle shanti shapiro shaquana shaquita shara sharan sharda sharee sharell ' +
  'sharen shari sharice sharie sharika sharilyn sharita sharkey sharla sharleen sharlene sharma sharmaine ' +
  'sharolyn sharon sharonda sharpe sharri sharron sharyl sharyn shasta shattuck shaughnessy shaun shauna shaunda ' +
  'shaunna shaunta shaunte shavon shavonda shavonne shawana shawanda shawanna shawn shawna shawnda shawnee ' +
  'shawnna shawnta shay shayla shayna shayne shea shealy shearin sheba shedd sheehan sheehy sheena sheffield ' +
  'sheila sheilah shela shelba shelby sheldon shelia shella shelley shelli shellie shelly shelton shemeka shemika ' +
  'shena shenika shenita shenk shenna shepard shephard sheppard shera sheree sherell sherer sheri sherice ' +
  'sheridan sherie sherika sherill sherilyn sherise sherita sherlene sherley sherly sherlyn sherman sheron ' +
  'sherrell sherrer sherri sherrie sherril sherrill sherrod sherron sherryl sherwin sherwood shery sheryl sheryll ' +
  'shetler shick shiela shifflett shiflett shila shiloh shinn shipe shipley shipp shippy shira shirely shirey ' +
  'shirl shirlee shirleen shirlene shirley shirly shively shizue shizuko shockey shockley shoemake shoffner shona ' +
  'shonda shondra shonna shonta shoop shortridge shoshana shotwell shoup shouse showalter shrader shreve ' +
  'shropshire shroyer shrum shu shubert shuler shull shults shultz shumaker shuman shumate shumpert shumway shupe ' +
  'shuster shutt shyla sibert sibley sibyl sickler sidney siebert siegel siegfried sievers sifuentes sigler ' +
  'sigman sigmon signe sigrid sikora silas silva silvana silveira silverman silverstein silvey silvia simard ' +
  'simas simmon simmons simms simon simona simonds simone simoneau simoneaux simonne simons simonson simonton ' +
  'simpkins simpson sinclair sindy singh singletary singley siobhan sirena sirois sisco sisk sisneros sisson ' +
  'sistrunk sitton siu sixta sizemore skaggs skeen skeens skelton skidmore skiles skye slagle slaton slavin ' +
  'slayton sloat slocum slone slover slusher slyvia smalley smallwood smedley smelser smitherman smithson smtih ' +
  'smyth smythe snapp snavely snodgrass snowden snyder soares sobel socorro sofia sohn soila soileau sokol ' +
  'solange solberg soledad solis soliz soloman solomon solorio solorzano somer somers somerville sommer sommers ' +
  'sommerville sona sondra songer sonia sonja sonnier sonya soper sophia sophie sophy soraya sorensen sorenson ' +
  'soria soriano sorrell sorrells sosa sotelo soto soucy soukup soule sousa southard southerland southwick ' +
  'southworth souza sowder sowell spalding spann spano sparkman spaulding specht spector speight spellman sperry ' +
  'spiegel spielman spiers spiker spillman spinelli spitler spitzer spivey spooner spradlin spradling spraggins ' +
  'sprague spratt sprayberry spriggs sproul sprouse spruill spurgeon spurlock staats stacee stacey staci stacia ' +
  'stacie stackhouse stacy stadler stafford stagg staggs stagner stahl staley stallard stallworth stalnaker ' +
  'stambaugh stamey stamm stancil standifer standley standridge stanfield stanfill stanford stanger stanley ' +
  'stansberry stansbury stanton stapleton starkey starla starnes starr stasia staten staton staub stauffer ' +
  'stclair stcyr steadman stearns stebbins steck stedman steele steelman stefani stefania stefanie stefany ' +
  'steffanie steffen steffens stegall steger steib steiger steinbach steinberg steiner steinke steinman steinmetz ' +
  'stella stelly stenson stepanie stephaine stephan stephane stephani stephania stephanie stephany stephen ' +
  'stephenie stephens stephenson stephine stephnie stepp sternberg stetson steven stevenson steverson stevie ' +
  'stewart stgermain sthilaire stickney stidham stier stiffler stillman stillwell stiltner stilwell stine stines ' +
  'stinnett stinson stites stith stitt stjohn stlaurent stlouis stockdale stockton stockwell stoddard stoffel ' +
  'stogner stoll stollings stoltz stoltzfus stonge stott stotts stouffer stovall stowe stowell stpeter stpierre ' +
  'strachan strader strahan straka straley strasser stratton straub strauss strawn strawser streeter streit ' +
  'stribling stricker strickland strickler stricklin stringfellow strobel stroh strom stroman stromberg strother ' +
  'strouse struble strunk stuart stubblefield stuckey studer stultz stumpf sturdivant sturges sturgill sturgis ' +
  'sturm sturtevant stutz stutzman suanne suarez suazo sublett sudduth sudie sueann suellen suggs suh suiter suk ' +
  'sulema sullins sullivan sumiko summerlin summerville sumner sumrall sundberg sunderland sunni surber surratt ' +
  'susan susana susann susanna susannah susanne susie sussman susy suter sutherland sutphin sutter sutton suzan ' +
  'suzann suzanna suzanne suzette suzi suzie suzuki suzy svetlana svitlana svoboda swafford swaim swaney swanger ' +
  'swann swanner swanson swarey swartz swearingen sweatt sweitzer swenson swett swick swiger swindell swinford ' +
  'swinney swinson swint swinton switzer swope sybil syble sydney sydnor sylvester sylvia sylvie symons synder ' +
  'synthia syreeta szabo szymanski tabatha tabb taber tabetha tabitha tackett tafoya taft taggart tague taina ' +
  'taisha tajuana takahashi takako takisha talamantes talavera talbert talbott talia taliaferro talisha talitha ' +
  'talkington tallent talley tallman talton tamala tamar tamara tamatha tamayo tambra tameika tameka tamekia ' +
  'tamela tamera tamesha tamez tami tamica tamie tamika tamiko tamisha tammara tammera tammi tammie tammy tamra ' +
  'tana tanaka tandra tandy taneka tanesha tangela tanguay tania tanika tanisha tanja tankersley tanna tanya ' +
  'tapia tapley tapp tara tarah tarango tarbox tardif tardiff taren tari tarpley tarr tarra tarrant tarsha tarver ' +
  'taryn tasha tashia tashina tasia tatiana tatro tatum tatyana taunya tavares tavarez taveras tawana tawanda ' +
  'tawanna tawna tawnya taylor tayna teague teasley tedford teena teets tegan teisha teixeira tejada tejeda ' +
  'telford telles tellez tello telma temeka temika tempie templeton templin tena tenesha tenisha tennant tenney ' +
  'tennie tennille tennison tennyson tenorio teodora teofila tera teran tereasa teresa terese teresia teresita ' +
  'teressa teri terica terina terisa terra terrazas terrell terresa terri terrie terrill terrilyn terry ' +
  'terwilliger tesch tesha tess tessa tessie tessier testerman teter tetreault thach thacker thai thalia thames ' +
  'thanh thao tharp tharpe thaxton thayer thea theda theis theisen theiss thelen thelma theo theobald theodora ' +
  'theodore theola theresa therese theresia theressa theriault theriot therrien thersa thi thibault thibeault ' +
  'thibodeau thibodeaux thiel thiele thielen thies thigpen thom thoma thomas thomasena thomasina thomasine ' +
  'thomason thomasson thompkins thompson thomsen thomson thora thornberry thornburg thorne thornhill thornton ' +
  'thorson thorton threadgill threatt thresa throckmorton thu thurber thurman thurmond thurston thuy tia tiana ' +
  'tianna tibbetts tibbs tidwell tiera tierney tierra tiesha tifany tiffaney tiffani tiffanie tiffany tiffiny ' +
  'tighe tijerina tijuana tilda tilghman tillery tillett tilley tillie tillis tillman tillotson tilton timberlake ' +
  'timika timm timmerman timmons timms timothy tims tina tincher tindall tindle tingley tinisha tinney tinsley ' +
  'tippett tipton tirado tisa tisdale tish tisha titus tobar tobey tobi tobias tobie tobin toby toccara todd toi ' +
  'toland tolbert toledo tolentino toler toliver tolle tollefson tolley tolliver tolman tolson tomas tomasa ' +
  'tomblin tomeka tomi tomika tomiko tomlin tomlinson tommie tommy tommye tomoko tompkins tona tonda tonette toni ' +
  'tonia tonie tonisha tonita tonja tony tonya toole tooley toombs toomer toomey tora torgerson tori torie toro ' +
  'torre torrence torres torrey torrez torri torrie tory toscano tosha toshia toshiko toth totten toussaint tova ' +
  'tovar towanda towe towle towne towner townes townley townsend townsley toya tracee tracey traci tracie tracy ' +
  'trahan trainor tramel trammell tran trang trantham trapp trask travers travis trawick traylor traynor treadway ' +
  'treadwell treasa treece treena trejo tremblay trena trent tresa tressa tressie treva trevino trexler tricia ' +
  'trigg trimble trina trinh trinidad triplett tripp trish trisha trista tristan trombley trost trotman trott ' +
  'trottier troup troutman trowbridge troxell troxler troy troyer truax trudeau trudi trudie trudy trueblood ' +
  'truelove truesdale truett truitt trujillo trula truman truong trussell tsai tsang tse tso tsosie tubbs tucci ' +
  'tudor tuggle tula tull tullis tully tunnell tunstall tupper turcotte turgeon turk turley turman turnage ' +
  'turnbow turnbull turney turpin tutt tuttle tuyet twana twanda twanna twigg twila twilley twitty twombly twomey ' +
  'twyla twyman tyesha tyisha tyler tyndall tyner tynisha tyra tyree tyrrell tyson tyus uhl ulibarri ullman ulloa ' +
  'ullrich ulmer ulrich ulrike underhill unger unknow unruh upchurch upshaw upton urbina urias uribe urquhart ' +
  'urrutia ursula usha ussery ute utley vaca vaccaro vachon vada vaden vadnais vaillancourt val valadez valarie ' +
  'valda valdes valdez valdivia valdovinos valencia valene valente valenti valentin valentina valentino ' +
  'valenzuela valeri valeria valerie valerio valero valery valladares valle vallee vallejo valles vallie valliere ' +
  'valorie valrie valverde vanatta vanburen vanbuskirk vance vancleave vanda vandenberg vanderpool vandiver ' +
  'vandusen vandyke vanegas vanesa vanessa vanetta vanhook vanhoose vanhorn vanhouten vania vanita vankirk ' +
  'vanlandingham vanmeter vann vanna vannatta vannesa vanness vannessa vannoy vanover vanpelt vanscoy vansickle ' +
  'vantassel vanwinkle vanzandt vanzant varela varga vargas vargo varnado varner varney vashti vasiliki vasques ' +
  'vasquez vassallo vassar vaughan vaughn vaught vazquez veach veasey veda veilleux velarde velasco velasquez ' +
  'velazquez velda velez velia veliz vella velma veloz velva vena venable venegas venessa venetta venice venita ' +
  'vennie ventura veola vera verda verdell verdie verdugo verduzco vereen verena vergara vergie verla verlene ' +
  'verlie verline vermillion verna vernell vernetta vernia vernice vernie vernita vernon verona veronica veronika ' +
  'veronique verret versie vertie vesta veta vetter vicenta vick vickers vickery vickey vicki vickie vicky ' +
  'victoria victorina vida vidal vidrine vieira viera vierra vigue viki vikki villagomez villalba villalobos ' +
  'villalpando villanueva villareal villarreal villasenor villatoro villegas villeneuve vilma vincent vincenza ' +
  'vinita vinnie vinson violeta violette virgen virgie virgil virgina virginia visser vitale vivan vivian viviana ' +
  'vivien vivienne voelker vogel vogler vogt voight voigt volkman vollmer volpe volz voncile vonda vonnie ' +
  'voorhees voss vowell voyles vue vuong wachter waddell wadley wadsworth wagner wagstaff wahl wai waite waites ' +
  'wakefield walcott walczak walden waldman waldon waldron waldrop waldrup wallace wallen walley wallin wallis ' +
  'walsh walston walter walters walther waltman walton waltraud walz wampler wanda waneta wanetta wanita wardell ' +
  'wardlaw warfield wargo warnke warnock warr warrick warrington warwick washburn washington wasson watanabe ' +
  'waterhouse watford watkins watson watters watterson wava wayland wayman wayne weatherby weatherford weathersby ' +
  'weatherspoon webb webber weddle weeden weekley weese wegner wei weidman weidner weigand weigel weiland weiler ' +
  'weimer weinberg weinberger weiner weinstein weintraub weis weisberg weise weiser weisman weiss weissman ' +
  'weitzel welborn weldon welker weller wellington wellman welton welty wendel wendell wendi wendie wendling ' +
  'wendolyn wendt wendy wenger wenona wentworth wentz wentzel wenzel werner werth wertz wescott wesley wessel ' +
  'wessels wesson westberry westbrook westbrooks westcott westerfield westerman westfall westlund westmoreland ' +
  'weston westover westphal wethington wetmore wetzel wexler whalen whaley wharton whatley wheatley wheaton ' +
  'wheelock whelan whipple whisenant whisenhunt whisler whitacre whitaker whitcomb whitehead whitehouse ' +
  'whitehurst whiteley whiteman whitesell whiteside whitfield whitford whitley whitlock whitman whitmer whitmire ' +
  'whitmore whitney whitson whitt whittaker whitted whittemore whitten whittier whittington whitton whitworth ' +
  'whorton whyte wickham wicklund wickman wideman widmer widner wiegand wieland wiener wiese wigfall wiggins ' +
  'wiggs wigley wilbanks wilber wilborn wilbourn wilbur wilburn wilcher wilcox wilda wilde wildman wiley wilfong ' +
  'wilford wilhelm wilhelmina wilhemina wilhite wilhoit wilk wilke wilkens wilkerson wilkes wilkey wilkie wilkins ' +
  'wilkinson wilks willa willaims willams willard wille willena willene willett willetta willette willhite willia ' +
  'william williams williamson willie williemae williford willingham willis willison willman willodean willoughby ' +
  'willson wilma wilmot wilmoth wilson wilton wimberly wimbush wimer wimmer winburn winchell winchester windham ' +
  'windom windsor winegar winfield winfrey wingard wingate wingfield wingo winifred winkelman winkler winn winnie ' +
  'winnifred winona winslow winstead winston winton wirth wiseman wisner wisniewski witcher witham witherspoon ' +
  'withrow witkowski witmer witt witte witten wittman wofford wojcik wolcott wolfe wolfenbarger wolff wolfgang ' +
  'wolford wolfson wolter wolters womack wonda wong woodall woodard woodbury woodford woodham woodley woodring ' +
  'woodrow woodrum woodson woodworth woolard wooldridge woolery wooley woolf woolfolk woolley woolridge woosley ' +
  'wooster wooten wooton worden worley worrell worsham worsley wortham worthen worthington wortman wozniak wray ' +
  'wrenn wulf wunderlich wurth wyant wyatt wyche wyckoff wylie wyman wynell wynne wynona wyrick wysocki xenia ' +
  'xiao xiomara xiong xochitl xuan yadira yaeko yael yahaira yajaira yamada yamamoto yan yancey yancy yandell ' +
  'yanez yanira yarber yarborough yarbrough yasmin yasmine yasuko yates yazzie ybarra yeager yee yeh yelena yepez ' +
  'yer yesenia yessenia yetta yeung yevette yi yim ying yingling yoakum yockey yocum yoder yoel yoho yoko yolanda ' +
  'yolande yolando yolonda yong yoo yoon yoshida yoshie yoshiko yost youlanda youmans youngblood youngman youngs ' +
  'yount younts yu yuen yuette yuk yuki yukiko yuko yulanda yun yung yuonne yuri yuriko yvette yvone yvonne ' +
  'zachary zack zada zahn zaida zajac zak zamarripa zambrano zamora zamudio zana zandra zaragoza zarate zavala ' +
  'zayas zeigler zelaya zelda zella zeller zellers zelma zena zenaida zendejas zenia zenobia zepeda zeringue ' +
  'zetta zhang zhao ziegler zielinski zimmerman zimmermann zina zink zinn zita zito zoe zofia zoila zola zona ' +
  'zonia zook zora zoraida zorn zuber zucker zula zulema zulma zumwalt zuniga ';
