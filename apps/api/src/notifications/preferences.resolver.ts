import { Inject } from '@nestjs/common';
import { Args, Field, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { DomainError } from '@eh/domain';
import { isNotificationKind, NotificationKind } from '@eh/notifications';
import { Db } from '../database/db';
import { Allow, Policy } from '../access/policy';
import { SignedIn, SignedInContext } from '../common/request-context';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { notificationDescriptions } from './notification-kinds';
import { NotificationChannel, notificationRepository } from './notification.repository';

export { NotificationChannel };
registerEnumType(NotificationChannel, { name: 'NotificationChannel' });

@ObjectType('NotificationPreference')
class NotificationPreferenceModel {
  @Field() kind!: string;
  @Field() description!: string;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
}

// How each person hears of each kind of notification: in the portal only (the default), an email
// at once, or in the daily digest.
@Resolver()
export class PreferencesResolver {
  private readonly descriptions: Readonly<Record<NotificationKind, string>>;

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.descriptions = notificationDescriptions(config.terms);
  }

  @Allow(Policy.SignedIn)
  @Query(() => [NotificationPreferenceModel])
  async notificationPreferences(@SignedIn() ctx: SignedInContext): Promise<NotificationPreferenceModel[]> {
    const chosen = await notificationRepository.preferences(this.db.kysely, ctx.actor.userId);
    return (Object.entries(this.descriptions) as [NotificationKind, string][]).map(([kind, description]) => ({
      kind,
      description,
      channel: (chosen.find((c) => c.kind === kind)?.channel as NotificationChannel | undefined) ?? NotificationChannel.IN_APP,
    }));
  }

  @Allow(Policy.SignedIn)
  @Mutation(() => [NotificationPreferenceModel])
  async setNotificationPreference(
    @SignedIn() ctx: SignedInContext,
    @Args('kind') kind: string,
    @Args('channel', { type: () => NotificationChannel }) channel: NotificationChannel,
  ): Promise<NotificationPreferenceModel[]> {
    if (!isNotificationKind(kind)) throw DomainError.invalid([{ field: 'kind', message: 'Choose a kind of notification from the list' }]);
    await notificationRepository.choose(this.db.kysely, ctx.actor.userId, kind, channel);
    return this.notificationPreferences(ctx);
  }
}
