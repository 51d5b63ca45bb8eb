import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';

// How big one GraphQL request may be. The web client's own operations are measured against these
// by graphql-limits.spec.ts, so a tighter limit that would break a screen fails the build first.
// The largest today (the plan page's case query): 1,479 characters, 203 tokens, depth 6, cost 497.
export const GRAPHQL_LIMITS = {
  /** Characters of query text (variables, where drawings travel, are not counted). */
  maxQueryLength: 10_000,
  /** Lexical tokens in the query text, counted while parsing. */
  maxTokens: 1_000,
  /** Nested selections; fragments do not add a level of their own. */
  maxDepth: 8,
  /** Aliased fields in one operation. */
  maxAliases: 15,
  /** Directives (@include, @skip ...) in one operation. */
  maxDirectives: 10,
  /** graphql-armor's cost: 2 per object, 1 per scalar, times 1.5 per level of nesting. */
  maxCost: 2_000,
  /**
   * Items in any list a client sends (people to match, family members, goals, attendees ...) and
   * the most a client may ask for in one page. No query pages today: each list is bounded by what
   * the viewer may see. A future `first`/`limit` argument takes its @Max from here.
   */
  maxListSize: 100,
} as const;

// Armor words every refusal as a syntax error; the limit it names is the useful part. Reported
// through the validation context, so Apollo answers 400 GRAPHQL_VALIDATION_FAILED and runs nothing.
function refuse(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

const onRejection = { exposeLimits: true, propagateOnRejection: false, onReject: [refuse] };

export function graphqlLimitRules(): ValidationRule[] {
  return new ApolloArmor({
    // maskError strips every "Did you mean" (armor's own pattern misses enum-value suggestions).
    blockFieldSuggestion: { enabled: false },
    // Counted by graphql's parser instead (graphqlParseOptions): armor's token plugin throws from
    // a hook Apollo treats as a crash, which would answer 500.
    maxTokens: { enabled: false },
    // Introspection is limited too: it is off in production, and a deep one is a cheap attack.
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: false, ...onRejection },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [], ...onRejection },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...onRejection },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true, ignoreIntrospection: false, ...onRejection },
  }).protect().validationRules;
}

export const graphqlParseOptions: ParseOptions = { maxTokens: GRAPHQL_LIMITS.maxTokens };

export const QUERY_TOO_LONG = `The query is longer than the limit of ${GRAPHQL_LIMITS.maxQueryLength} characters`;

// Checked before Apollo parses anything; the JSON body may be larger (a drawing rides in variables).
export function queryLengthLimit(req: Request, res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  const fromBody = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { query?: unknown }).query : undefined;
  const query = fromBody ?? req.query.query;
  if (typeof query === 'string' && query.length > GRAPHQL_LIMITS.maxQueryLength) {
    res.status(413).json({ errors: [{ message: QUERY_TOO_LONG, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next();
}
