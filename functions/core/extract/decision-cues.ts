// Acts reported as a decision taken or as a state's own approval of its joining (read with cues.ts):
// "Brazil decided to suspend its participation in X" is the suspension (a decision taken, not an intention);
// "President X approved the country's accession to Y" is the approval to become a party (joined). Only a state named
// before the verb acts: an organisation approving a state's accession is not that state's act, nor is a suspension
// decided by an unnamed council the act of a state named after it ("in response to the North's ...") (`agentState`).
import { type CueDef, cuePattern } from './cue-def';

const r = cuePattern;
const OWN = String.raw`(?:the\s+country['’]s|the\s+nation['’]s|its|their|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}-]*){0,2}['’]s?)`;

const EXECUTIVE = String.raw`(?:cabinet|government|council\s+of\s+ministers)`;

export const DECISION_CUES: CueDef[] = [
  {
    id: 'U5',
    g: ['suspend'],
    action: 'suspended',
    re: r(
      String.raw`\b(?:decided|decides)\s+(?:on\s+[\p{Lu}]\p{L}+\s+)?to\s+(?:\p{L}+ly\s+)?(?<t>suspend)\s+(?:(?:its|their|the\s+country['’]s)\s+(?:participation|membership|obligations)\s+(?:in|under|to|of)\b|(?=(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:treaty|convention|agreement|accord|pact|protocol)?))`,
    ),
    objTreaty: true,
    modalOk: true,
    agentState: true,
  },
  // "a decision by Russia on Tuesday to withdraw from", "the announcements by A, B and C to withdraw from": the
  // states of the by-phrase propose (`byAgent`), whoever condemns or welcomes the decision in the main clause.
  // ("the decision of the X government to ..." is P8's.)
  {
    id: 'P16',
    g: ['decision', 'announcement'],
    action: 'withdrawal_proposed',
    re: r(
      String.raw`\b(?:a|the)\s+(?<t>decision|announcements?)\s+by\s+[^.;:]{1,80}?\s+to\s+(?:formally\s+)?(?:withdraw|leave|quit|exit|pull\s+out)\b(?:\s+(?:from|of))?`,
    ),
    objTreaty: true,
    weak: true,
    modalOk: true,
    byAgent: true,
  },
  {
    id: 'J21',
    g: ['approved', 'approves'],
    action: 'joined',
    re: r(
      String.raw`\b(?<t>approved|approves)\s+${OWN}\s+(?:accession|membership|ratification|adhesion)\s+(?:to|in|of|into)\b`,
    ),
    agentState: true,
  },
  // "The Chilean cabinet approved the ratification of T", "A's government voted to ratify T": the executive's approval
  // of the ratification is the approval to become a party (a legislature's vote is J11's). The state is named before.
  {
    id: 'J22',
    g: ['cabinet', 'government', 'council of ministers'],
    action: 'joined',
    re: r(
      String.raw`\b${EXECUTIVE}\b[^.;:]{0,40}?\b(?<t>approved|approves|endorsed|endorses|adopted|adopts)\s+(?:the\s+)?(?:ratification|accession)\s+(?:of|to)\b`,
    ),
  },
  {
    id: 'J22v',
    g: ['cabinet', 'government', 'council of ministers'],
    action: 'joined',
    re: r(
      String.raw`\b${EXECUTIVE}\b[^.;:]{0,40}?\b(?<t>voted|votes)\s+(?:unanimously\s+)?to\s+(?:ratify|accede\s+to)\b`,
    ),
  },
];
