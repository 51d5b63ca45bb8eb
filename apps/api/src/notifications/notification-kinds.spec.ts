import { EARLY_HELP_TERMS, EARLY_SUPPORT_TERMS } from '@eh/domain';
import { NotificationKind } from '@eh/notifications';
import { inboxLines, notificationDescriptions } from './notification-kinds';

const ALL_KINDS = Object.values(NotificationKind);

describe('notifications in the council’s words', () => {
  it('read as they always have with Early Help’s terms', () => {
    const lines = inboxLines(EARLY_HELP_TERMS);
    expect(lines[NotificationKind.FORUM_DECISION]('C-1', '7').text).toBe('The Early Help Forum made a decision on case C-1');
    expect(lines[NotificationKind.LEAD_CHANGED]('C-1', '7').text).toBe('The lead practitioner on case C-1 has changed');
    expect(notificationDescriptions(EARLY_HELP_TERMS)[NotificationKind.PLAN_SUBMITTED]).toBe(
      'A My Family Plan ready for quality assurance',
    );
  });

  it('never say Early Help’s words, in the inbox or in preferences, for a council that says Early Support', () => {
    const lines = inboxLines(EARLY_SUPPORT_TERMS);
    const descriptions = notificationDescriptions(EARLY_SUPPORT_TERMS);
    const texts = ALL_KINDS.flatMap((kind) => [lines[kind]('C-1', '7').text, descriptions[kind]]);
    for (const text of texts) expect(text).not.toMatch(/early help|lead practitioner|my family plan/i);
    expect(lines[NotificationKind.PLAN_OVERDUE]('C-1', '7').text).toBe('The Early Support Assessment on case C-1 is overdue');
    expect(descriptions[NotificationKind.PLAN_SUBMITTED]).toBe('An Early Support Assessment ready for quality assurance');
  });

  it('name a meeting that is not a Forum by its whole name', () => {
    const panel = { ...EARLY_SUPPORT_TERMS, forum: 'Early Support Panel' };
    const lines = inboxLines(panel);
    const descriptions = notificationDescriptions(panel);
    const texts = ALL_KINDS.flatMap((kind) => [lines[kind]('C-1', '7').text, descriptions[kind]]);
    expect(texts.join('\n')).not.toMatch(/\bForum\b/);
    expect(descriptions[NotificationKind.ESCALATION_CONCERN_RAISED]).toBe('An escalation concern for the Early Support Panel chair');
    expect(descriptions[NotificationKind.AGENDA_PUBLISHED]).toBe('An Early Support Panel agenda with your case published');
  });
});
