import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db } from '../database/db';
import { canEditPlan, CaseAction, DomainError, DomainErrorCode, drawingProblems, nextCaseStatus, PersonRole } from '@eh/domain';
import { AuditAction, AuditEntity, AuditService } from '../audit/audit.service';
import { SignedInContext } from '../common/request-context';
import { CaseAccessService } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { CaseRow } from '../database/entities';
import { DirectoryService } from '../identity/directory.service';
import { FamilyService } from '../referrals/family.service';
import { UploadDrawingInput } from './dto/plan.inputs';
import { DrawingModel } from './models/plan.models';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

interface DrawingMeta {
  id: string;
  person_id: string;
  content_type: string;
  size_bytes: number;
  uploaded_at: Date;
  uploaded_by: string;
}

// Drawings follow the case's own access rule: they are read through the API, audited, and
// never from a public path.
@Injectable()
export class DrawingsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly families: FamilyService,
    private readonly directory: DirectoryService,
  ) {}

  async list(row: CaseRow): Promise<DrawingModel[]> {
    const rows: DrawingMeta[] = await this.db.query(
      `SELECT id, person_id, content_type, size_bytes, uploaded_at, uploaded_by FROM child_drawing
        WHERE case_id = $1 ORDER BY uploaded_at DESC`,
      [row.id],
    );
    const [families, users] = await Promise.all([
      this.families.loadMany([row.familyId]),
      this.directory.usersById(rows.map((r) => r.uploaded_by)),
    ]);
    const members = families.get(row.familyId)?.members ?? [];
    return rows.flatMap((r) => {
      const person = members.find((m) => m.id === r.person_id);
      return person
        ? [{ id: r.id, person, contentType: r.content_type, sizeBytes: r.size_bytes, uploadedAt: r.uploaded_at,
            uploadedByName: users.get(r.uploaded_by)?.displayName ?? 'Unknown user' }]
        : [];
    });
  }

  async upload(ctx: SignedInContext, input: UploadDrawingInput): Promise<DrawingModel> {
    const { row, facts } = await this.access.loadVisible(ctx, input.caseId, AuditAction.ReadCase);
    if (!canEditPlan(ctx.actor, facts)) {
      throw new DomainError(DomainErrorCode.Forbidden, 'Only the lead practitioner and named professionals can add drawings');
    }
    nextCaseStatus(row.status, CaseAction.WORK_ON_PLAN);
    const members = (await this.families.loadMany([row.familyId])).get(row.familyId)?.members ?? [];
    const child = members.find((m) => m.id === input.personId && m.role === PersonRole.CHILD);
    if (!child) throw DomainError.invalid([{ field: 'personId', message: 'Choose a child from this family' }]);
    if (!BASE64.test(input.dataBase64)) throw DomainError.invalid([{ field: 'file', message: 'The file could not be read' }]);
    const bytes = Buffer.from(input.dataBase64, 'base64');
    const problems = drawingProblems(input.contentType, bytes);
    if (problems.length) throw DomainError.invalid(problems);
    const id: string[] = [];
    await this.db.transaction(async (em) => {
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO child_drawing (case_id, person_id, content_type, size_bytes, sha256, bytes, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [row.id, child.id, input.contentType, bytes.length, createHash('sha256').update(bytes).digest('hex'), bytes, ctx.actor.userId],
      );
      id.push(created.id);
      await this.audit.record(ctx, [{ action: AuditAction.UploadDrawing, entityType: AuditEntity.Drawing, entityId: created.id, familyId: row.familyId, allowed: true }], em);
      await recordCaseEvent(em, row.id, 'DRAWING_ADDED', `A drawing by ${child.firstName} was added to their three houses`, ctx.actor.userId);
    });
    const model = (await this.list(row)).find((d) => d.id === id[0]);
    if (!model) throw DomainError.notFound();
    return model;
  }

  // The picture as a data URL, for the case's readers only.
  async image(ctx: SignedInContext, drawingId: string): Promise<string> {
    const [drawing]: { case_id: string; content_type: string; bytes: Buffer }[] = await this.db.query(
      `SELECT case_id, content_type, bytes FROM child_drawing WHERE id = $1`,
      [drawingId],
    );
    if (!drawing) {
      // Missing, or hidden by row-level security: either way an attempt on a family's record.
      await this.audit.record(ctx, [{ action: AuditAction.ReadDrawing, entityType: AuditEntity.Drawing, entityId: drawingId, familyId: null, allowed: false }]);
      throw DomainError.notFound();
    }
    const { row } = await this.access.loadVisible(ctx, drawing.case_id, AuditAction.ReadDrawing);
    if (row.id !== drawing.case_id) throw DomainError.notFound();
    return `data:${drawing.content_type};base64,${drawing.bytes.toString('base64')}`;
  }
}
