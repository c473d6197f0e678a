// The extension's manifest and language configuration: what they name exists, every setting
// and command has its words in English and Vietnamese, and the word pattern takes an id as
// planlang writes it (Vietnamese letters, `national.5a`) as one word.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { EXTENSION, manifest, read } = require("./textmate.js");

const readJson = (file) => JSON.parse(fs.readFileSync(path.join(EXTENSION, file), "utf8"));

test("the manifest's language, grammar and settings", () => {
  const [language] = manifest.contributes.languages;
  assert.equal(language.id, "planlang");
  assert.deepEqual(language.extensions, [".plan"]);
  assert.ok(fs.existsSync(path.join(EXTENSION, language.configuration)));
  const [grammar] = manifest.contributes.grammars;
  assert.equal(readJson(grammar.path).scopeName, grammar.scopeName);
  const settings = manifest.contributes.configuration.properties;
  assert.equal(settings["planlang.path"].default, "plan");
  assert.equal(settings["planlang.data"].type, "array");
  assert.deepEqual(settings["planlang.lang"].enum, ["auto", "en", "vi"]);
  const source = fs.readFileSync(path.join(EXTENSION, "src/extension.ts"), "utf8");
  for (const command of manifest.contributes.commands) {
    assert.ok(source.includes(`"${command.command}"`), `${command.command} is not registered`);
  }
  assert.ok(source.includes('args: ["lsp"]'), "the client does not start `plan lsp`");
});

test("every %word% of the manifest and every message of the client, in English and Vietnamese", () => {
  const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length >= 8, keys.join(" "));
  const english = readJson("package.nls.json");
  const vietnamese = readJson("package.nls.vi.json");
  assert.deepEqual(Object.keys(vietnamese).sort(), Object.keys(english).sort());
  for (const key of keys) {
    assert.ok(english[key] && vietnamese[key], `${key} lacks a translation`);
    assert.notEqual(english[key], vietnamese[key], key);
  }
  const source = fs.readFileSync(path.join(EXTENSION, "src/extension.ts"), "utf8");
  const messages = [...source.matchAll(/l10n\.t\(\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  assert.ok(messages.length >= 1);
  const bundle = readJson(path.join(manifest.l10n, "bundle.l10n.vi.json"));
  for (const message of messages) {
    assert.ok(bundle[message], `no Vietnamese for ${JSON.stringify(message)}`);
    assert.match(bundle[message], /\{0\}.*\{1\}/, "the Vietnamese keeps the placeholders");
  }
});

test("the word pattern: ids with Vietnamese letters and dots, numbers", () => {
  const configuration = readJson(manifest.contributes.languages[0].configuration);
  const words = (text) => text.match(new RegExp(configuration.wordPattern, "g"));
  assert.deepEqual(words("adopts national.5a ref"), ["adopts", "national.5a", "ref"]);
  assert.deepEqual(words("lead sở_y_tế, ủy_ban"), ["lead", "sở_y_tế", "ủy_ban"]);
  assert.deepEqual(words("element trẻ_đẻ_sống_Đô_thị"), ["element", "trẻ_đẻ_sống_Đô_thị"]);
  assert.deepEqual(words("target 2025 < 9.5"), ["target", "2025", "9.5"]);
  assert.deepEqual(words('{ "x" }'), ["x"]);
});

test("folding on braces and block comments, comments as planlang writes them", () => {
  const configuration = readJson(manifest.contributes.languages[0].configuration);
  assert.equal(configuration.comments.lineComment, "//");
  assert.deepEqual(configuration.comments.blockComment, ["/*", "*/"]);
  const start = new RegExp(configuration.folding.markers.start);
  const end = new RegExp(configuration.folding.markers.end);
  assert.ok(start.test('indicator 1 "Tỷ lệ" {'));
  assert.ok(start.test('part 3a "Nông thôn" {  // II.1'));
  assert.ok(start.test("/*"));
  assert.ok(!start.test("/* one line */"));
  assert.ok(!start.test('agency yte "Sở Y tế"'));
  assert.ok(end.test("}"));
  assert.ok(end.test(" */"));
  assert.ok(!end.test("    target 2025 >= 65"));
});

// The token types of the Language Server Protocol, which every editor knows.
const PROTOCOL_TOKEN_TYPES = [
  "namespace", "type", "class", "enum", "interface", "struct", "typeParameter", "parameter",
  "variable", "property", "enumMember", "event", "function", "method", "macro", "keyword",
  "modifier", "comment", "string", "number", "regexp", "operator", "decorator",
];

test("every token type the server colours with is the protocol's or declared, under one of the protocol's", () => {
  // The server's legend: the names `ide::tokens::Kind::protocol_name` gives.
  const tokens = read("src/ide/tokens.rs");
  const body = tokens.slice(tokens.indexOf("pub fn protocol_name"));
  const used = [...body.slice(0, body.indexOf("\n    }\n")).matchAll(/Kind::\w+ => "(\w+)"/g)].map((m) => m[1]);
  assert.ok(used.includes("keyword") && used.includes("date"), used.join(" "));
  const declared = manifest.contributes.semanticTokenTypes ?? [];
  const own = used.filter((type) => !PROTOCOL_TOKEN_TYPES.includes(type));
  assert.deepEqual(declared.map((t) => t.id).sort(), own.sort());
  for (const type of declared) {
    assert.ok(PROTOCOL_TOKEN_TYPES.includes(type.superType), `${type.id} falls back on ${type.superType}`);
    assert.match(type.description, /^%[\w.]+%$/);
  }
  assert.equal(declared.find((t) => t.id === "date").superType, "number");
});
