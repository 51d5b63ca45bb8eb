import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { createKysely, Database, kyselyOn } from './kysely';
import { currentRequestScope } from './request-scope';
import { withinSavepoint } from './request-transaction';

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

  // A unit that commits or rolls back whole: inside a request, a savepoint of the request's
  // transaction; elsewhere, a transaction of its own. Typed queries take the second argument,
  // which runs on the same connection.
  transaction<T>(work: (manager: EntityManager, kysely: Database) => Promise<T>): Promise<T> {
    const inRequest = currentRequestScope()?.transaction;
    if (inRequest) return withinSavepoint(inRequest, () => work(inRequest.runner.manager, this.kysely));
    return this.dataSource.transaction((manager) => {
      if (!manager.queryRunner) throw new Error('A transaction without its connection');
      return work(manager, kyselyOn(manager.queryRunner));
    });
  }
}
