"""Word lists the person recognizer uses to keep places, organizations and titles apart.

All entries are folded (lower case, no diacritics). They are general lists of the kind of word
that stands next to a name without being one — not the words of any particular document.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Titles, offices and honorifics: they stand before a name and stay outside persName.
TITLES = _words("""
mr mrs ms miss messrs dr prof professor sir dame lord lady madame mme mlle monsieur herr frau
signor signora senor senora don dona comrade comrades tovarishch
president vice prime minister ministers premier chancellor secretary secretaries undersecretary
ambassador ambassadors amb envoy consul counselor counsellor attache charge chairman chairwoman
chief director deputy general gen generalissimo marshal admiral adm colonel col
lieutenant lt captain capt major maj sergeant sgt commander cmdr cdr brigadier commodore
senator sen governor gov representative rep congressman congresswoman judge justice mayor
king queen prince princess emperor empress shah sultan emir sheikh shaikh pope cardinal
archbishop bishop metropolitan patriarch father rev reverend imam ayatollah rabbi
attorney assistant under foreign defense defence state first acting special head leader leaders
dictator premiers presidents kings delegate delegates spokesman envoy regent
""")

#: Honorifics strong enough that the next capitalized word is a surname even when it is an
#: ordinary English word ("Mr. Brown", "Ambassador White").
HONORIFICS = _words("""
mr mrs ms miss messrs dr prof professor sir dame herr frau monsieur madame mme mlle signor
comrade tovarishch senator ambassador president premier chancellor marshal general admiral
colonel governor secretary minister chairman
""")

#: Heads of institutions: a name followed by one of these names the institution
#: ("Dwight D. Eisenhower Library", "Wilson Center Press", "John F. Kennedy Airport").
ORG_HEADS = _words("""
library libraries foundation foundations center centre centers institute institution
institutions university universities college school academy press airport museum fund hall
street avenue boulevard road square park bridge memorial hospital company corporation corp inc
ltd society association council committee commission ministry department office agency bureau
service services party union government embassy archive archives project program programme
station base prize award trust bank house stadium church cathedral county city island islands
river mountains mountain lake bay canal peninsula strait forest highway school schools
laboratory laboratories chair professorship fellowship lecture lectures collection
army navy force forces guard corps fleet command brigade division regiment
seaway harbor harbour airfield dam tunnel motors railway railroad airlines line
""")

#: Words between a name and an institution head ("Woodrow Wilson International Center").
INSTITUTION_MODIFIERS = _words("""
international national memorial presidential research historical federal state public
digital manuscript
""")

#: Words after a surname that make it a family, not one person ("the two Kennedy brothers").
FAMILY_WORDS = _words("""
brothers sisters family families clan dynasty children sons daughters couple siblings twins
""")

#: Places (countries, capitals and cities, regions) that coincide with surnames or look like
#: names; a bare place name is never taken as a person.
PLACES = _words("""
washington moscow london paris berlin bonn budapest warsaw prague belgrade bucharest sofia
tirana peking beijing peiping havana hanoi saigon seoul pyongyang tokyo geneva vienna rome
brussels hague cairo suez israel jordan lebanon syria iran persia iraq turkey greece cyprus
egypt india china japan korea vietnam laos cambodia thailand siam burma indonesia malaya
malaysia singapore philippines cuba mexico chile argentina brazil peru bolivia colombia
venezuela panama nicaragua guatemala honduras salvador congo ghana guinea kenya nigeria
ethiopia somalia sudan libya algeria tunisia morocco angola mozambique rhodesia zimbabwe
zambia tanzania uganda austria germany france britain england scotland ireland wales poland
hungary romania rumania bulgaria albania yugoslavia czechoslovakia slovakia bohemia finland
sweden norway denmark iceland holland netherlands belgium luxembourg spain portugal italy
switzerland canada america europe asia africa australia zealand taiwan formosa tibet
mongolia manchuria potsdam yalta helsinki dallas houston lincoln jefferson madison monroe
cleveland denver boston chicago detroit atlanta princeton harvard stanford yale columbia
georgetown oxford cambridge kew abilene kansas virginia texas georgia carolina florida
california york jersey manchester birmingham liverpool edinburgh dublin munich hamburg
frankfurt dresden leipzig danzig gdansk krakow cracow poznan lodz kiev kyiv leningrad
stalingrad volgograd minsk riga tallinn vilnius kaunas odessa tashkent baku tbilisi yerevan
kabul karachi delhi bombay calcutta madras dacca dhaka colombo rangoon jakarta manila
bangkok phnom penh vientiane macao hong kong shanghai canton nanking wuhan tientsin
hiroshima nagasaki okinawa quemoy matsu kinmen sinai gaza jerusalem tel aviv baghdad
damascus beirut amman tehran teheran ankara istanbul athens nicosia tripoli tunis algiers
rabat casablanca dakar accra lagos leopoldville kinshasa elisabethville katanga nairobi
addis ababa khartoum johannesburg pretoria salisbury luanda maputo caracas bogota lima
santiago buenos aires montevideo rio janeiro brasilia ottawa montreal toronto quebec
vancouver canberra sydney melbourne wellington auckland trieste fiume gorizia saar ruhr
silesia prussia bavaria saxony thuringia brandenburg balkans baltic caucasus crimea siberia
ukraine byelorussia belorussia belarus moldavia moldova lithuania latvia estonia georgia
armenia azerbaijan kazakhstan uzbekistan turkmenistan kirghizia tajikistan pacific atlantic
mediterranean arctic antarctic caribbean danube rhine oder neisse elbe vistula volga yangtze
mekong brioni camp baltimore philadelphia pittsburgh seattle portland miami minneapolis
milwaukee cincinnati omaha memphis nashville richmond charleston norfolk annapolis hartford
albany rochester syracuse berkeley oakland sacramento honolulu anchorage gettysburg russia
madrid barcelona lisbon oslo stockholm copenhagen amsterdam rotterdam antwerp zurich bern
basel lausanne milan turin naples venice genoa marseille lyon strasbourg vichy brest
cologne stuttgart nuremberg bremen hanover kiel bratislava brno ostrava szeged debrecen
pecs gyor cluj timisoara plovdiv varna skopje zagreb ljubljana sarajevo split dubrovnik
los angeles san francisco santa diego kuala lumpur sao paulo montreal havana guantanamo
""")

#: Nationality and other proper adjectives, and plural peoples ("Soviets").
DEMONYMS = _words("""
american americans soviet soviets russian russians british briton britons english french
frenchman german germans hungarian hungarians polish pole poles czech czechs slovak
czechoslovak chinese korean koreans japanese vietnamese cuban cubans yugoslav yugoslavs
yugoslavian romanian rumanian bulgarian albanian italian italians spanish portuguese israeli
israelis arab arabs egyptian egyptians syrian iraqi iranian persian turkish turk turks greek
greeks indian indians pakistani afghan indonesian filipino thai burmese lao laotian cambodian
khmer mongolian tibetan african asian european europeans western eastern northern southern
austrian swiss swedish norwegian danish finnish dutch belgian irish scottish welsh canadian
australian mexican brazilian argentine chilean latin nordic baltic slavic slav slavs
ukrainian byelorussian georgian armenian jewish muslim moslem catholic protestant orthodox
communist communists socialist socialists democratic democrat democrats republican republicans
bolshevik bolsheviks marxist leninist stalinist titoist maoist trotskyist kremlin pentagon
politburo presidium comintern cominform soviet-bloc allied allies axis nazi nazis fascist
""")

MONTHS_DAYS = _words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday
""")

#: Initials that are abbreviations, not a person's initials ("U.S.", "D.C.", "U.N.").
INITIAL_STOPS = frozenset(
    {
        "u s",
        "u n",
        "d c",
        "n y",
        "n j",
        "u k",
        "s s",
        "a d",
        "b c",
        "p m",
        "a m",
        "u s s r",
        "u s a",
        "e g",
        "i e",
        "n b",
        "p s",
        "r f",
        "g d r",
        "f r g",
        "e e c",
        "n a t o",
    }
)

#: Words after which a capitalized word sequence is a cited author, editor or translator.
CITATION_BEFORE = _words("""
by trans translated translator ed eds edited editor editors see cf author authors
compiled introduction foreword
""")

#: Common East Asian surnames (romanized): a two- or three-part name beginning with one of
#: these ("Li Meng", "Choi Duk Shin") is a person even when the register does not know it.
EAST_ASIAN_SURNAMES = _words("""
li lee liu chen chan chang zhang wang wong huang hwang zhao chao zhou chou wu ng yang
xu hsu sun song soong zhu chu hu lin lim guo kuo ho gao kao luo zheng cheng liang xie
hsieh tang han cao tsao deng teng feng peng xiao hsiao tian tien dong tung yuan jiang chiang
cai tsai pan yeh wei jin chin kim park pak choi choe jung chung kang cho yoon yun jang shin
seo kwon ahn yoo hong jeon moon nguyen tran pham hoang vu vo dang bui ngo duong mao qian
qiao
""")

#: Words that make the following name a place ("St. Lawrence", "Fort Bragg", "Camp David").
PLACE_PREFIXES = _words("""
saint st san santa sao fort mount mt lake cape port camp point glen
""")
