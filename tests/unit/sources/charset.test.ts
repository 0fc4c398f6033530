import { describe, expect, it } from 'vitest';
import { decodeBytes } from '#core/sources/charset';

const cp1252 = (s: string) => Buffer.from(s.replace(/’/g, '\x92').replace(/é/g, '\xe9'), 'latin1');

describe('decoding pages and feeds', () => {
  it('UTF-8 as declared', () => {
    expect(decodeBytes(Buffer.from('Café ’quoted’'), 'text/html; charset=utf-8')).toMatchObject({
      text: 'Café ’quoted’',
      encoding: 'utf-8',
      guessed: false,
    });
  });

  it('windows-1252 bytes served as UTF-8 fall back to windows-1252 (curly quotes included)', () => {
    expect(decodeBytes(cp1252('Estonia’s café'), 'text/html; charset=UTF-8')).toMatchObject({
      text: 'Estonia’s café',
      encoding: 'windows-1252',
      guessed: true,
    });
  });

  it('the XML prolog encoding is used when the header says nothing', () => {
    expect(
      decodeBytes(
        Buffer.concat([
          Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>'),
          Buffer.from([0xe9]),
          Buffer.from('</t>'),
        ]),
      ).text,
    ).toContain('<t>é</t>');
  });

  it('<meta charset> is used when the header says nothing', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="windows-1251"><p>'),
      Buffer.from([0xcf, 0xf0, 0xe8]),
      Buffer.from('</p>'),
    ]);
    expect(decodeBytes(bytes).text).toContain('При');
  });

  it('an unknown charset label and no declaration: UTF-8 if valid, never an exception', () => {
    expect(decodeBytes(Buffer.from('plain ascii'), 'text/html; charset=x-made-up').text).toBe('plain ascii');
    expect(decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00])).text).toBe('A'); // UTF-16LE BOM
    expect(decodeBytes(new Uint8Array()).text).toBe('');
  });

  it('a UTF-8 BOM is dropped', () => {
    expect(decodeBytes(Buffer.from('\uFEFFhello')).text).toBe('hello');
  });
});
