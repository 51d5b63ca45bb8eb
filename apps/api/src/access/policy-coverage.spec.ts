import 'reflect-metadata';
import { Query, Resolver, ResolveField } from '@nestjs/graphql';
import { RESOLVERS } from '../app.module';
import { Allow, Policy } from './policy';
import { graphqlDoors } from './policy-coverage';

@Resolver()
class ForgetfulResolver {
  @Allow(Policy.SignedIn)
  @Query(() => String)
  declared(): string {
    return 'ok';
  }

  @Query(() => String)
  forgotten(): string {
    return 'leak';
  }

  @ResolveField(() => String)
  forgottenField(): string {
    return 'leak';
  }

  helper(): string {
    return 'not a door';
  }
}

describe('policy coverage', () => {
  it('names the doors that declare no policy, and only doors', () => {
    expect(graphqlDoors([ForgetfulResolver])).toEqual([
      { name: 'ForgetfulResolver.declared', hasPolicy: true },
      { name: 'ForgetfulResolver.forgotten', hasPolicy: false },
      { name: 'ForgetfulResolver.forgottenField', hasPolicy: false },
    ]);
  });

  it('finds a policy on every query, mutation and field resolver of the API', () => {
    const doors = graphqlDoors(RESOLVERS);
    expect(doors.length).toBeGreaterThanOrEqual(13);
    expect(doors.filter((d) => !d.hasPolicy).map((d) => d.name)).toEqual([]);
  });
});
