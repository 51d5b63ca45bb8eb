import { LevelOfNeed } from '../triage/levels';
import { ClosureOutcome } from '../cases/case-lifecycle';
import {
  AgendaItemStatus,
  canStepUp,
  decisionEffect,
  decisionsForLevel,
  EscalationRoute,
  ForumDecision,
  forumAgendaCutoff,
  fortnightlyMeetingDates,
  ReceivingTeam,
  statusForNewItem,
} from './forum-rules';

describe('forumAgendaCutoff', () => {
  it('closes two working days before the meeting', () => {
    expect(forumAgendaCutoff('2026-11-26')).toBe('2026-11-24'); // Thursday → Tuesday
    expect(forumAgendaCutoff('2026-11-23')).toBe('2026-11-19'); // Monday → Thursday, over the weekend
  });

  it('skips bank holidays', () => {
    expect(forumAgendaCutoff('2026-12-29')).toBe('2026-12-23'); // 25 and 28 Dec are bank holidays
  });

  it('follows a council’s own cut-off, including none', () => {
    expect(forumAgendaCutoff('2026-11-26', 5)).toBe('2026-11-19');
    expect(forumAgendaCutoff('2026-11-26', 0)).toBe('2026-11-26');
  });
});

describe('statusForNewItem', () => {
  it('proposes items up to the cut-off and asks the chair after it', () => {
    expect(statusForNewItem('2026-11-24', '2026-11-26', 2)).toBe(AgendaItemStatus.PROPOSED);
    expect(statusForNewItem('2026-11-25', '2026-11-26', 2)).toBe(AgendaItemStatus.AWAITING_CHAIR);
  });

  it('refuses items for a meeting that has passed', () => {
    expect(() => statusForNewItem('2026-11-27', '2026-11-26', 2)).toThrow('This meeting has already taken place');
  });
});

describe('fortnightlyMeetingDates', () => {
  it('meets every two weeks', () => {
    expect(fortnightlyMeetingDates('2026-11-26', 3)).toEqual(['2026-11-26', '2026-12-10', '2026-12-24']);
  });
});

describe('decisionEffect', () => {
  it.each([
    [ForumDecision.CONTINUE_LEVEL_2, { kind: 'NONE' }],
    [ForumDecision.CONTINUE_LEVEL_3, { kind: 'NONE' }],
    [ForumDecision.STEP_DOWN_TO_PARTNER, { kind: 'NONE' }],
    [ForumDecision.REFER_FAMILY_GROUP_CONFERENCE, { kind: 'NONE' }],
    [ForumDecision.REFER_OTHER_SERVICE, { kind: 'NONE' }],
    [ForumDecision.STEP_UP_LEVEL_3, { kind: 'HANDOVER', to: ReceivingTeam.FAMILY_CASEWORK }],
    [ForumDecision.STEP_UP_LEVEL_4, { kind: 'HANDOVER', to: ReceivingTeam.CHILDRENS_SOCIAL_CARE }],
    [ForumDecision.STEP_DOWN_UNIVERSAL, { kind: 'CLOSE', outcome: ClosureOutcome.STEPPED_DOWN_TO_UNIVERSAL }],
    [ForumDecision.DEFER, { kind: 'CARRY_TO_NEXT_MEETING' }],
  ])('%s has effect %o', (decision, effect) => {
    expect(decisionEffect(decision)).toEqual(effect);
  });
});

describe('decisionsForLevel', () => {
  it('offers a partner-led case a step up to Family Casework, never a step down to a partner', () => {
    const at2 = decisionsForLevel(LevelOfNeed.PartnerLedEarlyHelp);
    expect(at2).toContain(ForumDecision.STEP_UP_LEVEL_3);
    expect(at2).toContain(ForumDecision.CONTINUE_LEVEL_2);
    expect(at2).not.toContain(ForumDecision.STEP_DOWN_TO_PARTNER);
    expect(at2).not.toContain(ForumDecision.CONTINUE_LEVEL_3);
  });

  it('offers a Family Casework case a step down to a partner or to level 4, never a step up to level 3', () => {
    const at3 = decisionsForLevel(LevelOfNeed.FamilyCasework);
    expect(at3).toEqual(
      expect.arrayContaining([ForumDecision.CONTINUE_LEVEL_3, ForumDecision.STEP_DOWN_TO_PARTNER, ForumDecision.STEP_UP_LEVEL_4]),
    );
    expect(at3).not.toContain(ForumDecision.STEP_UP_LEVEL_3);
    expect(at3).not.toContain(ForumDecision.CONTINUE_LEVEL_2);
  });

  it('offers every decision at one level or the other', () => {
    const offered = new Set([...decisionsForLevel(LevelOfNeed.PartnerLedEarlyHelp), ...decisionsForLevel(LevelOfNeed.FamilyCasework)]);
    expect([...offered].sort()).toEqual(Object.values(ForumDecision).sort());
  });
});

describe('the escalation gate', () => {
  it('steps up through the Forum, or urgently with a reason, and no other way', () => {
    expect(canStepUp(EscalationRoute.FORUM, null)).toBe(true);
    expect(canStepUp(EscalationRoute.URGENT_SAFEGUARDING, 'Disclosure of harm today')).toBe(true);
    expect(canStepUp(EscalationRoute.URGENT_SAFEGUARDING, '  ')).toBe(false);
  });
});
