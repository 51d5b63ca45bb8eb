// The continuum of need (DOMAIN.md "Levels of need").
export enum LevelOfNeed {
  Universal = 1,
  PartnerLedEarlyHelp = 2,
  FamilyCasework = 3,
  ChildrensSocialCare = 4,
}

export const LEVEL_NAMES: Readonly<Record<LevelOfNeed, string>> = {
  [LevelOfNeed.Universal]: 'Level 1 – universal services',
  [LevelOfNeed.PartnerLedEarlyHelp]: 'Level 2 – early help led by a partner',
  [LevelOfNeed.FamilyCasework]: 'Level 3 – Family Casework',
  [LevelOfNeed.ChildrensSocialCare]: "Level 4 – Children's Social Care",
};
