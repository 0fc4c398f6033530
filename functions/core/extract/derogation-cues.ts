// A derogation (Article 15 ECHR, Article 4 ICCPR) suspends a state's obligations under the treaty in an emergency:
// corpus rule — a notified derogation is `suspended`. Reporters write it as the notice ("notified the Council of Europe
// of their intention to derogate from"), the past act ("has derogated from") or the clause invoked ("activated
// Article 15 of", "invoked the article ... that allows for derogations"). A plan ("plans to derogate", "will
// notify") is cancelled by the modal scope; "has not derogated" by the negation scope.
import { type CueDef, cuePattern } from './cue-def';

const r = cuePattern;
// The derogation article by number, only with its instrument: Article 15 of the ECHR, Article 4 of the ICCPR (an
// "Article 15" of another treaty is its own clause, e.g. a withdrawal clause).
const DEROGATION_ARTICLE = String.raw`(?:article\s+15\s+of\s+(?:the\s+)?(?:European\s+Convention|ECHR|Convention\b)|article\s+4\s+of\s+(?:the\s+)?(?:International\s+Covenant|ICCPR|Covenant\b))`;

export const DEROGATION_CUES: CueDef[] = [
  {
    id: 'U5',
    g: ['derogat'],
    action: 'suspended',
    noOrg: true,
    re: r(
      String.raw`(?<=\b(?:notified|informed)\s+(?:the\s+)?(?:[\p{L}.'’()-]+\s+){1,8}?of\s+(?:its|their|the|a)\s+(?:(?:formal|official)\s+)?)(?<t>(?:(?:intention|decision)\s+to\s+derogate|derogations?))\b`,
    ),
  },
  {
    id: 'U6',
    g: ['derogated', 'derogates'],
    action: 'suspended',
    noOrg: true,
    re: r(String.raw`\b(?<t>derogated|derogates)\s+from\b`),
  },
  {
    id: 'U7',
    g: ['derogat', 'article 15', 'article 4'],
    action: 'suspended',
    noOrg: true,
    re: r(
      String.raw`\b(?<t>activated|invoked|triggered|activates|invokes)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:derogation\b|${DEROGATION_ARTICLE}|(?:derogation\s+)?(?:clause|article)\b[^.;]{0,120}?\b(?:allow|permit|provid)\w*\s+(?:for\s+)?(?:[\p{L}]+\s+){0,3}?derogat)`,
    ),
  },
];
