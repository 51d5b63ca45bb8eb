import { attentionEmail, digestEmail, encompassContactEmail, GovUkNotifyEmailChannel, NotifyClientLike } from './email';

const portal = (portalUrl: string, serviceName = 'Early Help Partnership Portal') => ({ portalUrl, serviceName });

describe('emails', () => {
  it('say only that something needs attention, with a link to the inbox', () => {
    const message = attentionEmail('sam@example.org', portal('https://portal.example.org'), 2);
    expect(message).toEqual({
      to: 'sam@example.org',
      subject: 'Early Help Partnership Portal: something needs your attention',
      text: expect.stringContaining('You have 2 new notifications'),
    });
    expect(message.text).toContain('https://portal.example.org/inbox');
  });

  it('call the service by the council’s own name', () => {
    const message = attentionEmail('sam@example.org', portal('https://p', 'Early Support Partnership Portal'), 1);
    expect(message.subject).toBe('Early Support Partnership Portal: something needs your attention');
    expect(message.text).toContain('You have a new notification in the Early Support Partnership Portal.');
    expect(message.text).not.toContain('Early Help');
  });

  it('tell a setting outside the council of an Operation Encompass notification with no details and no link', () => {
    const message = encompassContactEmail('safeguarding@hillside.example.org', portal('https://p'), 'Hillside Primary');
    expect(message.subject).toBe('Early Help Partnership Portal: Operation Encompass notification for Hillside Primary');
    expect(message.text).toContain('The council’s Operation Encompass contact will telephone your designated safeguarding lead');
    expect(message.text).not.toContain('https://p');
  });

  it('summarise a day by kind', () => {
    expect(digestEmail('a@example.org', portal('https://p'), { PLAN_RETURNED: 1, FORUM_DECISION: 3 }).text).toContain(
      '- forum decision: 3',
    );
  });
});

describe('GovUkNotifyEmailChannel', () => {
  it('sends through the configured template, attention or digest', async () => {
    const calls: [string, string, Record<string, string>][] = [];
    const client: NotifyClientLike = {
      async sendEmail(templateId, address, options) {
        calls.push([templateId, address, options.personalisation]);
        return {};
      },
    };
    const channel = new GovUkNotifyEmailChannel(client, { attention: 'tmpl-attention', digest: 'tmpl-digest' });
    await channel.send(attentionEmail('sam@example.org', portal('https://p'), 1));
    await channel.send(digestEmail('sam@example.org', portal('https://p'), { PLAN_APPROVED: 1 }));
    expect(calls.map(([template, address]) => [template, address])).toEqual([
      ['tmpl-attention', 'sam@example.org'],
      ['tmpl-digest', 'sam@example.org'],
    ]);
    expect(calls[0][2].body).toContain('https://p/inbox');
  });
});
