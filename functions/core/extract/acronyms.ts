// Acronyms an article defines: "the Union of South American Nations (UNASUR)" makes "UNASUR" that organisation in
// every sentence of the article, before the definition (headlines and leads use the short form first) and after it.
import { fullerProvisionalIds, isProvisionalTreaty } from '../provisional';
import { findTreaties } from './gazetteer';
import { ATTRIBUTIVE, type Gazetteer, overlaps, type TreatyMention } from './mentions';
import { isKnownOrganisation, knownOrganisationId, usesKnownOrganisation } from './unlisted-names';
import { matchesOf, patternOf } from './match-all';

type Definition = Omit<TreatyMention, 'start' | 'end'>;
/**
 * Acronym as written → what it stands for; null when the article defines it twice differently. `fullNames`: the
 * names of instruments outside the catalogue the article writes out in full (see fullNameOf).
 */
export type AcronymDefinitions = Map<string, Definition | null> & { fullNames?: { id: string; name: string }[] };

// "the SADC bloc", "NATO allies", "UNASUR countries": the acronym names a grouping of states, not what they join.
const GROUPING =
  /^(?:['’]s)?\s+(?:bloc|region|area|zone|countries|states|nations|allies|partners|leaders|neighbou?rs|secretary|chief)\b/i;
const OBJECT_BEFORE =
  /\b(?:the|of|from|to|in|into|with|within|for|join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|left|leaves?|leaving|quit(?:s|ting)?|exit(?:s|ed|ing)?|notified|notifying)\s+$/i;
const MEMBERSHIP_AFTER = /^(?:['’]s)?\s+(?:membership|accession|exit|withdrawal|departure|treaty|charter|statute)\b/i;
// A sentence that may write an organisation's name out ("the East African Community").
const ORG_HEAD =
  /\p{Lu}\p{Ll}+ (?:of \p{Lu}\p{Ll}+ )?(?:Community|Commonwealth|Union|Association|Forum|Alliance)\b|\bof \p{Lu}\p{Ll}+ States\b/u;
const DEFINED = /\(([A-Z][A-Za-z]{1,7})\)/g;
// \p{Lu} at a pattern's every position: V8 tests a large class like it by a call out of the pattern's code for each
// character. No character below U+00C0 but A-Z is upper case, so a lookahead for those (tested inline) lets only
// upper-case letters reach it (same matches).
const UPPER = String.raw`(?=[^\0-@\[-\xbf])\p{Lu}`;
// A sentence that may write an instrument's or organisation's full name ("the Nagoya Protocol on Access to ...",
// "the Inter-American Court of Human Rights", "the Nile Basin Cooperative Framework Agreement", "Hong Kong's extradition treaty with Canada").
const FULL_NAME_HINT = new RegExp(
  String.raw`(?:Protocol|Convention|Treaty|Agreement|Accord|Charter|Community|Union|Organi[sz]ation|Partnership|Court|Bank)\s+` +
    String.raw`(?:on|of|for|between)\s|${UPPER}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ (?:\p{Lu}[\p{L}'’-]+ )*` +
    String.raw`(?:Agreement|Treaty|Convention|Protocol|Accord|Charter)\b|['’]s (?:\p{Ll}+ )+(?:treaty|agreement|accord|pact) with `,
  'u',
);
// Every alternative above ends in or starts with one of these words: a plain scan for them spares most sentences the
// u-flag pattern (which V8 reads through its slow path at every position).
const HINT_WORD =
  /Protocol|Convention|Treaty|Agreement|Accord|Charter|Community|Union|Organi[sz]ation|Partnership|Court|Bank|treaty|agreement|accord|pact/;

/**
 * The acronyms defined right after a recognised name in any of the article's sentences. `find` reads a sentence's
 * treaty mentions (by index); the caller may pass its own cache so that no sentence is read twice.
 */
export function definedAcronyms(
  sentences: string[],
  g: Gazetteer,
  find: (k: number) => TreatyMention[] = (k) => findTreaties(sentences[k], g),
): AcronymDefinitions {
  const defs: AcronymDefinitions = new Map();
  const full = new Map<string, string>();
  const initialDefs = new Map<string, Definition | null>();
  for (const [k, s] of sentences.entries()) {
    const hint = HINT_WORD.test(s) && FULL_NAME_HINT.test(s);
    if (!hint && !s.includes('(')) continue;
    let mentions: TreatyMention[] | undefined;
    if (hint) {
      mentions = find(k);
      for (const m of mentions)
        if (
          m.name &&
          m.treaty &&
          isProvisionalTreaty(m.treaty) &&
          m.treaty.split('-').length >= 4 &&
          !full.has(m.treaty)
        )
          full.set(m.treaty, m.name);
    }
    for (const d of matchesOf(s, DEFINED)) {
      mentions ??= find(k);
      const close = d.index! + d[0].length;
      // The name ends at the bracket, or the bracket belongs to the name's own mention ("... Nations (UNASUR)").
      const m = mentions.find(
        (x) => x.treaty && (x.end === close || (x.end <= d.index! && /^\s*$/.test(s.slice(x.end, d.index!)))),
      );
      if (!m?.treaty) continue;
      // An acronym the catalogue reads on its own ("OPCW", "CITES") keeps the catalogue's reading.
      if (findTreaties(d[1], g).length) continue;
      const def: Definition = {
        treaty: m.treaty,
        ...(m.name ? { name: m.name } : {}),
        ...(m.org ? { org: true } : {}),
      };
      // "Unasur" for "UNASUR": a pronounceable acronym is often written as a word.
      const word = d[1].length >= 4 ? d[1][0] + d[1].slice(1).toLowerCase() : d[1];
      for (const form of new Set([d[1], d[1].toUpperCase(), word])) {
        const prev = defs.get(form);
        defs.set(form, prev === undefined || prev?.treaty === def.treaty ? def : null);
      }
    }
  }
  // "joined the East African Community ... the Treaty establishing the EAC": a well-known short name that is the
  // initials of an organisation the article writes out is that organisation, as a bracketed definition makes it.
  for (const [k, s] of (sentences.some(usesKnownOrganisation) ? sentences : []).entries()) {
    if (!ORG_HEAD.test(s)) continue;
    for (const m of find(k)) {
      if (!m.org || !m.name || !m.treaty || !isProvisionalTreaty(m.treaty)) continue;
      const initials = (m.name.match(/\b\p{Lu}/gu) ?? []).join('');
      if (initials.length < 2 || !isKnownOrganisation(initials) || defs.has(initials)) continue;
      const prev = initialDefs.get(initials);
      initialDefs.set(
        initials,
        prev === undefined || prev?.treaty === m.treaty ? { treaty: m.treaty, name: m.name, org: true } : null,
      );
    }
  }
  for (const [form, def] of initialDefs) defs.set(form, def);
  if (full.size) defs.fullNames = [...full].map(([id, name]) => ({ id, name }));
  return defs;
}

// "the Nagoya Protocol" after (or before) "the Nagoya Protocol on Access to Genetic Resources ...": an instrument
// outside the catalogue named short and in full in one article is one instrument, under its full name.
// Two names side by side in one sentence ("the 1930 Forced Labour Convention and the Abolition of Forced Labour
// Convention") are two instruments: a short form takes a fuller name only from another sentence.
function fullNameOf(m: TreatyMention, defs: AcronymDefinitions, beside: TreatyMention[]): TreatyMention {
  if (!m.name || !m.treaty || !defs.fullNames || !isProvisionalTreaty(m.treaty)) return m;
  // A fuller name holding all its words, in any order ("the Friendship Treaty" … "the Treaty of Friendship, ...").
  const to = fullerProvisionalIds([m.treaty, ...defs.fullNames.map((f) => f.id)]).get(m.treaty);
  const longer = to && !beside.some((x) => x.treaty === to) ? defs.fullNames.find((f) => f.id === to) : undefined;
  return longer && samePartner(m.name, longer.name) ? { ...m, treaty: longer.id, name: longer.name } : m;
}
// "its free-trade agreement with Ukraine" is not "Ukraine's free-trade agreement with Brussels": a short form naming
// a partner after "with" takes only a fuller name with that partner after "with".
const partner = (name: string) => / with (?:the )?(.+)$/.exec(name)?.[1].toLowerCase();
function samePartner(short: string, full: string): boolean {
  const p = partner(short);
  return p === undefined || p === partner(full);
}

/** The sentence's mentions with every defined acronym it uses that nothing else already reads. */
export function withDefinedAcronyms(
  text: string,
  mentions: TreatyMention[],
  defs: AcronymDefinitions,
): TreatyMention[] {
  const beside = mentions; // as read, before any short form takes its fuller name
  if (defs.fullNames && mentions.some((m) => m.name)) mentions = mentions.map((m) => fullNameOf(m, defs, beside));
  if (!defs.size) return mentions;
  let out: TreatyMention[] | null = null;
  for (const [acr, def] of defs) {
    if (!def || !text.includes(acr)) continue;
    for (const a of matchesOf(text, patternOf(`(?<![\\p{L}\\p{N}])${acr}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = a.index!;
      const end = start + acr.length;
      const list: TreatyMention[] = out ?? mentions;
      // A well-known short name read on its own ("ASEAN") is the full name the article defines for it.
      const shortForm = list.find(
        (x) => x.org && x.start === start && x.end === end && x.treaty === knownOrganisationId(acr),
      );
      if (shortForm && def.treaty !== shortForm.treaty) {
        const m: TreatyMention = { ...shortForm, treaty: def.treaty };
        if (def.name && def.treaty) m.name = def.name;
        else delete m.name;
        out = list.map((x) => (x === shortForm ? m : x));
        continue;
      }
      if (overlaps({ start, end }, list)) continue;
      // "UNASUR officials", "NATO headquarters": the name qualifies another noun, as findTreaties reads it.
      const after = text.slice(end, end + 40);
      // An organisation's acronym is read where a state's act can reach it: after a preposition, an article or a
      // verb of joining or leaving, or before "membership"/"accession". As a subject ("SADC needs ...") it is the
      // body acting, and must not become the sentence's last-named instrument.
      if (def.org && !OBJECT_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && !MEMBERSHIP_AFTER.test(after))
        continue;
      const treaty = def.org && (ATTRIBUTIVE.test(after) || GROUPING.test(after)) ? null : def.treaty;
      const m: TreatyMention = { start, end, treaty };
      if (def.org) m.org = true;
      if (def.name && treaty) m.name = def.name;
      // "the Nile Cooperative Framework Agreement (CFA)": the acronym stands for the fuller name its own name takes.
      out = [...list, defs.fullNames && m.name ? fullNameOf(m, defs, beside) : m];
    }
  }
  return out ? out.sort((x, y) => x.start - y.start) : mentions;
}
