// The GraphQL documents the web client sends, taken from its own source (apps/web/src), so a
// benchmark asks for exactly the fields the screens ask for, compacted as the client sends them. The
// modules are TypeScript; they are transpiled in memory (they import nothing but each other and
// the generated documents, apps/web/src/graphql/generated, whose graphql() looks the text up).
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const WEB_SRC = path.join(__dirname, '..', '..', 'apps', 'web', 'src');
const loaded = new Map();

function loadWebModule(file) {
  if (loaded.has(file)) return loaded.get(file).exports;
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const module = { exports: {} };
  loaded.set(file, module);
  const requireWeb = (specifier) => {
    if (!specifier.startsWith('.'))
      throw new Error(`${path.relative(WEB_SRC, file)} imports ${specifier}, which the benchmark does not load`);
    const target = path.resolve(path.dirname(file), specifier);
    return loadWebModule(fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, 'index.ts'));
  };
  new Function('exports', 'require', 'module', outputText)(module.exports, requireWeb, module);
  return module.exports;
}

// The case list, the case page and the Forum agenda, as the web client sends them.
function webDocuments() {
  const operations = loadWebModule(path.join(WEB_SRC, 'graphql', 'operations.ts'));
  const forum = loadWebModule(path.join(WEB_SRC, 'forum', 'forum-operations.ts'));
  const { compactDocument } = loadWebModule(path.join(WEB_SRC, 'graphql', 'client.ts'));
  const sent = (document) => {
    const text = compactDocument(document.toString());
    if (!text.startsWith('query ')) throw new Error(`The web client's document was not found: ${text.slice(0, 60)}`);
    return text;
  };
  return { caseload: sent(operations.CASELOAD), casePage: sent(operations.CASE), agenda: sent(forum.AGENDA_QUERY) };
}

module.exports = { webDocuments };
