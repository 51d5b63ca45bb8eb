import { DomainError, DomainErrorCode, Role } from '@eh/domain';
import { SignedInContext } from '../common/request-context';

// The Forum's chair is the FPT manager: only they run meetings, curate and decide.
export function chairOnly(ctx: SignedInContext): void {
  if (ctx.actor.role !== Role.FPT_MANAGER) throw new DomainError(DomainErrorCode.Forbidden, 'Only the Forum chair can do this');
}
