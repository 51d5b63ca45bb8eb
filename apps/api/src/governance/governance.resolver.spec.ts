import { Role } from '@eh/domain';
import { SignedInContext } from '../common/request-context';
import { GovernanceResolver } from './governance.resolver';
import { GovernanceService } from './governance.service';
import { SubjectAccessService } from './subject-access.service';

describe('GovernanceResolver.subjectAccessExport', () => {
  it('marks the response no-store before handing over the export', async () => {
    const headers = new Map<string, string>();
    const exported = { fileName: 'subject-access-EH-1-2026-11-18.html', html: '<html></html>', json: '{}', redactionMarks: 0 };
    const subjectAccess: SubjectAccessService = Object.create(SubjectAccessService.prototype);
    const exportSpy = jest.spyOn(subjectAccess, 'export').mockResolvedValue(exported);
    const resolver = new GovernanceResolver(Object.create(GovernanceService.prototype), subjectAccess);
    const ctx: SignedInContext = { requestId: 'r', clientIp: null, actor: { userId: 'u', agencyId: 'a', role: Role.FPT_MANAGER } };
    const personId = '00000000-0000-4000-8000-000000000000';
    await expect(resolver.subjectAccessExport(ctx, { setHeader: (name, value) => headers.set(name, value) }, personId)).resolves.toBe(
      exported,
    );
    expect(headers.get('cache-control')).toBe('no-store');
    expect(exportSpy).toHaveBeenCalledWith(ctx, personId);
  });
});
