// The GraphQL documents the web client sends, taken from its own source (apps/web/src), so a
// benchmark asks for exactly the fields the screens ask for. The modules are TypeScript; they are
// transpiled in memory (they import nothing but each other's documents).
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
    // A module, or a folder's index (the generated documents: graphql/generated/index.ts).
    return loadWebModule(fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, 'index.ts'));
  };
  new Function('exports', 'require', 'module', outputText)(module.exports, requireWeb, module);
  return module.exports;
}

// The case list, the case page, the Forum agenda and the live Forum page's reads, as the web
// client sends them (the text its request() sends: document.toString()).
function webDocuments() {
  const operations = loadWebModule(path.join(WEB_SRC, 'graphql', 'operations.ts'));
  const forum = loadWebModule(path.join(WEB_SRC, 'forum', 'forum-operations.ts'));
  const live = loadWebModule(path.join(WEB_SRC, 'forum', 'live-operations.ts'));
  return {
    caseload: operations.CASELOAD,
    casePage: operations.CASE,
    agenda: forum.AGENDA_QUERY,
    liveAgenda: live.LIVE_AGENDA,
    liveAgendaItem: live.LIVE_AGENDA_ITEM,
  };
}

module.exports = { webDocuments };
