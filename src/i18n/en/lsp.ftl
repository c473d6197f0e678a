# planlang's words in English: what the language server (`plan lsp`) says to the person at the
# editor, besides the diagnostics themselves (errors it answers a request with, settings it
# could not take). Every message here has its Vietnamese in ../vi/lsp.ftl, under the same id;
# a test fails when one lacks the other (src/i18n/tests.rs).

lsp-setting-lang = the setting `lang` is `{ $given }`, a language planlang does not speak: write `vi` (tiếng Việt) or `en` (English); the language in use is kept
lsp-setting-data = the setting `data` must be a list of paths of data files; the data files set before are kept
lsp-not-initialized = the server is not initialized yet: the editor must send `initialize` before any other request
lsp-shut-down = the server has been asked to shut down and answers no more requests
lsp-unknown-method = planlang's language server does not answer `{ $method }`
lsp-bad-params = the parameters of `{ $method }` could not be read: { $reason }
lsp-not-open = the document { $uri } is not open: the editor must send `textDocument/didOpen` first
lsp-internal-error = planlang met something it did not expect while answering `{ $method }` (a bug: please report it)
lsp-format-refused = the plan cannot be laid out until its syntax is right: { $problem }
