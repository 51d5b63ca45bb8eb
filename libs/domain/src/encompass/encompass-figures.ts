import { Share, share } from '../metrics/metrics';

// The Operation Encompass figures for the FPT manager (issue 14, part 5). One row per setting a
// notification went to (a "route"); the definitions are in docs/metrics.md.
export interface EncompassRouteFigureFacts {
  readonly notificationId: string;
  // London calendar month the police recorded it, YYYY-MM.
  readonly month: string;
  readonly settingName: string;
  readonly dueAt: Date;
  // First opened by the setting's DSL or a deputy (null: never).
  readonly firstReadAt: Date | null;
  readonly recordedAt: Date;
  readonly acknowledgedAt: Date | null;
  readonly escalatedToDeputiesAt: Date | null;
  readonly escalatedToCouncilAt: Date | null;
  // A setting outside the council, or none known: the council's contact takes it, nobody reads it in the portal.
  readonly withCouncilContact: boolean;
}

export interface EncompassFigures {
  readonly notifications: number;
  // Routes to the council's settings opened by their DSL or a deputy before the school day started.
  readonly readBeforeSchoolDay: Share;
  // Median minutes from the police recording it to the setting's acknowledgement (acknowledged routes only).
  readonly medianMinutesToAcknowledge: number | null;
  readonly escalatedToDeputies: number;
  readonly escalatedToCouncil: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function encompassFigures(routes: readonly EncompassRouteFigureFacts[]): EncompassFigures {
  const inCouncil = routes.filter((r) => !r.withCouncilContact);
  const readInTime = inCouncil.filter((r) => r.firstReadAt !== null && r.firstReadAt.getTime() <= r.dueAt.getTime());
  const minutes = routes.flatMap((r) =>
    r.acknowledgedAt ? [Math.max(0, Math.round((r.acknowledgedAt.getTime() - r.recordedAt.getTime()) / 60_000))] : [],
  );
  return {
    notifications: new Set(routes.map((r) => r.notificationId)).size,
    readBeforeSchoolDay: share(readInTime.length, inCouncil.length),
    medianMinutesToAcknowledge: median(minutes),
    escalatedToDeputies: routes.filter((r) => r.escalatedToDeputiesAt !== null).length,
    escalatedToCouncil: routes.filter((r) => r.escalatedToCouncilAt !== null).length,
  };
}

// The figures by month (oldest first) and by setting (by name).
export function encompassFiguresBy(
  routes: readonly EncompassRouteFigureFacts[],
  key: (route: EncompassRouteFigureFacts) => string,
): { key: string; figures: EncompassFigures }[] {
  const groups = new Map<string, EncompassRouteFigureFacts[]>();
  for (const route of routes) groups.set(key(route), [...(groups.get(key(route)) ?? []), route]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, rows]) => ({ key: k, figures: encompassFigures(rows) }));
}
