import { Injectable } from '@nestjs/common';
import { currentRequestScope } from '../database/request-scope';
import { RedisClient } from '../identity/redis.provider';
import { distinctSignals, LiveSignal, LiveSignalPublisher } from './live-signals';

// The API's side of publishing live signals. Inside a GraphQL request a signal waits for the
// request's transaction to commit (RequestTransactionPlugin runs `afterCommit`), so no browser
// reads again before the change is there to read, and a change rolled back signals nothing.
// Outside a request (nothing to wait for) it goes at once. Publishing never delays the answer.
@Injectable()
export class LiveSignals {
  private readonly publisher: LiveSignalPublisher;

  constructor(redis: RedisClient) {
    this.publisher = new LiveSignalPublisher(redis.redis, redis.prefix);
  }

  send(...signals: LiveSignal[]): void {
    const scope = currentRequestScope();
    if (scope?.transaction) {
      (scope.afterCommit ??= []).push(() => void this.publisher.publish(distinctSignals(signals)));
    } else {
      void this.publisher.publish(distinctSignals(signals));
    }
  }

  // A meeting, or one item of it, changed.
  meeting(meetingId: string, itemId: string | null = null): void {
    this.send({ kind: 'meeting', meetingId, itemId, current: false });
  }

  // The chair moved the meeting to this item (null: between items).
  currentItem(meetingId: string, itemId: string | null): void {
    this.send({ kind: 'meeting', meetingId, itemId, current: true });
  }
}
