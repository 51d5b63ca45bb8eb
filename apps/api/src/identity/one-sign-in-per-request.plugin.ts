import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';

// The doors that check a secret: a password, a code from an authenticator app, a recovery code.
export const SIGN_IN_STEPS: ReadonlySet<string> = new Set(['signIn', 'confirmMfaEnrolment', 'verifyMfaCode', 'beginMfaEnrolment']);

function countSignInSteps(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let n = 0;
  for (const s of selectionSet?.selections ?? []) {
    if (s.kind === Kind.FIELD) n += SIGN_IN_STEPS.has(s.name.value) ? 1 : 0;
    else if (s.kind === Kind.INLINE_FRAGMENT) n += countSignInSteps(s.selectionSet, fragments, seen);
    else if (!seen.has(s.name.value)) {
      // A named fragment counts each time it is spread (validation has already refused cycles).
      n += countSignInSteps(fragments.get(s.name.value)?.selectionSet, fragments, new Set([...seen, s.name.value]));
    }
  }
  return n;
}

// Aliases (or fragments) would otherwise let one request try many passwords or codes at once,
// past the throttle's per-attempt check. A request may take one step of signing in.
export const oneSignInPerRequest: ApolloServerPlugin = {
  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      async didResolveOperation({ operation, document }) {
        if (operation?.operation !== 'mutation') return;
        const fragments = new Map(
          document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
        );
        if (countSignInSteps(operation.selectionSet, fragments, new Set()) > 1) {
          throw new GraphQLError('Sign in once per request', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        }
      },
    };
  },
};
