// What "followed suit" repeats (read with index.ts): the act of a main clause in the same or the sentence before, not
// one inside a temporal or causal clause ("A stopped paying after B joined it. Later C followed suit." — C stopped
// paying; it did not join), nor an act several sentences back.
import type { Ctx } from './resolve';

const SUBORDINATE_SUBJECT =
  /\b(?:after|since|when|once|because|before|until)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:(?:had|has|have|was|were)\s+)?(?:\p{Ll}+ly\s+)?$/u;

/** Whether a cue at `trigger` is the verb of an "after X did" clause, so a later "followed suit" does not repeat it. */
export function inSubordinateClause(s: string, trigger: number): boolean {
  return SUBORDINATE_SUBJECT.test(s.slice(Math.max(0, trigger - 70), trigger));
}

/** The action "followed suit" in sentence `i` repeats, if the last main act is in this sentence or the one before. */
export function followedAction(ctx: Ctx, i: number): string | undefined {
  return ctx.followed && ctx.followed.at >= i - 1 ? ctx.followed.action : undefined;
}
