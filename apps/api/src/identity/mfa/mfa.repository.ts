import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Db } from '../../database/db';
import { Database } from '../../database/kysely';

// A person's second factor: their authenticator secret (sealed) with the last time step used, and
// their recovery codes (as keyed hashes). Each use is a conditional UPDATE that says whether it
// held, so two racing requests cannot both use one code.
@Injectable()
export class MfaRepository {
  constructor(private readonly db: Db) {}

  async isEnrolled(userId: string): Promise<boolean> {
    const row = await this.db.kysely
      .selectFrom('user_mfa')
      .select(sql<number>`1`.as('one'))
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  }

  authenticator(userId: string) {
    return this.db.kysely
      .selectFrom('user_mfa')
      .select(['secret_sealed', 'last_used_step'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  // False when the person already has an authenticator.
  async enrol(tx: Database, userId: string, secretSealed: string, step: number, recoveryCodeHashes: readonly string[]): Promise<boolean> {
    const added = await tx
      .insertInto('user_mfa')
      .values({ user_id: userId, secret_sealed: secretSealed, last_used_step: step })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .returning('user_id')
      .executeTakeFirst();
    if (!added) return false;
    await tx
      .insertInto('mfa_recovery_code')
      .values(recoveryCodeHashes.map((hash) => ({ user_id: userId, code_hash: hash })))
      .execute();
    return true;
  }

  // Uses this time step, if it is later than the last one used.
  async useStep(tx: Database, userId: string, step: number): Promise<boolean> {
    const result = await tx
      .updateTable('user_mfa')
      .set({ last_used_step: step })
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', String(step))]))
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  // Uses this recovery code, if it is the person's and not used yet.
  async useRecoveryCode(tx: Database, userId: string, codeHash: string): Promise<boolean> {
    const result = await tx
      .updateTable('mfa_recovery_code')
      .set({ used_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }
}
