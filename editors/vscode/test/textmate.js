// The TextMate grammar loaded as VS Code loads it (vscode-textmate with the Oniguruma regular
// expressions compiled to WebAssembly), and a plan file cut into tokens with their scopes.

const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

/** The folder of the extension (editors/vscode) and the repository root. */
const EXTENSION = path.join(__dirname, "..");
const ROOT = path.join(EXTENSION, "..", "..");

const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, "package.json"), "utf8"));
const contribution = manifest.contributes.grammars.find((g) => g.language === "planlang");

let grammarPromise;

/** The grammar the extension contributes, loaded once. */
function grammar() {
  if (!grammarPromise) {
    const wasm = fs.readFileSync(
      path.join(path.dirname(require.resolve("vscode-oniguruma")), "onig.wasm"),
    ).buffer;
    const onigLib = oniguruma.loadWASM(wasm).then(() => ({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }));
    const registry = new vsctm.Registry({
      onigLib,
      loadGrammar: async (scopeName) => {
        if (scopeName !== contribution.scopeName) {
          return null;
        }
        const file = path.join(EXTENSION, contribution.path);
        return vsctm.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
      },
    });
    grammarPromise = registry.loadGrammar(contribution.scopeName);
  }
  return grammarPromise;
}

/**
 * The tokens of `text`, line by line: each `{ line, start, end, text, scopes }` with `line`
 * counted from 1 and `start`/`end` in UTF-16 code units of the line, as VS Code counts them.
 */
async function tokenize(text) {
  const g = await grammar();
  let state = vsctm.INITIAL;
  const lines = text.split(/\r?\n/);
  return lines.map((lineText, index) => {
    const result = g.tokenizeLine(lineText, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({
      line: index + 1,
      start: t.startIndex,
      end: Math.min(t.endIndex, lineText.length),
      text: lineText.slice(t.startIndex, t.endIndex),
      scopes: t.scopes,
    }));
  });
}

/** A file of the repository, read as text. */
function read(relative) {
  return fs.readFileSync(path.join(ROOT, relative), "utf8");
}

/** Every plan file bundled under plans/, as paths from the repository root. */
function bundledPlans() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(relative);
      } else if (entry.name.endsWith(".plan")) {
        found.push(relative);
      }
    }
  };
  walk("plans");
  return found.sort();
}

module.exports = { EXTENSION, ROOT, manifest, contribution, tokenize, read, bundledPlans };
