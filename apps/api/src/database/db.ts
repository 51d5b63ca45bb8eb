import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { createKysely, Database } from './kysely';
import { currentRequestScope } from './request-scope';

// The services' one door to the database. Inside a GraphQL request every statement runs in the
// request's own transaction, on its one connection, with the actor already stated (see
// request-transaction.ts); elsewhere (the worker, the seed, a plain HTTP door) it is the data
// source itself. A nested `transaction` inside a request is a savepoint of the request's.
@Injectable()
export class Db {
  // Typed queries (repositories); on the request's connection like everything else here.
  readonly kysely: Database;

  constructor(readonly dataSource: DataSource) {
    this.kysely = createKysely(dataSource);
  }

  get manager(): EntityManager {
    return currentRequestScope()?.transaction?.runner.manager ?? this.dataSource.manager;
  }

  // TypeORM's untyped result, until each aggregate's repository gives its queries their types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<T = any>(sql: string, parameters?: readonly unknown[]): Promise<T> {
    return this.manager.query(sql, parameters ? [...parameters] : undefined);
  }

  getRepository<Entity extends ObjectLiteral>(target: EntityTarget<Entity>): Repository<Entity> {
    return this.manager.getRepository(target);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.manager.transaction(work);
  }
}
