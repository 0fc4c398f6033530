import { describe, expect, it } from 'vitest';
import { isProvisionalTreaty, provisionalTreatyId } from '#core/provisional';

describe('provisional ids for instruments outside the catalogue', () => {
  it('is the same across case, articles, punctuation, accents and "United Nations"', () => {
    const id = provisionalTreatyId('the United Nations Convention against Corruption');
    expect(id).toBe('provisional-convention-corruption');
    expect(provisionalTreatyId('Convention against Corruption')).toBe(id); // "UN" is a qualifier, not the name
    expect(provisionalTreatyId('UN Convention Against Corruption')).toBe(id);
    expect(provisionalTreatyId('U.N. convention against corruption')).toBe(id);
    expect(provisionalTreatyId('Treaty of Asunción')).toBe(provisionalTreatyId('the treaty of Asuncion'));
  });
  it('is the same for "Convention on X" and "X Convention", "Treaty of Rome" and "Rome Treaty"', () => {
    expect(provisionalTreatyId('Convention on Migratory Species')).toBe(
      provisionalTreatyId('Migratory Species Convention'),
    );
    expect(provisionalTreatyId('the Treaty of Rome')).toBe('provisional-treaty-rome');
    expect(provisionalTreatyId("Rome's treaty")).toBe('provisional-treaty-rome');
    expect(provisionalTreatyId('the Minsk Agreements')).toBe(provisionalTreatyId('Minsk agreement'));
    expect(provisionalTreatyId('the 1979 Bonn Convention')).toBe(provisionalTreatyId('Bonn Convention'));
  });
  it('keeps different instruments apart, and never collides with a catalogue id', () => {
    expect(provisionalTreatyId('Treaty of Rome')).not.toBe(provisionalTreatyId('Treaty of Lisbon'));
    expect(provisionalTreatyId('Bonn Convention')).not.toBe(provisionalTreatyId('Bonn Agreement'));
    expect(isProvisionalTreaty(provisionalTreatyId('Bonn Convention'))).toBe(true);
    expect(isProvisionalTreaty('ottawa-convention')).toBe(false);
    expect(provisionalTreatyId('Bonn Convention')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  it('names an organisation the same in English and French, in either spelling of "organisation"', () => {
    const id = provisionalTreatyId('International Organisation of La Francophonie');
    expect(provisionalTreatyId('Organisation Internationale de la Francophonie')).toBe(id);
    expect(provisionalTreatyId('World Tourism Organisation')).toBe(provisionalTreatyId('World Tourism Organization'));
    expect(provisionalTreatyId('World Tourism Organization')).not.toBe(
      provisionalTreatyId('World Health Organization'),
    );
  });
  it('reads "joining" and "accession" in an accession treaty\'s name as one word', () => {
    expect(provisionalTreatyId("Treaty on Chad's joining the Sahara Union")).toBe(
      provisionalTreatyId("Treaty on Chad's accession to the Sahara Union"),
    );
  });
});
