// Provisional ids for instruments outside the catalogue ("the Bonn Convention", "the Treaty of
// Pelindaba" before it was catalogued): derived from the name alone, so two articles that spell
// the name differently still meet in one timeline. An operator promotes an instrument by adding
// its record; until then its developments are tracked against the news only.

const PREFIX = 'provisional-';
const HEADS = new Set([
  'convention',
  'treaty',
  'agreement',
  'protocol',
  'accord',
  'charter',
  'statute',
  'pact',
  'covenant',
  'constitution',
  'amendment',
]);
// Words that change between spellings of one name and say nothing about which instrument it is.
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'for',
  'to',
  'and',
  'in',
  'at',
  'by',
  'with',
  'between',
  'against',
  'concerning',
  'relating',
  'regarding',
  'about',
  // "the UN ...", "... of the United Nations": a qualifier reporting adds or leaves out, never what tells two apart.
  'un',
  'its',
  'their',
  'new',
  'so',
  'called',
  // French articles in names written in French ("Organisation Internationale de la Francophonie").
  'de',
  'la',
  'le',
  'les',
  'du',
  'des',
  'l',
  'd',
]);
// An organisation (no instrument noun in its name): these words come and go between its English and French
// names and say nothing about which one it is; its own words stay ("World Tourism", "Francophonie").
const ORGANISATION_WORDS = new Set(['international', 'internationale', 'organization']);

// One word for one idea where reporting varies ("the treaty on Armenia's joining/accession to ...").
const SYNONYMS: Record<string, string> = { joining: 'accession' };

/** One spelling for British and American forms of a word: "neighbourliness", "labour", "organisation". */
function spelling(w: string): string {
  return w.length < 6 ? w : w.replace(/([bvnlr])our/, '$1or').replace(/isation/, 'ization');
}

/** True for an id made by provisionalTreatyId (a treaty outside the catalogue). */
export function isProvisionalTreaty(id: string): boolean {
  return id.startsWith(PREFIX);
}

/**
 * A stable id from an instrument's name: case, accents, punctuation, articles, "United Nations"/"UN",
 * plurals of the head noun and the order "Convention on X" / "X Convention" do not change it.
 * "the Treaty of Rome" and "Rome Treaty" → provisional-treaty-rome.
 */
export function provisionalTreatyId(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/\bunited nations\b|\bu\.n\./g, 'un')
    .replace(/\b(?:19|20)\d\d\b/g, ' ') // "the 1979 Bonn Convention" = "the Bonn Convention"
    // Plain spelling variants of one name: "Co-operation"/"Cooperation", "the Commonwealth (of Nations)".
    .replace(/\b(co|non|anti|inter|multi)-(?=\p{L})/gu, '$1')
    .replace(/\bcommonwealth of nations\b/g, 'commonwealth')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(spelling)
    .map((w) => (HEADS.has(w.replace(/s$/, '')) ? w.replace(/s$/, '') : (SYNONYMS[w] ?? w)));
  const at = words.findIndex((w) => HEADS.has(w));
  const head = at >= 0 ? words[at] : 'instrument';
  const rest = (at >= 0 ? [...words.slice(0, at), ...words.slice(at + 1)] : words).filter(
    (w) => !STOP.has(w) && !HEADS.has(w) && (at >= 0 || !ORGANISATION_WORDS.has(w)),
  );
  // "this UN Convention": with nothing else, "UN" is all the name there is (no bare "Convention").
  if (!rest.length && words.includes('un')) rest.push('un');
  return `${PREFIX}${[head, ...rest].slice(0, 9).join('-')}`;
}
