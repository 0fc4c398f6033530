// A cue: a verb lexicon entry for one action, with the conditions the caller checks (its own module, so that the
// cue tables in separate files can share it without importing cues.ts).
import type { Action } from '../model';

// A legislature or its members, as the subject of a vote (here so that the cue tables outside cues.ts share it).
export const LEG = String.raw`(?:parliament|federation council|council of (?:the )?federation|parliamentarians|lawmakers|legislators|legislature|deputies|MPs|MEPs|members of parliament|lower house|upper house|senate|senators|chamber|national assembly|federal assembly|congress|house of representatives|seimas|saeima|sejm|riigikogu|eduskunta|verkhovna rada|rada|duma|storting|riksdag|folketing|bundestag|knesset)`;

/** A cue's pattern: global (an exec loop reads every match), case-insensitive, Unicode unless `flags` says otherwise. */
export const cuePattern = (source: string, flags = 'giu') => new RegExp(source, flags);

export interface CueDef {
  id: string;
  g: string[]; // lowercase stems, one of which must occur for the regex to run
  action: Action;
  re: RegExp;
  /** weak cues yield to any strong cue in the same sentence (e.g. "said it is withdrawing"). */
  weak?: boolean;
  /** offset of the trigger inside the match (named group `t`), used for scope and subject search */
  modalOk?: boolean; // the pattern itself embeds a modal ("announced that X would leave")
  noScope?: boolean; // the pattern already decides polarity ("did not ratify it until 2012")
  objTreaty?: boolean; // needs a treaty as its object (checked by the caller)
  needW?: boolean; // needs a withdrawal term somewhere in the sentence
  needLeg?: boolean; // needs a legislature before the verb
  noRatif?: boolean; // not in a sentence about ratifying (unless a withdrawal term is present)
  joint?: boolean; // every state named before the cue is a subject ("jointly recommended")
  older?: boolean; // a step restated as earlier than the sentence's main one ("after signing it")
  noW?: boolean; // not in a sentence with a withdrawal term
  follow?: boolean; // "followed suit": the action of the last claim (set by the caller)
  agentState?: boolean; // only a state named before the verb acts (not the possessor after it)
  ownDate?: boolean; // only a date after the trigger is the act's ("hailed on Monday A's accession on 3 May")
  dateInMatch?: boolean; // only a date inside the match is the act's ("A's accession on 3 May brings ... in 2001")
  noOrg?: boolean; // its object is an instrument, never an organisation ("notified the Council of Europe of ...")
  byAgent?: boolean; // the states inside the match after the trigger act ("a decision by Peru to withdraw")
}
