import { markThirdParties } from './redaction';

const family = [
  { name: 'Leah Brook', reason: 'Another family member' },
  { name: 'Leah', reason: 'Another family member' },
  { name: 'Oscar Brook', reason: 'Another family member' },
  { name: 'Oscar', reason: 'Another family member' },
  { name: 'Sam Carter', reason: 'A practitioner' },
];

describe('markThirdParties', () => {
  it('marks other people’s names and leaves the subject’s own words as they are', () => {
    expect(markThirdParties('Mia said Oscar shouts at night; Leah Brook agreed.', family, ['Mia Brook', 'Mia', 'Brook'])).toEqual([
      { text: 'Mia said ' },
      { text: 'Oscar', redact: 'Another family member' },
      { text: ' shouts at night; ' },
      { text: 'Leah Brook', redact: 'Another family member' },
      { text: ' agreed.' },
    ]);
  });

  it('matches whole words in any case, not parts of other words', () => {
    expect(markThirdParties('LEAH came; Leahurst Road; oscars night', family, ['Mia'])).toEqual([
      { text: 'LEAH', redact: 'Another family member' },
      { text: ' came; Leahurst Road; oscars night' },
    ]);
  });

  it('never marks a name the subject shares with someone else', () => {
    const segments = markThirdParties('Leah was seen', [{ name: 'Leah', reason: 'Another family member' }], ['Leah']);
    expect(segments).toEqual([{ text: 'Leah was seen' }]);
  });

  it('treats names with regular-expression characters literally', () => {
    expect(markThirdParties('Seen by J. (Jo) Patel and JxPatel', [{ name: 'J. (Jo) Patel', reason: 'A practitioner' }], [])).toEqual([
      { text: 'Seen by ' },
      { text: 'J. (Jo) Patel', redact: 'A practitioner' },
      { text: ' and JxPatel' },
    ]);
  });

  it('returns nothing for empty text and the whole text when nobody is named', () => {
    expect(markThirdParties('', family, [])).toEqual([]);
    expect(markThirdParties('Attendance has dropped.', family, [])).toEqual([{ text: 'Attendance has dropped.' }]);
  });
});
