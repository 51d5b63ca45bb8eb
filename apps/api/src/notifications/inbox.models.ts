import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() text!: string;
  // None when the notification is about a case the person may no longer see.
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field() read!: boolean;
}

@ObjectType('Inbox')
export class InboxModel {
  @Field(() => Int) unreadCount!: number;
  @Field(() => [NotificationModel]) notifications!: NotificationModel[];
}
