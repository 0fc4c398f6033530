// Over 300 lines: the verb–object rules are one table, read by one loop over the sentence's tokens with its helpers.
// Sentence structure from wink-nlp (tokens, parts of speech, lemmas) for what a fixed character window cannot
// judge: a verb and its object with a date or a parenthesis between them ("declared on Monday night their exit",
// "handed the UN Secretary-General, A. B., on Friday its notice"), and negation across a parenthesis
// ("has not, despite years of pressure, ratified"). The model is loaded on first use and a sentence is read only
// when a cheap lexical gate says a rule here could apply, so most sentences never reach it.
import winkNLP from 'wink-nlp';
import type { ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Action } from '../model';
import type { CueDef, CueHit } from './cues';

export interface Token {
  start: number;
  end: number;
  lower: string;
  lemma: string;
  pos: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
let enabled = true;
/** Switch the structural reader off (the bench measures the rules alone beside it in the same run). */
export function setStructuralReader(on: boolean): void {
  enabled = on;
}
/** Load the model now (a cold start pays for it once; see README). Returns the milliseconds it took. */
export function loadReader(): number {
  const t0 = performance.now();
  nlp ??= winkNLP(model, ['pos']);
  return performance.now() - t0;
}

const cache = new Map<string, Token[]>();
/** Tokens of one sentence with character offsets into it (a small cache: rules ask about one sentence in turn). */
export function tokensOf(s: string): Token[] {
  const hit = cache.get(s);
  if (hit) return hit;
  loadReader();
  const its = nlp!.its;
  const out: Token[] = [];
  let at = 0;
  nlp!
    .readDoc(s)
    .tokens()
    .each((t: ItemToken) => {
      const v = t.out();
      const start = s.indexOf(v, at);
      if (start < 0) return;
      at = start + v.length;
      out.push({
        start,
        end: at,
        lower: v.toLowerCase(),
        lemma: String(t.out(its.lemma as never)).toLowerCase(),
        pos: String(t.out(its.pos)),
      });
    });
  if (cache.size > 64) cache.clear();
  cache.set(s, out);
  return out;
}

const CLAUSE_END = /^[;:.!?\u2014\u2013]$/;
const RELATIVE = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'although',
  'because',
  'if',
  'but',
]);
/** A stretch of the sentence that is one noun phrase whatever it holds (an instrument's title). */
export interface Span {
  start: number;
  end: number;
}
const inSpan = (t: Token, spans: Span[]) => spans.some((m) => t.start >= m.start && t.end <= m.end);
/**
 * Tokens after `i` up to the end of its clause: a stop sign, a relative or another finite verb. An instrument's
 * title is one noun phrase ("the Convention on the Prohibition of ... and on their Destruction"): its words end
 * nothing and count as one token.
 */
function clauseAfter(tokens: Token[], i: number, max = 30, spans: Span[] = []): Token[] {
  const out: Token[] = [];
  for (let j = i + 1; j < tokens.length && out.length < max; j++) {
    const t = tokens[j];
    if (inSpan(t, spans)) {
      if (!inSpan(tokens[j - 1], spans)) out.push(t);
      continue;
    }
    if (CLAUSE_END.test(t.lower) || RELATIVE.has(t.lower) || t.pos === 'AUX' || t.pos === 'SCONJ') break;
    // A verb ends the clause unless it is a gerund inside the object ("a draft law on withdrawing").
    if (
      t.pos === 'VERB' &&
      !(t.lower.endsWith('ing') && tokens[j - 1] && /^(?:ADP|DET|NOUN|ADJ)$/.test(tokens[j - 1].pos))
    )
      break;
    out.push(t);
  }
  return out;
}

interface VerbObjectRule {
  id: string;
  action: Action;
  verbs: Set<string>; // lemmas
  objects: Set<string>; // lemmas of the object's head noun
  /** The object noun must be followed by one of these words (e.g. "decision to leave"). */
  objectThen?: RegExp;
  /** Something else the clause must name (e.g. a legislature for a submission). */
  clauseNeeds?: RegExp;
  gate: RegExp; // cheap test on the lower-cased sentence before it is read
  /** Words the gate's second part needs, as a plain scan: most sentences lack them, and the gate's `.*` backtracks. */
  needs: RegExp;
  needW?: boolean;
  noRatif?: boolean;
  /** The passive form counts too: the object is the clause's subject ("a motion ... was introduced in parliament"). */
  passive?: boolean;
  /** What the sentence must name before the verb (the acting body), and must not. */
  before?: RegExp;
  notBefore?: RegExp;
  /** A gerund after "by" is the act too ("took a step by approving a proposal to ..."). */
  byGerund?: boolean;
}
const LEGISLATURE =
  /\b(?:parliament|legislature|lawmakers|deputies|mps|chamber|national assembly|federal assembly|congress|senate|seimas|saeima|sejm|riigikogu|eduskunta|rada|duma|storting|riksdag|folketing|bundestag|knesset)\b/;
const RULES: VerbObjectRule[] = [
  {
    id: 'X1',
    action: 'withdrawal_proposed',
    verbs: new Set(['announce', 'declare', 'confirm', 'formalise', 'formalize', 'unveil']),
    objects: new Set(['exit', 'withdrawal', 'departure', 'denunciation', 'pullout']),
    gate: /\b(?:announc|declar|confirm|formali[sz]|unveil)\w*\b.*\b(?:exit|withdrawal|departure|denunciation|pullout)\b/,
    needs: /exit|withdrawal|departure|denunciation|pullout/,
  },
  {
    id: 'X2',
    action: 'withdrawal_notified',
    verbs: new Set(['hand', 'deliver', 'submit', 'lodge', 'deposit', 'file', 'send', 'transmit', 'present']),
    objects: new Set(['notice', 'notification', 'instrument']),
    objectThen: /^(?!\s+of\s+(?:ratification|accession|acceptance|approval))/,
    gate: /\b(?:hand|deliver|submit|lodg|deposit|file|filed|sent|send|transmit|present)\w*\b.*\b(?:notice|notification|instrument)s?\b/,
    needs: /notice|notification|instrument/,
    noRatif: true,
    needW: true,
  },
  {
    id: 'X3',
    action: 'withdrawal_proposed',
    verbs: new Set(['send', 'submit', 'forward', 'table', 'refer', 'introduce', 'transmit']),
    objects: new Set(['bill', 'draft', 'law', 'proposal', 'motion', 'legislation']),
    clauseNeeds: LEGISLATURE,
    // The verb before its object, or (a passive) after its subject.
    gate: /\b(?:sen[dt]|submit|forward|tabl|referr?|introduc|transmit)\w*\b.*\b(?:bill|draft|law|proposal|motion|legislation)\b|\b(?:bill|draft|law|proposal|motion|legislation)\b.*\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?(?:sent|submitted|forwarded|tabled|referred|introduced|transmitted)\b/,
    needs: /bill|draft|law|proposal|motion|legislation/,
    needW: true,
    passive: true,
  },
  // "The Government today adopted the initiative to withdraw from T", "the cabinet took a step by approving a draft
  // proposal ..., urging the nation to withdraw from T": the executive's adoption of a proposal to leave is the
  // proposal (a legislature adopting one is its vote, which the A cues read).
  {
    id: 'X4',
    action: 'withdrawal_proposed',
    verbs: new Set(['adopt', 'approve', 'endorse', 'back']),
    objects: new Set(['initiative', 'proposal', 'draft', 'plan']),
    objectThen: /^[^.;]{0,90}?\bto\s+(?:formally\s+)?(?:withdraw|leave|quit|exit|denounce|terminate)\b/,
    gate: /\b(?:adopt|approv|endors|back)\w*\b.*\b(?:initiative|proposal|draft|plan)\b/,
    needs: /initiative|proposal|draft|plan/,
    needW: true,
    before: /\b(?:government|cabinet|council of ministers)\b/,
    notBefore: LEGISLATURE,
    byGerund: true,
  },
];
const W_GATE = /\b(?:withdraw\w*|exit\w*|leav\w+|quit\w*|denounc\w*|denunciation|departure|pull\w* out)\b/;
const RATIF_GATE = /ratif|accession|acced/;

/** Verb–object cues found through the sentence's structure, in the shape of the regular cues. */
export function structuralCues(s: string, found: Set<Action> = new Set(), spansOf: () => Span[] = () => []): CueHit[] {
  if (!enabled) return [];
  const lower = s.toLowerCase();
  // Only where the regular cues found no claim of that action: the reader fills their gaps, it does not repeat them.
  // The same tests as before, cheapest first: the withdrawal words once per sentence, the gate's words by a plain scan.
  let w: boolean | undefined;
  const rules = RULES.filter(
    (r) =>
      !found.has(r.action) &&
      (!r.needW || (w ??= W_GATE.test(lower))) &&
      r.needs.test(lower) &&
      r.gate.test(lower) &&
      !(r.noRatif && RATIF_GATE.test(lower) && !(w ??= W_GATE.test(lower))),
  );
  if (!rules.length) return [];
  const tokens = tokensOf(s);
  const spans = spansOf();
  const hits: CueHit[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || inSpan(t, spans)) return;
    // A participle in a noun phrase names no act ("by approving" may, where the rule says so).
    const gerund = t.lower.endsWith('ing');
    if (gerund && !(i > 0 && tokens[i - 1].lower === 'by' && rules.some((r) => r.byGerund))) return;
    for (const rule of rules) {
      if (!rule.verbs.has(t.lemma) || (gerund && !rule.byGerund)) continue;
      if (rule.before && !rule.before.test(lower.slice(0, t.start))) continue;
      if (rule.notBefore && rule.notBefore.test(lower.slice(0, t.start))) continue;
      const clause = clauseAfter(tokens, i, 30, spans);
      if (rule.passive && passiveAt(tokens, i)) {
        const subj = subjectBefore(tokens, i, rule.objects, spans);
        const clauseEnd = clause.length ? clause[clause.length - 1].end : t.end;
        if (!subj || (rule.clauseNeeds && !rule.clauseNeeds.test(lower.slice(t.end, clauseEnd)))) continue;
        const def: CueDef = { id: `${rule.id}p`, g: [], action: rule.action, re: /$^/ };
        hits.push({ def, start: subj.start, end: t.end, trigger: t.start });
        continue;
      }
      const obj = clause.find(
        (o) =>
          o.pos === 'NOUN' && rule.objects.has(o.lemma) && (!rule.objectThen || rule.objectThen.test(s.slice(o.end))),
      );
      if (!obj) continue;
      const clauseEnd = clause.length ? clause[clause.length - 1].end : t.end;
      if (rule.clauseNeeds && !rule.clauseNeeds.test(lower.slice(t.end, clauseEnd))) continue;
      const def: CueDef = { id: rule.id, g: [], action: rule.action, re: /$^/ };
      hits.push({ def, start: t.start, end: obj.end, trigger: t.start });
    }
  });
  return hits;
}

/** "was (formally) introduced": a participle after a form of "be" (adverbs between). */
function passiveAt(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].pos === 'ADV') j--;
  return j >= 0 && tokens[j].pos === 'AUX' && tokens[j].lemma === 'be';
}
/**
 * The head noun of the passive clause's subject ("A motion for X to leave the <title> was introduced"): the first
 * noun of the clause that ends at the auxiliary, with an instrument's title read as one phrase.
 */
function subjectBefore(tokens: Token[], i: number, objects: Set<string>, spans: Span[]): Token | undefined {
  let from = i - 1;
  while (from > 0 && !(CLAUSE_END.test(tokens[from - 1].lower) && !inSpan(tokens[from - 1], spans))) from--;
  for (let j = from; j < i; j++) {
    const t = tokens[j];
    if (inSpan(t, spans)) continue;
    if (t.pos === 'NOUN') return objects.has(t.lemma) ? t : undefined;
  }
  return undefined;
}

const NEGATOR = new Set(['not', "n't", 'never']);
/**
 * Is the verb at `trigger` negated by an auxiliary before a parenthesis ("has not, despite ..., ratified")?
 * Only asked when a negator occurs before the verb but outside the short window the regular scope reads.
 */
export function negatedAcross(s: string, trigger: number): boolean {
  if (!enabled) return false;
  const tokens = tokensOf(s);
  let i = tokens.findIndex((t) => t.start === trigger);
  if (i < 0) return false;
  let depth = 0; // inside a comma-delimited parenthesis, walking backwards
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.lower === ',') {
      depth = depth ? 0 : 1;
      continue;
    }
    if (CLAUSE_END.test(t.lower)) return false;
    if (depth) {
      if (t.pos === 'VERB' || t.pos === 'AUX') return false;
      continue;
    }
    if (NEGATOR.has(t.lower)) return true;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    return false;
  }
  return false;
}

/**
 * Is the treaty starting at `objectStart` the object of the verb at `trigger`, with only adverbials between
 * ("ratified on Tuesday, after a long debate in the chamber, the Ottawa Convention")? No other verb, no clause end.
 */
export function objectInClause(s: string, trigger: number, objectStart: number): boolean {
  if (!enabled || objectStart - trigger > 200) return false;
  const tokens = tokensOf(s);
  const i = tokens.findIndex((t) => t.start === trigger);
  if (i < 0) return false;
  const between: Token[] = [];
  for (let j = i + 1; j < tokens.length && tokens[j].start < objectStart; j++) between.push(tokens[j]);
  if (!between.length || !/^(?:ADP|ADV)$/.test(between[0].pos)) return false; // an adverbial starts right after the verb
  for (const t of between) {
    if (
      CLAUSE_END.test(t.lower) ||
      RELATIVE.has(t.lower) ||
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.pos === 'SCONJ' ||
      t.lower === 'and' ||
      t.lower === 'or'
    )
      return false;
  }
  // ... and ends right before the object: a comma, or a time word ("on Tuesday the convention").
  const rest = between.filter((t) => t.lower !== 'the');
  const last = rest[rest.length - 1];
  return last.lower === ',' || TIME_WORD.test(last.lower);
}
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|night|morning|evening|afternoon|\d{4}|\d{1,2})$/;
