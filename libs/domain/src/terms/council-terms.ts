// The words a council uses for its early help offer, set once (COUNCIL_TERMS) and used by the web
// client and the emails. Northfield, the demo council, says "Early Help", "lead practitioner" and
// "My Family Plan"; Kirklees (seed 004) says "Early Support", "lead professional" and "Early
// Support Assessment". Terms are written as they appear mid-sentence; `sentenceCase` starts one.

export interface CouncilTerms {
  /** The council's name for its offer: "Early Help", "Early Support". */
  readonly earlyHelp: string;
  /** The person who leads a family's work: "lead practitioner", "lead professional". */
  readonly leadPractitioner: string;
  /** The family's assessment and plan: "My Family Plan", "Early Support Assessment". */
  readonly familyPlan: string;
  /** The multi-agency meeting: "Early Help Forum". */
  readonly forum: string;
  /** The name of the service in headers, titles and emails. */
  readonly serviceName: string;
}

export const TERM_FIELDS = [
  'earlyHelp',
  'leadPractitioner',
  'familyPlan',
  'forum',
  'serviceName',
] as const satisfies readonly (keyof CouncilTerms)[];

export const EARLY_HELP_TERMS: CouncilTerms = {
  earlyHelp: 'Early Help',
  leadPractitioner: 'lead practitioner',
  familyPlan: 'My Family Plan',
  forum: 'Early Help Forum',
  serviceName: 'Early Help Partnership Portal',
};

export const EARLY_SUPPORT_TERMS: CouncilTerms = {
  earlyHelp: 'Early Support',
  leadPractitioner: 'lead professional',
  familyPlan: 'Early Support Assessment',
  forum: 'Early Support Forum',
  serviceName: 'Early Support Partnership Portal',
};

export const TERM_PRESETS: Readonly<Record<string, CouncilTerms>> = {
  'early-help': EARLY_HELP_TERMS,
  'early-support': EARLY_SUPPORT_TERMS,
};

const MAX_TERM_LENGTH = 60;

/** A term's problem, naming the field, or null when it will do. */
function termProblem(field: string, value: unknown): string | null {
  if (typeof value !== 'string') return `${field} must be text`;
  const trimmed = value.trim();
  if (trimmed.length === 0) return `${field} must not be empty`;
  if (trimmed.length > MAX_TERM_LENGTH) return `${field} must be ${MAX_TERM_LENGTH} characters or fewer`;
  if (/[<>{}\n\r\t]/.test(trimmed)) return `${field} must be plain words`;
  return null;
}

/**
 * The council's terms from its setting: nothing (Early Help's), a preset's name ("early-help",
 * "early-support"), or JSON naming any of the fields over Early Help's (or over a preset named in
 * "preset"). Throws an error naming each field that will not do.
 */
export function parseCouncilTerms(setting: string | undefined): CouncilTerms {
  const value = setting?.trim();
  if (!value) return EARLY_HELP_TERMS;
  if (!value.startsWith('{')) {
    const preset = TERM_PRESETS[value];
    if (!preset) throw new Error(`COUNCIL_TERMS: no preset called "${value}" (there are: ${Object.keys(TERM_PRESETS).join(', ')})`);
    return preset;
  }
  let given: Record<string, unknown>;
  try {
    given = JSON.parse(value) as Record<string, unknown>;
  } catch {
    throw new Error('COUNCIL_TERMS: not a preset name nor JSON');
  }
  const { preset: presetName, ...fields } = given;
  const base = presetName === undefined ? EARLY_HELP_TERMS : TERM_PRESETS[String(presetName)];
  const problems: string[] = [];
  if (!base) problems.push(`preset: no preset called "${String(presetName)}"`);
  for (const [field, term] of Object.entries(fields)) {
    if (!(TERM_FIELDS as readonly string[]).includes(field))
      problems.push(`${field}: not a term (the terms are: ${TERM_FIELDS.join(', ')})`);
    else {
      const problem = termProblem(field, term);
      if (problem) problems.push(problem);
    }
  }
  if (problems.length) throw new Error(`COUNCIL_TERMS: ${problems.join('; ')}`);
  const trimmed = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v).trim()]));
  return { ...base, ...trimmed } as CouncilTerms;
}

/** A term at the start of a sentence or a label: "Lead practitioner". */
export function sentenceCase(term: string): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

/**
 * The Forum's name once a screen has named it in full: "the Forum chair", "the next Forum". Only
 * "Forum" where the council's term is one ("Early Help Forum", "Early Support Forum"); a council
 * whose meeting is a panel or a hub keeps its whole term ("the Early Support Panel chair").
 */
export function forumShortName(terms: Pick<CouncilTerms, 'forum'>): string {
  return /\bforum$/i.test(terms.forum) ? 'Forum' : terms.forum;
}

/**
 * A term in running text, as "early help" is written mid-sentence: capitalised words lowered
 * ("Early Support" → "early support"), acronyms and mixed case kept ("SEND Early Help" → "SEND early help").
 */
export function inRunningText(term: string): string {
  return term.replace(/\b[A-Z][a-z’']*\b/g, (word) => word.toLowerCase());
}

/** A term with "a" or "an" before it, by its first letter: "a My Family Plan", "an Early Support Assessment". */
export function withArticle(term: string): string {
  return `${/^[aeiou]/i.test(term) ? 'an' : 'a'} ${term}`;
}
