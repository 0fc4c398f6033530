// Bilateral treaties outside the catalogue, named by their subject and the other party ("its extradition treaty
// with Hong Kong", "the free trade agreement with Ukraine", "the agreement with Ukraine on the Sea of Azov and the
// Kerch Strait"): the words as written are the name, so every article that writes them meets in one timeline.
import { provisionalTreatyId } from '../provisional';
import { type Gazetteer, isWordChar, NOT_NAME } from './mentions';
import { matchesOf } from './match-all';

const CAP = String.raw`${NOT_NAME}\p{Lu}[\p{L}'’-]+`;
// Territories that conclude treaties of their own under another state's flag.
const TERRITORY = /^(?:Hong Kong|Macau|Macao)\b/;
const BILATERAL = new RegExp(
  String.raw`\b(?:(${CAP}(?: ${CAP}){0,2}['’]s) )?((?:[a-z][a-z-]+ ){0,3})(treat(?:y|ies)|agreements?|accords?|pact)` +
    String.raw`(?: signed)? with (?:the )?(${CAP}(?: ${CAP}){0,2})` +
    String.raw`( on (?:the )?(?:[a-z]+ (?:(?:of|in) )?(?:the )?){0,3}${CAP}(?: (?:of |and |of the |and the )?${CAP}){0,6})?`,
  'gu',
);
// The kinds of bilateral treaty a subject alone names, right before the noun.
const SUBJECT = /\b(extradition|free[ -]trade|double taxation|readmission|fisheries|visa[ -]free) $/;

/** Each bilateral treaty named by subject and partner state, as an instrument outside the catalogue. */
export function bilateralNames(
  text: string,
  g: Gazetteer,
  push: (start: number, end: number, treaty: string | null, org: boolean, name?: string) => void,
): void {
  for (const m of matchesOf(text, BILATERAL)) {
    const partner = m[4];
    const w = /^[\p{L}]+/u.exec(partner)?.[0] ?? '';
    const state =
      TERRITORY.exec(partner)?.[0] ??
      (g.stateIndex.get(w) ?? []).find((c) => partner.startsWith(c) && !isWordChar(partner[c.length]));
    if (!state) continue;
    // Only a kind that names one treaty between two parties ("extradition", "free trade"); a description ("its
    // nuclear treaty with the US", "a decades-old cooperation treaty") points at a treaty named elsewhere.
    const subject = SUBJECT.exec(m[2])?.[1].split(/[\s]+/) ?? [];
    // "a treaty with Chile": no subject and no object named, no name.
    if (!subject.length && !m[5]) continue;
    const on = m[5] ?? '';
    const head = m[3];
    // "New Zealand's extradition treaty with Hong Kong": a state owning it is the claim's state, not part of the
    // name (which is "its extradition treaty with Hong Kong"); a territory owning it ("Hong Kong's ... with Canada") is.
    const owner = m[1] && !g.stateLookup.has(m[1].slice(0, -2)) ? m[1] : '';
    const name = `${owner ? `${owner} ` : ''}${[...subject, head].join(' ')} with ${state}${on}`;
    const start = m.index! + (owner ? 0 : m[0].indexOf(subject.length ? subject[0] : head, (m[1] ?? '').length));
    const end = m.index! + m[0].length - (on ? 0 : partner.length - state.length);
    push(start, end, provisionalTreatyId(name), false, name);
  }
}

// Bilateral investment treaties reported as a class ("terminated its bilateral investment treaties", "termination
// notices for Bilateral Investment Treaties (BITs)", "denounce various BITs"): a state's treaties of one kind with many
// partners, which reporting and the state's own acts treat as one policy. One instrument outside the catalogue.
const BIT_CLASS =
  /\b[Bb]ilateral [Ii]nvestment (?:[Tt]reat(?:y|ies)|[Aa]greements?|[Pp]acts?)\b|(?<![\p{L}-])BITs?(?![\p{L}-])/gu;
// "the Model BIT of 2015", "BIT negotiations": a model text or talks, not a treaty in force.
const NOT_BIT_BEFORE = /\b[Mm]odel\s+$/;
const NOT_BIT_AFTER = /^\s+(?:negotiations?|talks|programme|program|model)\b/;

/** Bilateral investment treaties named as a class, and their acronym, as one instrument outside the catalogue. */
export function investmentTreaties(
  text: string,
  push: (start: number, end: number, treaty: string | null, org: boolean, name?: string) => void,
): void {
  for (const m of matchesOf(text, BIT_CLASS)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (NOT_BIT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || NOT_BIT_AFTER.test(text.slice(end, end + 14)))
      continue;
    const name = m[0].startsWith('BIT') ? 'Bilateral Investment Treaties' : m[0];
    push(start, end, provisionalTreatyId(name), false, m[0].startsWith('BIT') ? undefined : name);
  }
}

// "Japan and the Philippines signed on Monday a reciprocal access agreement": two states that sign an instrument
// described by its kind conclude their own bilateral one, which reporting names by the pair and the kind ("the
// Japan-Philippines reciprocal access agreement", "the Egypt-Israel peace treaty").
const PAIR_SIGNED = new RegExp(
  String.raw`\b(?:the )?(${CAP}(?: ${CAP}){0,2}) and (?:the )?(${CAP}(?: ${CAP}){0,2}) (?:have |had )?(?:signed|inked|concluded)` +
    String.raw`(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))? an? ((?:[a-z][a-z-]+ ){1,3})(agreement|treaty|pact|accord)\b`,
  'gu',
);
// Words that rate or place the instrument, not say what kind it is.
const NOT_KIND =
  /\b(?:landmark|historic|key|major|new|first|similar|bilateral|formal|final|joint|broad|wide|sweeping|deal|number|series|set|memorandum|framework)\b/;

/** A bilateral instrument two states are said to sign, described by its kind only, named by the pair and the kind. */
export function pairedDescriptions(
  text: string,
  g: Gazetteer,
  push: (start: number, end: number, treaty: string | null, org: boolean, name?: string) => void,
): void {
  for (const m of matchesOf(text, PAIR_SIGNED)) {
    const [a, b] = [m[1], m[2]].map((s) => g.stateLookup.get(s));
    if (a?.kind !== 'name' || b?.kind !== 'name' || a.iso3 === b.iso3 || NOT_KIND.test(m[3])) continue;
    const kind = `${m[3]}${m[4]}`;
    const name = `${m[1]}-${m[2]} ${kind}`;
    const end = m.index! + m[0].length;
    push(end - kind.length, end, provisionalTreatyId(name), false, name);
  }
}
