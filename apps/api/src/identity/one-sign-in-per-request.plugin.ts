import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, SelectionSetNode } from 'graphql';

function countSignIns(selectionSet: SelectionSetNode | undefined): number {
  return (selectionSet?.selections ?? []).reduce(
    (n, s) => n + (s.kind === Kind.FIELD && s.name.value === 'signIn' ? 1 : 0) + (s.kind === Kind.INLINE_FRAGMENT ? countSignIns(s.selectionSet) : 0),
    0,
  );
}

// Aliases would otherwise let one request try many passwords at once, past the throttle's
// per-attempt check. A request may sign in once.
export const oneSignInPerRequest: ApolloServerPlugin = {
  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'mutation' && countSignIns(operation.selectionSet) > 1) {
          throw new GraphQLError('Sign in once per request', { extensions: { code: 'BAD_USER_INPUT' } });
        }
      },
    };
  },
};
