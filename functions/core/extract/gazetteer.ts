// Over 300 lines: the treaty matcher is built from one fact base with the state matcher, and findTreaties reads
// listed names, acronyms, patterns and unlisted names in one pass (names outside it: unlisted-names.ts).
// Compiled matchers for states and treaties, built once from the fact base and reused.
import type { FactBase, StateRecord, TreatyRecord } from '../facts';
import { provisionalTreatyId } from '../provisional';
import { describedInstruments } from './described-instruments';
import {
  cataloguedIds,
  qualifiesNoun,
  type Gazetteer,
  type Leaders,
  NOT_INSTRUMENT,
  NOT_NAME,
  OFFICE_AFTER,
  OFFICE_BEFORE,
  ORGANISATION_ITSELF,
  alternativesByFirst,
  overlaps,
  scanAlternatives,
  scanIndex,
  type StateKind,
  type TreatyMention,
} from './mentions';
import { buildNumberedProtocols, numberedProtocols } from './numbered-protocols';
import { parentInName } from './parent-in-name';
import { findStates as statesIn } from './state-mentions';
import { unionMembership } from './union-membership';
import { bilateralNames, investmentTreaties, pairedDescriptions } from './bilateral-names';
import {
  ACCESSION_TREATY,
  headlineVerbEnd,
  shortOfLongerName,
  trimName,
  unlistedOrganisations,
} from './unlisted-names';
import { matchesOf, patternOf } from './match-all';

export type { Gazetteer, StateKind, StateMention, TreatyMention } from './mentions';
export { EU_PARTY, findStates } from './state-mentions';

// "A and B became Interpol member countries", "is now a UNESCO member state": the state's membership, so the
// organisation is what it joined (admission-cues.ts reads the act).
const BECAME_MEMBER =
  /\b(?:became|become|becomes|(?:are|is)\s+(?:now|(?:now\s+)?(?:officially|formally)))\s+(?:(?:an?|the|full|new|newest|latest|\d+(?:st|nd|rd|th)),?\s+){0,3}$/i;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normKey = (s: string) => s.toLowerCase().replace(/[\s\-]+/g, ' ');

// The names the records omit (legislatures, short names, groups, descriptive forms, bodies standing for their
// instrument, leaders) are data: seeds/facts/recognition.json, passed in with the fact base (FactBase.recognition).
// Acronyms that are also English words when written as one ("Cites" the verb).
const WORD_ACRONYMS = new Set(['CITES']);
// Acronyms with other common meanings: accepted only with a word of their subject in the sentence.
const ACRONYM_GATES: Record<string, RegExp> = {
  ECT: /energy|charter|treaty|investor|investment|arbitration|withdr|leav|exit|quit|denounc/i,
  CPT: /tortur|prison|detention|detainee|police custody|Council of Europe|convention|visit/i,
  CAT: /tortur|convention|committee|treaty|ratif|withdr/i,
  CRC: /child|convention|treaty|ratif|withdr/i,
  OST: /space|treaty|orbit|moon|satellite/i,
  TEU: /union|treaty|Brussels|EU\b|Europe/i,
  // CIS is also a computing and medical abbreviation; the Commonwealth is reported with Russia and its neighbours.
  CIS: /Commonwealth|Russia|Moscow|Soviet|Kremlin|Belarus|Ukrain|Georgia|Moldova|Armenia|Azerbaijan|Kazakh|Kyrgyz|Tajik|Uzbek|Turkmen/,
};
// An alias naming an organisation (its constitution's stand-in), not an instrument.
const ORG_NAME =
  /\b(?:Organi[sz]ation|Council of Europe|Commission|Community|Commonwealth|Centre|Center|Union|Court|Tribunal|Forum|Authority|Agency)\b|^(?:WHO|UNESCO|ILO|OIT|WTO|OPEC|ICAO|CSTO|ODKB|ECOWAS|CEDEAO|OAS|OEA|IWC|CoE|ICSID|CIADI|ICC|UNIDO|UNASUR|SADC|IGAD|EAC|CIS|EAEU|EEU|INTERPOL|NATO|ASEAN|CELAC|FAO|IAEA|UNWTO)$/;
// "the Commonwealth Games", "the Commonwealth of Australia", "Commonwealth Bank": another name that starts with it.
const NOT_THE_COMMONWEALTH = /^\s+(?:of\s+(?!Nations\b)|[A-Z](?!ations\b))/;
const CIS_NAMED = /\bCIS\b|Commonwealth of Independent States/;
const CIS_KEY = 'commonwealth of independent states';
// "the Council of Europe Convention on ...", "the WHO pandemic agreement", "an ILO convention": the organisation
// sponsors another instrument; the name is not the organisation's own constitution.
// "the International Labour Organization's (ILO) Forced Labour Convention": the acronym between sponsor and name.
const SPONSORED =
  /^(?:['’]s|\+)?[\s-]+(?:[\p{L}\d-]+\s+){0,3}?(?:Convention|Treaty|Agreement|Protocol|Accord|Charter|Code|Declaration|Framework|convention|treaty|agreement|protocol|accord|charter)s?\b|^(?:['’]s)?(?:\s*\([A-Z]{2,8}\)|\))[\s-]+(?:[\p{L}\d-]+\s+){1,3}?(?:Convention|Treaty|Agreement|Protocol|Accord|Charter)\b/u;
const SPONSOR_IN_NAME = /^\+? (?:Convention|Treaty|Agreement|Protocol|Accord|Charter) (?:of|on) [A-Z]/;
// "the Council of Europe's charter", "the ICC's founding treaty": the organisation's own founding instrument (its
// constitution's record), not one it sponsors; a name or an "on"/"of" phrase after it ("'s charter on human
// rights") makes it another instrument.
const OWN_FOUNDING =
  /^['’]s\s+(?:own\s+)?(?:founding\s+(?:treaty|charter|statute|agreement|document)|charter|statute|constitution)\b(?!\s+(?:on|of|for)\s+(?:the\s+|an?\s+)?\p{Ll}|\s+\p{Lu})/u;
const INSTRUMENT_NOUNS =
  /\b(?:convention|treaty|agreement|protocol|accord|charter|statute|constitution|covenant|pact|amendments?)\b/g;
// A comma joins too ("Friendship, Cooperation and Partnership"); trimName keeps it only inside a list that ends in "and".
const CAP_WORDS = String.raw`${NOT_NAME}[A-Z][\p{L}'’-]+(?:(?:,? (?:of |and |or |on |for |in |the |to |from |against )*)${NOT_NAME}[A-Z][\p{L}'’-]+){0,9}`;
// "… on the establishment of the International Investment Bank", "… relating to the implementation of Part XI of the
// Convention": a lower-case phrase — an act noun and what it is of — that leads on to more of the capitalised name.
// Not a phrase of the occasion ("on the sidelines of the Summit") or of the act on the instrument ("for ratification
// of the Parliament").
const NOT_LEADING = String.raw`(?!(?:occasion|sidelines|margins|eve|behalf|basis|day|date|anniversary|side|outcome|grounds?|ratification|approval|signature|signing|consideration|review|adoption|accession|withdrawal|denunciation|suspension|termination|discussion|vote|entry|submission|instruction|invitation|initiative|attention|position|decision|session)\b)`;
const LEADS_ON = String.raw` (?:on|for|relating to|concerning|regarding) (?:the )?(?:${NOT_LEADING}[a-z][\p{Ll}-]* ){0,5}?(?:${NOT_LEADING}[a-z][\p{Ll}-]*(?:ment|tion|sion|ance|ence|ity|ure)s? (?:of|for) (?:the )?|(?:part|article|annex|chapter) (?=[IVXLC]+\b))${CAP_WORDS}`;
// "the Ratification of Forced Labour Convention bill", "the Council of Europe Convention on …": before "of", an act,
// a body or an office, not the first words of the instrument's name.
const NOT_NAME_OF =
  /^(?:[\p{L}'’+-]+ )*?(?:Ratification|Withdrawal|Accession|Signing|Signature|Denunciation|Suspension|Termination|Approval|Adoption|Implementation|Parties|Party|Members|Text|Terms|Status|Secretariat|Conference|Ministry|Minister|Government|Department|President|Council|Committee|Commission|Court|Republic|Kingdom|Office|Parliament|Assembly|Day|Anniversary|Week|Bank|Fund|Law|Act|Bill|Decree|Article|Annex|Part) of /u;
// "the First Amendment", "a Constitutional Amendment": an amendment to a constitution or a bill, not to a treaty.
// ("the UN Charter" is left to the catalogue: read alone it names no charter outside it.)
const NOT_TREATY_AMENDMENT =
  /^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|Twentieth|Twenty[\p{L}-]+|Thirtieth|Constitutional|Budget|Proposed|House|Senate|Equal|Rights) )+Amendments?$/u;
const GENERIC_NAME_WORD =
  /^(?:Accession|International|Environmental|Bilateral|Multilateral|Global|Regional|Free|Trade|Peace|Security|Defen[cs]e|Nuclear|Climate|Arms|Control|Investment|Economic|Partnership|Cooperation|Co-operation|Framework|Comprehensive|Strategic|New|Landmark|Historic|Interim|Final|Draft|Such|Other|Several|Many|Some|All|Any|Each|Various|Two|Three)$/;
const INSTRUMENT_WORD =
  /\b(?:convention|treaty|agreement|protocol|accord|charter|statute|constitution|covenant|pact)\b/i;
const GENERIC_ONLY =
  /^(?:the |un |international |global )*(?:ban )?(?:treaty|convention|agreement|accord|pact|statute)$/i;

function indexByFirstWord(names: string[]): Map<string, string[]> {
  const idx = new Map<string, string[]>();
  for (const n of names) {
    const first = /^[^\s]+/.exec(n)![0].replace(/[.'’]+$/, '');
    const w = /^[\p{L}\p{N}]+/u.exec(first)?.[0] ?? first;
    if (!idx.has(w)) idx.set(w, []);
    idx.get(w)!.push(n);
  }
  for (const l of idx.values()) l.sort((a, b) => b.length - a.length);
  return idx;
}

function capitals(s: StateRecord): string[] {
  const c = s.capital == null ? [] : Array.isArray(s.capital) ? s.capital : [s.capital];
  return [...c, ...(s.capital_aliases ?? [])].map((x) => x.replace(/,?\s*D\.?C\.?$/, '').trim()).filter(Boolean);
}

// An alias marked "(related)" ("Doha Amendment (related)" on the Kyoto Protocol) names an instrument attached to this
// one, not this one: an act on the amendment is no act on its parent.
const ownNames = (t: TreatyRecord) => [t.official_name, ...t.aliases.filter((a) => !/\(related\)\s*$/i.test(a))];

export function buildGazetteer(facts: Pick<FactBase, 'treaties' | 'states' | 'recognition'>): Gazetteer {
  const names = facts.recognition;
  const stateLookup = new Map<string, { iso3: string; kind: StateKind; legislature: boolean }>();
  const demonymOwners = new Map<string, Set<string>>();
  for (const s of facts.states)
    for (const d of s.demonyms ?? []) {
      if (!demonymOwners.has(d)) demonymOwners.set(d, new Set());
      demonymOwners.get(d)!.add(s.iso3);
    }
  const add = (k: string, iso3: string, kind: StateKind, legislature = false) => {
    if (!k || k.length < 2 || /[^\p{L}\p{M}\s.'’\-]/u.test(k)) return;
    if (!stateLookup.has(k)) stateLookup.set(k, { iso3, kind, legislature });
  };
  for (const [k, iso3, leg] of names.institutions.rows) add(k, iso3, 'institution', leg);
  for (const s of facts.states) {
    add(s.name, s.iso3, 'name');
    if (s.official_name) add(s.official_name, s.iso3, 'name');
    for (const a of s.aliases ?? []) add(a, s.iso3, 'name');
  }
  for (const [k, iso3] of names.state_names.rows) add(k, iso3, 'name');
  for (const s of facts.states) {
    for (const c of capitals(s)) add(c, s.iso3, 'capital');
    for (const d of s.demonyms ?? []) if (demonymOwners.get(d)!.size === 1) add(d, s.iso3, 'demonym');
  }
  const stateIndex = indexByFirstWord([...stateLookup.keys()]);

  const groupLookup = new Map<string, string[]>();
  const groupRe = new RegExp(names.state_groups.rows.map(([p], i) => `(?<g${i}>\\b${p}\\b)`).join('|'), 'g');
  names.state_groups.rows.forEach(([, iso], i) => groupLookup.set(`g${i}`, iso));

  const treatyLookup = new Map<string, string>();
  const orgNames = new Set<string>();
  const ci: string[] = [];
  const cs: string[] = [];
  const treaties: TreatyRecord[] = facts.treaties;
  const provisionalIndex: { words: string; id: string }[] = [];
  for (const t of facts.treaties)
    for (const n of [...ownNames(t), ...(names.organisation_names.names[t.id] ?? [])])
      if (/\s/.test(n)) provisionalIndex.push({ words: provisionalTreatyId(n), id: t.id });
  const treatyNouns = new Map<string, Set<string>>();
  for (const t of treaties) {
    const nouns = new Set<string>();
    for (const n of ownNames(t)) for (const w of n.toLowerCase().match(INSTRUMENT_NOUNS) ?? []) nouns.add(w);
    treatyNouns.set(t.id, nouns);
  }
  for (const t of treaties) {
    const all = [...ownNames(t), ...(names.treaty_names.names[t.id] ?? [])].map((n) => n?.replace(/\s*\([^)]*\)$/, ''));
    for (const n of all) {
      if (!n || GENERIC_ONLY.test(n)) continue;
      const isAcronym = /^[A-Z0-9.\s]+$/.test(n) && !/\s/.test(n.trim());
      const key = isAcronym || (!/\s/.test(n) && n.length <= 4) ? n : normKey(n);
      if (key === n) cs.push(n);
      else ci.push(n);
      treatyLookup.set(key, t.id);
      // "the North Atlantic Treaty Organization", "the Collective Security Treaty Organization": an organisation.
      if (ORG_NAME.test(n.replace(/\s*\(.*\)$/, '')) && (!INSTRUMENT_WORD.test(n) || /Organi[sz]ation$/.test(n)))
        orgNames.add(key);
      // House styles write a pronounceable acronym as a word ("Opec", "Unesco", "Ecowas"); not one that is a word.
      if (isAcronym && /^[A-Z]{4,}$/.test(n) && !WORD_ACRONYMS.has(n)) {
        const word = n[0] + n.slice(1).toLowerCase();
        cs.push(word);
        treatyLookup.set(word, t.id);
        if (orgNames.has(key)) orgNames.add(word);
      }
    }
  }
  for (const [n, id] of names.case_sensitive_treaty_names.rows) {
    cs.push(n);
    treatyLookup.set(n, id);
    orgNames.add(n);
  }
  ci.sort((a, b) => b.length - a.length);
  cs.sort((a, b) => b.length - a.length);
  const treatyIndex = indexByFirstWord(ci.map(normKey));
  const treatyCsRe = new RegExp(`\\b(?:${cs.map(esc).join('|')})\\b`, 'g');
  const ids = new Set(treaties.map((t) => t.id));
  const treatyPatterns = names.treaty_patterns.rows
    .filter(([, id]) => ids.has(id))
    .map(([p, id, gate]) => ({
      re: new RegExp(`\\b(?:${p})\\b`, 'gi'),
      treaty: id,
      gate,
    }));
  // Named instruments: "the Bonn Convention", "the Treaty of Pelindaba", "the Convention on the Conservation of
  // Migratory Species of Wild Animals", "the Minsk Agreements", "the Treaty on a Nuclear-Weapon-Free Zone".
  const unknownTreatyRe = new RegExp(
    String.raw`\b(?:(?:[A-Z][\p{L}'’-]+\+? (?:(?:and|of) (?=[A-Z]))?){1,6}(?:Convention|Treaty|Agreement|Protocol|Accord|Charter|Amendment)s?(?: (?:on|of|for|against|to|concerning) (?:the |an? )?${CAP_WORDS})?(?:${LEADS_ON})?|(?:Convention|Treaty|Agreement|Protocol|Accord|Charter) (?:on|of|for|against|to|concerning|between) (?:the |an? )?${CAP_WORDS}(?:${LEADS_ON})?|(?:Convention|Treaty|Agreement|Protocol|Accord)${LEADS_ON})\b`,
    'gu',
  );

  // Parties named in a bilateral treaty's official name ("Treaty between X and Y on ...").
  const bilateral = new Map<string, string[]>();
  const byName = new Map<string, string>();
  for (const s of facts.states)
    for (const n of [s.name, s.official_name ?? '', ...(s.aliases ?? [])]) if (n) byName.set(n, s.iso3);
  // Parties named in a bilateral record's official name ("Treaty between X and Y on ...", "... between Ukraine and the
  // Russian Federation"): a name said "with" a third state is another pair's treaty (findTreaties).
  const gov = '(?:the )?(?:Government of (?:the )?)?';
  const between = new RegExp(`\\bbetween ${gov}(.+?) and ${gov}(.+?)(?: on | concerning |$)`);
  for (const t of treaties) {
    const m = between.exec(t.official_name);
    if (!m) continue;
    const a = byName.get(m[1]) ?? (m[1].includes('Soviet') ? 'RUS' : undefined);
    const b = byName.get(m[2]) ?? (m[2].includes('Soviet') ? 'RUS' : undefined);
    if (a && b) bilateral.set(t.id, [a, b]);
  }
  return {
    stateIndex,
    stateLookup,
    groupRe,
    groupLookup,
    treatyIndex,
    treatyCsRe,
    treatyCsByFirst: alternativesByFirst(cs),
    treatyLookup,
    orgNames,
    provisionalIndex,
    treatyNouns,
    treatyPatterns,
    unknownTreatyRe,
    treatyIds: ids,
    bilateral,
    protocols: buildNumberedProtocols(treaties),
    leaders: compileLeaders(names.leaders.rows),
  };
}

function compileLeaders(rows: [string, string][]): Leaders {
  const stateOf = new Map(rows.map(([n, iso]) => [n.toLowerCase(), iso]));
  const alternatives = [...stateOf.keys()].sort((a, b) => b.length - a.length).map(esc);
  // (?<![a-z]) first: under iu it matches letters only, so inside a word the inline class fails the position before
  // the large \p{L} class is called out for (same matches; speed13).
  return { re: new RegExp(`(?<![a-z])(?<![\\p{L}])(${alternatives.join('|')})(?![\\p{L}])`, 'giu'), stateOf };
}

export function findTreaties(text: string, g: Gazetteer): TreatyMention[] {
  const out: TreatyMention[] = [];
  const sponsors: { start: number; end: number }[] = [];
  const push = (start: number, end: number, treaty: string | null, org = false, name?: string) => {
    // An organisation's name in front of another instrument's ("Council of Europe Convention on ...") is
    // that instrument's sponsor: an unlisted instrument, unless a longer name already matched it.
    if (org && SPONSORED.test(text.slice(end, end + 60)) && !OWN_FOUNDING.test(text.slice(end, end + 60))) {
      sponsors.push({ start, end });
      treaty = null;
      org = false;
    }
    // "three Council of Europe member states", "WHO officials": the name qualifies another noun; it is no
    // object of a verb and must not stand in for "it" either.
    // "an OPEC member since 2007" names one state's membership: the organisation is the object after all.
    if (
      org &&
      qualifiesNoun(text, start, end) &&
      !(
        /^\s+member\s+since\b/.test(text.slice(end, end + 20)) &&
        /\b(?:an?|the)\s+$/i.test(text.slice(Math.max(0, start - 6), start))
      ) &&
      !BECAME_MEMBER.test(text.slice(Math.max(0, start - 50), start))
    )
      treaty = null;
    if (
      org &&
      treaty &&
      (OFFICE_AFTER.test(text.slice(end, end + 40)) ||
        OFFICE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) &&
      !ORGANISATION_ITSELF.test(text)
    )
      treaty = null;
    const m: TreatyMention = org ? { start, end, treaty, org } : { start, end, treaty };
    if (name && treaty) m.name = name;
    if (!overlaps(m, out)) out.push(m);
  };
  const norm = text.toLowerCase().replace(/-/g, ' ');
  for (const m of scanIndex(norm, g.treatyIndex)) {
    const id = g.treatyLookup.get(m.key);
    // "Article 50 of the Constitution": an article number is the treaty's only when no other text owns it.
    if (
      id &&
      /^(?:article|art\.) 50$/.test(m.key) &&
      /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?!Treaty on European Union|TEU|Lisbon)\S/i.test(
        text.slice(m.end, m.end + 40),
      )
    )
      continue;
    if (id && shortOfLongerName(text, m.start, m.end, m.key)) continue;
    // (held as no instrument, so that the unlisted-organisation reading of "the Commonwealth" does not take it either)
    if (id && m.key === 'commonwealth' && NOT_THE_COMMONWEALTH.test(text.slice(m.end, m.end + 12))) {
      if (!/^\s+of\b/.test(text.slice(m.end, m.end + 4))) push(m.start, m.end, null);
      continue;
    }
    // "the CIS documents — the agreement on the creation of the Commonwealth": beside the CIS, the Commonwealth is it.
    if (id && m.key === 'commonwealth' && CIS_NAMED.test(text) && g.treatyLookup.has(CIS_KEY)) {
      push(m.start, m.end, g.treatyLookup.get(CIS_KEY)!, true);
      continue;
    }
    if (id) push(m.start, m.end, id, g.orgNames.has(m.key));
  }
  for (const p of g.treatyPatterns)
    if (norm.includes(p.gate))
      for (const m of matchesOf(text, p.re))
        push(m.index!, m.index! + m[0].length, p.treaty, /court|organi|tribunal/i.test(m[0]));
  for (const m of scanAlternatives(text, g.treatyCsByFirst)) {
    const id = g.treatyLookup.get(m[0]);
    if (!id || (ACRONYM_GATES[m[0]] && !ACRONYM_GATES[m[0]].test(text))) continue;
    // "WHO SAID IT": an acronym inside a stretch of capitals is a shouted word, not the name.
    if (
      /(?:^|[A-Z]{2,}\s+)$/.test(text.slice(Math.max(0, m.index! - 12), m.index!)) &&
      /^\s+[A-Z]{2,}\b/.test(text.slice(m.index! + m[0].length)) &&
      !/[a-z]/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))
    )
      continue;
    // "CPT" after a clock time is a time zone.
    if (/\d[:.]\d\d\s*$/.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    push(m.index!, m.index! + m[0].length, id, g.orgNames.has(m[0]));
  }
  if (/accession|joining|membership/.test(text))
    for (const m of matchesOf(text, ACCESSION_TREATY)) {
      const start = m.index! + (m[0].startsWith('the ') ? 4 : 0);
      dropInnerOrganisations(out, start, m.index! + m[0].length, text);
      push(
        start,
        m.index! + m[0].length,
        provisionalTreatyId(text.slice(start, m.index! + m[0].length)),
        false,
        text.slice(start, m.index! + m[0].length),
      );
    }
  const cands: { index: number; 0: string }[] = unknownNames(text, g.unknownTreatyRe);
  for (let k = 0; k < cands.length; k++) {
    let cut = headlineVerbEnd(cands[k][0]);
    const head = /\b(?:Convention|Treaty|Agreement|Protocol|Accord|Charter|Amendment)/.exec(cands[k][0]);
    const notOf = NOT_NAME_OF.exec(cands[k][0].slice(cut));
    if (notOf && head && cut + notOf[0].length <= head.index) cut += notOf[0].length;
    const m = { index: cands[k].index + cut, 0: trimName(cands[k][0].slice(cut), g) };
    const det =
      /^(?:(?:The|This|That|A|An|Its|Their|His|Her|In|On|Under|After|Before|Both|Neither|Signing|Ratifying|Leaving|Quitting|Joining) )+/.exec(
        m[0],
      )?.[0] ?? '';
    const rest = m[0].slice(det.length);
    if (
      !/^(?:[A-Z][\p{L}'’-]+\+? |(?:Treaty|Convention|Protocol|Agreement|Accord|Charter) (?:on|of|for|against|to|concerning|between|relating to|regarding) )/u.test(
        rest,
      ) ||
      NOT_TREATY_AMENDMENT.test(rest) ||
      /^(?:UN|U\.N\.|United Nations) Charter$/.test(rest)
    )
      continue;
    if (NOT_INSTRUMENT.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 14))) continue;
    const start = m.index! + det.length;
    const end = m.index! + m[0].length;
    // "the First Additional Protocol to the Convention on Cybercrime": a listed convention's name inside a protocol's
    // is that protocol (listed, or an instrument of its own outside the catalogue), not the convention.
    const inner = out.find((o) => o.start >= start && o.end <= end && o.treaty && !o.name && !o.org);
    if (
      inner &&
      /\bProtocols?\s+(?:to|of|under)\s+(?:the\s+)?(?:\d{4}\s+)?$/.test(text.slice(start, inner.start)) &&
      !out.some((o) => o !== inner && o.start < end && start < o.end)
    ) {
      const pid = provisionalTreatyId(rest);
      let ids = cataloguedIds(g, pid, true);
      if (ids.length > 1) {
        const lower = text.toLowerCase();
        ids = ids.filter((id) =>
          g.provisionalIndex.some(
            (x) =>
              x.id === id &&
              x.words.startsWith(`${pid}-`) &&
              x.words
                .slice(pid.length + 1)
                .split('-')
                .some((w) => w.length >= 5 && lower.includes(stem(w))),
          ),
        );
      }
      out.splice(out.indexOf(inner), 1);
      out.push(
        ids.length === 1
          ? { start, end, treaty: ids[0] }
          : ids.length > 1
            ? { start, end, treaty: null }
            : { start, end, treaty: pid, name: rest },
      );
      continue;
    }
    // "the Convention on the Inter-Parliamentary Assembly of the Commonwealth of Independent States": an organisation
    // named inside an instrument's name is part of that name, unless the name is just the organisation's own
    // instrument ("the Treaty of the Eurasian Economic Union") or its Protocol of Accession (read as joining it).
    if (
      INSTRUMENT_OF.test(rest) &&
      !/\bAccession\b/.test(rest) &&
      !OWN_INSTRUMENT.test(withoutInner(text, start, end, out))
    )
      dropInnerOrganisations(out, start, end, text);
    // "the OPEC+ Charter of Cooperation": a sponsor's short name directly before a full name is the name's first word.
    const own = out.filter((o) => o.start < end && start < o.end);
    if (
      own.length === 1 &&
      own[0].start === start &&
      own[0].treaty === null &&
      sponsors.some((x) => x.start === start) &&
      SPONSOR_IN_NAME.test(text.slice(own[0].end, end))
    )
      out.splice(out.indexOf(own[0]), 1);
    if (overlaps({ start, end }, out)) {
      // "the American Convention on Human Rights and the Inter-American Convention on Extradition": a listed name
      // joined by "and" to an unlisted one; the rest of the run is read again on its own.
      const cut = Math.max(...out.filter((o) => o.start < end && start < o.end).map((o) => o.end));
      // "the WTO's Agreement on Fisheries Subsidies": after a sponsor's possessive, the instrument's own name.
      if (cut < end && /^\s*(?:,|and|or)\s|^['’]s\s/.test(text.slice(cut, end))) {
        for (const x of matchesOf(text.slice(cut, end), g.unknownTreatyRe))
          cands.push({ index: cut + x.index!, 0: x[0] });
      }
      continue;
    }
    // "International Environmental Agreements", "a Free Trade Agreement": a kind of instrument, not a name; "the
    // Treaty on Comprehensive Strategic Partnership", a title that opens with its head noun, names one.
    if (
      !(
        /^Treaty|^Agreement/.test(rest) &&
        / (?:on|of) [A-Z]\S* [A-Z]/.test(rest) &&
        /\bthe $/.test(text.slice(start - 4, start))
      ) &&
      rest
        .split(/\s+/)
        .filter(
          (w) =>
            !/^(?:Conventions?|Treat(?:y|ies)|Agreements?|Protocols?|Accords?|Charters?|Amendments?|of|on|for|the|to|and)$/.test(
              w,
            ),
        )
        .every((w) => GENERIC_NAME_WORD.test(w))
    )
      continue;
    // "the Convention on the Prohibition of the Use, Stockpiling, ...": a catalogued name spelt or cut
    // differently is that record (a unique prefix of its words); an ambiguous one stays unnamed.
    const pid = provisionalTreatyId(rest);
    // "the optional protocol under the 1961 Vienna Convention on ...": the protocol is the instrument when it is listed.
    const proto = PROTOCOL_OF.exec(text.slice(Math.max(0, start - 60), start));
    if (proto) {
      const ppid = provisionalTreatyId(`${proto[1]} Protocol to the ${rest.replace(/\bof\b/, 'on')}`);
      let hit = cataloguedIds(g, ppid, true);
      // Two protocols to one convention: the one whose remaining name words the sentence uses ("dispute", "nationality").
      const several = hit.length > 1;
      if (hit.length > 1) {
        const lower = text.toLowerCase();
        const uses = (id: string) =>
          g.provisionalIndex.some(
            (x) =>
              x.id === id &&
              x.words.startsWith(`${ppid}-`) &&
              x.words
                .slice(ppid.length + 1)
                .split('-')
                .some((w) => w.length >= 5 && lower.includes(stem(w))),
          );
        hit = hit.filter(uses);
      }
      if (hit.length === 1) {
        if (!overlaps({ start: start - proto[0].length, end }, out))
          out.push({ start: start - proto[0].length, end, treaty: hit[0] });
        continue;
      }
      // One of the convention's listed protocols, but the sentence does not say which: not the convention itself.
      if (several) {
        if (!overlaps({ start: start - proto[0].length, end }, out))
          out.push({ start: start - proto[0].length, end, treaty: null });
        continue;
      }
    }
    const known = cataloguedIds(g, pid, pid.split('-').length >= 4);
    if (known.length === 1) {
      push(start, end, known[0]);
      continue;
    }
    if (known.length > 1) {
      push(start, end, null);
      continue;
    }
    // "the American Convention on Human Rights ("the American Convention")": a short form defined from a listed
    // name in the same sentence (all its words are that name's) is that instrument.
    const words = pid.split('-').slice(1);
    const full = out.find(
      (o) =>
        o.treaty &&
        !o.name &&
        !o.org &&
        o.end <= start &&
        words.every((w) => patternOf(`\\b${w}`, 'i').test(text.slice(o.start, o.end))),
    );
    if (full && words.length >= 2) {
      push(start, end, full.treaty);
      continue;
    }
    out.push({ start, end, treaty: pid, name: rest });
  }
  // After the instruments: an organisation inside an instrument's name ("the Convention on the Inter-Parliamentary
  // Assembly of the Commonwealth of Independent States") is part of that name.
  if (/ with /.test(text) && /treat|agreement|accord|pact/.test(text)) bilateralNames(text, g, push);
  if (/BIT|ilateral [Ii]nvestment/.test(text)) investmentTreaties(text, push);
  if (/ and /.test(text) && /\b(?:signed|inked|concluded) (?:on \w+ )?an? /.test(text))
    pairedDescriptions(text, g, push);
  unionMembership(text, g.treatyIds, push);
  if (ORG_GATE.test(text)) unlistedOrganisations(text, g, push);
  // After the named ones, organisations included: "a UN-backed agreement creating a marine reserve".
  describedInstruments(text, push);
  // "Protocols III, IV and V of the Convention on Conventional Weapons": each numeral names its protocol.
  if (/Protocols?\s+[IVX]/.test(text)) {
    for (const parent of [...out])
      if (parent.treaty && !parent.name)
        for (const p of numberedProtocols(text, { ...parent, treaty: parent.treaty }, g.protocols))
          if (!overlaps(p, out)) out.push(p);
  }
  out.sort((a, b) => a.start - b.start);
  parentInName(text, out);
  // "the Treaty of Friendship and Cooperation with Armenia": a catalogued bilateral name said with a state that is not
  // one of its parties is that pair's own treaty, outside the catalogue.
  if (/ with /.test(text))
    for (const m of out) {
      const two = m.treaty ? g.bilateral.get(m.treaty) : undefined;
      const w = two && /^,? with (?:the )?/.exec(text.slice(m.end));
      const p = w && statesIn(text.slice(m.end + w[0].length, m.end + 60), g, [])[0];
      if (p?.start !== 0) continue;
      // "Moldova ended its Treaty of Friendship and Cooperation with Russia": the partner is a party, but the states
      // named before it leave out the other party: that pair's own treaty as well.
      const party = p.states.some((x) => two!.includes(x));
      const before = party ? statesIn(text.slice(0, m.start), g, []).flatMap((x) => x.states) : [];
      const own = party && (!before.length || before.some((x) => two!.includes(x) && !p.states.includes(x)));
      if (!own) {
        m.name = text.slice(m.start, m.end);
        m.treaty = provisionalTreatyId(m.name);
      }
    }
  // A sponsor directly before a listed instrument's name adds nothing ("the Council of Europe's Framework
  // Convention on Artificial Intelligence"); before an unlisted one it stays as the unlisted name.
  // "the ILO's (ILO) 1930 Forced Labour Convention": the sponsor and its acronym before an instrument read on its own.
  return out.filter((m, i) => {
    if (m.treaty !== null || !sponsors.some((x) => x.start === m.start)) return true;
    const next = out.slice(i + 1).find((o) => o.treaty !== null || !sponsors.some((x) => x.start === o.start));
    if (!next?.treaty) return true;
    return !/^(?:['’]s)?(?:\s*\([A-Z]{2,8}\)|\))?[\s-]+(?:[\p{L}\d-]+\s+){0,3}?$/u.test(text.slice(m.end, next.start));
  });
}

// A character no part of unknownTreatyRe consumes (ASCII, not a letter, space, comma, plus, apostrophe or hyphen):
// no name runs across it.
const hardChar = (x: number) =>
  x < 128 &&
  !((x >= 65 && x <= 90) || (x >= 97 && x <= 122) || x === 32 || x === 44 || x === 43 || x === 39 || x === 45);
const HEAD_WORD = /Convention|Treaty|Agreement|Protocol|Accord|Charter|Amendment/;
/**
 * `[...text.matchAll(re)]` for unknownTreatyRe, its scan begun where the run of name characters holding the first
 * head word begins: every name holds a head word and no hard character, so none starts before. Same matches.
 */
function unknownNames(text: string, re: RegExp): { index: number; 0: string }[] {
  const head = HEAD_WORD.exec(text);
  if (!head) return [];
  let from = head.index;
  while (from > 0 && !hardChar(text.charCodeAt(from - 1))) from--;
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  re.lastIndex = 0;
  return out;
}

const INSTRUMENT_OF = /^(?:Treaty|Convention|Protocol|Agreement|Accord) (?:on|of|for|against|to|concerning|between) /;
const OWN_INSTRUMENT =
  /^(?:Treaty|Convention|Protocol|Agreement|Accord) (?:on|of|for|establishing|Establishing)\s+(?:the\s+)?\s*$/;
const insideOrgs = (out: TreatyMention[], start: number, end: number) =>
  out.filter((o) => o.start < end && start < o.end);
/** The span's text without the organisations named inside it; "" when anything else overlaps it. */
function withoutInner(text: string, start: number, end: number, out: TreatyMention[]): string {
  const inner = insideOrgs(out, start, end);
  if (!inner.length || inner.some((o) => !o.org || o.start <= start || o.end > end)) return '';
  let rest = '';
  let at = start;
  for (const o of inner.sort((a, b) => a.start - b.start)) {
    rest += text.slice(at, o.start);
    at = o.end;
  }
  return rest + text.slice(at, end);
}
/** Removes the organisation mentions lying inside an instrument's name (only when nothing else overlaps it). */
function dropInnerOrganisations(out: TreatyMention[], start: number, end: number, text: string): void {
  const inner = insideOrgs(out, start, end);
  if (!inner.length || inner.some((o) => !o.org || o.start <= start || o.end > end)) return;
  for (const o of inner) out.splice(out.indexOf(o), 1);
  // "... to the Eurasian Economic Union (EEU)": the bracketed short name is the inner organisation's, not an object.
  const bracket = out.find((o) => o.org && o.start > end && /^\s*\($/.test(text.slice(end, o.start)));
  if (bracket && text[bracket.end] === ')') out.splice(out.indexOf(bracket), 1);
}

// A word every organisation name outside the catalogue holds (its head noun or a well-known short name).
const ORG_GATE =
  /Organi[sz]ation|Union|Commonwealth|Community|Partnership|Forum|Association|Alliance|Agency|Council|Conference|INTERPOL|Interpol|ASEAN|CELAC|UNASUR|Unasur|ALBA|CARICOM|Caricom|MERCOSUR|Mercosur|SADC|IGAD|ECCAS|CEMAC|CIS|EAC|G5|Francophonie|(?:Investment|Development) Bank|Bank (?:for|of) [A-Z]|(?:American|African|Caribbean) Court/;

// A word's stem for "does the sentence use it": "nationality" is not "national security", "disputes" is "dispute".
const stem = (w: string) => (w.length > 7 ? w.slice(0, -2) : w.slice(0, 6));
const PROTOCOL_OF =
  /\b(Optional|Additional|optional|additional)\s+[Pp]rotocols?["”’']?(?:\s+and\s+[\p{L}\s]{1,30}?)?\s+(?:to|under|of)\s+(?:the\s+)?(?:\d{4}\s+)?$/u;
