import { createHash } from 'node:crypto';
import { Injectable, Inject } from '@nestjs/common';
import { Db } from '../database/db';
import { canEditPlan, CaseAction, DomainError, DomainErrorCode, drawingProblems, nextCaseStatus, PersonRole } from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { CaseRow } from '../database/entities';
import { FamilyService } from '../referrals/family.service';
import { PersonModel } from '../referrals/models/referral.models';
import { UploadDrawingInput } from './dto/plan.inputs';
import { DrawingModel } from './models/plan.models';
import { DrawingRepository } from './drawing.repository';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

// Drawings follow the case's own access rule: they are read through the API, audited, and
// never from a public path.
@Injectable()
export class DrawingsService {
  constructor(
    private readonly db: Db,
    private readonly drawings: DrawingRepository,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly families: FamilyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async members(familyId: string): Promise<readonly PersonModel[]> {
    return (await this.families.loadMany([familyId])).get(familyId)?.members ?? [];
  }

  // A caller that has already read the family's members (the case page) passes them.
  async list(row: CaseRow, members?: readonly PersonModel[]): Promise<DrawingModel[]> {
    const rows = await this.drawings.ofCase(row.id);
    const people = members ?? (await this.members(row.familyId));
    return rows.flatMap((r) => {
      const person = people.find((m) => m.id === r.personId);
      return person
        ? [
            {
              id: r.id,
              person,
              contentType: r.contentType,
              sizeBytes: r.sizeBytes,
              uploadedAt: r.uploadedAt,
              uploadedByName: r.uploadedByName ?? 'Unknown user',
            },
          ]
        : [];
    });
  }

  async upload(ctx: SignedInContext, input: UploadDrawingInput): Promise<DrawingModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts)) {
      throw new DomainError(
        DomainErrorCode.Forbidden,
        `Only the ${this.config.terms.leadPractitioner} and named professionals can add drawings`,
      );
    }
    nextCaseStatus(row.status, CaseAction.WORK_ON_PLAN);
    const members = await this.members(row.familyId);
    const child = members.find((m) => m.id === input.personId && m.role === PersonRole.CHILD);
    if (!child) throw DomainError.invalid([{ field: 'personId', message: 'Choose a child from this family' }]);
    if (!BASE64.test(input.dataBase64)) throw DomainError.invalid([{ field: 'file', message: 'The file could not be read' }]);
    const bytes = Buffer.from(input.dataBase64, 'base64');
    const problems = drawingProblems(input.contentType, bytes);
    if (problems.length) throw DomainError.invalid(problems);
    const id = await this.db.transaction(async (em, tx) => {
      const created = await this.drawings.add(tx, {
        caseId: row.id,
        personId: child.id,
        contentType: input.contentType,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        uploadedBy: ctx.actor.userId,
      });
      await this.audit.record(
        ctx,
        [{ action: AuditAction.UploadDrawing, entityType: AuditEntity.Drawing, entityId: created, familyId: row.familyId, allowed: true }],
        em,
      );
      await recordCaseEvent(
        tx,
        row.id,
        'DRAWING_ADDED',
        `A drawing by ${child.firstName} was added to their three houses`,
        ctx.actor.userId,
      );
      return created;
    });
    const model = (await this.list(row, members)).find((d) => d.id === id);
    if (!model) throw DomainError.notFound();
    return model;
  }

  // The picture as a data URL, for the case's readers only.
  async image(ctx: SignedInContext, drawingId: string): Promise<string> {
    const drawing = await this.drawings.picture(drawingId);
    if (!drawing) {
      // Missing, or hidden by row-level security: either way an attempt on a family's record.
      await this.audit.record(ctx, [
        { action: AuditAction.ReadDrawing, entityType: AuditEntity.Drawing, entityId: drawingId, familyId: null, allowed: false },
      ]);
      throw DomainError.notFound();
    }
    const { row } = await this.access.loadVisible(ctx, drawing.caseId, AuditAction.ReadDrawing);
    if (row.id !== drawing.caseId) throw DomainError.notFound();
    return `data:${drawing.contentType};base64,${drawing.bytes.toString('base64')}`;
  }
}
