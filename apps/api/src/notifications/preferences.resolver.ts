import { Args, Field, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Db } from '../database/db';
import { DomainError } from '@eh/domain';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL_NOW = 'EMAIL_NOW',
  DAILY_DIGEST = 'DAILY_DIGEST',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel' });

// Every kind of notification a person can receive, in plain words.
export const NOTIFICATION_KINDS: Readonly<Record<string, string>> = {
  REFERRAL_DECIDED: 'A decision on a referral your agency made',
  CASE_ALLOCATED: 'A case allocated to you',
  SHARING_ALERT: 'An information-sharing alert',
  PLAN_SUBMITTED: 'A My Family Plan ready for quality assurance',
  PLAN_RETURNED: 'A My Family Plan returned with comments',
  PLAN_APPROVED: 'A My Family Plan approved',
  AGENDA_PUBLISHED: 'A Forum agenda with your case published',
  FORUM_DECISION: 'A Forum decision on a case',
  FIRST_CONTACT_DUE_SOON: 'First contact due soon',
  FIRST_CONTACT_OVERDUE: 'First contact overdue',
  PLAN_DUE_SOON: 'A My Family Plan due soon',
  PLAN_OVERDUE: 'A My Family Plan overdue',
  REVIEW_DUE_SOON: 'A review due soon',
  REVIEW_OVERDUE: 'A review overdue',
  MAINTENANCE_REVIEW_DUE: 'A maintenance review due',
  ACTION_ASSIGNED: 'A Forum action for you',
  ACTION_OVERDUE: 'A Forum action of yours overdue',
  HANDOVER_ACCEPTED: 'A step-up handover accepted',
  MENTORING_ASSIGNED: 'A mentoring request assigned',
  MENTORING_CLOSED: 'A mentoring request closed',
};

@ObjectType('NotificationPreference')
class NotificationPreferenceModel {
  @Field() kind!: string;
  @Field() description!: string;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
}

@Resolver()
export class PreferencesResolver {
  constructor(private readonly db: Db) {}

  @Allow(Policy.SignedIn)
  @Query(() => [NotificationPreferenceModel])
  async notificationPreferences(@SignedIn() ctx: SignedInContext): Promise<NotificationPreferenceModel[]> {
    const chosen: { kind: string; channel: NotificationChannel }[] = await this.db.query(
      `SELECT kind, channel FROM notification_preference WHERE user_id = $1`,
      [ctx.actor.userId],
    );
    return Object.entries(NOTIFICATION_KINDS).map(([kind, description]) => ({
      kind,
      description,
      channel: chosen.find((c) => c.kind === kind)?.channel ?? NotificationChannel.IN_APP,
    }));
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => [NotificationPreferenceModel])
  async setNotificationPreference(
    @SignedIn() ctx: SignedInContext,
    @Args('kind') kind: string,
    @Args('channel', { type: () => NotificationChannel }) channel: NotificationChannel,
  ): Promise<NotificationPreferenceModel[]> {
    if (!(kind in NOTIFICATION_KINDS)) throw DomainError.invalid([{ field: 'kind', message: 'Choose a kind of notification from the list' }]);
    await this.db.query(
      `INSERT INTO notification_preference (user_id, kind, channel) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET channel = excluded.channel`,
      [ctx.actor.userId, kind, channel],
    );
    return this.notificationPreferences(ctx);
  }
}
