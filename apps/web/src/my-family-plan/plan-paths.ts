// Where the My Family Plan's pages live; a section key such as `THREE_HOUSES:<personId>` is encoded.

export function planPath(caseId: string): string {
  return `/cases/${caseId}/plan`;
}

export function sectionPath(caseId: string, key: string): string {
  return `${planPath(caseId)}/sections/${encodeURIComponent(key)}`;
}

export function letterPath(caseId: string, personId: string): string {
  return `/cases/${caseId}/letters/${personId}`;
}
