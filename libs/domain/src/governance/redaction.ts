// A subject access export shows the requester everything held about them. Other people's
// details are marked for the information governance officer to consider for redaction; the
// officer decides, so marked text stays readable and says why it was marked.
export interface Segment {
  readonly text: string;
  // Why this text may need redacting; absent for text about the subject or nobody in particular.
  readonly redact?: string;
}

export interface ThirdParty {
  // As written in the record: a full name, or a first name.
  readonly name: string;
  readonly reason: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Names the subject is known by are never marked, even when another person shares them (a
// surname shared in a family, a first name shared with a parent).
export function markThirdParties(text: string, thirdParties: readonly ThirdParty[], subjectNames: readonly string[]): Segment[] {
  const own = new Set(subjectNames.map((n) => n.trim().toLocaleLowerCase('en-GB')));
  const reasons = new Map<string, string>();
  for (const party of thirdParties) {
    const key = party.name.trim().toLocaleLowerCase('en-GB');
    if (key.length < 2 || own.has(key) || reasons.has(key)) continue;
    reasons.set(key, party.reason);
  }
  if (reasons.size === 0 || text.length === 0) return text ? [{ text }] : [];
  // Longest first, so "Leah Brook" is one mark rather than "Leah" and an unmarked surname.
  const alternatives = [...reasons.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const segments: Segment[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > from) segments.push({ text: text.slice(from, at) });
    segments.push({ text: match[0], redact: reasons.get(match[0].toLocaleLowerCase('en-GB')) ?? 'Third party' });
    from = at + match[0].length;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments;
}
