import { unreadableText } from './plain-text.plugin';

describe('text a person could have typed', () => {
  it.each([
    ['plain words', 'Mia is settling in well.'],
    ['line breaks and tabs', 'First line\r\nSecond\tline\n'],
    ['accents, other scripts and emoji', 'Zoë, Łukasz, محمد, 李, 👩🏽‍👧'],
    ['right-to-left mark', 'name \u200f'],
  ])('accepts %s', (_label, text) => {
    expect(unreadableText(text)).toBe(false);
  });

  it.each([
    ['a NUL byte', 'a\u0000b'],
    ['a bell', 'ring\u0007'],
    ['an escape sequence', '\u001b[31mred'],
    ['DEL', 'x\u007f'],
    ['a lone high surrogate', 'half \ud83d'],
    ['a lone low surrogate at the start', '\ude00 half'],
    ['two high surrogates', '\ud83d\ud83d'],
  ])('refuses %s', (_label, text) => {
    expect(unreadableText(text)).toBe(true);
  });
});
