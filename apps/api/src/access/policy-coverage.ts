import { POLICY_KEY } from './policy';

const RESOLVER_METADATA_KEYS = ['graphql:resolver_type', 'graphql:resolve_property'];

type AnyClass = abstract new (...args: never[]) => unknown;

export interface Door {
  readonly name: string;
  readonly hasPolicy: boolean;
}

// Every GraphQL door (query, mutation, field resolver) on the given classes, and whether it
// declares a policy. The guard refuses doors without one; this lets a test name them.
export function graphqlDoors(resolverClasses: readonly AnyClass[]): Door[] {
  return resolverClasses.flatMap((cls) => {
    const proto: object = cls.prototype as object;
    // Descriptors, not property reads: a getter must not run just to be inspected.
    const methodOf = (name: string): unknown => Object.getOwnPropertyDescriptor(proto, name)?.value;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => {
        const method = methodOf(name);
        // @Resolver() marks the class itself; the doors are its methods.
        return (
          name !== 'constructor' &&
          typeof method === 'function' &&
          RESOLVER_METADATA_KEYS.some((key) => Reflect.getMetadata(key, method) !== undefined)
        );
      })
      .map((name) => ({ name: `${cls.name}.${name}`, hasPolicy: Reflect.getMetadata(POLICY_KEY, methodOf(name) as object) !== undefined }));
  });
}
