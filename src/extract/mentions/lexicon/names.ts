/**
 * Evidence that a capitalised run is a person or is not. Lower case.
 */

/** Men's given names, in the usual English spellings of Persian and Arabic names and in world news. */
export const MASCULINE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    'tony tom bill jim mike nick chris dave steve ed ted ken ben sam alex andy ron tim rob bob don',
    'gordon ian iain neil alistair harry jeremy boris nigel vince menzies jacques gerhard silvio',
    'ariel ehud benjamin shimon yasser',
    'abbas abdollah abdullah abdolkarim abdolreza abdolhamid abdolhossein abolfazl abolghasem',
    'abolqasem ahmad ahmed akbar ali alireza amin amir amirhossein arash ardeshir asghar babak',
    'bahram bahman behrouz behzad bijan dariush davood davoud ebrahim ehsan esmail ismail farhad',
    'farid faraj farzad fereydoun ghasem qasem qassem gholam gholamhossein gholamreza hadi hamed',
    'hamid hamidreza hassan hasan hashem heshmat hesam hossein hosein hossain hussein husain',
    'houshang iraj jafar javad jalal jamshid kamal kamran karim kaveh kazem kazim keyvan khalil',
    'kourosh majid mahmoud mahmud manouchehr mansour masoud massoud mehdi mahdi mehran mehrdad milad',
    'mir mirhossein mohammad mohammed muhammad mohamed mohammadreza mohammadali mohsen morteza',
    'mostafa mustafa nader naser nasser navid nima omid parviz payam peyman pouya qasim rahim ramin',
    'rasoul rasul reza rouhollah ruhollah saeed said saleh sadegh sadeq sajjad salman samad sattar',
    'shahab shahram shahin shapour siamak sina sohrab soroush taghi taqi vahid yahya yaser yasser',
    'yousef yusuf youssef zia abdul abdel khaled khalid tariq omar umar osama hamza ibrahim idris',
    'jamal kareem layth marwan mounir nabil qais rami samir tarek walid yazid ziad john james robert',
    'michael william david richard joseph thomas charles christopher daniel matthew anthony mark',
    'donald paul steven andrew kenneth george joshua kevin brian edward ronald timothy jason jeffrey',
    'ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank',
    'gregory alexander patrick raymond jack dennis jerry tyler aaron jose adam henry douglas nathan',
    'peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean',
    'arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan',
    'juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley',
    'erik lars sven nils anders jan jens olaf per tomas pavel jakub karel milan stefan hans klaus',
    'pierre jean-pierre luc marco luca giovanni carlos miguel pedro sergei dmitri ivan viktor igor',
  ]
    .join(' ')
    .split(' '),
);

/** Women's given names, likewise. */
export const FEMININE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    'atena azadeh elaheh farah fariba farideh fatemeh fatima fatemah ghoncheh golrokh leila layla',
    'mahsa maryam marjan masih mina mitra nahid narges nasrin nazanin neda niloufar nilufar parisa',
    'parvin roya sakineh samira sara sepideh shirin simin soheila somayeh sousan susan taraneh',
    'yasaman zahra zeinab zaynab zohreh ladan laleh shabnam shahla homa haleh hengameh mary patricia',
    'jennifer linda elizabeth barbara jessica sarah karen nancy lisa betty margaret sandra ashley',
    'kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon',
    'laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha',
    'katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia',
    'julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea',
    'hannah martha jacqueline frances gloria ann teresa kathryn janice jean alice madison doris',
    'abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana',
    'brittany natalie',
    'petra lotta ingrid karin astrid greta sofia elena ana eva ida maja ulrike monika claire sophie',
    'chiara giulia carmen lucia olga irina natalia svetlana',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Given names common in the corpus's region and in world news. A run that starts with one is a
 * person's name; spellings not listed still count when the run has a title or a person's context, so
 * these lists only add recall (and a gender, which keeps "Mrs. Karbasi" from her husband).
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...MASCULINE_GIVEN_NAMES,
  ...FEMININE_GIVEN_NAMES,
  ...[
    'boris vladimir sergei sergey dmitry emmanuel angela recep tayyip bashar hosni saddam muammar',
    'barack hillary nicolas antonio giuseppe jean francois pierre hans klaus javier carlos luis',
    'pedro miguel xi narendra imran nawaz benazir shinzo kim moon yoon justin jacinda',
  ]
    .join(' ')
    .split(' '),
]);

/**
 * Capitalised words common in names of things, never in a person's name: a run holding one of them
 * is an organisation, place, event or other thing, not a person ("Islamic Republic", "White House").
 */
export const THING_WORDS: ReadonlySet<string> = new Set(
  [
    'republic islamic national united states state kingdom house white human rights security',
    'green red crescent supreme federal central general international foreign affairs public democratic',
    'people popular revolutionary revolution guardian guardians expediency discernment assembly experts',
    'guidance culture intelligence interior justice defence defense economy oil energy health education',
    'labour labor welfare trade industry industries mine mines roads urban development science research',
    'technology communications information technology sports youth women family affairs cultural',
    'resistance martyrs martyr foundation mostazafan relief committee holy shrine',
    'friday prayer prayers new old great grand high low upper lower middle first second third last',
    'world global east west north south northern southern eastern western central gulf persian',
    'arab african american european asian atlantic pacific islamic christian jewish muslim shia sunni',
    'internet online web twitter facebook instagram telegram whatsapp youtube google apple microsoft',
    'iran iraq syria israel russia china america britain france germany europe turkey lebanon',
    'covid coronavirus olympic olympics world cup league premier championship',
    'nuclear deal agreement treaty accord plan joint comprehensive action jcpoa sanctions',
    'day week year month spring summer autumn fall winter news daily times press post',
    'square street avenue road province city capital county district region village town',
    'university school college hospital prison court ministry council agency party army navy',
  ]
    .join(' ')
    .split(' '),
);

/** Verbs right after a name that make it a person: "Karimi said", "Nouri told", "Tavakoli added". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'said says told tells added adds stated states wrote writes asked asks replied answered explained',
    'claimed claims insisted insists argued argues warned warns noted notes recalled recalls denied',
    'denies confirmed confirms announced announces declared declares tweeted posted urged urges',
    'stressed stresses acknowledged admitted complained testified alleged alleges pleaded',
  ]
    .join(' ')
    .split(' '),
);

/** The gender a given name says, when the lists know it. */
export function genderOfGivenName(name: string | undefined): 'f' | 'm' | null {
  if (!name) return null;
  if (FEMININE_GIVEN_NAMES.has(name)) return 'f';
  return MASCULINE_GIVEN_NAMES.has(name) ? 'm' : null;
}
