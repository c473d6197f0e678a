// The planlang extension: starts the language server `plan lsp` over standard input and output
// for the plan files of the workspace, passes it the settings it reads (the data files that
// hover shows the status of, the language of its messages), and restarts it on request or when
// the `plan` program setting changes. Highlighting needs no code: the grammar in
// syntaxes/planlang.tmLanguage.json does it, also when the server is missing.

import * as path from "path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

/** What the server is told at its start and whenever the settings change. */
interface ServerSettings {
  data: string[];
  lang: "en" | "vi";
}

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("planlang");
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand("planlang.restartServer", restart),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("planlang.path")) {
        await restart();
      } else if (
        event.affectsConfiguration("planlang.data") ||
        event.affectsConfiguration("planlang.lang")
      ) {
        // The server reloads the data and changes language without a restart.
        await client?.sendNotification("workspace/didChangeConfiguration", {
          settings: serverSettings(),
        });
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(): Promise<void> {
  const program = vscode.workspace.getConfiguration("planlang").get<string>("path") || "plan";
  const run = { command: program, args: ["lsp"], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "planlang" },
      { scheme: "untitled", language: "planlang" },
    ],
    initializationOptions: serverSettings(),
    outputChannel: output,
  };
  client = new LanguageClient("planlang", "planlang", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        "planlang: the language server `{0} lsp` did not start ({1}). Install planlang (cargo install --path .) or set planlang.path.",
        program,
        message,
      ),
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) {
    await running.stop();
  }
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

/** The settings as the server reads them: data paths made absolute, the language decided. */
function serverSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration("planlang");
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const data = (config.get<string[]>("data") ?? []).map((file) => {
    const expanded = folder ? file.replace("${workspaceFolder}", folder) : file;
    return folder && !path.isAbsolute(expanded) ? path.join(folder, expanded) : expanded;
  });
  return { data, lang: language(config.get<string>("lang")) };
}

/** `auto` follows the language of VS Code's own interface. */
function language(setting: string | undefined): "en" | "vi" {
  if (setting === "en" || setting === "vi") {
    return setting;
  }
  return vscode.env.language.toLowerCase().startsWith("vi") ? "vi" : "en";
}
