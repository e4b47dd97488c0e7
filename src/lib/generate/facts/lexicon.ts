/**
 * Word lists the extractors type names by. compromise misses many non-English names, so a
 * capitalised run is typed by the words around it: a title before it ("Mayor", "coach"), a role
 * noun in an appositive after it, a place preposition before it, an organisation word inside it.
 */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Role nouns: before a name they make it a person ("coach Joana Carvalho"). */
export const ROLE_NOUNS = set(`
president mayor governor minister premier chancellor king queen emperor empress pope cardinal prince princess duke count elector
archbishop bishop general commander colonel captain admiral secretary senator ambassador envoy diplomat negotiator delegate
founder co-founder chairman chairwoman chair ceo cfo executive officer director manager head leader chief spokesperson
spokesman spokeswoman analyst economist artist painter photographer sculptor curator scientist microbiologist glaciologist
astrobiologist biologist geologist physicist chemist researcher professor lecturer student engineer coach striker midfielder
goalkeeper defender winger full-back centre-back center-back forward substitute player teammate judge lawyer attorney
historian author writer journalist reporter editor designer architect actor actress singer musician composer teacher nurse
doctor surgeon physician officer firefighter volunteer resident survivor farmer fisherman owner tsar czar adviser advisor
administrator commissioner inspector superintendent sheriff detective prosecutor minister-president marshal diplomat regent
songwriter pianist guitarist drummer violinist cellist conductor rapper dancer poet novelist playwright filmmaker producer
comedian chef athlete runner cyclist swimmer climber rower oarsman oarswoman coxswain batsman bowler spinner opener wicketkeeper referee umpire epidemiologist
economist endocrinologist ecologist astronomer archaeologist mathematician statistician pharmacist midwife paramedic pilot councillor councilor
`);

/** Honorifics that sit next to a name but are not a role. */
export const HONORIFICS = set(
	'dr dr. mr mr. mrs mrs. ms ms. prof prof. atty atty. sir dame mx mx. rev rev. hon hon. st st. sen sen. rep rep. gov gov. gen gen. col col. capt capt. lt lt. sgt sgt. cllr cllr.'
);

/** Words inside an organisation's name. */
export const ORG_WORDS = set(`
ministry agency university bank council institute institution association office department bureau guard cross exchange
securities foundation fundação fundacion museum museu company corporation corp inc ltd llc plc group electronics systems
conseil commission committee organisation organization party army navy force forces service services court parliament
congress senate club union league federation times news post journal press television radio network airlines airways
academy school college hospital clinic laboratory observatory society trust fund authority administration police
cooperative co-operative spaceport orbital industries holdings partners capital technologies labs
`);

/** Lower-case nouns that, just before a name, make it an organisation ("the company Orbitex"). */
export const ORG_TITLES = set(
	'company firm brokerage consultancy start-up startup club bank agency group broadcaster newspaper journal airline carrier insurer retailer manufacturer maker foundation team side charity'
);

/** Acronyms that are organisations wherever they appear. */
export const KNOWN_ORGS = set('NATO CNN BBC UN EU WHO IMF ESA NASA FIFA UEFA OPEC UNICEF UNESCO IAEA WTO OECD ASEAN AFP AP IOC ECB');

/** Place words: "the Tula region", "the Sea of Azov", "Davao Oriental province". */
export const PLACE_SUFFIXES = set(
	'region oblast province county district state city town village island islands sea river ocean lake mountains mountain bay gulf strait valley peninsula desert coast delta trench neighbourhood neighborhood capital'
);

/** Prepositions after which a capitalised run is most often a place. */
export const PLACE_PREPOSITIONS = set('in over near across from to at into off outside inside around towards toward through within');

/** Verbs that attribute words to a speaker. */
export const SPEECH_VERBS = set(
	'said says added adds told tells posted wrote warned explained noted stated announced claimed insisted argued asked replied cautioned recalled continued'
);

/** Capitalised words that are never part of a name. */
export const NOT_NAMES = set(`
the a an this that these those it its he she they we i you his her their our my in on at of for from with by and but or
as while when after before during since until if because although though yet so then there here however meanwhile
additionally also amidst amid despite notably instead still just only both each every many most some all any no not
according more less today yesterday tomorrow tonight thanks now once
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december
`);

/** Nationality adjectives end like this; they describe, they are not names ("Ukrainian drones"). */
export function isDemonym(word: string): boolean {
	return /(?:ian|ean|an|ese|ish|ic|i|ch)$/i.test(word) && !/(?:stan|land)$/i.test(word) && word.length > 3;
}
