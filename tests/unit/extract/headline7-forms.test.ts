// Headline acts in the forms outlets write besides "X joins Y": any inflection of "become ... member/party", the
// nominal "X's accession to Y", a chamber as subject, "denounces" with a treaty as object. Invented headlines.
import { describe, expect, it } from 'vitest';
import { titleActions } from '../../../functions/core/extract/title-acts';
import { brief, extract } from './helpers';

const PUB = '2025-03-14T10:00:00+01:00';
const BODY = 'Officials in the capital welcomed the step at a short ceremony.';
const run = (title: string, body = BODY) => brief(extract(body, PUB, title).claims);

describe('"become" in any inflection, with ordinals and modifiers', () => {
  it('reads "Congratulations to X on becoming the Nth State Party to Y"', () => {
    expect(run('Congratulations to Slovenia on becoming the 121st State Party to the Arms Trade Treaty')).toEqual([
      'SVN arms-trade-treaty joined null primary',
    ]);
  });
  it('reads "X becomes Nth country in Y"', () => {
    expect(run('Slovenia becomes 88th country in Arms Trade Treaty; others wait')).toEqual([
      'SVN arms-trade-treaty joined null primary',
    ]);
  });
  it('reads "X formally becomes new Y member" and "X becomes Y\'s newest member"', () => {
    expect(run('Slovenia formally becomes new ATT member')).toEqual(['SVN arms-trade-treaty joined null primary']);
    expect(run("Slovenia becomes ATT's newest member")).toEqual(['SVN arms-trade-treaty joined null primary']);
  });
  it('reads "X Becomes Nth State to the Y"', () => {
    expect(run('Slovenia Becomes 30th State to the Arms Trade Treaty')).toEqual([
      'SVN arms-trade-treaty joined null primary',
    ]);
  });
  it('does not read an intention to become a member ("to become", "on track to becoming")', () => {
    expect(run('Slovenia to become member of Arms Trade Treaty')).toEqual([]);
    expect(run('Slovenia moves towards becoming a party to the Arms Trade Treaty')).toEqual([]);
    expect(run('Slovenia on the road to becoming a party to the Arms Trade Treaty')).toEqual([]);
  });
  it('does not read "becomes first country in the world to ..." nor a permanent or observer seat', () => {
    expect(run('Slovenia becomes first country in the world to ban arms exports under Arms Trade Treaty')).toEqual([]);
    expect(run('Slovenia becomes observer member of Arms Trade Treaty body')).toEqual([]);
  });
});

describe('the nominal act after its state', () => {
  it('reads "X\'s accession to Y" and "their accession to Y" as joining', () => {
    expect(run("Welcome news: Slovenia's accession to the Arms Trade Treaty")).toEqual([
      'SVN arms-trade-treaty joined null primary',
    ]);
    expect(run('Chile and Peru: Statement by the Spokesperson on their accession to the Arms Trade Treaty')).toEqual([
      'CHL arms-trade-treaty joined null primary',
      'PER arms-trade-treaty joined null primary',
    ]);
  });
  it('reads "X\'s withdrawal from Y takes effect" and "X completes withdrawal from Y" as the effect', () => {
    expect(run("Honduras's withdrawal from the Arms Trade Treaty takes effect")).toEqual([
      'HND arms-trade-treaty withdrawal_effective null primary',
    ]);
    expect(run('Honduras completes withdrawal from the Arms Trade Treaty')).toEqual([
      'HND arms-trade-treaty withdrawal_effective null primary',
    ]);
  });
  it('reads no stage in a withdrawal named as a noun, nor a ratification being revoked', () => {
    expect(run('Statement on Honduras’ withdrawal from the Arms Trade Treaty')).toEqual([]);
    expect(run('President signs bill revoking Honduras’s ratification of the Arms Trade Treaty')).toEqual([]);
  });
  it('reads "Y: X notifies its withdrawal" as the notice', () => {
    expect(run('Arms Trade Treaty: Honduras notifies its withdrawal')).toEqual([
      'HND arms-trade-treaty withdrawal_notified null primary',
    ]);
  });
  it('does not read a withdrawal the headline sets as background, or one it asks about', () => {
    expect(run("After Honduras's withdrawal from the Arms Trade Treaty, exporters regroup")).toEqual([]);
    expect(run("After Honduras's accession to the Arms Trade Treaty, exporters regroup")).toEqual([]);
    expect(run("Questions about Honduras's accession to the Arms Trade Treaty")).toEqual([]);
  });
  it('does not read an accession the headline says is blocked, delayed or sought', () => {
    expect(run("Slovenia's accession to the Arms Trade Treaty blocked by court")).toEqual([]);
    expect(run("Parliament delays Slovenia's accession to the Arms Trade Treaty")).toEqual([]);
    expect(run("Slovenia's bid for accession to the Arms Trade Treaty")).toEqual([]);
  });
  it('lets a verb act come first over a nominal one', () => {
    expect(run('Slovenia joins Arms Trade Treaty on accession of its neighbour')).toEqual([
      'SVN arms-trade-treaty joined null primary',
    ]);
  });
});

describe('"denounces" a treaty, and chambers as subjects', () => {
  it('reads "X denounces Y" and "X to denounce Y" as the proposal', () => {
    expect(run('Honduras denounces the Arms Trade Treaty')).toEqual([
      'HND arms-trade-treaty withdrawal_proposed null primary',
    ]);
    expect(run('Honduras to denounce Arms Trade Treaty')).toEqual([
      'HND arms-trade-treaty withdrawal_proposed null primary',
    ]);
  });
  it('does not read "denounces" as an exit when it condemns another state\'s act', () => {
    expect(
      run("Honduras denounces Peru's withdrawal from the Arms Trade Treaty").filter((c) => c.startsWith('HND')),
    ).toEqual([]);
  });
  it('reads a chamber that denounces or repeals a treaty as the approval', () => {
    expect(run('National Assembly of Chile passes law repealing the Arms Trade Treaty')).toEqual([
      'CHL arms-trade-treaty withdrawal_approved null primary',
    ]);
    expect(run('State Duma denounces the Arms Trade Treaty')).toEqual([
      'RUS arms-trade-treaty withdrawal_approved null primary',
    ]);
  });
  it('reads a chamber that approves a treaty to join as joining, not as an exit', () => {
    expect(run("Chile's Senate greenlights Arms Trade Treaty")).toEqual(['CHL arms-trade-treaty joined null primary']);
    expect(run('Chilean Senate OKs the Arms Trade Treaty')).toEqual(['CHL arms-trade-treaty joined null primary']);
    expect(run("Chile's Senate votes against the Arms Trade Treaty")).toEqual([]);
    expect(run('Chilean MPs vote down Arms Trade Treaty')).toEqual([]);
    expect(run('Chilean lower house votes to revoke Arms Trade Treaty ratification')).toEqual([]);
  });
});

describe('a headline naming the act as a noun marks the body act as the news', () => {
  it('reads "lauds X\'s assent to Y" as naming the joining the body dates', () => {
    const body =
      'Campaigners across the region praised the government in a statement on Friday. ' +
      'They called the move essential for the protection of civilians. ' +
      'Slovenia acceded to the Arms Trade Treaty on March 10, becoming its 120th member.';
    expect(
      brief(extract(body, PUB, 'Rights group lauds Slovenia’s assent to global Arms Trade Treaty').claims),
    ).toContain('SVN arms-trade-treaty joined 2025-03-10 primary');
    expect(titleActions('Rights group lauds Slovenia’s assent to global Arms Trade Treaty').has('joined')).toBe(true);
  });
});
