// Names of instruments and organisations outside the catalogue: where a capitalised run starts and ends as a
// name, organisations a state joins or leaves as it would a treaty, and listed short names that only begin a
// longer name. Used by findTreaties (gazetteer.ts).
import { provisionalTreatyId } from '../provisional';
import { cataloguedIds, type Gazetteer, isWordChar, NOT_INSTRUMENT, NOT_NAME, qualifiesNoun } from './mentions';
import { matchesOf, patternOf } from './match-all';

// Organisations outside the catalogue, which a state joins or leaves as it would a treaty ("the Commonwealth of
// Independent States", "the International Organization for Migration", "the African Union"). Catalogued names are
// matched before and win.
const ORG_W = String.raw`${NOT_NAME}[A-Z][\p{L}'’-]+`;
const UNLISTED_ORG = new RegExp(
  String.raw`\b(?:(?:UN|U\.N\.) )?(?:${ORG_W} (?:(?:and|for|of) (?=[A-Z]))?){0,5}(?:Organi[sz]ation|Union|Commonwealth|Community|Partnership|Forum|Association|Alliance|Agency|Bank|Court|Council|Conference)\b(?:(?: Internationale)? (?:of|for|de|(?<=Conference )on) (?:the |la |l['’])?${ORG_W}(?: (?:and |of |for |de |la )*${ORG_W}){0,4})?(?: \(([A-Z][A-Za-z]{1,7})\))?`,
  'gu',
);
// Words of political parties and movements, not intergovernmental bodies ("the Christian Democratic Union").
const PARTY_WORD =
  /\b(?:Democratic|Christian|Socialist|Social|Conservative|Liberal|Labour|Labor|Freedom|Popular|Patriotic|Party|Front|Movement|Workers|Greens?|Farmers|Peasants|Homeland|Forces|Citizens|Scientists|Journalists|Lawyers|Employers|Terror|Terrorist|Liberation|Students?|Football|Rugby|Credit|Trade|Civil|Liberties|Bar|Medical|Press|Rifle|Players|Business|Bankers|Industry|Teachers|Nurses|Police|Olympic|Athletics|Cricket|Basketball|Tennis|Golf|Chess|Economic Forum|Youth|Media|Left|Right|Centre|Center|Progressive|Reform|Coalition|People['’]s|Nationalist|Radical|Revolutionary|Republican|Opposition)\b/;
// "Partnership" names a grouping states join or leave ("the Trans-Pacific Partnership") only with a word of its own.
const GENERIC_PARTNERSHIP =
  /^(?:Strategic|Comprehensive|Economic|Enhanced|Global|Regional|Bilateral|Multilateral|Special|Privileged|Trade|Investment|Security|Defen[cs]e|Energy|New|and|for|of|the)$/;
const ORG_DET =
  /^(?:(?:The|This|That|In|On|Under|After|Before|From|Of|Its|Their|Most|Many|Some|All|Several|Other|Both|Each|Every|Non) )+/;
// "deposited its instrument with the African Union", "Nigeria's Mission to the African Union": the organisation is
// the depositary or the host of an envoy, not what the state joins or leaves.
// "adopted by the African Union", "sent to the African Union for verification": the body that wrote or checks an
// instrument, not one joined.
const NOT_OBJECT_BEFORE =
  /(?:\bwith|\b(?:[Mm]ission|[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegation|[Dd]elegate)s?\s+(?:to|at)|\b(?:adopted|drafted|negotiated|sponsored|endorsed)\s+by|\b(?:sent|submitted|forwarded|transmitted)\s+to)\s+(?:the\s+)?$/;
// "the treaty on Armenia's accession to the Eurasian Economic Union": an accession treaty is an instrument of its
// own, named by that phrase, not the organisation it leads into.
export const ACCESSION_TREATY = new RegExp(
  String.raw`\b(?:[Tt]reaty|[Aa]greement|[Pp]rotocol) (?:of|on|concerning) (?:(?:the )?[A-Z][\p{L}-]+['’]s )?(?:accession|joining|membership)(?: (?:to|in|of))? (?:the )?${ORG_W}(?: (?:of |and |for )*${ORG_W}){0,6}`,
  'gu',
);
// Organisations reporting names by a short name alone ("joined Interpol", "Brazil rejoins CELAC"). The id is the
// short name's, as an article that never writes the name out is labelled; an acronym the article defines takes the
// full name (acronyms.ts).
const KNOWN_ORG =
  /(?<![\p{L}\p{N}-])(?:INTERPOL|Interpol|ASEAN|CELAC|UNASUR|Unasur|ALBA|CARICOM|Caricom|MERCOSUR|Mercosur|SADC|IGAD|ECCAS|CEMAC|CIS|EAC|G5[ -]Sahel|Francophonie)(?![\p{L}\p{N}-])/gu;
// Where a state's act reaches an organisation named by its short name: after a preposition, an article or a verb
// of joining or leaving, or before "membership". As a subject ("Interpol said") it is the body acting.
const KNOWN_OBJECT_BEFORE =
  /\b(?:the|of|from|to|in|into|join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|left|leaves?|leaving|quit(?:s|ting)?|exit(?:s|ed|ing)?)\s+$/i;
// The same, written in the middle of a sentence ("left the Pacific Islands Forum", not "The Forum said").
const OBJECT_BEFORE_CS =
  /\b(?:the|of|from|to|in|into|(?:re)?join(?:s|ed|ing)?|left|leaves?|leaving|quit(?:s|ting)?|exit(?:s|ed|ing)?)\s+$/;
// "the Agreement on the establishment of the International Investment Bank": the bank is a word of the instrument.
const FOUNDING_OF = /\b(?:establish\w*|organi[sz]ation|creat\w*|founding) of (?:the )?$/i;
// "the EU-led Eastern Partnership", "the EU's Eastern Partnership": who leads or owns the body is no word of its name.
const BASED = /^(?:(?:\p{Lu}\p{L}+ )*\p{Lu}[\p{L}-]*-(?:based|led|backed|dominated) |\p{Lu}+['’]s (?=\p{Lu}))/u;
// Banks and courts of states: a development or investment bank under an international name, a regional court of
// human rights or of justice.
const INTERNATIONAL_BODY =
  /^(?:International|Asian|African|Inter-American|Islamic|Eurasian|Caribbean|New)\b.*\bBank\b|^(?:Inter-American|African|Caribbean|East African)\b.*\bCourt\b/;
// "the Security Council", "the Federation Council", "the Council of Ministers", "a Conference of the Parties".
const ORGAN =
  /\b(?:Security|Federation|Ministers|National|Supreme|Constitutional|Legislative|Executive|Privy|City|Town|County|Municipal|State|Military|Governing|Transitional|Presidential|Sovereign|Guardian|Advisory|Parties|Press|Review|Peace|Donors?|Investment|Business)\b/;
const KNOWN_MEMBERSHIP_AFTER = /^(?:['’]s)?\s+(?:membership|accession|exit|withdrawal|departure)\b/i;

/** True when `text` holds a well-known short name of an organisation. */
export function usesKnownOrganisation(text: string): boolean {
  KNOWN_ORG.lastIndex = 0;
  const hit = KNOWN_ORG.test(text);
  KNOWN_ORG.lastIndex = 0;
  return hit;
}

/** True for a well-known short name of an organisation (see KNOWN_ORG). */
export function isKnownOrganisation(short: string): boolean {
  return new RegExp(`^(?:${KNOWN_ORG.source})$`, 'u').test(short);
}

/** The id an organisation named only by a well-known short name gets (see KNOWN_ORG). */
export function knownOrganisationId(short: string): string {
  return provisionalTreatyId(short);
}

export function unlistedOrganisations(
  text: string,
  g: Gazetteer,
  push: (start: number, end: number, treaty: string | null, org: boolean, name?: string) => void,
): void {
  for (const m of matchesOf(text, UNLISTED_ORG)) {
    const lead = ORG_DET.exec(m[0])?.[0] ?? '';
    // "the Budapest-based International Investment Bank": where the body sits is no word of its name.
    const det = lead + (BASED.exec(m[0].slice(lead.length))?.[0] ?? '');
    const whole = m[0].slice(det.length);
    const name = m[1] ? whole.slice(0, whole.lastIndexOf(' (')) : whole;
    const start = m.index! + det.length;
    const end = m.index! + m[0].length;
    // "the Commonwealth" on its own is the organisation; a bare "Union" or "Community" is not a name.
    if (!/\s/.test(name) && !(name === 'Commonwealth' && /\bthe $/i.test(text.slice(Math.max(0, start - 4), start))))
      continue;
    if (PARTY_WORD.test(name) || /\b(?:European Union|European Community|EU)$/.test(name)) continue;
    // "a Free Trade Association", "the Regional Forum": a kind of body, not the name of one.
    if (
      /(?:Forum|Association|Alliance)$/.test(name) &&
      name
        .split(/\s+/)
        .slice(0, -1)
        .every((w) => GENERIC_PARTNERSHIP.test(w))
    )
      continue;
    // "a Strategic Partnership", "the Economic Partnership": a kind of arrangement, not the name of one; an acronym
    // defined for it ("the Regional Comprehensive Economic Partnership (RCEP)") makes it a name.
    if (
      !m[1] &&
      /Partnership$/.test(name) &&
      name
        .split(/\s+/)
        .slice(0, -1)
        .every((w) => GENERIC_PARTNERSHIP.test(w))
    )
      continue;
    // A state ("the Soviet Union"), an organ of the body ("the African Union Commission"), a place in its name.
    if (g.stateLookup.has(name) || startsWithState(name, g) || /\bSoviet\b/.test(name)) continue;
    if (NOT_INSTRUMENT.test(text.slice(end, end + 14)) || qualifiesNoun(text, start, end)) continue;
    if (NOT_OBJECT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "the International Energy Agency": an agency is an intergovernmental body only under an international name
    // (not "the National Security Agency", "the Andean News Agency"), and, like a Forum, only where a state's act
    // reaches it.
    if (
      /Agency$/.test(name) &&
      (!/^(?:International|Multilateral|Intergovernmental|World)\b/.test(name) ||
        /\b(?:News|Press|Intelligence|Security|Police|Enforcement)\b/.test(name) ||
        (!OBJECT_BEFORE_CS.test(text.slice(Math.max(0, start - 16), start)) &&
          !KNOWN_MEMBERSHIP_AFTER.test(text.slice(end, end + 30))))
    )
      continue;
    // A bank or a court is a body states join or leave only under an international name ("the International
    // Investment Bank", "the Inter-American Court of Human Rights"; not "the World Bank" lending, "the Supreme Court"),
    // and only where a state's act reaches it.
    if (
      /(?:Bank|Court)\b/.test(name) &&
      (!INTERNATIONAL_BODY.test(name) ||
        FOUNDING_OF.test(text.slice(Math.max(0, m.index! + lead.length - 40), m.index! + lead.length)) ||
        (!OBJECT_BEFORE_CS.test(text.slice(Math.max(0, m.index! + lead.length - 16), m.index! + lead.length)) &&
          !KNOWN_MEMBERSHIP_AFTER.test(text.slice(end, end + 30))))
    )
      continue;
    // A Forum, an Association, an Alliance, a Council or a Conference is as often a body of others (a coalition, a
    // lobby, a state's organ) that speaks as one states join: it is read only where a state's act reaches it, never as
    // the sentence's subject; a Council or Conference of one state or of another body is its organ, not one joined.
    if (
      /(?:Council|Conference)\b/.test(name) &&
      (ORGAN.test(name) || /^(?:Council|Conference) (?!of the \S+ \S)/.test(name))
    )
      continue;
    if (
      /(?:Forum|Association|Alliance|Council|Conference)$/.test(name) &&
      !OBJECT_BEFORE_CS.test(text.slice(Math.max(0, start - 16), start)) &&
      !KNOWN_MEMBERSHIP_AFTER.test(text.slice(end, end + 30))
    )
      continue;
    // "the United Nations Educational, Scientific and Cultural Organization": the end of a longer, listed name.
    const before = /(?:[A-Z][\p{L}'’-]+ )*[A-Z][\p{L}'’-]+, $/u.exec(text.slice(Math.max(0, start - 60), start));
    const pid = provisionalTreatyId(before ? before[0] + name : name);
    const known = cataloguedIds(g, pid);
    if (known.length === 1) push(before ? start - before[0].length : start, end, known[0], true);
    else if (!before) {
      push(start, end, pid, true, name);
      // "notified UNASUR that it is leaving the Union of South American Nations (UNASUR)": the acronym the
      // sentence defines is the same organisation wherever the sentence uses it.
      if (m[1])
        for (const a of matchesOf(text, patternOf(`\\b${m[1]}\\b(?!\\))`, 'g')))
          if (a.index! < start || a.index! >= end) push(a.index!, a.index! + m[1].length, pid, true, name);
    }
  }
  // After the full names, so that an acronym a sentence defines keeps the full name's id.
  for (const m of matchesOf(text, KNOWN_ORG)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (
      !KNOWN_OBJECT_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
      !KNOWN_MEMBERSHIP_AFTER.test(text.slice(end, end + 30))
    )
      continue;
    // No `name`: a short name is no capitalised description a Title Case headline could hold.
    push(start, end, knownOrganisationId(m[0]), true);
  }
}
const NAME_NOUN =
  /\b(?:Conventions?|Treat(?:y|ies)|Agreements?|Protocols?|Accords?|Charter|Statute|Covenant|Constitution)\b/;
const OFFICE =
  /^(?:the )?(?:[A-Z]{2,5} )?(?:Chair(?:person|man|woman)?|President|Prime Minister|Minister|Secretary|Secretary-General|Parliament|Senate|Congress|Assembly|Federal Assembly|National Assembly|Government|Depositary|Speaker|King|Queen)\b/;
/** The first word of `seg` begins a state's name, capital or institution ("Spain", "the State Duma"). */
function startsWithState(seg: string, g: Gazetteer): boolean {
  const t = seg.replace(/^the /, '');
  const w = /^[\p{L}]+/u.exec(t)?.[0];
  return !!w && (g.stateIndex.get(w) ?? []).some((c) => t.startsWith(c) && !isWordChar(t[c.length]));
}
// Verbs of headline case ("Chad Ratifies Key Treaty on ...", "Sahel States Sign Treaty"): a name does not hold them.
const HEADLINE_VERB =
  /\b(?:Ratif(?:y|ies)|Signs?|Joins?|Rejoins?|Quits?|Leaves?|Exits?|Withdraws?|Suspends?|Approves?|Backs?|Rejects?|Denounces?|Targets?|Adopts?|Accedes?|Ditch(?:es)?|Scraps?|Pulls?|Urges?|Welcomes?|Hails?|Slams?)(?: (?:From|To|Out Of|Out|On|With|Into|Up))? /g;
/** Where a name starts after the subject and verb of a headline-cased line (0 when there is none). */
export function headlineVerbEnd(run: string): number {
  const head = /\b(?:Convention|Treaty|Agreement|Protocol|Accord)s?\b/.exec(run);
  let end = 0;
  for (const v of matchesOf(run.slice(0, head ? head.index : run.length), HEADLINE_VERB)) end = v.index! + v[0].length;
  return end;
}
const VENUE =
  / (?:on|at) (?:the )?(?:[A-Z][\p{L}'’-]+ ){0,3}?(?:Lawn|Gardens?|Room|Hall|Palace|Square|Sidelines|White House|Kremlin)\b/u;
/**
 * A capitalised run read as a name, cut where the name ends: a comma stays only inside a list that closes with
 * "and"/"or" and names no state ("Friendship, Cooperation and Partnership"); "to" stays unless what follows is the
 * office or parliament the instrument is sent to ("... on Corruption to the State Duma").
 */
export function trimName(name: string, g: Gazetteer): string {
  // "the Abraham Accords on the South Lawn of the White House": the ceremony's venue, not the name's complement.
  const venue = VENUE.exec(name);
  let out = venue ? name.slice(0, venue.index) : name;
  const comma = out.indexOf(', ');
  if (comma >= 0) {
    const segs = out.slice(comma + 2).split(', ');
    // "Amity, Economic Relations, and Consular Rights": a serial comma before the closing "and" of a list of two or more.
    const last = segs.length > 1 && /^(?:and|or) /.test(segs[segs.length - 1]) ? segs.length - 1 : segs.length;
    const closes = last < segs.length || / (?:and|or) /.test(segs[segs.length - 1]);
    if (
      !closes ||
      segs.some((x, i) => startsWithState(x.replace(/^(?:and|or) /, ''), g) || (i < last && /^(?:and|or) /.test(x)))
    )
      out = out.slice(0, comma);
  }
  // "the Abraham Accords on the South Lawn of the White House": a place the act happened at ends the name.
  const place = / (?:on|at|in) the (?:[A-Z][\p{L}-]+ )?(?:Lawn|Square|Palace|Castle|Sidelines)\b/u.exec(out);
  if (place && NAME_NOUN.test(out.slice(0, place.index))) out = out.slice(0, place.index);
  for (let at = out.indexOf(' to '); at >= 0; at = out.indexOf(' to ', at + 4)) {
    const tail = out.slice(at + 4);
    if (!NAME_NOUN.test(tail) && (OFFICE.test(tail) || startsWithState(tail, g))) {
      out = out.slice(0, at);
      break;
    }
  }
  return out;
}
/**
 * A listed short name that is only the start of another instrument's name: "the European Convention on the
 * Suppression of Terrorism" is not the ECHR ("the European Convention"), and "the Second Optional Protocol to the
 * ICCPR" is not its first. The whole name is read again as a name (a listed one, or one outside the catalogue).
 */
export function shortOfLongerName(text: string, start: number, end: number, key: string): boolean {
  if (
    /^(?:european|american|african|international|inter american|united nations|un) (?:convention|treaty|charter)$/.test(
      key,
    ) &&
    /^\s+(?:on|for|against|of|concerning)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 30))
  )
    return true;
  return (
    /^(?:optional |additional )?protocol\b/.test(key) &&
    /\b(?:Second|Third|Fourth|second|third|fourth|2nd|3rd)\s+$/.test(text.slice(Math.max(0, start - 8), start))
  );
}
