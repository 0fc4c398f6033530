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
// "establishing"/"establishment" and "deed of accession"/"accession": one word for one idea.
const SYNONYMS: Record<string, string> = {
  joining: 'accession',
  establishing: 'establishment',
  establishes: 'establishment',
  established: 'establishment',
};

/**
 * One number for a word: "Investments"/"Investment", "Disappearances", "Persons with Disabilities". A plain English
 * plural in -s only (not -ss, -us, -is, -as, -os, -ies: "Status", "Basis", "Ecowas", "Species"), and only in words of
 * five letters or more, so that short acronyms and names ("Arms", "Laos") keep their letters.
 */
function singular(w: string): string {
  return w.length >= 5 && /[^suiao]s$/.test(w) && !/ies$/.test(w) ? w.slice(0, -1) : w;
}

/** One spelling for British and American forms of a word: "neighbourliness", "labour", "organisation". */
function spelling(w: string): string {
  return w.length < 6 ? w : w.replace(/([bvnlr])our/, '$1or').replace(/isation/, 'ization');
}

// "the International Solar Alliance's (ISA) Framework Agreement": an acronym defined inside the name is no word of it.
const BRACKETED_ACRONYM = /\s*\(\s*[A-Z][A-Za-z.+&-]{1,9}\s*\)/g;
// "the IMO's Ballast Water Management Convention": the body whose convention it is, written as an acronym owning it,
// comes and goes between reports of one instrument.
const SPONSOR_OWNS = /^(?:the\s+)?[A-Z]{2,6}['’]s\s+(?=\p{L})/u;
// One spelling for the partners reporting names most often in short ("US", "U.S.", "UK", "E.U."): an instrument
// "with the US" is the one "with the United States". Capitals only, so that the pronoun "us" stays a word.
const PARTNERS: [RegExp, string][] = [
  [/(?<![\p{L}.])U\.S\.(?:A\.)?|(?<![\p{L}.])USA?(?![\p{L}])|\bUnited States of America\b/gu, 'United States'],
  [
    new RegExp(
      String.raw`(?<![\p{L}.])U\.K\.|(?<![\p{L}.])UK(?![\p{L}])|\bUnited Kingdom of Great Britain and Northern Ireland\b` +
        String.raw`|\b(?:Great )?Britain\b`,
      'gu',
    ),
    'United Kingdom',
  ],
  [/(?<![\p{L}.])E\.U\.|(?<![\p{L}.])EU(?![\p{L}])/gu, 'European Union'],
];
function partnersSpeltOneWay(name: string): string {
  return /U\.?[SKA]|E\.?U|Britain|United States/.test(name)
    ? PARTNERS.reduce((s, [re, to]) => s.replace(re, to), name)
    : name;
}
// "the Agreement on ... of Investments between Tanzania and the Netherlands": the parties a name closes with are
// how one report writes it out, not which instrument it is (the state of a claim says whose it is). Parties in the
// middle of a name ("Agreement between X and Y on Fisheries") and a partner after "with" stay.
const CLOSING_PARTIES =
  /\s+between\s+(?!.*\b(?:on|about|concerning|regarding|relating|for|in|to|with)\b)\S.*\sand\s.*$/i;
function withoutParties(name: string): string {
  if (!/ between /i.test(name)) return name;
  const cut = name.replace(CLOSING_PARTIES, '');
  // "the Agreement between Chile and Peru": with the parties gone there would be no name left.
  const left = cut
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w) && !HEADS.has(w.replace(/s$/, '')));
  return left.length ? cut : name;
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
  const words = withoutParties(partnersSpeltOneWay(name.replace(BRACKETED_ACRONYM, ' ').replace(SPONSOR_OWNS, '')))
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
    .map((w) => {
      // "Treaties", "Conventions": the head noun in the plural is the same head.
      const one = w.replace(/ies$/, 'y').replace(/s$/, '');
      return HEADS.has(one) ? one : singular(SYNONYMS[w] ?? w);
    });
  const at = words.findIndex((w) => HEADS.has(w));
  const head = at >= 0 ? words[at] : 'instrument';
  const rest = (at >= 0 ? [...words.slice(0, at), ...words.slice(at + 1)] : words).filter(
    (w) => !STOP.has(w) && !HEADS.has(w) && (at >= 0 || !ORGANISATION_WORDS.has(w)),
  );
  // "this UN Convention": with nothing else, "UN" is all the name there is (no bare "Convention").
  if (!rest.length && words.includes('un')) rest.push('un');
  return `${PREFIX}${[head, ...rest].slice(0, 9).join('-')}`;
}

interface Parsed {
  id: string;
  head: string;
  words: Set<string>;
  order: string[];
}
/** "cis" for "commonwealth-independent-state": a word that is the initials of a run of the fuller name's words. */
function initialsIn(w: string, order: string[]): boolean {
  if (w.length < 2 || w.length > 6) return false;
  for (let i = 0; i + w.length <= order.length; i++)
    if (order.slice(i, i + w.length).every((x, k) => x[0] === w[k])) return true;
  return false;
}
// Words an organisation's agreement adds to the organisation's own name ("the International Coffee Organization"
// administers "the International Coffee Agreement"; "the Framework Agreement of the International Solar Alliance").
const AGREEMENT_OF_ORGANISATION = new Set(['international', 'framework', 'intergovernmental']);
/**
 * `a`'s words all stand in the fuller `b`, under the same head noun; or `a` is an organisation (no head noun) and `b`
 * the agreement bearing its name, with nothing beside but the words such agreements add (not "establishment": the
 * treaty that founds a community is no stand-in for membership of it).
 */
function within(a: Parsed, b: Parsed): boolean {
  if (a.words.size >= b.words.size || ![...a.words].every((w) => b.words.has(w) || initialsIn(w, b.order)))
    return false;
  if (a.head === b.head) return true;
  return a.head === 'instrument' && [...b.words].every((w) => a.words.has(w) || AGREEMENT_OF_ORGANISATION.has(w));
}

/**
 * One id per instrument within an article: a provisional id whose words all stand in exactly one fuller provisional
 * id of the same head ("the Friendship Treaty" … "the Treaty of Friendship, Cooperation and Partnership") takes that
 * fuller name's id, whatever the words' order. Where two fuller names hold it (the extradition treaties with Canada
 * and with Britain) it is left alone. Returns short id → fullest id.
 */
export function fullerProvisionalIds(ids: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const parsed: Parsed[] = [];
  for (const id of new Set(ids)) {
    if (!isProvisionalTreaty(id)) continue;
    const [head, ...words] = id.slice(PREFIX.length).split('-');
    parsed.push({ id, head, words: new Set(words), order: words });
  }
  if (parsed.length < 2) return out;
  for (const p of parsed) {
    if (!p.words.size) continue;
    const fuller = parsed.filter((q) => within(p, q));
    const top = fuller.filter((q) => !fuller.some((r) => within(q, r)));
    if (top.length === 1) out.set(p.id, top[0].id);
  }
  return out;
}
