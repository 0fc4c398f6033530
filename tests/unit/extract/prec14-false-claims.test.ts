// Round 14 false claims, on small texts of our own: a denied report, a notice to the UN about something else, a revised
// or similar instrument, a passive present in a future's time clause (a condition, not an act), a participle's own
// object, a state inside a fronted "while" clause, and a UN organ's resolution.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00'; // Friday
const acts = (body: string, title?: string) => triples(extract(body, PUB, title).claims);

describe('a denied report is no act', () => {
  it('a report, claim or rumour that is dismissed or called false', () => {
    expect(acts('The minister dismissed reports that Armenia is withdrawing from the CSTO.')).toEqual([]);
    expect(acts('Reports that Armenia is leaving the CSTO are false, the minister said.')).toEqual([]);
    expect(acts('Claims that Armenia has left the CSTO are untrue.')).toEqual([]);
    expect(
      acts(
        '"Those who say that the president announced that Armenia is quitting the CSTO are wrong," the spokesman said.',
      ),
    ).toEqual([]);
  });
  it('keeps a report that is confirmed, and an act with a source', () => {
    expect(acts('Armenia left the CSTO on Friday, reports said.')).toEqual(['ARM csto-charter withdrawal_effective']);
    expect(acts('Reports that Armenia has left the CSTO were confirmed on Friday.')).toEqual([
      'ARM csto-charter withdrawal_effective',
    ]);
  });
});

describe('a notice to the UN that is no withdrawal', () => {
  it('informing the UN of a threat or of another state’s breach', () => {
    expect(
      acts(
        'The E3 informed the UN on Friday that they would trigger the snapback unless Iran returns to the Non-Proliferation Treaty.',
      ),
    ).toEqual([]);
    expect(
      acts(
        'In July, Peru informed the UN Secretary-General that it does not intend to become a party to the Arms Trade Treaty.',
      ),
    ).toEqual([]);
  });
  it('keeps a bare notice in a withdrawal context', () => {
    expect(
      acts(
        'Chile decided to leave the Rome Statute in January. Chile notified the Secretary-General on 2 March 2025, after its parliament approved the move in February.',
      ),
    ).toContain('CHL rome-statute withdrawal_notified');
  });
  it('keeps a notice of withdrawal', () => {
    expect(
      acts('Chile informed the UN Secretary-General on Friday of its withdrawal from the Kyoto Protocol.'),
    ).toEqual(['CHL kyoto-protocol withdrawal_notified']);
    expect(acts('Chile notified the UN on Friday that it is leaving the Kyoto Protocol.')).toEqual([
      'CHL kyoto-protocol withdrawal_notified',
    ]);
    expect(
      acts(
        'Chile decided to exit the Paris Agreement in 2017. Chile formally notified the United Nations of its decision a year ago.',
      ),
    ).toEqual(['CHL paris-agreement withdrawal_notified', 'CHL paris-agreement withdrawal_proposed']);
  });
});

describe('a participle’s clause has its own object', () => {
  it('"left ECOWAS, joining Mali in forming the Alliance of Sahel States"', () => {
    expect(
      acts('In January, Niger left ECOWAS, joining Mali and Burkina Faso in forming the Alliance of Sahel States.'),
    ).toEqual(['NER ecowas-treaty withdrawal_effective']);
    expect(acts('Niger left ECOWAS and the Alliance of Sahel States in January.')).toEqual([
      'NER ecowas-treaty withdrawal_effective',
      'NER liptako-gourma-charter withdrawal_effective',
    ]);
  });
});

describe('a revised instrument is not the one in context', () => {
  it('"ratified the revised agreement", "the adapted treaty"', () => {
    expect(
      acts(
        'Russia suspended the CFE Treaty in 2007. Russia has ratified the revised agreement, but the United States has not.',
      ),
    ).toEqual(['RUS cfe-treaty suspended']);
    expect(acts('Russia suspended the CFE Treaty in 2007. Belarus ratified the adapted treaty.')).toEqual([
      'RUS cfe-treaty suspended',
    ]);
  });
  it('"signed a similar agreement" is another instrument', () => {
    expect(
      acts('Chile signed the Kyoto Protocol on Friday, while Peru signed a similar agreement with Japan.'),
    ).toEqual(['CHL kyoto-protocol signed']);
  });
  it('keeps the plain generic noun', () => {
    expect(acts('Russia suspended the CFE Treaty in 2007. Belarus has ratified the agreement.')).toEqual([
      'BLR cfe-treaty joined',
      'RUS cfe-treaty suspended',
    ]);
  });
});

describe('a present tense in a future’s time clause is a condition', () => {
  it('"will enter into force 90 days after it is signed by", "once it is ratified by"', () => {
    expect(
      acts(
        'Russia ratified the Kyoto Protocol on Friday. The protocol will go into force 90 days after it passes the upper house and is signed by President Vladimir Putin.',
      ),
    ).toEqual(['RUS kyoto-protocol joined']);
    expect(acts('The Kyoto Protocol will take effect for Chile once it is ratified by Peru.')).toEqual([]);
  });
  it('keeps a past act in the time clause', () => {
    expect(
      acts(
        'The Kyoto Protocol will enter into force for Chile on 1 June, after Chile deposited its instrument of ratification on 3 March.',
      ),
    ).toEqual(['CHL kyoto-protocol joined']);
  });
});

describe('a state inside a fronted "while" or "although" clause is not the main clause’s subject', () => {
  it('"But while members such as A have left, the emirate joined in 1961"', () => {
    expect(
      acts(
        'Qatar will quit OPEC. But while members such as Indonesia have left in the past, the emirate is one of its oldest members, having joined OPEC in 1961.',
      ),
    ).toEqual(['QAT opec-statute joined']);
  });
  it('keeps the act inside the clause and the pronoun after it', () => {
    expect(acts('Although Chile signed the Kyoto Protocol in 2000, it ratified it in 2005.')).toEqual([
      'CHL kyoto-protocol joined',
      'CHL kyoto-protocol signed',
    ]);
  });
});

describe('a resolution of a UN organ is no state’s step', () => {
  it('"the General Assembly endorsed the recommendation", "the UNGA third committee adopted a resolution"', () => {
    expect(
      acts(
        'Chile left UNIDO in 1996. In 1975, the General Assembly endorsed the recommendation that UNIDO become a specialized agency.',
      ),
    ).toEqual(['CHL unido-constitution withdrawal_effective']);
    expect(
      acts(
        'Peru ratified the Arms Trade Treaty on Friday. The UNGA third committee adopted a resolution calling on all states to ratify the treaty.',
      ),
    ).toEqual(['PER arms-trade-treaty joined']);
  });
  it('keeps a government’s adopted proposal to withdraw', () => {
    expect(
      acts('The Peruvian government adopted a proposal to withdraw from the Arms Trade Treaty on Friday.'),
    ).toEqual(['PER arms-trade-treaty withdrawal_proposed']);
  });
});
