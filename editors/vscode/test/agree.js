// The TextMate grammar against planlang's own parser: `node test/agree.js TOKENS.json`, where
// the file (written by tests/language/editors_vscode.rs from the pest parse of each bundled
// plan) lists the tokens the parser read, each with its class. Every character of each token
// must have a scope of its class. Prints the count and exits 1 on any disagreement.

const fs = require("fs");
const { tokenize, read } = require("./textmate.js");

/** The scopes that may colour a token of each class the parser gives. */
const ALLOWED = {
  keyword: ["keyword.control.planlang", "keyword.other.planlang"],
  string: ["string.quoted.double.planlang"],
  comment: ["comment.line.double-slash.planlang", "comment.block.planlang"],
  number: ["constant.numeric.planlang"],
  date: ["constant.numeric.date.planlang", "constant.numeric.date.year.planlang"],
  declared: ["entity.name.type.planlang", "entity.name.constant.value.planlang"],
  alias: ["entity.name.namespace.planlang"],
  reference: ["variable.other.planlang", "entity.name.namespace.planlang", "punctuation.accessor.dot.planlang"],
  value: ["constant.language.", "support.constant."],
  // A value word that is also a keyword (`every year`, where a review's `every year` is two
  // keywords and a deadline's is a keyword and a period): either colour.
  "keyword-value": ["constant.language.", "support.constant.", "keyword.other.planlang"],
  comparison: ["keyword.operator.comparison.planlang"],
};

async function main() {
  const expected = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  let checked = 0;
  const wrong = [];
  for (const { file, tokens } of expected) {
    const lines = await tokenize(read(file));
    for (const token of tokens) {
      const allowed = ALLOWED[token.class];
      if (!allowed) {
        throw new Error(`unknown class ${token.class}`);
      }
      checked += 1;
      const covering = lines[token.line - 1].filter(
        (t) => t.end > token.column && t.start < token.column + token.length,
      );
      const bad = covering.filter(
        (t) => !t.scopes.some((s) => allowed.some((a) => s === a || (a.endsWith(".") && s.startsWith(a)))),
      );
      if (covering.length === 0 || bad.length > 0) {
        const seen = (bad[0] ?? {}).scopes ?? [];
        wrong.push(
          `${file}:${token.line}:${token.column + 1} ${JSON.stringify(token.text)} (${token.class}): ${JSON.stringify((bad[0] ?? {}).text)} is ${seen.slice(1).join(" ") || "unscoped"}`,
        );
      }
    }
  }
  console.log(`agree: ${checked - wrong.length} passed, ${wrong.length} failed`);
  if (wrong.length > 0) {
    console.log(wrong.slice(0, 40).join("\n"));
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
