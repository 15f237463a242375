#!/usr/bin/env node
// Builds server/data/given-names.json: given names from the lexicon of compromise (MIT; a dev dependency), which
// tags about 3,000 first names, and a hand-kept list of names from everywhere. Run by hand after upgrading compromise; the JSON is the artifact (committed):
//   node scripts/kb/given-names.mjs
// Names that are common English words ("Drew", "Mark", "Will") are left out: they would make "Drew Wednesday" or
// "Mark Inflation" a person. The analysis also drops names that are countries, titles or words that are never names.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const COMMON_WORDS = new Set(
  ('drew jack mark pat skip wade buck mack nick peg rob stew sue will bill chad sri clay dale glen sal ken don lex kay ' +
    'jo ty cher gale grace joy faith hope rose dawn iris ivy holly daisy lily ruby pearl amber crystal jade summer ' +
    'autumn winter spring sky skye star sunny rain storm river brook ocean sage heather hazel olive violet ginger ' +
    'honey candy penny bunny cherry berry may june april august marina lou mae rae lee van ray guy rich frank ' +
    'earl baron king prince duke major miles grant hunter chase cash carter mason parker tanner porter fisher cook ' +
    'page paige bishop dean deacon pastor sterling price royal noble justice liberty destiny harmony melody trinity ' +
    'genesis serenity haven journey lane brooke reed rod cliff dusty rusty sandy stormy misty ' +
    // Places, companies and nationalities more often than people in news: "Milton Keynes", "Morgan Stanley", "Scot".
    'scot monte milton merrill preston adelaide madison savannah chester regina devon lorraine cheyenne clyde ' +
    'carolina morgan marshall').split(' '),
);

// Given names of news from everywhere that the lexicon lacks (hand-kept): South Asia, the Arab world and Iran, Africa,
// Europe, Latin America, East and South-East Asia. Left out on purpose: names that are also words, places, firms or
// well-known surnames ("Said", "Faith", "Emir", "Duma", "Kaizer" Chiefs, "Shiv" Sena, "Axel" Springer, "Maher", "Zola"),
// Chinese and Korean family names, and Vietnamese name syllables, which also open place names ("Quang Ngai", "Thanh Hoa").
const WORLD = (
 'wasim waqar sachin inzamam mushtaq javed imran shoaib saqlain sourav rahul anil aravinda sanath muttiah ' +
 'mahela sunil kapil rohit virat sourav yuvraj harbhajan zaheer shahid younis misbah shoaib abdul rashid ' +
 'pervaiz shehbaz asif nawaz benazir bilawal narendra manmohan atal krishna ravi vijay sanjay rajiv sonia ' +
 'priyanka arvind nitish mamata jayalalithaa amitabh rukh aamir salman hrithik aishwarya deepika kareena ' +
 'ranbir hasina khaleda mahinda gotabaya ranil chandrika pushpa girija ' +
 'hosni anwar gamal alaa mohamed mohammad muhammad mahmoud mahmud hamid hamad hamdan khalifa zayed nahyan faisal ' +
 'fahd saud abdulaziz abdelaziz bandar turki nayef sultan qaboos haitham tamim jassim sabah nasser hassan hussein ' +
 'yasser saeb nabil ismail khaled khalid walid bashar hafez rafik saad najib nouri haider adel ayad massoud ' +
 'masoud hashem akbar ali reza javad mohsen ebrahim hassan mahmoud hossein ruhollah recep ahmet abdullah ' +
 'bulent tayyip binali kemal mesut hakan arda nuri yusuf habib ' +
 'hicham noureddine haile kenenisa tegla derartu fatuma gete tirunesh meseret paul kip wilson moses kipchoge ' +
 'eliud sammy josephine catherine vivian nelson thabo jacob cyril kgalema winnie desmond kofi jerry john ' +
 'olusegun goodluck muhammadu umaru sani ibrahim babangida yakubu jonathan laurent joseph felix denis ' +
 'paul yoweri idi milton robert emmerson morgan joyce hage ellen charles samuel didier jay jay okocha nwankwo ' +
 'rigobert samuel kolo yaya thierry zinedine patrick youri lilian marcel claude didier fabien bixente ' +
 'arsene laurent emmanuel segolene nicolas francois dominique lionel jacques valery edouard manuel ' +
 'steffi boris jurgen juergen bernd berti rudi lothar franz gerhard helmut angela heinz harald karl hans ' +
 'wolfgang ulrich joschka guido frank walter horst sigmar olaf annalena christian markus armin ursula ' +
 'ruud marco dennis edgar johan guus louis arjen robin wesley klaas pieter wim ' +
 'gianfranco alessandro roberto paolo fabio silvio romano massimo giuseppe giorgio sergio mario matteo enrico ' +
 'gianluca gianluigi francesco filippo andrea luca carlo pierluigi costantino ' +
 'arantxa conchita sergi carles pep xavi iker raul fernando rafael felipe jose mariano pedro alfredo ' +
 'jorge juan luis cristiano luis nuno eusebio rui ' +
 'hristo gheorghe ilie nicolae ion traian klaus viktor vaclav milos andrej lech aleksander donald jaroslaw ' +
 'mateusz andrzej karol zbigniew slava vyacheslav yevgeny yevgeni gennady gennadi vladimir dmitry anatoly ' +
 'sergei sergey alexei aleksei nikolai nikolay mikhail boris leonid yuri yury viktor vitali wladimir ' +
 'oleksandr petro volodymyr yulia arseniy ' +
 'bebeto romario ronaldo ronaldinho rivaldo kaka neymar pele zico socrates diego lionel gabriel juan evo hugo ' +
 'nicolas cristina nestor alvaro ollanta dilma lula jair fernando gustavo andres ' +
 'zhu jiang hu wen xi li deng mao zhou kim yoon jae shinzo junichiro yoshihiko fumio yukio ' +
 'taro ichiro hideki kimiko naomi yayuk susilo joko megawati abdurrahman mahathir najib anwar ' +
 'thaksin yingluck prayuth hun rodrigo benigno gloria joseph ferdinand corazon ' +
 'tiger seve curtly viv jonty hansie shaun makhaya allan malivai mats stefan goran thomas magnus ' +
 'anke kimiko iva mary ato irv izzy merv woody davey kev nobby paddy sonny remy ' +
 // North American politics and media: names the lexicon lacks
 'megyn rahm newt reince preet neera kellyanne huma mitt jeb ivanka herschel ammon tulsi beto ' +
 // West Africa (Yoruba, Igbo, Hausa, Akan, Senegal, Mali, Liberia, Sierra Leone)
 'adebayo babatunde segun tunde kayode femi wole bola obafemi oluwaseun seun funmilayo folake folasade bukola ' +
 'yemi yetunde kunle dapo bisi biodun niyi tayo tolu tolulope adewale ademola akinwumi abiola olumide damilola ' +
 'ayodele ayo ayodeji bamidele gbenga jide kehinde taiwo idowu modupe olufemi omotola oladipo olamide olawale ' +
 'rotimi sola tokunbo wale yinka dele deji lanre funke toyin kemi remi bolaji adekunle adeniyi abimbola ' +
 'akinwande oluwole olusola oyewole dayo ngozi nnamdi chidi chimamanda chinua emeka uche ifeanyi chukwuemeka ' +
 'chinedu chidinma chioma chiamaka chinonso chike chijioke chinwe chika obinna nkechi ifeoma ikenna ndubuisi ' +
 'nnaemeka ogechi okechukwu onyeka uchenna amaka adaeze kelechi chukwudi nneka oby atiku aminu abubakar garba ' +
 'nasir nasiru kabiru lawal mamman shehu sanusi lamido yahaya murtala aliyu danjuma hadiza jibril jibrin ahmadu ' +
 'nuhu haruna aliko kashim umar namadi kwame kwabena kwaku kwasi kwesi kojo akwasi abena akosua afua adwoa efua ' +
 'akua nana atta abedi kwadwo ekow kobina nii kwamena macky moustapha ousmane cheikh amadou boubacar ibrahima ' +
 'alassane youssou baaba sadio idrissa lamine aliou khalilou fatou mariama aissata salif seydou toumani dadis ' +
 'faure yahya issa mahamane idriss ange tejan foday ' +
 // East Africa (Kenya, Tanzania, Uganda, Rwanda, Burundi, Congo)
 'jomo uhuru raila mwai kalonzo musalia wycliffe njeri wanjiru wangari wambui wanjiku njoki nyambura muthoni ' +
 'achieng akinyi atieno awino kiprotich mugo oginga mukhisa jakaya samia kizza bobi amama juvenal moise mobutu ' +
 // Horn of Africa and Sudan (Amharic, Tigrinya, Somali, Sudanese)
 'meles abiy sahle hailemariam girma mengistu tedros tewodros tsegaye abebe bekele tilahun dawit mulatu teshome ' +
 'almaz tigist genzebe tesfaye birtukan getachew berhanu alemayehu worku kebede assefa mulugeta yared mekonnen ' +
 'abdi abdirahman abdullahi abdiweli abdirashid sharif fadumo ilhan halima hodan siad abdiqasim mukhtar mohamud ' +
 'sadiq abdalla salva riek ' +
 // Southern Africa (Zulu, Xhosa, Sotho, Tswana, Shona, Ndebele, Zambia, Malawi, Mozambique, Angola)
 'mmusi bheki sipho sibusiso siphiwe themba thandeka thandi thandiwe nomvula nkosazana lindiwe zodwa mandla ' +
 'mthunzi jabulani lwazi nomsa busisiwe buhle ayanda andile bongani lungile sizwe thulani vusi zwelinzima ' +
 'zwelithini mangosuthu gwede fikile naledi pravin mosiuoa siya tendai tatenda tinashe tapiwa farai chiedza ' +
 'rufaro nyasha tsitsi tafadzwa tonderai seretse festus mokgweetsi hakainde bingu filipe joaquim samora ' +
 'hifikepunye nangolo mswati andry navin pravind ' +
 // Arab world and Maghreb
 'mahomed moustafa mostafa yousef yousuf yussef youcef abdal abdulla abdelkader abdelkrim abdelhamid abdulhamid ' +
 'abdelmadjid abdelmajid abdelilah abderrahmane abdelrahman abderrahim abdelfattah abdelwahab abdelhak abdeslam ' +
 'abdessalam abdussalam abdelbaset abdulkarim abdelkarim abdulqadir abdulkadir abdelmalek abdellatif abdellah ' +
 'husain usama ayman hisham hesham tarek tariq tarik amr sherif amal sameer kareem waleed nabeel adil ashraf ' +
 'hamdi hazem jalal jamil jameel rami ramy ramzi fouad fuad farouk faruk farooq fawzi fathi fayez ghassan hani ' +
 'hatem kamel lotfi majid majed marwan mazen mounir munir moataz mourad naser nizar qasim qassem kassem rafiq ' +
 'raed riad sabri saddam safwat salah salaheddine saleh salih salim saleem samer sayed shafiq shukri suleiman ' +
 'sulaiman sulayman talal tawfiq taufiq wael yasir ziad zuhair emad imad ehab essam issam bassam bassem faris ' +
 'firas ghazi haytham haroun harun iyad jawad kais qais mamdouh mokhtar musa naguib naji ossama qusay raouf reda ' +
 'ridha ridwan saif samih tayeb tayyeb yazan younes youness zaki driss boualem moncef beji rached lakhdar houari ' +
 'chadli liamine belaid hamadi mongi taieb hakim hichem mondher achraf sofiane muammar moammar moamer aguila ' +
 'mansour nawaf mishal muqrin alwaleed jaber tahnoun tahnoon hazza abdrabbuh tawakkol moqtada muqtada hoshyar ' +
 'izzat uday adnan atheel rafi jaafar jafar rifaat bouthaina burhan moaz nabih tammam gebran wiam bashir rawhi ' +
 'hamdeen zahi boutros shenouda tawadros adly atef hamzah bisher taher ' +
 // Arab women
 'hanan huda hiba heba muna sawsan yasmina zaynab souad suad randa rima rasha rula dalia ghada hanaa iman jamila ' +
 'lubna manal nabila najat najla nisreen nasrin nawal sherine shirin tahani asma bushra lamia nahla noha nesrine ' +
 'yousra yusra zeina houda lamya ' +
 // Iran
 'abbas mojtaba ramin rahim parviz saeid gholam gholamreza gholamhossein manouchehr nazanin masih marzieh asghar ' +
 'asadollah kazem alireza behrouz bijan dariush farhad fereydoun hamed hooshang houshang iraj kamran kaveh ' +
 'keyvan kourosh mehran mehrdad mohammadreza morteza nima omid payam peyman shahram siamak soroush vahid ' +
 'abolfazl abolhassan qasem esmail abdollah ghasem mahsa golshifteh neda parisa roya sima soheila azadeh bahar ' +
 'mitra niloufar pegah shabnam shadi simin tahmineh ziba sadegh sadeq ' +
 // Turkey and Cyprus
 'emre burak cem devlet ekmeleddin meral necmettin tansu turgut suleyman murat selahattin hulusi mevlut numan ' +
 'orhan ozan serdar serkan sinan tolga tuncay umit volkan fatih fethullah gokhan halil hamit hikmet kenan levent ' +
 'melih metin muharrem nihat ozgur rustu sedat selcuk semih senol sukru suat taner tansel turan ugur yasar yavuz ' +
 'zafer esra meltem merve nilufer ozlem pinar selin sibel hulya ebru defne didem derya dilek sertab yasemin umut ' +
 'baris rauf dervis ' +
 // Caucasus and Central Asia
 'nursultan kassym shavkat emomali gurbanguly saparmurat askar almazbek kurmanbek roza sooronbay sadyr rustam ' +
 'ilham heydar mehriban dariga bakhyt bolat yerlan daniyar zhanna aigul gulnara dinara madina serik marat ' +
 'farkhad shukhrat alisher bakhtiyor sanjar dilshod jamshid otabek ulugbek akmal azamat aslan ramzan akhmad ' +
 'dzhokhar shamil magomed ruslan zelimkhan movladi doku aslambek mikheil zurab nino irakli bidzina levan davit ' +
 'tengiz merab shalva vakhtang zviad nodar serzh levon nikol armen vazgen tigran hrant elmar novruz ramiz vugar ' +
 // Russia, Ukraine, Belarus
 'dmitriy yevgeniy evgeni vasili vassily vasiliy alexey aleksey valeri valeriy vitaly vitaliy konstantin grigory ' +
 'grigori semyon oleg lev vadim veniamin vsevolod yegor zakhar arkady arkadi artyom gleb innokenty matvei ' +
 'mstislav rostislav rodion svyatoslav timofei yakov tatyana svetlana yekaterina lyudmila ludmila galina ' +
 'nadezhda zoya yevgenia evgenia darya ksenia kseniya yuliya veronika alla inna raisa lyubov oleksiy oleksii ' +
 'mykola mykhailo serhiy serhii andriy andrii taras bohdan dmytro vitalii ihor vadym kyrylo denys yevhen ostap ' +
 'stepan vasyl hryhoriy oleh maksym iryna olena nataliya kateryna tetiana tetyana liudmyla halyna svitlana ' +
 'larysa olha ruslana alyaksandr sviatlana viktar arseny ' +
 // Balkans and Central Europe
 'milorad radovan ratko vojislav tomislav ivica vuk mirko momir mirjana dragana natasa zarko zeljko nenad ' +
 'predrag darko srdjan sinisa zlatko stjepan franjo ivo kolinda jadranka mladen hashim agim ramush albin vjosa ' +
 'fatmir behgjet ilir bujar arben besnik fatos alija haris bakir nebojsa radomir ranko savo sead sefer zlatan ' +
 'edin nermin mirsad gjorge branko kiro ljubco stevo rumen boyko zhelyu simeon dimitar stoyan todor krasimir ' +
 'ivaylo plamen tsvetan lyubomir rumyana meglena mircea calin dacian florin cristian catalin liviu vasile ioan ' +
 'teodor dorin horia razvan sorin ovidiu viorel valeriu mihaela ioana andreea raluca janez borut marjan ferenc ' +
 'gyula istvan janos zoltan sandor tibor attila gabor imre miklos jozsef gergely katalin zsuzsanna krisztina ' +
 'eszter judit ildiko erzsebet kinga jiri karel ladislav miroslav bohuslav mirek zdenek radek marketa zuzana ' +
 'iveta mikulas lubomir bronislaw tadeusz kazimierz jerzy radoslaw grzegorz pawel marek janusz leszek waldemar ' +
 'przemyslaw slawomir boguslaw mariusz dariusz rafal lukasz wladyslaw beata agnieszka malgorzata dorota elzbieta ' +
 'jolanta katarzyna urszula danuta krystyna grazyna halina witold czeslaw jacek vaira valdis toomas kersti ' +
 'andrus kaja juri siim algirdas valdas gitanas vytautas rolandas arturas saulius ingrida kristjan egils ' +
 'krisjanis arturs aivars ivars inese aigars raimonds ' +
 // Nordic countries
 'helle mette margrethe poul erna kjell magne thorbjorn siv trine ole olof ingvar ulf sauli tarja martti paavo ' +
 'juha antti sanna jyrki petteri sirkka jutta halla gudni olafur ragnar vigdis geir sigmundur bjarni katrin ' +
 'svandis birgitta einar eidur gylfi hannes heimir bjorg torbjorn trond terje torvald vidar arne knut oddvar ' +
 'hakon haakon ingvild solveig marit sigrid birgit ragnhild grete lise bente dorte hanne pernille tove inger ' +
 'jette lene mogens jesper morten henning preben kasper mikkel uffe holger villy aksel teemu kimi mikko jarkko ' +
 'pekka heikki esko jussi jani timo tuomas ville tapio seppo erkki kalevi markku jouko lauri riitta anu pirkko ' +
 'minna tiina satu agnetha lasse gunilla margareta ulrika ebba pontus bengt sune stig staffan torsten ove ' +
 'ingemar olle janne sten arvid folke yngve viggo ' +
 // Greece and Cyprus
 'konstantinos kostas costas giorgos antonis yannis giannis ioannis nikolaos dimitrios evangelos vangelis ' +
 'kyriakos panagiotis panayiotis pavlos prokopis karolos theodoros thodoris spyros spiros stavros vassilis ' +
 'vasilis michalis manolis apostolos athanasios thanasis kostis akis angelos fofi marietta zoi ioanna ' +
 'constantinos anastasios tasos glafcos demetris nicos sotiris takis stelios ekaterini fani voula evangelia ' +
 'paraskevi despina vasso ' +
 // Italy
 'giulio giuliano giancarlo gianni gennaro giampaolo giampiero pierferdinando piero lamberto maurizio nichi ' +
 'ottavio patrizio renato ruggero valentino vittorio alessio amedeo arnaldo bettino cesare ciriaco corrado ' +
 'davide domenico ettore fausto fedele flavio gaetano girolamo guglielmo ignazio lapo livio lucio massimiliano ' +
 'mauro pasquale raffaele renzo rino silvano tiziano ugo valerio vito alessia chiara donatella elisabetta ' +
 'federica giorgia giulia giuliana ilaria letizia margherita nilde ornella patrizia raffaella stefania tiziana ' +
 'vittoria mariastella ' +
 // Spain and Portugal
 'gaspar inaki josep josu narcis oriol paco pau quim santi teodoro xabier inigo borja cayetana inmaculada leire ' +
 'nuria pilar soraya begona almudena meritxell arancha rafa unai aitor xabi andoni koldo joseba cesc ferran ' +
 'anibal vitor helder simao tiago goncalo diogo sebastiao leonor ' +
 // Brazil and Latin America
 'inacio aecio geraldo ciro gleisi caetano vinicius cafu dida edmilson elano juninho kleberson luizao nilmar ' +
 'roque zinho edson denilson robinho ricardinho fabiano rogerio renan rafinha marcelinho marquinhos vagner ' +
 'wanderley xuxa cuauhtemoc porfirio rigoberta sixto tabare nayib diosdado leopoldo hipolito piedad mireya ' +
 'arnoldo anastasio jovenel keiko abdala nicanor hernan gaston radamel faustino edinson ' +
 // France, Belgium, Switzerland
 'yves benoit franck gael gregoire herve romain sylvain thibault thibaut aurelien baptiste corentin djibril ' +
 'florent gaetan kylian loic wissam aurelie amelie fabienne laetitia odile pascale sandrine severine veronique ' +
 'virginie fabiola elio micheline ueli simonetta ' +
 // Germany, Austria, Netherlands
 'bastian hartmut heiko joachim jorg joerg reiner reinhard thorsten uwe volker hubertus renate ulla gesine sahra ' +
 'katja franziska annegret ottmar uli pim piet geert jaap joop kees henk huub jeroen joost maarten mathijs rinus ' +
 'sjaak sjoerd thijs anouk femke ineke marijke mirjam sanne remco ' +
 // Ireland, Wales, Scotland
 'eamon eamonn enda mairead aoife caoimhe cathal colm declan donal dermot fergal fintan gearoid oisin ruairi ' +
 'tadhg aine brid clodagh eimear grainne maeve orla roisin saoirse sinead una dafydd alun bryn carwyn emlyn ' +
 'gethin glyn gwilym huw iwan meirion rhys rhun sian bethan cerys ffion eluned angharad ieuan rhodri elfyn ' +
 'alasdair angus callum calum catriona ewan euan hamish lachlan morag murdo niall ruaridh seonaid struan torquil ' +
 // South Asia (Hindi and other Indian languages)
 'abhishek aditya ajay ajit akash akshay alok amrita anand ananya anjali ankit anupam anurag arun arundhati ' +
 'ashok ashish atul balaji chetan devendra dhirendra dilip divya gautam gaurav girish gopal govind harish hemant ' +
 'jagdish jaswant jawaharlal jyoti karan kishore lakshmi lalu lata madhav madhuri manoj meera mukesh murli ' +
 'naveen nilesh nirmala nitin pankaj partha pooja pradeep pranab prashant pratibha praveen prithviraj priya ' +
 'rajnath rakesh ramesh ranjit rashmi rekha santosh satish saurav shashi shekhar shivraj shobha shyam sitaram ' +
 'smriti subhash sudhir sukhbir sushil sushma tarun uma umesh varun vasundhara venkaiah vikas vikram vinod ' +
 'vishal yashwant yogendra zubin virender mahendra irfan ishant murali javagal venkatesh sreesanth munaf sania ' +
 'leander viswanathan saina abhinav milkha kajol preity sushmita bipasha raveena karisma mallika vidya shilpa ' +
 'sridevi juhi manisha urmila shabana gulzar anoushka zakir sonu ratan azim narayana nandan indra montek mulayam ' +
 'akhilesh mayawati rabri sharad chandrababu jagan mehbooba yasin oommen digvijay ghulam jairam natwar piyush ' +
 'manohar mohan nandita ' +
 // South Asia (Bengali, Tamil, Sinhala, Nepali, Bhutan, Maldives)
 'buddhadeb abhijit amartya amitava anirban arindam arnab debashis debasish dipankar goutam indranil kaushik ' +
 'pradip prasenjit rabindranath satyajit somnath subhas sudipto suman tapan uttam aparna mahasweta mithun ' +
 'nandini sharmila sonali soumitra supriya suchitra swati tarique ziaur zia fakhruddin iajuddin moeen habibur ' +
 'shahabuddin tofail obaidul shakib mashrafe mushfiqur mahmudullah habibul sabbir mustafizur taskin mominul ' +
 'liton mehidy enamul imrul shahriar karthik karthikeyan senthil saravanan arumugam kanimozhi dayanidhi ' +
 'kalanithi udhayanidhi anbumani vijayakanth palaniswami panneerselvam dhanush suriya nayanthara arjuna chaminda ' +
 'lasith rangana marvan hashan upul chamara nuwan thilan ajantha dhammika romesh avishka pathum dasun wanindu ' +
 'kusal dimuth maithripala sajith anura ratnasiri lakshman velupillai ranjan mangala sirimavo gyanendra birendra ' +
 'dipendra baburam khadga bidhya bidya surya lokendra jigme tshering lotay maumoon ' +
 // South Asia (Urdu, Pakistan, Afghanistan)
 'pervez shaukat yousaf altaf fazlur shujaat nisar ishaq ahsan aitzaz iftikhar ashfaq raheel qamar asim zulfikar ' +
 'zulfiqar murtaza sanam hina malala ziauddin mukhtaran qadeer aimal mahmood jamshed razzaq umer shabbir azhar ' +
 'aamer junaid babar fakhar shadab sarfraz aqib ijaz moin hanif mudassar sohail naved taufeeq faheem jahangir ' +
 'jalil jehangir khurshid latif liaquat maqbool masood mehmood mumtaz nadeem naeem naveed nazir obaid qadir riaz ' +
 'shahbaz shakeel shehzad sikandar tahir tanvir tauseef waheed wajid waseem zubair burhanuddin gulbuddin zalmay ' +
 'yunus younus amrullah sibghatullah zahir fahim haneef rangin rahmatullah zabihullah sirajuddin haibatullah ' +
 'jalaluddin najibullah babrak hafizullah malalai fawzia shukria ' +
 // South-East Asia (Indonesia, Malaysia, Singapore, Brunei, Philippines, Myanmar)
 'bambang jusuf amien prabowo bacharuddin puan ganjar anies sandiaga basuki agus budi dewi dian endang eko fadli ' +
 'hasyim hendro juwono luhut mahfud maruf muhaimin nurcholish pramono retno rini setya slamet sofyan syafii ' +
 'teten wahyu yusril yenny zulkifli hidayat taufik amrozi mukhlas noordin azahari dulmatin hambali muhyiddin ' +
 'rosmah azizah hishammuddin khairy azmin rafizi razaleigh daim nazri shafie hadi mukhriz zeti nicol azizulhasni ' +
 'khairul faizal fauzi hafiz iskandar kamarul mazlan mustapa ramli rosli shahrizat shahrir tajuddin yusof zainal ' +
 'zainuddin fatimah halimah khadijah norhayati zuraida anifah tharman yaacob hassanal jejomar panfilo teofisto ' +
 'hermogenes avelino jinggoy imee bongbong noynoy arnel regine vilma dolphy leni kiko aung khin kyaw thein myint ' +
 'htin ' +
 // South-East Asia (Thailand, Cambodia, Laos)
 'abhisit chuan banharn chavalit surayud samak somchai suthep prawit anutin srettha paetongtarn thanathorn ' +
 'chamlong sondhi sonthi surakiart kasit chaturon bhumibol vajiralongkorn sirindhorn sirikit paradorn supachai ' +
 'somkid chalerm newin jatuporn nattawut apirak anupong chatichai kittiratt ekkaphob norodom sihanouk sihamoni ' +
 'sokha thongsing bounnhang ' +
 // Japan
 'akihito naruhito masako aiko hisashi hideo hiroshi hiroyuki kazuo kenji koichi makoto masahiko masaru ' +
 'masayoshi naoto nobuteru noboru ryutaro sadakazu shigeru shintaro shinji sanae takeshi takako tadashi taku ' +
 'tetsuya toshihiro toshiki tomomi yasuo yoshiro yoshihide yohei yuriko yoko hayao kenzaburo yasunari katsuya ' +
 'kiyoshi keizo ryuichi seiji shinsuke shunsuke takashi takumi tatsuya tomoaki toru tsuneo yasuhiro yoshinori ' +
 'yuji yuki yukiko yumiko akiko ayumi chieko emiko fumiko haruka hiroko kaori kazuko kumiko mariko masami mayumi ' +
 'michiko minako misaki miyuki naoko noriko reiko sachiko sayaka sayuri setsuko tomoko yoshiko yuko yumi ' +
 'hidetoshi junichi kazuyoshi yasuhito keisuke takuma kosuke daisuke hiroki shohei masahiro kei shingo kazuki ' +
 'kamui koji kenichi shinichi kunihiko ryo akihiro masashi masato nobuo osamu ryoichi seiichi shozo takeo ' +
 'tamotsu teruo tsutomu yoshio yoshiaki yoshimi yukihiko eisaku kakuei morihiro tomiichi makiko heizo kaoru ' +
 'hiromu yoichi nobutaka toshimitsu yoshimasa katsunobu hirokazu shinjiro tetsuro banri kiyomi renho yusaku ' +
 'chiaki haruhiko masaaki toshihiko akio nobuyuki yasujiro rinko yoshitomo yayoi ' +
 // Israel
 'ehud shimon shaul yitzhak tzipi avigdor naftali yair gideon silvan yossi avraham uzi dov meir ephraim natan ' +
 'nir reuven yigal eliyahu yoav gadi itamar bezalel miri limor ayelet orit merav tzachi tzahi ofir aharon arye ' +
 'aryeh yaakov zeev yehuda yehoshua yoram zalman mordechai menachem rehavam raanan ronen omri oren gilad assaf ' +
 'amnon elazar haim chaim idan ilan itzik kobi matan moti nachman nitzan oded ohad sagi shai tomer tzvi yaron ' +
 'yehiel yigael zvi yuli dore herzi yariv amram'
).split(' ');

const lexicon = nlp.model().one.lexicon;
const fromLexicon = Object.entries(lexicon)
  .filter(([word, tag]) => /^(?:MaleName|FemaleName|FirstName)$/.test(String(tag)))
  .map(([word]) => word);
const names = [...new Set([...fromLexicon, ...WORLD])].filter((word) => /^[a-z]{3,}$/.test(word) && !COMMON_WORDS.has(word)).sort();
// The lexicon's women's and men's names (names given to both are tagged FirstName), for he and she; common words too,
// as they are only looked up for names already taken for people ("Grace Dent").
const tagged = (tag) => Object.entries(lexicon).filter(([word, t]) => String(t) === tag && /^[a-z]{2,}$/.test(word)).map(([word]) => word).sort();
const female = tagged('FemaleName');
const male = tagged('MaleName');
const version = JSON.parse(require('node:fs').readFileSync(join(root, 'node_modules', 'compromise', 'package.json'), 'utf8')).version;
writeFileSync(
  join(root, 'server', 'data', 'given-names.json'),
  JSON.stringify({ source: `compromise ${version} lexicon (MIT), tags MaleName, FemaleName, FirstName; scripts/kb/given-names.mjs`, names, female, male }, null, 0) + '\n',
);
console.log(`${names.length} given names, ${female.length} women's and ${male.length} men's`);
