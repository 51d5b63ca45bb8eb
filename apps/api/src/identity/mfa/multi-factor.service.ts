import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { Db } from '../../database/db';
import { DomainError, DomainErrorCode } from '@eh/domain';
import { CLOCK, Clock } from '../../common/clock';
import { PendingSignIn } from '../../common/request-context';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SessionService } from '../session.service';
import { SignInAttempt, SignInThrottle } from '../sign-in-throttle.service';
import { UserRepository } from '../user.repository';
import { MfaRepository } from './mfa.repository';
import { MfaEnrolmentModel } from './multi-factor.models';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';
import { derivedKey, openSecret, sealSecret } from './secret-box';
import { groupedKey, matchingStep, otpauthUri } from './totp';

const SECRET_BYTES = 20;
const WRONG_CODE = 'The code is not right, or it has already been used';

export interface SecondFactorDone {
  // The new, full session's token.
  readonly token: string;
}

// The second factor: an authenticator app (TOTP), or one of ten single-use recovery codes.
// Secrets are sealed at rest, codes and recovery codes are never logged or stored in plain.
@Injectable()
export class MultiFactorService {
  private readonly issuer: string;
  private readonly secretKey: Buffer;
  private readonly recoveryKey: Buffer;

  constructor(
    private readonly db: Db,
    private readonly mfa: MfaRepository,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    // The authenticator app lists the account under the service's name, in the council's words.
    this.issuer = config.terms.serviceName;
    this.secretKey = derivedKey(config.mfaEncryptionKey, 'authenticator secrets');
    this.recoveryKey = derivedKey(config.mfaEncryptionKey, 'recovery codes');
  }

  isEnrolled(userId: string): Promise<boolean> {
    return this.mfa.isEnrolled(userId);
  }

  // The same secret for as long as this session is enrolling (a reloaded page shows the same QR
  // code); a new sign-in starts over with a new secret.
  async beginEnrolment(pending: PendingSignIn): Promise<MfaEnrolmentModel> {
    await this.refuseIfEnrolled(pending.actor.userId);
    const sessionAad = `session:${pending.sessionId}`;
    const kept = await this.sessions.enrolmentSecret(pending.sessionId);
    const secret = kept ? openSecret(this.secretKey, sessionAad, kept) : randomBytes(SECRET_BYTES);
    if (!kept) await this.sessions.keepEnrolmentSecret(pending.sessionId, sealSecret(this.secretKey, sessionAad, secret));
    const email = await this.users.email(pending.actor.userId);
    const uri = otpauthUri(this.issuer, email, secret);
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return {
      otpauthUri: uri,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      setupKey: groupedKey(secret),
    };
  }

  // The first code from the app proves it holds the secret: the secret becomes the account's,
  // ten recovery codes are made (returned this once), and the session becomes a full one.
  async confirmEnrolment(pending: PendingSignIn, code: string, ip: string): Promise<SecondFactorDone & { recoveryCodes: string[] }> {
    const { userId } = pending.actor;
    const attempt = await this.throttle.startCodeAttempt(userId, ip);
    const secret = await this.beforeChecking(attempt, () => this.enrollingSecret(pending));
    const step = matchingStep(secret, code.replace(/\s/g, ''), this.clock.now(), null);
    if (step === null) throw this.wrongCode();
    const recoveryCodes = newRecoveryCodes();
    const token = await this.db.transaction(async (_manager, tx) => {
      // Codes just made are always well formed.
      const hashes = recoveryCodes.flatMap((c) => recoveryCodeHash(this.recoveryKey, userId, c) ?? []);
      if (!(await this.mfa.enrol(tx, userId, sealSecret(this.secretKey, userId, secret), step, hashes))) throw this.alreadyEnrolled();
      return this.sessions.completeSecondFactor(tx, pending.sessionId, userId);
    });
    await attempt.succeeded();
    return { token, recoveryCodes };
  }

  // A code from the app (six digits, each time step once) or a recovery code (each once).
  async verify(pending: PendingSignIn, code: string, ip: string): Promise<SecondFactorDone> {
    const { userId } = pending.actor;
    const attempt = await this.throttle.startCodeAttempt(userId, ip);
    const authenticator = await this.beforeChecking(attempt, async () => {
      const found = await this.mfa.authenticator(userId);
      if (!found) throw new DomainError(DomainErrorCode.InvalidState, 'Set up your authenticator app first');
      return found;
    });
    const typed = code.replace(/\s/g, '');
    const token = await this.db.transaction(async (_manager, tx) => {
      let used = false;
      if (/^\d{6}$/.test(typed)) {
        const secret = openSecret(this.secretKey, userId, authenticator.secret_sealed);
        const lastUsed = authenticator.last_used_step === null ? null : Number(authenticator.last_used_step);
        const step = matchingStep(secret, typed, this.clock.now(), lastUsed);
        // The condition on the stored step makes two racing requests with one code use it once.
        if (step !== null) used = await this.mfa.useStep(tx, userId, step);
      } else {
        const hash = recoveryCodeHash(this.recoveryKey, userId, typed);
        if (hash !== null) used = await this.mfa.useRecoveryCode(tx, userId, hash);
      }
      return used ? this.sessions.completeSecondFactor(tx, pending.sessionId, userId) : null;
    });
    if (token === null) throw this.wrongCode();
    await attempt.succeeded();
    return { token };
  }

  // Each code is counted before it is checked (startCodeAttempt), so a wrong one needs nothing
  // more. If there turns out to be nothing to check it against, it is taken back.
  private async beforeChecking<T>(attempt: SignInAttempt, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      await attempt.withdrawn();
      throw error;
    }
  }

  private async enrollingSecret(pending: PendingSignIn): Promise<Buffer> {
    await this.refuseIfEnrolled(pending.actor.userId);
    const kept = await this.sessions.enrolmentSecret(pending.sessionId);
    if (!kept) throw new DomainError(DomainErrorCode.InvalidState, 'Start setting up your authenticator app again');
    return openSecret(this.secretKey, `session:${pending.sessionId}`, kept);
  }

  private wrongCode(): DomainError {
    return DomainError.invalid([{ field: 'code', message: WRONG_CODE }]);
  }

  private async refuseIfEnrolled(userId: string): Promise<void> {
    if (await this.isEnrolled(userId)) throw this.alreadyEnrolled();
  }

  private alreadyEnrolled(): DomainError {
    return new DomainError(DomainErrorCode.InvalidState, 'An authenticator app is already set up for this account: enter a code from it');
  }
}
