import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ArgumentNode, GraphQLError, Kind, ValueNode, visit } from 'graphql';
import type { FieldProblem } from '@eh/domain';

// Text people type has no use for control characters other than tab and line breaks, and cannot
// hold half a UTF-16 pair: PostgreSQL refuses a NUL outright (a database error, not an answer),
// and a lone surrogate would be stored as U+FFFD, silently changing what was written.
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function unreadableText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c) || isLow(c)) return true;
    if (isHigh(c)) {
      if (!isLow(text.charCodeAt(i + 1))) return true;
      i++;
    }
  }
  return false;
}

const MESSAGE = 'Remove control characters and unreadable symbols from this text';

function inValue(value: unknown, path: string, into: FieldProblem[]): void {
  if (typeof value === 'string') {
    if (unreadableText(value)) into.push({ field: path, message: MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => inValue(item, `${path}.${i}`, into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) inValue(item, path ? `${path}.${key}` : key, into);
  }
}

function inLiteral(node: ValueNode, path: string, into: FieldProblem[]): void {
  if (node.kind === Kind.STRING) inValue(node.value, path, into);
  if (node.kind === Kind.LIST) node.values.forEach((item, i) => inLiteral(item, `${path}.${i}`, into));
  if (node.kind === Kind.OBJECT) node.fields.forEach((f) => inLiteral(f.value, `${path}.${f.name.value}`, into));
}

// Every string a request carries, in variables or written into the query, is checked before
// anything runs; the answer names each field as the validation pipe would (`input.reason`).
export const plainTextOnly: ApolloServerPlugin = {
  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    return {
      async didResolveOperation({ request, document }) {
        const problems: FieldProblem[] = [];
        inValue(request.variables ?? {}, '', problems);
        visit(document, {
          Argument(node: ArgumentNode) {
            inLiteral(node.value, node.name.value, problems);
          },
        });
        if (problems.length) {
          throw new GraphQLError('Some text could not be accepted', {
            extensions: { code: 'BAD_USER_INPUT', fields: problems, http: { status: 400 } },
          });
        }
      },
    };
  },
};
