import { skeleton } from './normalize';

/**
 * Words that say nothing about the topic of a call. Besides the usual Danish function words, this
 * holds what callers wrap their question in ("jeg vil gerne vide hvordan man ...") and the family
 * members they speak for ("min mor kan ikke ..."), which would otherwise match guides at random.
 * Compared in skeleton form, so "pa" and "naar" are caught as well as "på" and "når".
 */
const words = `
og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde
ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne
ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden
hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi
jer sådan dit dine vores jeres dens dets andre andet hver hvert samme nogen ingen intet
kan må måtte bør burde får fik fået gør gjorde gjort haft blevet kunnet skullet villet
siger sagde sagt tror troede synes syntes ved vidste vidst vide hedder hed
hvordan hvornår hvem hvorfor hvilken hvilket hvilke hvorhen hvorledes hvordan
så nok vel lige bare godt helt igen allerede stadig snart længere endnu altså egentlig måske
altid aldrig ofte tit sjældent kun næsten
gerne rigtig rigtigt lidt mere mest meget sådan således også
før efter uden gennem mellem omkring bag foran inden via pr hen henne
derhenne dernede derude derovre deroppe derinde derhjemme herhjemme herude
hej goddag davs tak ja nej okay ok øh nå halløj undskyld
bor boede
pga fordi mht ift ifm vedr vedrørende angående ang osv fx evt ca iflg ifølge
hallo hallø øjeblik moment vent
`;

/** The people a caller speaks for: stop words, but also the last part of compounds ("domsmand"). */
const people = `
mand kone hustru ægtefælle mor far moder fader bror søster svigermor svigerfar
ven veninde kæreste
mors fars moren faren morens farens mandens konens mormor morfar
farmor farfar bedstemor bedstefar oldemor svigersøn svigerdatter barnebarn svigerinde svigerforældre
`;

/** The words of a list written one after another, in skeleton form for lookups. */
const wordsOf = (list: string) => list.split(/\s+/).filter((w) => w.length > 0);
const skeletonsOf = (list: string) => new Set(wordsOf(list).map((w) => skeleton(w)));
const peopleSkeletons = skeletonsOf(people);
const stopSkeletons = new Set([...skeletonsOf(words), ...peopleSkeletons]);

/**
 * A stop word that may still end a compound typed in two words: "doms mand" is domsmand, "pleje
 * mor" plejemor, but "hav en" is no "haven". `word` is deaccented.
 */
export function isPersonWord(word: string): boolean {
  return peopleSkeletons.has(skeleton(word));
}

/** `word` is deaccented (see normalize.ts). */
export function isStopWord(word: string): boolean {
  return stopSkeletons.has(skeleton(word));
}

/**
 * Verbs callers use to frame any request ("hvem ordner det", "kan I hjælpe med at finde", "X virker
 * ikke", "jeg har fået en besked om ..."). They may still matter, so they are not dropped, but they
 * count half as much as the words of the topic.
 */
export const framingVerbs: readonly string[] = wordsOf(`sidde sidder sad holde holder holdt finde finder fandt
  mangle mangler manglede ordne ordner lave laver lavet laves tage tager tog give giver gav bruge bruger
  brugte kende kender prøve prøver prøvet høre hører hørt spørge spørger spurgt komme kommer kom kommet
  stå står stod ligge ligger lå tale taler snakke hjælpe hjælper hjulpet ringe ringer ringet virke
  virker virkede fungere fungerer fungerede søge søger søgte søgt besked beskeden`);
/** The child a parent calls about: half weight too, leaning to "barn" in the lexicon. */
const children = ['søn', 'sønnen', 'sønnens', 'datter', 'datteren', 'datterens'];
const weakSkeletons = new Set([...framingVerbs, ...children].map((w) => skeleton(w)));

/** `word` is deaccented (see normalize.ts). */
export function isWeakWord(word: string): boolean {
  return weakSkeletons.has(skeleton(word));
}

/**
 * When a caller places the call in time ("før sommerferien", "i morges", "siden mandag"). Like an
 * age or an hour, this is no topic unless the guides use the word (a guide on holiday care may say
 * "sommerferien"); a word no guide knows would otherwise count fully against every answer.
 */
const timeSkeletons =
  skeletonsOf(`januar februar marts april maj juni juli august september oktober november december
  mandag tirsdag onsdag torsdag fredag lørdag søndag weekend weekenden weekender
  morgen morges formiddag formiddagen eftermiddag eftermiddagen aften aftenen nat natten
  idag igår imorgen imorges iaften inat dag dagen dage dagene uge ugen uger måned måneden måneder
  sommer sommeren vinter vinteren forår foråret efterår efteråret jul julen påske påsken
  sommerferie sommerferien vinterferie vinterferien efterårsferie efterårsferien juleferie juleferien
  påskeferie påskeferien nytår nytåret
  siden længe længere snart straks tidligere senere sidst sidste næste forrige`);

/** `word` is deaccented (see normalize.ts). */
export function isTimeWord(word: string): boolean {
  return timeSkeletons.has(skeleton(word));
}

/**
 * Where in the municipality the caller lives ("skraldespand i Virum", "jobopslag Lyngby-Taarbæk"):
 * like a framing verb, half weight and no part of the topic when the guide does not name it. The
 * towns and districts only: a lake or a park may be what the question is about.
 */
const placeSkeletons =
  skeletonsOf(`lyngby lyngby-taarbæk lyngbytaarbæk taarbæk kongens virum sorgenfri hjortekær lundtofte brede
  raadvad ulrikkenborg fuglevad bondebyen`);

/** `word` is deaccented (see normalize.ts). */
export function isPlaceWord(word: string): boolean {
  return placeSkeletons.has(skeleton(word));
}

/**
 * Numbers written as words ("min søn bliver seks", "vi er blevet fem"): like digits, an age or a
 * count is no topic unless the guides use it, and "seks" is no misspelling of anything.
 */
const numberSkeletons =
  skeletonsOf(`to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten
  tyve tredive fyrre halvtreds tres halvfjerds firs halvfems hundrede tusind
  tredje fjerde femte sjette syvende ottende niende tiende`);

/** `word` is deaccented (see normalize.ts). */
export function isNumberWord(word: string): boolean {
  return numberSkeletons.has(skeleton(word));
}
