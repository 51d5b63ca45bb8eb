import { Injectable } from '@nestjs/common';
import { Database } from '../database/kysely';
import { Db } from '../database/db';

// Children's drawings: the pictures themselves are read one at a time, by id, never in a list.
@Injectable()
export class DrawingRepository {
  constructor(private readonly db: Db) {}

  // A case's drawings without their pictures, newest first, with who uploaded each.
  ofCase(caseId: string) {
    return this.db.kysely
      .selectFrom('child_drawing as d')
      .leftJoin('app_user as u', 'u.id', 'd.uploaded_by')
      .select([
        'd.id',
        'd.person_id as personId',
        'd.content_type as contentType',
        'd.size_bytes as sizeBytes',
        'd.uploaded_at as uploadedAt',
        'u.display_name as uploadedByName',
      ])
      .where('d.case_id', '=', caseId)
      .orderBy('d.uploaded_at', 'desc')
      .execute();
  }

  async add(
    tx: Database,
    drawing: { caseId: string; personId: string; contentType: string; sha256: string; bytes: Buffer; uploadedBy: string },
  ): Promise<string> {
    const { id } = await tx
      .insertInto('child_drawing')
      .values({
        case_id: drawing.caseId,
        person_id: drawing.personId,
        content_type: drawing.contentType,
        size_bytes: drawing.bytes.length,
        sha256: drawing.sha256,
        bytes: drawing.bytes,
        uploaded_by: drawing.uploadedBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  // The picture and the case it belongs to; undefined when missing or hidden by row-level security.
  picture(id: string) {
    return this.db.kysely
      .selectFrom('child_drawing')
      .select(['case_id as caseId', 'content_type as contentType', 'bytes'])
      .where('id', '=', id)
      .executeTakeFirst();
  }
}
