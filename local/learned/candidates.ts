// Candidates for the learned reader: every (state, treaty) pair that the extractor's own recognisers find in one
// sentence, with the features a bag-of-features classifier reads (words between and around the two mentions, the
// cue ids the rules find in the sentence, negation and irrealis, distance, place in the article, the rules' own
// claim for the pair). No recogniser of its own: sentence split, findTreaties and findStates are the extractor's.
import type { Claim } from '#core/model';
import { cleanText } from '#core/extract/clean';
import { findCues, inIrrealisScope } from '#core/extract/cues';
import { findStates, findTreaties, type Gazetteer } from '#core/extract/gazetteer';
import { splitSentences } from '#core/extract/sentences';
import { tokensOf } from '#core/extract/structure';

export const NONE = 'none';
/** One pair read in one sentence. */
export interface Candidate {
  state: string;
  treaty: string;
  /** Sentence index: 0 is the headline (when the article has one), then the body's sentences. */
  sIdx: number;
  headline: boolean;
  features: string[];
  evidence: string;
}

const CONTENT = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'ADP', 'PART', 'AUX']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without']);
const AROUND = 4; // tokens read before the first mention and after the second

const bucket = (n: number) => (n <= 2 ? 'adjacent' : n <= 6 ? 'near' : n <= 15 ? 'mid' : 'far');

/** The features of a pair in one sentence (the mentions' character spans in it). */
export function pairFeatures(
  s: string,
  st: { start: number; end: number },
  tr: { start: number; end: number },
  place: { headline: boolean; sIdx: number },
  ruleActions: string[],
): string[] {
  const out = new Set<string>([place.headline ? 'place:headline' : place.sIdx <= 3 ? 'place:lead' : 'place:body']);
  out.add(st.start < tr.start ? 'order:state-first' : 'order:treaty-first');
  for (const a of ruleActions.length ? ruleActions : [NONE]) out.add(`rule:${a}`);
  const first = st.start < tr.start ? st : tr;
  const second = first === st ? tr : st;
  const toks = tokensOf(s).filter(
    (t) => !(t.start >= st.start && t.end <= st.end) && !(t.start >= tr.start && t.end <= tr.end),
  );
  const before = toks.filter((t) => t.end <= first.start);
  const between = toks.filter((t) => t.start >= first.end && t.end <= second.start);
  const after = toks.filter((t) => t.start >= second.end);
  const word = (t: { lemma: string; pos: string }) => (CONTENT.has(t.pos) && !/^\d/.test(t.lemma) ? t.lemma : null);
  for (const t of between) {
    const w = word(t);
    if (w) out.add(`b:${w}`);
    if (t.pos === 'VERB') out.add(`bv:${t.lemma}`);
  }
  for (const t of before.slice(-AROUND)) if (word(t)) out.add(`l:${word(t)}`);
  for (const t of after.slice(0, AROUND)) if (word(t)) out.add(`r:${word(t)}`);
  for (const t of toks) {
    if (NEGATION.has(t.lower)) out.add('neg');
    if (t.pos === 'VERB') out.add(`v:${t.lemma}`);
    if (t.lower === 'will' || t.lower === 'would' || t.lower === 'could' || t.lower === 'may') out.add('modal');
  }
  out.add(`gap:${bucket(between.length)}`);
  for (const h of findCues(s)) {
    out.add(`cue:${h.def.id}`);
    out.add(`cue-act:${h.def.action}`);
    if (!h.def.noScope && inIrrealisScope(s, h.trigger, h.def)) out.add(`irrealis:${h.def.action}`);
  }
  return [...out];
}

/** The article's sentences as the extractor reads them, its headline first. */
export function articleSentences(body: string, title?: string): { s: string; headline: boolean }[] {
  const head = title?.trim() ? [{ s: title.trim(), headline: true }] : [];
  return [...head, ...splitSentences(cleanText(body)).map((s) => ({ s, headline: false }))];
}

/** Every pair named in one sentence; `claims` are the rules' claims for the article (their actions are features). */
export function candidatesOf(
  body: string,
  title: string | undefined,
  gz: Gazetteer,
  claims: Pick<Claim, 'state' | 'treaty' | 'action'>[],
): Candidate[] {
  const ruled = new Map<string, string[]>();
  for (const c of claims)
    ruled.set(`${c.state}|${c.treaty}`, [...(ruled.get(`${c.state}|${c.treaty}`) ?? []), c.action]);
  const out: Candidate[] = [];
  articleSentences(body, title).forEach(({ s, headline }, sIdx) => {
    const ts = findTreaties(s, gz).filter((m) => m.treaty && !m.org);
    if (!ts.length) return;
    const ss = findStates(s, gz, ts).filter((m) => m.anaphor === undefined);
    for (const sm of ss)
      for (const state of sm.states)
        for (const tm of ts) {
          const treaty = tm.treaty!;
          const features = pairFeatures(s, sm, tm, { headline, sIdx }, ruled.get(`${state}|${treaty}`) ?? []);
          out.push({ state, treaty, sIdx, headline, features, evidence: s });
        }
  });
  return out;
}
