// The extension's client (out/extension.js, built from src/extension.ts) against stand-ins for
// VS Code's API and for vscode-languageclient: what it starts (`plan lsp`), what it tells the
// server (the data files made absolute, the language), and what it does when a setting
// changes, when asked to restart, and when the server does not start.

const test = require("node:test");
const assert = require("node:assert/strict");
const Module = require("module");
const path = require("path");

const FOLDER = "/srv/ke-hoach";
const settings = {};
const listeners = [];
const commands = {};
const errors = [];
const clients = [];
let refuseToStart = false;

const vscode = {
  workspace: {
    getConfiguration: (section) => {
      assert.equal(section, "planlang");
      return { get: (key) => settings[key] };
    },
    workspaceFolders: [{ uri: { fsPath: FOLDER } }],
    onDidChangeConfiguration: (listener) => {
      listeners.push(listener);
      return { dispose() {} };
    },
  },
  window: {
    createOutputChannel: () => ({ dispose() {} }),
    showErrorMessage: (message) => {
      errors.push(message);
    },
  },
  commands: {
    registerCommand: (id, run) => {
      commands[id] = run;
      return { dispose() {} };
    },
  },
  env: { language: "vi" },
  l10n: { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[i])) },
};

class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions, notifications: [], running: false });
    clients.push(this);
  }
  async start() {
    if (refuseToStart) {
      throw new Error("spawn plan-missing ENOENT");
    }
    this.running = true;
  }
  isRunning() {
    return this.running;
  }
  async stop() {
    this.running = false;
  }
  async sendNotification(method, params) {
    this.notifications.push({ method, params });
  }
}

const languageclient = { LanguageClient, TransportKind: { stdio: "stdio" } };

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === "vscode") {
    return vscode;
  }
  if (request === "vscode-languageclient/node") {
    return languageclient;
  }
  return load.call(this, request, parent, isMain);
};
const extension = require(path.join(__dirname, "..", "out", "extension.js"));

/** Tells the extension that `changed` settings changed, as VS Code does. */
async function change(values) {
  Object.assign(settings, values);
  const changed = Object.keys(values).map((key) => `planlang.${key}`);
  for (const listener of listeners) {
    await listener({ affectsConfiguration: (section) => changed.includes(section) });
  }
}

test("the client starts plan lsp, tells it the data and the language, and follows the settings", async () => {
  Object.assign(settings, {
    path: "plan",
    data: ["data/son-la-sample.csv", "/srv/data/submissions.csv", "${workspaceFolder}/data/more.csv"],
    lang: "auto",
  });
  await extension.activate({ subscriptions: [] });
  assert.equal(clients.length, 1);
  const [first] = clients;
  assert.deepEqual(first.serverOptions.run, { command: "plan", args: ["lsp"], transport: "stdio" });
  assert.ok(first.clientOptions.documentSelector.every((s) => s.language === "planlang"));
  // Relative paths from the workspace folder; `auto` follows VS Code's language (Vietnamese).
  assert.deepEqual(first.clientOptions.initializationOptions, {
    data: [
      path.join(FOLDER, "data/son-la-sample.csv"),
      "/srv/data/submissions.csv",
      path.join(FOLDER, "data/more.csv"),
    ],
    lang: "vi",
  });
  assert.ok(first.isRunning());

  // New data files and another language go to the running server, which is not restarted.
  await change({ data: ["data/new.csv"], lang: "en" });
  assert.equal(clients.length, 1);
  assert.deepEqual(first.notifications, [
    {
      method: "workspace/didChangeConfiguration",
      params: { settings: { data: [path.join(FOLDER, "data/new.csv")], lang: "en" } },
    },
  ]);

  // Another program restarts the server with it.
  await change({ path: "/opt/planlang/bin/plan" });
  assert.equal(clients.length, 2);
  assert.ok(!first.isRunning());
  assert.equal(clients[1].serverOptions.run.command, "/opt/planlang/bin/plan");
  assert.deepEqual(clients[1].clientOptions.initializationOptions.data, [path.join(FOLDER, "data/new.csv")]);
  assert.ok(clients[1].isRunning());

  // The restart command.
  await commands["planlang.restartServer"]();
  assert.equal(clients.length, 3);
  assert.ok(!clients[1].isRunning() && clients[2].isRunning());

  // A server that does not start is said, with the program named; a restart then tries again.
  refuseToStart = true;
  await change({ path: "plan-missing" });
  assert.equal(errors.length, 1);
  assert.match(errors[0], /`plan-missing lsp` did not start \(spawn plan-missing ENOENT\)/);
  refuseToStart = false;
  await commands["planlang.restartServer"]();
  assert.ok(clients.at(-1).isRunning());

  await extension.deactivate();
  assert.ok(clients.every((c) => !c.isRunning()));
});
