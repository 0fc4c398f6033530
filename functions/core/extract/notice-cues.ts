// The notice named by its verb (read with cues.ts): "X denounced the <treaty>" is a state's denunciation, made by
// notification under the treaty's withdrawal clause; "X notified its withdrawal from <treaty>" likewise. Criticism
// ("denounced the treaty as unfair", "denounced what it called ...") has no treaty right after the verb or goes on
// with "as"; the caller checks that the object is a treaty (objTreaty).
import type { CueDef } from './cue-def';

const r = (s: string) => new RegExp(s, 'giu');
const TREATY_OBJECT = String.raw`(?=(?:the\s+|its\s+|their\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,5}(?:Treaty|Convention|Charter|Agreement|Protocol|Statute|Covenant|Pact|Accord)?)(?![^.;,]{0,90}?\bas\s+(?:an?\s+|the\s+)?(?!part\b)\p{L})`;

export const NOTICE_CUES: CueDef[] = [
  {
    id: 'N11',
    g: ['denounced'],
    action: 'withdrawal_notified',
    // Past tense only: a headline's "X Denounces the Charter" restates the news in the present; a law or decree
    // "that denounced" the treaty is that instrument's act, read by its own cue.
    re: r(
      String.raw`(?<!\b(?:law|laws|bill|bills|decree|decrees|order|act)\s+(?:that\s+|which\s+)?["“]?)\b(?<t>denounced)\s+${TREATY_OBJECT}`,
    ),
    objTreaty: true,
  },
  {
    id: 'N11b',
    g: ['to denounce'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:became|becomes|has become|was|is)\s+the\s+(?:first|second|third|latest|\d+(?:st|nd|rd|th))\s+(?:state|country|nation|government)\s+(?:ever\s+)?to\s+(?<t>denounce)\s+${TREATY_OBJECT}`,
    ),
    objTreaty: true,
    modalOk: true,
  },
  {
    id: 'N12',
    g: ['notified', 'notifies'],
    action: 'withdrawal_notified',
    re: r(
      String.raw`\b(?:formally\s+|officially\s+)?(?<t>notified|notifies)\s+(?:its|their)\s+(?:formal\s+|final\s+)?(?:withdrawal|exit|departure|denunciation)\s+(?:from|of)\b`,
    ),
  },
];
