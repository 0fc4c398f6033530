// Round-12 stage kinds: the notice as a letter or note handed to an addressee or announced "in a letter to", the
// receiver's report of a denunciation, and a suspension decided with an adverb or a day between.
// Invented sentences of the same structure as the reporting.
import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers';

const PUB = '2021-06-09T10:00:00Z';
const got = (body: string, title = 'Treaty news') => triples(extract(body, PUB, title).claims);

describe('a letter or note to the organisation is the notification', () => {
  it('reads "gave <addressee> a letter that said the country was withdrawing" as the notice', () => {
    expect(
      got(
        'The Fijian government gave the Pacific Islands Forum secretary-general a letter on Monday that said the country was withdrawing from the body.',
      ),
    ).toContain('FJI pacific-islands-forum-agreement withdrawal_notified');
  });
  it('reads "announced its withdrawal from <T> in a letter to/that ..." as the notice', () => {
    expect(
      got(
        'Peru announced its withdrawal from UNESCO in a letter that the director general said she received on Monday.',
      ),
    ).toContain('PER unesco-constitution withdrawal_notified');
  });
  it('reads "sent a note to <addressee> communicating its decision to withdraw" as the notice', () => {
    expect(
      got('The government of Chile sent a note to the secretariat communicating its decision to withdraw from UNESCO.'),
    ).toContain('CHL unesco-constitution withdrawal_notified');
  });
  it('does not read a letter to the editor or to a head of government as the notice', () => {
    expect(
      got(
        'In a letter to Chilean President Luis Soto, an activist wrote that the government was pulling out of UNESCO.',
      ),
    ).not.toContain('CHL unesco-constitution withdrawal_notified');
    expect(got('The minister wrote in a letter to the editor that Chile should leave UNESCO.')).not.toContain(
      'CHL unesco-constitution withdrawal_notified',
    );
  });
});

describe('the receiver reports the denunciation', () => {
  it('reads "said it had received a written statement of denunciation from A" as the notice', () => {
    expect(
      got(
        'The World Bank on Monday said it had received a "written statement of denunciation" from Bolivia against the ICSID.',
      ),
    ).toContain('BOL icsid-convention withdrawal_notified');
  });
});

describe('a suspension decided with an adverb or a day between', () => {
  it('reads "has decided to immediately suspend <T>" and "decided on Monday to partially suspend <T>"', () => {
    expect(got('Norway has decided to immediately suspend the Ottawa Convention.')).toContain(
      'NOR ottawa-convention suspended',
    );
    expect(got('Norway decided on Monday to partially suspend the Ottawa Convention.')).toContain(
      'NOR ottawa-convention suspended',
    );
  });
});
