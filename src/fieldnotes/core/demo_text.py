"""Fast, deterministic generator of Danish interview-note text for demo databases.

The text is not meant to be grammatical, only to look like notes from visits to municipalities at
a glance: sentences are filled in from hand-written templates with word classes (nouns in four
forms, verbs in five, adjectives in three, places, numbers, quotes ...). Compounding
(``integrations`` + ``indsats``) and inflection turn a few hundred hand-written stems into tens of
thousands of word forms, each class weighted in a Zipf-like way, so that a large demo database has
a realistic spread: a few very common function words and a long tail of rare ones.

Speed: the vocabulary is built once at import. Each :class:`DemoText` draws words in batches with
``rng.choices(..., cum_weights=..., k=...)`` and hands them out one by one, so a word costs well
under a microsecond. Everything random comes from the ``random.Random`` given to the constructor,
so the same seed and the same sequence of calls give the same text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate
from typing import Any

__all__ = ["DemoText"]

_BATCH = 512
_MAX_NOTE_WORDS = 250


# --------------------------------------------------------------------------- vocabulary
# Nouns: "stem:gender:plural" with gender c (en) or n (et) and plural er, e, 0 (no ending) or
# - (uncountable); or "stem:gender=definite,plural,definite plural" for irregular ones.
_NOUNS = """
indsats:c:er familie:c:er borger:c:e medarbejder:c:e kommune:c:er skole:c:er forløb:n:0
samarbejde:n:er tilbud:n=tilbuddet,tilbud,tilbuddene plan:c:er ordning:c:er forvaltning:c:er
center:n=centret,centre,centrene team:n=teamet,teams,teamene job:n=jobbet,job,jobbene
barn:n=barnet,børn,børnene forælder:c=forælderen,forældre,forældrene mentor:c:er
forening:c:er sag:c:er kvinde:c:er område:n:er møde:n:er projekt:n:er netværk:n:0
sagsbehandler:c:e konsulent:c:er leder:c:e koordinator:c:er rådgiver:c:e behandler:c:e
opgave:c:er udfordring:c:er erfaring:c:er tid:c:er sprog:n:0 uddannelse:c:er
praktik:c=praktikken,praktikker,praktikkerne virksomhed:c:er beskæftigelse:c:er bolig:c:er
afdeling:c:er metode:c:er model:c=modellen,modeller,modellerne
strategi:c:er tilgang:c:e indgang:c:e overgang:c:e sammenhæng:c:e koordinering:c:er
opfølgning:c:er vurdering:c:er afklaring:c:er samtale:c:er ydelse:c:er udgift:c:er
bevilling:c:er finansiering:c:er ramme:c:er pulje:c:er budget:n=budgettet,budgetter,budgetterne
økonomi:c:er ledelse:c:er styring:c:er evaluering:c:er effekt:c:er dokumentation:c:er
indsigt:c:er kompetence:c:er deltagelse:c:er aktivitet:c:er fællesskab:n:er
kursus:n=kurset,kurser,kurserne hold:n:0 lokale:n:er sted:n:er værested:n:er råd:n:0
udvalg:n:0 mål:n:0 resultat:n:er perspektiv:n:er behov:n:0 problem:n:er initiativ:n:er
forsøg:n:0 tiltag:n:0 element:n:er niveau:n:er beløb:n:0 tilskud:n=tilskuddet,tilskud,tilskuddene
årsværk:n:0 år:n:0 partnerskab:n:er ophold:n:0 kvarter:n:er lejemål:n:0 engagement:n:er
bydel:c:e by:c:er klasse:c:er lærer:c:e pædagog:c:er elev:c:er mand:c=manden,mænd,mændene
læge:c:er sygdom:c=sygdommen,sygdomme,sygdommene trivsel:c=trivslen,-,- motivation:c:er
tillid:c:- relation:c:er kontakt:c:er henvendelse:c:er visitation:c:er vejledning:c:er
arbejdsgiver:c:e branche:c:er stilling:c:er time:c:er uge:c:er måned:c:er periode:c:er
forankring:c:er prioritering:c:er måling:c:er praksis:c=praksissen,praksisser,praksisserne
viden:c=viden,-,- ansvar:n:- fravær:n:- helbred:n:- overblik:n=overblikket,-,-
arbejde:n=arbejdet,-,- deltager:c:e beboer:c:e nabo:c:er kollega:c:er brobygger:c:e
ressource:c:er barriere:c:er mulighed:c:er løsning:c:er anbefaling:c:er hverdag:c:e
oplevelse:c:er fritid:c:- tolk:c:e sundhedsplejerske:c:er hjem:n=hjemmet,hjem,hjemmene
"""

# Heads that compound well (the noun after the first part).
_HEADS = """
indsats forløb plan team medarbejder konsulent koordinator tilbud ordning møde samarbejde
projekt netværk område opgave udfordring strategi model metode afdeling center rådgiver
vejledning samtale aktivitet kursus hold pulje ramme ydelse indgang tilgang fællesskab leder
behandler indsigt kompetence evaluering opfølgning koordinering partnerskab initiativ tiltag
mål resultat udvalg råd perspektiv behov praksis dokumentation budget bevilling udgift økonomi
lokale klasse lærer periode time kontakt afklaring vurdering stilling job sted erfaring
mentor forening sag barriere løsning anbefaling ressource deltager
"""

# First parts of compounds, linking letter included.
_PREFIXES = """
integrations beskæftigelses familie bolig sprog sundheds skole forenings frivillig borger
job mentor helheds social uddannelses praktik virksomheds netværks trivsels samarbejds
område kommune stats lektie kvinde forældre ungdoms fritids idræts kultur sags visitations
ydelses økonomi ledelses udviklings kompetence opfølgnings afklarings kontakt modtage
introduktions tolke bydels flygtninge arbejdsmarkeds rehabiliterings mestrings dialog
kontanthjælps selvforsørgelses bostøtte forebyggelses dagtilbuds medborgerskabs demokrati
hverdags fælles handle brobygnings
"""

# Verbs: "infinitive:1" (-ede, -et), "infinitive:2" (-te, -t) or
# "infinitive=present,past,participle".
_VERBS = """
styrke:1 koordinere:1 etablere:1 understøtte:1 prioritere:1 opleve:1 arbejde:1 samarbejde:1
implementere:1 evaluere:1 organisere:1 involvere:1 motivere:1 visitere:1 finansiere:1
dokumentere:1 kvalificere:1 forankre:1 udvikle:1 afklare:1 mangle:1 vurdere:1 målrette:1
fokusere:1 diskutere:1 drøfte:1 samle:1 bevilge:1 sikre:1 tilpasse:1 matche:1 screene:1
opspore:1 rekruttere:1 uddanne:1 integrere:1 inkludere:1 mobilisere:1 engagere:1 ringe:1
invitere:1 spare:1 reducere:1 øge:1 ændre:1 forbedre:1 forenkle:1 benytte:1 støtte:1
understrege:1 fremhæve:1 pege:1 forklare:1 rumme:1 bygge:1
bruge:2 kende:2 høre:2 lære:2 mærke:2 begynde:2 betale:2 skabe:2 anvende:2 sende:2
henvise:2 besøge:2 søge:2 vise:2 mene:2 nævne:2 vejlede:2 aftale:2
deltage=deltager,deltog,deltaget fastholde=fastholder,fastholdt,fastholdt
tilrettelægge=tilrettelægger,tilrettelagde,tilrettelagt
planlægge=planlægger,planlagde,planlagt tilbyde=tilbyder,tilbød,tilbudt
hjælpe=hjælper,hjalp,hjulpet følge=følger,fulgte,fulgt oversætte=oversætter,oversatte,oversat
afholde=afholder,afholdt,afholdt kortlægge=kortlægger,kortlagde,kortlagt give=giver,gav,givet
tage=tager,tog,taget se=ser,så,set få=får,fik,fået gøre=gør,gjorde,gjort
sætte=sætter,satte,sat vælge=vælger,valgte,valgt modtage=modtager,modtog,modtaget
afsætte=afsætter,afsatte,afsat igangsætte=igangsætter,igangsatte,igangsat
beskrive=beskriver,beskrev,beskrevet fortælle=fortæller,fortalte,fortalt
"""

# Adjectives: "base" (regular) or "base=t-form,e-form".
_ADJECTIVES = """
god=godt,gode sårbar nyankommen=nyankommet,nyankomne vigtig central relevant tværfaglig
helhedsorienteret målrettet fleksibel=fleksibelt,fleksible stabil tæt=tæt,tætte lokal
kommunal statslig boligsocial social faglig praktisk sproglig økonomisk konkret=konkret,konkrete
langsigtet kortvarig varig tidlig ny=nyt,nye stor mindre=mindre,mindre svær tydelig uklar
fælles=fælles,fælles usikker=usikkert,usikre aktiv positiv negativ kritisk afgørende
udfordrende meningsfuld værdifuld nødvendig mulig utilstrækkelig tilstrækkelig begrænset
bred kompleks psykisk fysisk sundhedsfaglig selvstændig ensom=ensomt,ensomme isoleret
arbejdsmarkedsparat uddannelsesparat frivillig civil demokratisk kulturel=kulturelt,kulturelle
traditionel=traditionelt,traditionelle dansk åben=åbent,åbne lukket hurtig
langsom=langsomt,langsomme grundig systematisk løbende samlet særlig generel=generelt,generelle
vanskelig attraktiv effektiv enkel=enkelt,enkle smal=smalt,smalle let=let,lette
"""
_ADJ_SUFFIXES = (
    ("rettet", "rettet", "rettede"),
    ("orienteret", "orienteret", "orienterede"),
    ("faglig", "fagligt", "faglige"),
    ("mæssig", "mæssigt", "mæssige"),
)
_ADJ_PREFIXES = """
beskæftigelses familie sundheds integrations bolig uddannelses job skole social forenings
arbejdsmarkeds virksomheds ressource borger praksis løsnings
"""

_ADVERBS = """
ikke|også|fortsat|især|typisk|ofte|løbende|i praksis|på tværs|allerede|stadig|fremover|i dag|
tidligere|primært|generelt|konkret|reelt|formelt|uformelt|hurtigt|gradvist|systematisk|
efterhånden|desværre|heldigvis|faktisk|egentlig|kun|samtidig|i høj grad|i mindre grad|
i stigende grad|til dels|stort set|i et vist omfang|over tid|endnu ikke|sjældent|bl.a.|
nu|igen|derfor|alligevel|måske|næppe|ellers|lokalt|centralt|målrettet|sammen|direkte|
relativt|særligt|netop|jævnligt|hver uge|i perioden|ad hoc|i fællesskab|på sigt
"""

_MUNICIPALITIES = """
Aarhus|Odense|København|Aalborg|Esbjerg|Vejle|Herning|Holstebro|Ishøj|Albertslund|
Høje-Taastrup|Brøndby|Gladsaxe|Frederiksberg|Køge|Næstved|Slagelse|Svendborg|Sønderborg|
Horsens|Randers|Viborg|Silkeborg|Kolding|Fredericia|Hjørring|Frederikshavn|Thisted|Skive|
Holbæk|Roskilde|Helsingør|Hillerød|Ringsted|Faaborg-Midtfyn|Lolland|Guldborgsund|Bornholm|
Tårnby|Hvidovre|Rødovre|Glostrup|Tønder|Aabenraa|Haderslev|Vordingborg|Nyborg|Middelfart|
Ringkøbing-Skjern|Varde|Morsø|Favrskov|Skanderborg|Kalundborg|Greve|Ballerup|Herlev|
Lyngby-Taarbæk|Gentofte|Hedensted|Billund|Vesthimmerland|Jammerbugt|Brønderslev|Struer|Lemvig
"""
_AREA_FIRST = """
Sønder Nørre Øster Vester Ege Bøge Elme Skov Strand Sø Å Mølle Kirke Lærke Rønne Tjørne
Hylde Kilde Hede Fjord Enge Bakke Solsikke Rose Kløver Æble Pære Hassel Birke Fyrre Grøn
"""
_AREA_LAST = "parken gården vænget haven toften højen bakken lunden marken engen vangen kæret"

_FIRST_NAMES = """
Mette Søren Anne Lars Hanne Jens Ahmad Fatima Mohammed Aisha Kirsten Peter Louise Morten
Camilla Rasmus Sara Mikkel Lærke Jørgen Bodil Niels Ali Hassan Amina Leila Yusuf Zainab
Omar Mariam Khalid Hodan Abdi Nour Samira Karim Rania Jamal Dilan Ayşe Mehmet Emine
Mustafa Zeynep Hüseyin Büşra Tobias Ida Freja Mads Sofie Jakob Line Thomas Trine Bjørn
Jesper Gitte Birgitte Torben Signe Helle Ulla Preben Else Åse Øjvind Mikael Maja Emil Asger
Ditte Malene Karina Henrik Dorthe Stine Christian Marianne Kasper Nanna Kristoffer Tine
Ibrahim Hamid Said Nadia Yasmin Layla Idris Tariq Farah Huda Bilal Soran Shirin Reza
Parisa Dariusz Agnieszka Tomasz Olena Andriy Iryna Oksana Svetlana Dmitri Ana Milan Jelena
Dragan Senada Amir Mirsad Hamza Sahra Abdirahman Faisa Filmon Tesfay Semhar Yonas Aster
"""
_SURNAMES = """
Nørgaard Hansen Jensen Nielsen Pedersen Andersen Christensen Larsen Sørensen Rasmussen
Jørgensen Petersen Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Ødegaard
Søndergaard Kjær Bøgh Lund Holm Frederiksen Dahl Skov Mølgaard Bækgaard Østergaard Vestergaard
Nørregaard Dalsgaard Lauridsen Bach Winther Thygesen Brøndum Kløvedal Hjorth Lykke Krogh
Hussein Ahmed Mohamed Ali Hassan Abdi Omar Yusuf Ibrahim Khalil Haddad Nasser Saleh Rahimi
Karimi Hosseini Mahmoud Abdullah Farah Warsame Jama Osman Öztürk Øzdemir Yılmaz Kaya
Demir Şahin Çelik Aydın Arslan Doğan Kowalski Nowak Wiśniewski Kovalenko Shevchenko
Bondarenko Hadžić Begović Kovačević Tesfaye Haile Gebremedhin Berhane Mehari Abebe Sultani
Haidari Noori Amiri Rezaei Jafari Barzani Zebari Khoury Mansour
"""

_ROLES = """
integrationskonsulent|skoleleder|boligsocial medarbejder|frivilligkoordinator|sagsbehandler|
jobkonsulent|virksomhedskonsulent|familiebehandler|sundhedsplejerske|socialrådgiver|mentor|
teamleder|afdelingsleder|centerchef|integrationschef|beskæftigelseschef|sprogskoleleder|
underviser på sprogcentret|projektleder|områdeleder|boligsocial projektleder|
leder af den boligsociale helhedsplan|bydelsmor|kulturformidler|brobygger|
skolesocialrådgiver|SSP-konsulent|UU-vejleder|ungevejleder|lærer i modtageklassen|pædagog|
klubleder|formand for beboerforeningen|afdelingsformand|foreningskonsulent|fritidsguide|tolk|
økonomikonsulent|controller i økonomiafdelingen|udvalgsformand|kommunaldirektør|borgmester|
chefkonsulent|specialkonsulent|fuldmægtig|kontorchef|sundhedsfaglig konsulent|psykolog i PPR|
familierådgiver|casemanager|frivillig lektiehjælper|netværksmedarbejder|
medarbejder i ydelseskontoret|koordinator for integrationsområdet|direktør for børn og unge|
direktør for beskæftigelse og social|frivillig mentor|formand for idrætsforeningen
"""
_ROLE_TITLES = (
    "afdelingschef",
    "teamleder",
    "konsulent",
    "leder",
    "koordinator",
    "medarbejder",
    "specialkonsulent",
    "chefkonsulent",
    "faglig leder",
    "sektionsleder",
)
_UNITS = (
    "jobcentret",
    "borgerservice",
    "familieafdelingen",
    "skoleforvaltningen",
    "sprogcentret",
    "integrationsteamet",
    "ydelsesafdelingen",
    "sundhedsplejen",
    "boligselskabet",
    "PPR",
    "ungeenheden",
    "økonomiforvaltningen",
    "beskæftigelsesforvaltningen",
    "kultur- og fritidsforvaltningen",
    "socialforvaltningen",
    "frivilligcentret",
    "fritids- og ungdomsklubben",
    "børne- og familieafdelingen",
    "sekretariatet",
)

_STAKEHOLDERS = """
KL|Dansk Flygtningehjælp|BL – Danmarks Almene Boliger|Røde Kors|Dansk Røde Kors|Red Barnet|
Mino Danmark|DGI|Danmarks Idrætsforbund|Dansk Arbejdsgiverforening|Dansk Industri|
Dansk Erhverv|Fagbevægelsens Hovedorganisation|3F|Dansk Socialrådgiverforening|
Skolelederforeningen|Danmarks Lærerforening|Institut for Menneskerettigheder|
Rådet for Etniske Minoriteter|Danske Regioner|Frivilligrådet|
Center for Frivilligt Socialt Arbejde|Dansk Ungdoms Fællesråd|Ungdommens Røde Kors|
Bydelsmødrenes Landsorganisation|Landsbyggefonden|Socialpædagogerne|FOA|HK Kommunal|
Dansk Sygeplejeråd|Lederne|Akademikerne|Danske Handicaporganisationer|Ældre Sagen
"""
_FORENINGEN_AF = """
Sprogskoleledere|Integrationsmedarbejdere|Boligsociale Medarbejdere|Kommunale
Beskæftigelseschefer|Familiebehandlere|Frivillige Mentorer|Tolke i Danmark|
Nydanske Erhvervsdrivende|Kulturformidlere|Skolesocialrådgivere|Lektiecaféer|
Netværksfamilier|Fritidsvejledere|Nydanske Forældre|Kvindenetværk
"""
_LOCAL_ORGS = (
    "{a} Beboerforening",
    "Kvindenetværket i {m}",
    "{m} Frivilligcenter",
    "Lektiecaféen i {a}",
    "{m} Integrationsråd",
    "Idrætsforeningen {a}",
    "Netværkshuset i {m}",
    "Forældreforeningen i {a}",
)

_QUOTES = """
Vi mangler tid til det enkelte menneske|Det er relationen, der gør forskellen|
Familierne bliver sendt rundt mellem for mange skranker|
Vi skal turde tænke på tværs af forvaltningerne|Sproget er nøglen, men det er ikke hele døren|
De frivillige kan noget, som vi som kommune ikke kan|Pengene følger ikke altid borgeren|
Når helhedsplanen slutter, står vi med et hul|Vi har for mange projekter og for lidt drift|
Mødrene kommer, når der er kaffe og børnepasning|Det tager tid at opbygge tillid|
Jobcentret og skolen taler ikke samme sprog|Vi ved for lidt om, hvad der virker|
Kvinderne vil gerne arbejde, men de ved ikke hvordan|
Man skal møde familien dér, hvor den er|Der er for langt fra sprogskolen til arbejdspladsen|
Det er de samme familier, der går igen i alle systemer|Vi skal have én plan for hele familien|
Foreningerne mangler frivillige med tid og overskud|
Børnene bliver tolke for deres forældre, og det er ikke i orden|
Vi har gode erfaringer med korte forløb tæt på virksomhederne|Finansieringen er for kortsigtet|
Det er svært at fastholde medarbejderne, når projekterne stopper|
Vi bruger mere tid på dokumentation end på borgerne|
Nogle borgere har været i systemet i femten år|Vi skal se ressourcerne og ikke kun problemerne|
Når man først har fået en kollega, er man en del af noget|Fritidsjobbet er ofte det første skridt|
Vores bydelsmødre når familier, som vi aldrig ville nå|Der mangler én indgang for nyankomne|
Reglerne skifter hurtigere, end vi kan nå at forklare dem|
Det er ikke manglende vilje, men manglende overblik|Vi bliver målt på det forkerte|
Helbredet fylder meget mere, end man tror|Det kræver en fast kontaktperson|
Vi kan ikke løse det alene i boligområdet|
Foreningslivet giver et netværk, man kan bruge til noget|
Mange forældre kender ikke skolens forventninger|
Vi har brug for fleksible rammer, ikke flere puljer|
Kommunen og boligselskabet skal ville det samme|
Refusionen styrer for meget af vores prioriteringer|
Det handler om at blive set som en ressource|Medborgerskab lærer man ved at være med|
Tolkene er en mangelvare|Vi starter for sent med de unge|
Det bedste, vi har gjort, er at flytte ud i området|
Vi taler meget om helhed, men organiseringen er i siloer|
Der skal være plads til, at det går langsomt|
Frivillighed kan ikke erstatte en professionel indsats|
Man skal kunne se meningen med at lære dansk|Vi følger op hver fjortende dag, og det virker|
Ingen har det samlede ansvar|
Når vi spørger, siger de fleste, at de vil have et arbejde|
Det er svært at få øje på resultaterne i de første år|
Vi har lært at sige ja først og finde ud af detaljerne bagefter|
Vi møder først familierne, når det er gået galt|Der er ingen, der ejer overgangene
"""

_COUNT_NOUNS = """
medarbejdere familier borgere frivillige kvinder unge børn deltagere forløb sager
virksomheder praktikpladser timer uger måneder årsværk mentorer bydelsmødre elever
foreninger kursister sagsbehandlere lejligheder husstande
"""
_NUMBER_WORDS = ("to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "tolv")

_HEADERS = (
    "Opfølgning:",
    "Pointer fra mødet:",
    "Aftaler:",
    "Nøglepunkter:",
    "Til videre drøftelse:",
    "Udfordringer:",
    "Gode eksempler:",
    "Data, vi har bedt om:",
    "Næste skridt:",
)

# ----------------------------------------------------------------------- sentence templates
# Slots: NDS/NDP definite singular/plural noun, NP plural, NB bare singular, NI singular with
# article, NIA/NDA article + adjective + noun, AP/AT adjective e-/t-form, V/VP/VPP/VI/VS verb
# present/past/participle/infinitive/passive, ADV, PL place, TIME, NUMC/NUMM/NUMP count, money,
# percentage, SPK speaker, ORG organisation, QUO quote.
_MAIN = """
{NDS} har {VPP} {NI} for {AP} {NP}
{NDS} {V} {ADV} {NDP} {PL}
der er {ADV} {VPP} {NI} {PL}
det er {AT} at {VI} {NDP} tidligt
{SPK} fortalte, at {NDS} {V} {NP} {ADV}
{NDP} {V} {NI}, men {NDS} {V} ikke {NP}
{SPK} sagde: «{QUO}»
«{QUO}», som {SPK} udtrykte det
{NDS} blev {VPP} {TIME} og {V} nu {NUMC}
{ORG} har peget på, at {NDP} {V} {NB} og {NB}
der mangler {NB} til {AP} {NP} {PL}
{NDA} {V} {ADV} {NDP} og {NDP}
man har {ADV} {VPP} {NDS} med {NUMC}
{NDS} arbejder med {NIA} på tværs af {NP}
kommunen oplever, at {NP} {V} {ADV}
{NUMC} deltog {TIME} i {NDS}
det blev nævnt, at {NDS} er {VPP} {PL}
{NDP} har {ADV} brug for {NIA}
fokus er på {NB}, {NB} og {NB}
der er afsat {NUMM} {TIME} til {NB}
{NDS} koster ca. {NUMM} om året
vi talte om {NDS} og {NDA}
{SPK} beskrev {NDS} som en styrke
erfaringen er, at {NDP} {V} {NP}, når {NDS} {V} {ADV}
{NDS} {VS} af {NUMC} fra {NDS}
hvis {NDS} skal {VI} {NP}, kræver det {NIA}
udfordringen er {ADV} {NDS}
{NIA} kan {VI} {NDP} {PL}
mange {NP} {V} ikke {NDS}
{NDS} er forankret i {NDS} {PL}
i {NDS} {V} man {NP} {ADV}
{TIME} {VP} {NDS} {NI} {PL}
samarbejdet med {ORG} {V} {NDP}
der er behov for {AP} {NP} og {NIA}
{NDP} {VP} {NP} {TIME}, og {NDS} blev {VPP}
jf. {NDS} skal {NDP} {VI} {NB}
bl.a. {V} {NDS} {NUMC} {PL}
{SPK} understregede, at {NDA} ikke kan stå alene
{NDS} og {NDS} {V} fælles {NP}
der var enighed om at {VI} {NDS} {ADV}
særligt {NP} med {NB} {V} {NDS}
{NUMC} er {VPP} {TIME}
{NDS} {V} i mindre grad {NP}, fordi {NDP} {V} {NB}
{NUMP} af {NDP} {V} {NB} {ADV}
ca. {NUMP} af {NDP} er {VPP} {PL}
{SPK} {VP} {NIA} og {NIA}
{NDS} {VS} {ADV} af {NDP}
vi fik forklaret, at {NDS} {V} {NDP} {TIME}
{NDP} {VS} {ADV} til {NDS}
man ønsker at {VI} {NDS} og {VI} {NDP}
{NDS} har {ADV} {VPP} {NUMC} {TIME}
det er uklart, hvem der {V} {NDS}
det er {ADV} {AT} for {NDP}
{ORG} {V} {NI} sammen med {NDS}
der blev spurgt til {NDS} og {NB}
budgettet til {NB} er {NUMM}
{NDS} oplever {AP} {NP} {PL}
de har {VPP} {NIA} {TIME}
{NDP} kommer fra {NP} og {NP}
ifølge {SPK} {V} {NDS} {NP} {ADV}
"""
_TAILS = """
, og {NDS} {V} {NP}
, men {NDS} {V} ikke {NB}
, fordi {NDP} {V} {NB}
, hvilket {V} {NDS}
 {PL}
 {TIME}
, bl.a. {NP} og {NP}
, fx {NIA}
 i samarbejde med {ORG}
, så {NDP} kan {VI} {NP}
, selvom {NDS} {V} {ADV}
 (jf. {NDS})
, især for {AP} {NP}
 med {NUMC}
, da {NDS} {V} {NDP}
 – og det {V} {NDP}
, mens {NDP} {V} {AP} {NP}
"""
_TAIL_EMPTY_WEIGHT = 1.6  # relative to all the non-empty tails together

_BULLETS = """
{NDS} {V} {NP}
{VI} {NDS} {TIME}
{NIA} {PL}
{NUMC} {PL}
{NB} og {NB}
{NDP} {VS} {ADV}
{ORG}: {NB}
{SPK} {V} {NDS}
"""

# ------------------------------------------------------------------------------ questions
_QUESTIONS = {
    "1a": """
Hvordan er ansvaret for integrationsindsatsen fordelt mellem forvaltningerne?
Hvem har det samlede overblik over en nyankommen families forløb?
Hvilke fora bruger I til at koordinere på tværs af jobcenter, skole og socialområde?
Hvordan deles oplysninger mellem afdelingerne, og hvilke barrierer oplever I?
Hvordan er den politiske forankring af integrationsindsatsen i kommunen?
Hvad ville I ændre ved organiseringen, hvis I kunne starte forfra?
Hvordan samarbejder I med boligorganisationerne og civilsamfundet?
Hvilke opgaver falder typisk mellem to stole?
Hvordan sikrer I sammenhæng mellem {unit} og {unit}?
Hvilken rolle spiller {unit} i koordineringen af indsatsen?
Hvordan bliver {unit} inddraget, når en borger har sager flere steder?
""",
    "1b": """
Hvordan arbejder I med én samlet plan for hele familien?
Hvordan opsporer I familier med komplekse problemer tidligt?
Hvilke faggrupper indgår i jeres familieteam?
Hvordan involverer I forældrene i børnenes skolegang?
Hvordan håndterer I sprogbarrierer i samtaler med familierne?
Hvad gør I, når en familie har sager i flere forvaltninger samtidig?
Hvilken betydning har boligsituationen for familiernes trivsel?
Hvordan følger I op, når en indsats afsluttes?
Hvordan støtter I {group} i familier med {problem}?
Hvilke erfaringer har I med {tool} for familier med {problem}?
""",
    "1c": """
Hvilke forløb tilbyder I borgere, der ikke er klar til arbejdsmarkedet?
Hvordan kombinerer I sprogundervisning med praktik?
Hvilken rolle spiller helbredet i jeres vurdering af borgerne?
Hvordan samarbejder I med virksomhederne om små jobs og løntilskud?
Hvordan fastholder I motivationen i lange forløb?
Hvad virker for kvinder, der aldrig har været på arbejdsmarkedet?
Hvordan bruger I mentorer i forløbene?
Hvor mange borgere har været i forløb i mere end fem år?
Hvilke erfaringer har I med {tool} for borgere med {problem}?
Hvordan vurderer I, om {tool} er det rigtige for borgere med {problem}?
""",
    "1d": """
Hvordan finansieres jeres indsatser på integrationsområdet i dag?
Hvilken betydning har statslige puljer og refusionsregler for jeres prioriteringer?
Hvordan spiller kommunens indsats sammen med de boligsociale midler fra Landsbyggefonden?
Hvor ser I det største potentiale for at bruge ressourcerne bedre?
Hvordan sikrer I, at gode projekter bliver til drift?
Hvordan måler I effekten af de midler, I bruger?
Hvor meget tid bruger medarbejderne på dokumentation og administration?
Hvilke udgifter ville I flytte, hvis reglerne tillod det?
Hvordan fordeles udgifterne til {area} mellem kommune, stat og boligorganisationer?
Hvad koster {area} pr. borger, og hvem betaler?
""",
    "2a": """
Hvordan understøtter I nydanskeres deltagelse i foreningslivet?
Hvilke erfaringer har I med frivillige mentorer og netværksfamilier?
Hvordan arbejder I med medborgerskab og demokratisk deltagelse?
Hvad skal der til for, at flere nydanske unge bliver frivillige?
Hvordan samarbejder kommunen med lokale foreninger om at finde nye medlemmer?
Hvilke barrierer oplever borgerne for at deltage i fritidsaktiviteter?
Hvordan bliver nyankomne introduceret til lokalsamfundet?
Hvilken rolle spiller bydelsmødre og kulturformidlere?
Hvordan inddrager I {people} i {activity}?
Hvad har virket for at få {people} med i {activity}?
""",
    "": """
Er der andet, vi bør vide?
Hvad er jeres vigtigste anbefaling til taskforcen?
Hvilke gode eksempler vil I fremhæve?
Hvad ville gøre den største forskel for jer?
Hvem bør vi ellers tale med?
""",
}
_QUESTION_FILL = {
    "unit": _UNITS,
    "group": ("børnene", "mødrene", "fædrene", "de unge", "de mindste børn"),
    "problem": (
        "traumer",
        "gæld",
        "psykisk sårbarhed",
        "lav tilknytning til arbejdsmarkedet",
        "lange sagsforløb",
        "dårligt helbred",
        "få sprogkundskaber",
        "ustabile boligforhold",
    ),
    "tool": (
        "virksomhedspraktik",
        "småjobs",
        "mentorstøtte",
        "sundhedsforløb",
        "IGU-forløb",
        "brobygning til uddannelse",
        "jobrettet danskundervisning",
        "familiebehandling i hjemmet",
    ),
    "area": (
        "sprogundervisning",
        "mentorordninger",
        "tolkebistand",
        "familiebehandling",
        "boligsociale indsatser",
        "fritidspas",
        "lektiehjælp",
    ),
    "people": (
        "nydanske kvinder",
        "unge med flygtningebaggrund",
        "forældre i boligområdet",
        "ældre nydanskere",
        "nyankomne familier",
    ),
    "activity": (
        "foreningslivet",
        "skolebestyrelsen",
        "beboerdemokratiet",
        "frivilligt arbejde",
        "lokale kulturtilbud",
        "idrætsforeningerne",
    ),
}


# --------------------------------------------------------------------------------- builders
def _split(text: str, sep: str | None = None) -> list[str]:
    """Split a hand-written word list (by whitespace or ``sep``), dropping empty items."""
    items = text.split(sep) if sep else text.split()
    return [" ".join(item.split()) for item in items if item.strip()]


def _zipf(n: int, exponent: float = 1.0, offset: float = 2.0) -> list[float]:
    """Zipf-like weights for ``n`` items in the order they are listed."""
    return [1.0 / (i + offset) ** exponent for i in range(n)]


class _Noun:
    """A noun's forms; ``plural`` and ``def_plural`` are empty for uncountable nouns."""

    __slots__ = ("bare", "def_plural", "definite", "neuter", "plural")

    def __init__(self, spec: str) -> None:
        if "=" in spec:
            head, forms = spec.split("=")
            self.bare, gender = head.split(":")
            self.definite, plural, def_plural = forms.split(",")
            self.plural = "" if plural == "-" else plural
            self.def_plural = "" if def_plural == "-" else def_plural
        else:
            self.bare, gender, kind = spec.split(":")
            stem = self.bare
            ends_e = stem.endswith("e")
            if gender == "c":
                self.definite = stem + ("n" if ends_e else "en")
            else:
                self.definite = stem + ("t" if ends_e else "et")
            if kind == "er":
                self.plural = stem + ("r" if ends_e else "er")
                self.def_plural = self.plural + "ne"
            elif kind == "e":
                self.plural = stem + "e"
                self.def_plural = stem + ("ne" if stem.endswith("er") else "ene")
            elif kind == "0":
                self.plural = stem
                self.def_plural = stem + "ene"
            else:
                self.plural = self.def_plural = ""
        self.neuter = gender == "n"

    def compound(self, prefix: str) -> _Noun:
        """This noun as the head of a compound with first part ``prefix``."""
        new = object.__new__(_Noun)
        new.bare = prefix + self.bare
        new.definite = prefix + self.definite
        new.plural = prefix + self.plural if self.plural else ""
        new.def_plural = prefix + self.def_plural if self.def_plural else ""
        new.neuter = self.neuter
        return new


def _verb_forms(spec: str) -> tuple[str, str, str, str, str]:
    """(infinitive, present, past, participle, passive) for a verb spec."""
    if "=" in spec:
        inf, forms = spec.split("=")
        present, past, participle = forms.split(",")
    else:
        inf, kind = spec.split(":")
        present = inf + "r"
        if kind == "1":
            past, participle = inf + "de", inf + "t"
        else:
            past, participle = inf[:-1] + "te", inf[:-1] + "t"
    return inf, present, past, participle, inf + "s"


def _adjective_forms(spec: str) -> tuple[str, str, str]:
    """(base, t-form, e-form) for an adjective spec."""
    if "=" in spec:
        base, forms = spec.split("=")
        t_form, e_form = forms.split(",")
        return base, t_form, e_form
    base = spec
    if base.endswith("et") and len(base) > 5:
        return base, base, base[:-2] + "ede"
    if base.endswith(("sk", "t")):
        return base, base, base + "e"
    if base.endswith("e"):
        return base, base, base
    return base, base + "t", base + "e"


class _Vocabulary:
    """Every word class as (population, cumulative weights), built once at import."""

    def __init__(self) -> None:
        self.classes: dict[str, tuple[list[str], list[float]]] = {}
        self._build_nouns()
        self._build_verbs()
        self._build_adjectives()
        self._build_misc()

    def add(self, key: str, items: Sequence[str], weights: Sequence[float]) -> None:
        """Register a class, merging duplicate items (first listing keeps its place)."""
        merged: dict[str, float] = {}
        for item, weight in zip(items, weights, strict=True):
            if item:
                merged[item] = merged.get(item, 0.0) + weight
        self.classes[key] = (list(merged), list(accumulate(merged.values())))

    def _build_nouns(self) -> None:
        base = [_Noun(spec) for spec in _split(_NOUNS)]
        base_w = _zipf(len(base), 0.9)
        by_name = {noun.bare: (noun, w) for noun, w in zip(base, base_w, strict=True)}
        heads = [by_name[name] for name in _split(_HEADS)]
        prefixes = _split(_PREFIXES)
        prefix_w = _zipf(len(prefixes), 1.1)
        nouns: list[_Noun] = list(base)
        weights: list[float] = [w * 6.0 for w in base_w]
        for prefix, pw in zip(prefixes, prefix_w, strict=True):
            root = prefix.rstrip("s")
            for head, hw in heads:
                if head.bare.startswith(root[:4]) or root.startswith(head.bare[:4]):
                    continue
                nouns.append(head.compound(prefix))
                weights.append(pw * hw * 3.0)
        self.nouns = nouns
        self.add("NDS", [n.definite for n in nouns], weights)
        self.add("NDP", [n.def_plural for n in nouns], weights)
        self.add("NP", [n.plural for n in nouns], weights)
        self.add("NB", [n.bare for n in nouns], weights)
        self.add("NI", [("et " if n.neuter else "en ") + n.bare for n in nouns], weights)
        common = [(n.bare, w) for n, w in zip(nouns, weights, strict=True) if not n.neuter]
        neuter = [(n.bare, w) for n, w in zip(nouns, weights, strict=True) if n.neuter]
        countable = [(n, w) for n, w in zip(nouns, weights, strict=True) if n.plural]
        self.add("NBC", [b for b, _ in common], [w for _, w in common])
        self.add("NBN", [b for b, _ in neuter], [w for _, w in neuter])
        self.add("NPL", [n.plural for n, _ in countable], [w for _, w in countable])
        # Extra plurals of nominalised adjectives.
        extra = ["frivillige", "unge", "nyankomne", "ledige", "ansatte", "voksne"]
        items, cum = self.classes["NP"]
        total = cum[-1]
        plural_weights = [b - a for a, b in zip([0.0, *cum[:-1]], cum, strict=True)]
        self.add("NP", items + extra, plural_weights + [total * 0.01] * len(extra))
        items, cum = self.classes["NDP"]
        total = cum[-1]
        plural_weights = [b - a for a, b in zip([0.0, *cum[:-1]], cum, strict=True)]
        extra_def = ["de " + word for word in extra]
        self.add("NDP", items + extra_def, plural_weights + [total * 0.01] * len(extra))

    def _build_verbs(self) -> None:
        forms = [_verb_forms(spec) for spec in _split(_VERBS)]
        weights = _zipf(len(forms), 0.8)
        for index, key in enumerate(("VI", "V", "VP", "VPP", "VS")):
            self.add(key, [f[index] for f in forms], weights)

    def _build_adjectives(self) -> None:
        forms = [_adjective_forms(spec) for spec in _split(_ADJECTIVES)]
        weights = _zipf(len(forms), 0.8)
        prefixes = _split(_ADJ_PREFIXES)
        prefix_w = _zipf(len(prefixes), 1.0)
        for prefix, pw in zip(prefixes, prefix_w, strict=True):
            for suffix in _ADJ_SUFFIXES:
                forms.append((prefix + suffix[0], prefix + suffix[1], prefix + suffix[2]))
                weights.append(pw * 0.15)
        self.adjectives = forms
        self.add("AB", [f[0] for f in forms], weights)
        self.add("AT", [f[1] for f in forms], weights)
        self.add("AP", [f[2] for f in forms], weights)
        self.adjective_cum = list(accumulate(weights))

    def _build_misc(self) -> None:
        adverbs = _split(_ADVERBS, "|")
        self.add("ADV", adverbs, _zipf(len(adverbs), 0.9))

        municipalities = _split(_MUNICIPALITIES, "|")
        areas = [a + b for a in _split(_AREA_FIRST) for b in _split(_AREA_LAST)]
        self.municipalities = municipalities
        self.areas = areas
        mw = _zipf(len(municipalities), 0.7)
        aw = _zipf(len(areas), 0.6, 5.0)
        places: list[str] = []
        place_w: list[float] = []
        for m, w in zip(municipalities, mw, strict=True):
            places += [f"i {m} Kommune", f"i {m}", f"hos {m} Kommune"]
            place_w += [w, w * 0.8, w * 0.1]
        for a, w in zip(areas, aw, strict=True):
            places += [f"i {a}", f"i boligområdet {a}", f"på {a} Skole"]
            place_w += [w * 0.3, w * 0.2, w * 0.05]
        for extra in ("lokalt", "i området", "i kommunen", "på skolerne", "i jobcentret"):
            places.append(extra)
            place_w.append(0.3)
        self.add("PL", places, place_w)

        times: list[str] = []
        time_w: list[float] = []
        for year in range(2008, 2026):
            w = 1.0 / (1 + abs(2021 - year))
            for pattern, f in (
                ("i {}", 1.0),
                ("siden {}", 0.6),
                ("i foråret {}", 0.2),
                ("i efteråret {}", 0.2),
                ("frem til {}", 0.2),
            ):
                times.append(pattern.format(year))
                time_w.append(w * f)
        for extra in (
            "hver uge",
            "i foråret",
            "i efteråret",
            "sidste år",
            "for to år siden",
            "inden for det seneste år",
            "i den kommende periode",
            "hver fjortende dag",
            "en gang om måneden",
            "i projektperioden",
            "efter sommerferien",
        ):
            times.append(extra)
            time_w.append(0.5)
        self.add("TIME", times, time_w)

        count_nouns = _split(_COUNT_NOUNS)
        cw = _zipf(len(count_nouns), 0.8)
        counts: list[str] = []
        count_w: list[float] = []
        for noun, w in zip(count_nouns, cw, strict=True):
            for n in range(2, 301):
                nw = w / n
                counts.append(f"{n} {noun}")
                count_w.append(nw)
                if n % 5 == 0:
                    counts += [f"ca. {n} {noun}", f"over {n} {noun}"]
                    count_w += [nw * 2, nw]
            for word in _NUMBER_WORDS:
                counts.append(f"{word} {noun}")
                count_w.append(w * 0.1)
        self.add("NUMC", counts, count_w)

        money: list[str] = []
        money_w: list[float] = []
        for whole in range(0, 40):
            for tenth in range(0, 10):
                if whole == 0 and tenth == 0:
                    continue
                amount = f"{whole},{tenth}" if tenth else f"{whole}"
                money.append(f"{amount} mio. kr.")
                money_w.append(1.0 / (1 + whole) / (2 if tenth else 1))
        for thousands in range(5, 1000, 5):
            money.append(f"{thousands}.000 kr.")
            money_w.append(0.5 / thousands**0.7)
        self.add("NUMM", money, money_w)

        self.add("NUMP", [f"{p} %" for p in range(1, 100)], _zipf(99, 0.5))

        self.add("QUO", _split(_QUOTES, "|"), _zipf(len(_split(_QUOTES, "|")), 0.4))

        roles = _split(_ROLES, "|")
        role_w = _zipf(len(roles), 0.9)
        for title_w, title in zip(_zipf(len(_ROLE_TITLES)), _ROLE_TITLES, strict=True):
            for unit_w, unit in zip(_zipf(len(_UNITS)), _UNITS, strict=True):
                roles.append(f"{title} i {unit}")
                role_w.append(title_w * unit_w * 0.6)
        self.add("ROLE", roles, role_w)

        orgs = _split(_STAKEHOLDERS, "|")
        org_w = _zipf(len(orgs), 0.9)
        for name in _split(_FORENINGEN_AF, "|"):
            orgs.append("Foreningen af " + name)
            org_w.append(0.05)
        for pattern in _LOCAL_ORGS:
            for m in municipalities[:30]:
                for a in areas[::9]:
                    orgs.append(pattern.format(m=m, a=a))
                    org_w.append(0.15 / 30 / len(areas[::9]))
        self.add("ORG", orgs, org_w)

        first = _split(_FIRST_NAMES)
        last = _split(_SURNAMES)
        self.add("FIRST", first, _zipf(len(first), 0.3, 10.0))
        self.add("LAST", last, _zipf(len(last), 0.5, 5.0))


_VOCAB = _Vocabulary()


def _compile(lines: str) -> list[tuple[str, tuple[str, ...]]]:
    """Turn template lines into (format string with ``{}``, slot keys)."""
    result = []
    for line in lines.split("\n"):
        if not line.strip():
            continue
        keys = tuple(re.findall(r"\{(\w+)\}", line))
        result.append((re.sub(r"\{\w+\}", "{}", line), keys))
    return result


_MAIN_T = _compile(_MAIN)
_TAIL_T = _compile(_TAILS)
_BULLET_T = _compile(_BULLETS)
_MAIN_CUM = list(accumulate(_zipf(len(_MAIN_T), 0.3, 4.0)))
_TAIL_W = _zipf(len(_TAIL_T), 0.4, 3.0)
_TAIL_T.insert(0, ("", ()))
_TAIL_CUM = list(accumulate([sum(_TAIL_W) * _TAIL_EMPTY_WEIGHT, *_TAIL_W]))
_QUESTION_T = {code: _split(text, "\n") for code, text in _QUESTIONS.items()}
_TITLE_PATTERNS = (
    "{an} for {AP} {NP}",
    "{an} i {NB_place}",
    "{an} med {AP} {NP}",
    "{NP_cap} på tværs af {NP}",
    "Fra {NB} til {NB}",
    "{an} og {NB}",
    "{NB_cap} for {AP} {NP}",
    "{an} gennem {NB}",
    "Når {NP} {V} {NP}",
    "{AP_cap} {NP} i {NB_place}",
)
_TITLE_PLACES = _VOCAB.areas + _VOCAB.municipalities
_TITLE_CUM = list(accumulate(_zipf(len(_TITLE_PATTERNS), 0.4, 2.0)))
_PARAGRAPHS_CUM = list(accumulate([0.3, 0.35, 0.22, 0.13]))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------- API
class DemoText:
    """Deterministic generator of Danish demo text driven by one ``random.Random``.

    Words are drawn in batches from the generator and handed out in order, so two instances
    made from generators with the same seed, called in the same order, give the same text.
    """

    def __init__(self, rng: random.Random) -> None:
        """Use ``rng`` for every random choice."""
        self.rng = rng
        self._next: dict[str, Callable[[], str]] = {
            key: self._stream(pop, cum).__next__ for key, (pop, cum) in _VOCAB.classes.items()
        }
        self._next["SPK"] = self._speaker
        self._next["NIA"] = self._indefinite_with_adjective
        self._next["NDA"] = self._definite_with_adjective
        self._adj_index = self._stream(range(len(_VOCAB.adjectives)), _VOCAB.adjective_cum)
        self._main = [(fmt, [self._next[k] for k in keys]) for fmt, keys in _MAIN_T]
        self._tails = [(fmt, [self._next[k] for k in keys]) for fmt, keys in _TAIL_T]
        self._bullets = [(fmt, [self._next[k] for k in keys]) for fmt, keys in _BULLET_T]
        self._next_main = self._stream(self._main, _MAIN_CUM).__next__
        self._next_tail = self._stream(self._tails, _TAIL_CUM).__next__
        nxt = self._next
        self._title_fields: dict[str, Callable[[], str]] = {
            "an": lambda: _capitalise(self._adjective_noun()),
            "AP": nxt["AP"],
            "AP_cap": lambda: _capitalise(nxt["AP"]()),
            "NP": nxt["NPL"],
            "NP_cap": lambda: _capitalise(nxt["NPL"]()),
            "NB": nxt["NB"],
            "NB_cap": lambda: _capitalise(nxt["NB"]()),
            "NB_place": lambda: self.rng.choice(_TITLE_PLACES),
            "V": nxt["V"],
        }

    def _stream(self, population: Sequence[object], cum_weights: list[float]) -> Iterator[Any]:
        choices = self.rng.choices
        while True:
            yield from choices(population, cum_weights=cum_weights, k=_BATCH)

    # -- composite slots -----------------------------------------------------------------
    def _speaker(self) -> str:
        r = self.rng.random()
        if r < 0.6:
            return "en " + self._next["ROLE"]()
        if r < 0.85:
            return f"{self.person_name()} ({self._next['ROLE']()})"
        return self._next["ORG"]()

    def _indefinite_with_adjective(self) -> str:
        base, t_form, _ = _VOCAB.adjectives[next(self._adj_index)]
        if self.rng.random() < 0.7:
            return f"en {base} {self._next['NBC']()}"
        return f"et {t_form} {self._next['NBN']()}"

    def _definite_with_adjective(self) -> str:
        e_form = _VOCAB.adjectives[next(self._adj_index)][2]
        r = self.rng.random()
        if r < 0.5:
            return f"den {e_form} {self._next['NBC']()}"
        if r < 0.75:
            return f"det {e_form} {self._next['NBN']()}"
        return f"de {e_form} {self._next['NPL']()}"

    # -- text ----------------------------------------------------------------------------
    def sentence(self) -> str:
        """One sentence: capitalised, ending with a full stop."""
        return self._sentences(1)[0][0]

    def _sentences(self, target: int) -> tuple[list[str], int]:
        """Sentences until at least ``target`` words; returns them and their word count."""
        out: list[str] = []
        words = 0
        next_main, next_tail = self._next_main, self._next_tail
        while words < target:
            fmt, slots = next_main()
            text = fmt.format(*[f() for f in slots])
            tail_fmt, tail_slots = next_tail()
            if tail_slots and fmt[-1] != "»":
                text += tail_fmt.format(*[f() for f in tail_slots])
            # Money amounts end in "kr." already.
            out.append(text[:1].upper() + text[1:] + ("" if text[-1] == "." else "."))
            words += text.count(" ") + 1
        return out, words

    def _bullet_paragraph(self) -> tuple[str, int]:
        rng = self.rng
        lines = [rng.choice(_HEADERS)]
        words = 2
        for fmt, slots in rng.choices(self._bullets, k=rng.randint(2, 5)):
            line = fmt.format(*[f() for f in slots])
            lines.append("– " + line[:1].upper() + line[1:])
            words += line.count(" ") + 1
        return "\n".join(lines), words

    def paragraph(self) -> str:
        """One paragraph of about 25–90 words."""
        target = 25 + int(self.rng.random() ** 1.5 * 65)
        return " ".join(self._sentences(target)[0])

    def note(self) -> str:
        """A note of 1–4 paragraphs (about 40–250 words) separated by blank lines."""
        rng = self.rng
        n_par = rng.choices((1, 2, 3, 4), cum_weights=_PARAGRAPHS_CUM)[0]
        low, high = 40 + 25 * (n_par - 1), 60 + 45 * n_par
        target = low + int(rng.random() * (high - low))
        per_par = target // n_par
        paragraphs: list[str] = []
        total = 0
        for i in range(n_par):
            if i and rng.random() < 0.12:
                text, words = self._bullet_paragraph()
            else:
                budget = min(per_par, _MAX_NOTE_WORDS - 20 - total)
                sentences, words = self._sentences(max(budget, 8))
                text = " ".join(sentences)
            paragraphs.append(text)
            total += words
            if total >= _MAX_NOTE_WORDS - 30:
                break
        return "\n\n".join(paragraphs)

    # -- short fields --------------------------------------------------------------------
    def title(self) -> str:
        """A 3–7 word title for a method or idea, e.g. "Fælles indgang for nyankomne familier"."""
        fields = self._title_fields
        while True:
            pattern = self.rng.choices(_TITLE_PATTERNS, cum_weights=_TITLE_CUM)[0]
            text = re.sub(r"\{(\w+)\}", lambda m: fields[m.group(1)](), pattern)
            if 3 <= len(text.split()) <= 7:
                return text

    def _adjective_noun(self) -> str:
        """An adjective and a bare singular noun that agree in gender (``tæt samarbejde``)."""
        base, t_form, _ = _VOCAB.adjectives[next(self._adj_index)]
        if self.rng.random() < 0.7:
            return f"{base} {self._next['NBC']()}"
        return f"{t_form} {self._next['NBN']()}"

    def person_name(self) -> str:
        """A first name and a surname (sometimes two), Danish or new-Danish."""
        nxt = self._next
        r = self.rng.random()
        draws = [nxt["FIRST"], nxt["LAST"]]
        if r < 0.08:
            draws.append(nxt["LAST"])
        elif r < 0.14:
            draws.insert(0, nxt["FIRST"])
        return " ".join(self._distinct(draws))

    @staticmethod
    def _distinct(draws: list[Callable[[], str]]) -> list[str]:
        """One name from each draw, none repeated ("Omar Omar" is nobody's name)."""
        names: list[str] = []
        for draw in draws:
            name = draw()
            while name in names:
                name = draw()
            names.append(name)
        return names

    def role(self) -> str:
        """A job role, e.g. "integrationskonsulent" or "afdelingschef i jobcentret"."""
        return self._next["ROLE"]()

    def stakeholder(self) -> str:
        """An organisation that could give hearing input, e.g. "Dansk Flygtningehjælp"."""
        return self._next["ORG"]()

    def question(self, theme_code: str) -> str:
        """An interview question for a theme code ("1a" … "2a"); other codes get general ones."""
        rng = self.rng
        pool = _QUESTION_T.get(theme_code, _QUESTION_T[""])
        if rng.random() < 0.1:
            pool = _QUESTION_T[""]
        text = rng.choice(pool)
        return re.sub(r"\{(\w+)\}", lambda m: rng.choice(_QUESTION_FILL[m.group(1)]), text)
