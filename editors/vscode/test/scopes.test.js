// The scopes the TextMate grammar gives the bundled plans: chosen tokens of the Sơn La plan
// and of the other plans (a keyword, a field keyword, a string and its escape, numbers, dates,
// ids declared, referenced and imported, comments), and, over every line of every bundled plan,
// that each character but spaces has a planlang scope and that no keyword is coloured as an id.

const test = require("node:test");
const assert = require("node:assert/strict");
const { tokenize, read, bundledPlans } = require("./textmate.js");

const SON_LA = "plans/son-la-children-2021-2030.plan";

const tokensOf = new Map();
async function tokens(file) {
  if (!tokensOf.has(file)) {
    tokensOf.set(file, await tokenize(read(file)));
  }
  return tokensOf.get(file);
}

/**
 * The scopes of `word` where it stands in the first line of `file` that contains `context`
 * (`word` is found inside `context`; `nth` picks a later occurrence of it there). The token
 * there must be `word` exactly: a token that runs on or stops short fails.
 */
async function scopesAt(file, context, word, nth = 0) {
  const lines = await tokens(file);
  const text = read(file).split(/\r?\n/);
  const index = text.findIndex((line) => line.includes(context));
  assert.notEqual(index, -1, `no line of ${file} contains ${JSON.stringify(context)}`);
  let inContext = -1;
  for (let i = 0; i <= nth; i++) {
    inContext = context.indexOf(word, inContext + 1);
    assert.notEqual(inContext, -1, `${JSON.stringify(word)} is not in ${JSON.stringify(context)}`);
  }
  const column = text[index].indexOf(context) + inContext;
  const token = lines[index].find((t) => t.start <= column && column < t.end);
  assert.ok(token, `no token at ${file}:${index + 1}:${column + 1}`);
  assert.equal(
    token.text,
    word,
    `${file}:${index + 1}: the token at ${JSON.stringify(word)} is ${JSON.stringify(token.text)} (${token.scopes.join(" ")})`,
  );
  return token.scopes;
}

/** `word` in `context` has `scope` as its innermost scope. */
async function expectScope(file, context, word, scope, nth = 0) {
  const scopes = await scopesAt(file, context, word, nth);
  assert.equal(
    scopes[scopes.length - 1],
    scope,
    `${JSON.stringify(word)} in ${JSON.stringify(context)}: ${scopes.join(" ")}`,
  );
}

test("keywords: the word of an item and the words of fields", async () => {
  await expectScope(SON_LA, 'plan "Kế hoạch triển khai', "plan", "keyword.control.planlang");
  await expectScope(SON_LA, 'indicator 12 "Tỷ lệ trẻ em', "indicator", "keyword.control.planlang");
  await expectScope(SON_LA, "agency yte ", "agency", "keyword.control.planlang");
  await expectScope(SON_LA, "target 2025 >= 65", "target", "keyword.other.planlang");
  await expectScope(SON_LA, 'lead ldtbxh ref "V.1"', "lead", "keyword.other.planlang");
  await expectScope(SON_LA, 'lead ldtbxh ref "V.1"', "ref", "keyword.other.planlang");
  await expectScope(SON_LA, "target 2025 >= 100 strive", "strive", "keyword.other.planlang");
  await expectScope(SON_LA, "target maintain >= 95 from 2025", "maintain", "keyword.other.planlang");
  await expectScope(SON_LA, "target maintain >= 95 from 2025", "from", "keyword.other.planlang");
  await expectScope(SON_LA, "unit per_mille of ", "of", "keyword.other.planlang");
});

test("value words and built-in units", async () => {
  await expectScope(SON_LA, "direction increase", "increase", "constant.language.direction.planlang");
  await expectScope(SON_LA, "direction decrease", "decrease", "constant.language.direction.planlang");
  await expectScope(SON_LA, "unit percent", "percent", "support.constant.unit.planlang");
  await expectScope(SON_LA, "unit per_mille of ", "per_mille", "support.constant.unit.planlang");
  await expectScope(SON_LA, "target reduce by 0.5 points per year", "reduce", "constant.language.direction.planlang");
  await expectScope(SON_LA, "target reduce by 0.5 points per year", "points", "constant.language.unit.planlang");
  await expectScope(SON_LA, "period year", "year", "constant.language.period.planlang");
  await expectScope(SON_LA, "period half-year", "half-year", "constant.language.period.planlang");
  await expectScope("plans/dong-nai-drugs-2025.plan", "at midterm", "midterm", "constant.language.review-point.planlang");
  await expectScope("plans/national/children-2021-2030.plan", "    lead ? because \"Điều 2", "?", "constant.language.unknown.planlang");
});

test("strings and their escapes", async () => {
  const scopes = await scopesAt(SON_LA, 'document "196/QĐ-UBND"', "196/QĐ-UBND");
  assert.deepEqual(scopes.slice(1), ["string.quoted.double.planlang"]);
  await expectScope(SON_LA, 'document "196/QĐ-UBND"', '"', "punctuation.definition.string.begin.planlang");
  await expectScope(SON_LA, 'document "196/QĐ-UBND"', '"', "punctuation.definition.string.end.planlang", 1);
  const context = 'note "Điều 1 viết \\"Chương trình hành động vì trẻ em đoạn 2021-2030\\"';
  const escape = await scopesAt(SON_LA, context, '\\"');
  assert.deepEqual(escape.slice(1), ["string.quoted.double.planlang", "constant.character.escape.planlang"]);
  // The text after an escaped quote is still inside the string.
  await expectScope(SON_LA, context, "Chương trình hành động vì trẻ em đoạn 2021-2030", "string.quoted.double.planlang");
});

test("numbers, decimals and negatives", async () => {
  await expectScope(SON_LA, "target 2025 >= 65", "65", "constant.numeric.planlang");
  await expectScope(SON_LA, "target 2025 < 9.5", "9.5", "constant.numeric.planlang");
  await expectScope(SON_LA, "formula neonatal_deaths / live_births * 1000", "1000", "constant.numeric.planlang");
  await expectScope(SON_LA, "target reduce by 0.5 points", "0.5", "constant.numeric.planlang");
  await expectScope("plans/son-la-exports-2026-2030.plan", 'unit trieu_usd "triệu USD" = 1000 nghin_usd', "1000", "constant.numeric.planlang");
  const lines = await tokenize("unit change \"thay đổi\" range -100..100");
  const negative = lines[0].find((t) => t.text === "-100");
  assert.ok(negative, lines[0].map((t) => t.text).join("|"));
  assert.equal(negative.scopes.at(-1), "constant.numeric.planlang");
});

test("dates, years and periods", async () => {
  await expectScope(SON_LA, "signed 2021-04-28", "2021-04-28", "constant.numeric.date.planlang");
  await expectScope(SON_LA, "target 2025 >= 65", "2025", "constant.numeric.date.year.planlang");
  await expectScope(SON_LA, "period 2021..2030", "2021", "constant.numeric.date.year.planlang");
  await expectScope(SON_LA, "period 2021..2030", "..", "keyword.operator.range.planlang");
  await expectScope(SON_LA, "period 2021..2030", "2030", "constant.numeric.date.year.planlang");
  await expectScope(SON_LA, "from 2025 until 2030", "2030", "constant.numeric.date.year.planlang");
  await expectScope(SON_LA, "due before 05/12", "05/12", "constant.numeric.date.planlang");
  await expectScope("plans/dong-nai-drugs-2025.plan", "due in month 11/2025", "11/2025", "constant.numeric.date.planlang");
  await expectScope("plans/amendments/son-la-2025-child-affairs-transfer.plan", "effective 2025-03-01", "2025-03-01", "constant.numeric.date.planlang");
  const lines = await tokenize("    target 2026-Q2 >= 500");
  const milestone = lines[0].find((t) => t.text === "2026-Q2");
  assert.ok(milestone, lines[0].map((t) => t.text).join("|"));
  assert.equal(milestone.scopes.at(-1), "constant.numeric.date.planlang");
});

test("ids: declared, referenced, imported", async () => {
  await expectScope(SON_LA, 'agency ldtbxh "Sở Lao động', "ldtbxh", "entity.name.type.planlang");
  await expectScope(SON_LA, 'indicator 12 "Tỷ lệ trẻ em', "12", "entity.name.type.planlang");
  await expectScope(SON_LA, 'objective a "Mục tiêu 1', "a", "entity.name.type.planlang");
  await expectScope(SON_LA, 'area tp_son_la "Thành phố Sơn La" in son_la', "tp_son_la", "entity.name.type.planlang");
  await expectScope(SON_LA, 'area tp_son_la "Thành phố Sơn La" in son_la', "son_la", "variable.other.planlang", 1);
  await expectScope(SON_LA, 'lead ldtbxh ref "V.1"', "ldtbxh", "variable.other.planlang");
  await expectScope(SON_LA, "formula neonatal_deaths / live_births", "live_births", "variable.other.planlang");
  await expectScope(SON_LA, "formula neonatal_deaths / live_births", "/", "keyword.operator.arithmetic.planlang");
  await expectScope(SON_LA, "issuer ubnd_tinh", "ubnd_tinh", "variable.other.planlang");
  await expectScope("plans/national/children-2021-2030.plan", 'nong_thon "Nông thôn"', "nong_thon", "entity.name.constant.value.planlang");
  // An indicator named by a number, where the grammar takes ids: not a number.
  await expectScope("plans/dong-nai-drugs-2025.plan", "covers 5a, 9 ref", "5a", "variable.other.planlang");
  await expectScope("plans/dong-nai-drugs-2025.plan", "covers 5a, 9 ref", "9", "variable.other.planlang");
  await expectScope("plans/dong-nai-drugs-2025.plan", "covers 5a, 9 ref", ",", "punctuation.separator.comma.planlang");
});

test("qualified ids: the import's name, the dot, the id", async () => {
  const importLine = 'import "national/children-2021-2030.plan" as national';
  await expectScope(SON_LA, importLine, "import", "keyword.control.planlang");
  await expectScope(SON_LA, importLine, "as", "keyword.other.planlang");
  await expectScope(SON_LA, importLine, "national", "entity.name.namespace.planlang", 1);
  await expectScope(SON_LA, "implements national", "national", "entity.name.namespace.planlang");
  await expectScope(SON_LA, "adopts national.3a ref", "national", "entity.name.namespace.planlang");
  await expectScope(SON_LA, "adopts national.3a ref", ".", "punctuation.accessor.dot.planlang");
  await expectScope(SON_LA, "adopts national.3a ref", "3a", "variable.other.planlang");
  await expectScope(SON_LA, "waive national.4c because", "4c", "variable.other.planlang");
  const transfer = "transfer son_la.ldtbxh to son_la.yte";
  const amendment = "plans/amendments/son-la-2025-child-affairs-transfer.plan";
  await expectScope(amendment, transfer, "transfer", "keyword.control.planlang");
  await expectScope(amendment, transfer, "son_la", "entity.name.namespace.planlang", 1);
  await expectScope(amendment, transfer, "yte", "variable.other.planlang");
  await expectScope(amendment, "amends son_la", "son_la", "entity.name.namespace.planlang");
});

test("comments: a line comment, and a block comment over several lines", async () => {
  const lineComment = "// The two dates disagree; both are encoded on purpose (the checker reports the conflict).";
  await expectScope(SON_LA, lineComment, "//", "punctuation.definition.comment.planlang");
  const text = await scopesAt(SON_LA, lineComment, " The two dates disagree; both are encoded on purpose (the checker reports the conflict).");
  assert.equal(text.at(-1), "comment.line.double-slash.planlang");
  // The first line of the file opens a block comment; a line inside it holds keywords and
  // numbers that stay comment.
  await expectScope(SON_LA, "/*", "/*", "punctuation.definition.comment.begin.planlang");
  const inside = await scopesAt(SON_LA, " *   1          1           adapts   2030: >= 70 / >= 75", " *   1          1           adapts   2030: >= 70 / >= 75");
  assert.equal(inside.at(-1), "comment.block.planlang");
  // After the block closes, code is code again.
  const lines = await tokenize('/* a\n * target 2025\n */ agency yte "Sở Y tế"');
  assert.equal(lines[1][0].scopes.at(-1), "comment.block.planlang");
  assert.equal(lines[1].length, 1, "the block comment's line is one token");
  const agency = lines[2].find((t) => t.text === "agency");
  assert.equal(agency.scopes.at(-1), "keyword.control.planlang");
});

/** The words of the keyword table (src/syntax/keywords.rs), as the Rust code writes them. */
function keywordWords() {
  const table = read("src/syntax/keywords.rs");
  const words = [...table.matchAll(/(?:item|field)_keyword\(\s*"([^"]+)"/g)].map((m) => m[1]);
  assert.ok(words.length > 50, `only ${words.length} keywords read from keywords.rs`);
  return new Set(words);
}

test("every bundled plan: each character has a planlang scope, no keyword is coloured as an id", async () => {
  const plans = bundledPlans();
  assert.ok(plans.length >= 10, `only ${plans.length} bundled plans found`);
  const keywords = keywordWords();
  let checkedKeywords = 0;
  for (const file of plans) {
    for (const line of await tokens(file)) {
      for (const token of line) {
        if (token.text.trim() === "") {
          continue;
        }
        const where = `${file}:${token.line}:${token.start + 1} ${JSON.stringify(token.text)}`;
        assert.ok(token.scopes.length > 1, `${where} has no planlang scope`);
        assert.ok(
          token.scopes.slice(1).every((s) => s.endsWith(".planlang")),
          `${where}: ${token.scopes.join(" ")}`,
        );
        const inText = token.scopes.some((s) => s.startsWith("string.") || s.startsWith("comment."));
        if (!inText && keywords.has(token.text)) {
          checkedKeywords += 1;
          const scope = token.scopes.at(-1);
          assert.ok(
            scope.startsWith("keyword.") || scope.startsWith("constant.language."),
            `${where}: a keyword scoped ${scope}`,
          );
        }
      }
    }
  }
  assert.ok(checkedKeywords > 2000, `only ${checkedKeywords} keywords met in the bundled plans`);
});
