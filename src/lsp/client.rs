//! What the client said it can do, as far as the server uses it: read once from the
//! capabilities of `initialize`.

use lsp_types::{ClientCapabilities, MarkupKind};

/// The client's abilities the server's answers depend on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Client {
    /// It lets the server ask it to watch files (`client/registerCapability`).
    pub(crate) watches_files: bool,
    /// It takes a definition as a `LocationLink`, which says what the cursor was on.
    pub(crate) definition_links: bool,
    /// It takes completions written as snippets (tab stops, placeholders, choices).
    pub(crate) snippets: bool,
    /// It shows a completion's documentation as Markdown.
    pub(crate) markdown_completions: bool,
    /// It takes a workspace edit as versioned changes to each document
    /// (`documentChanges`), so an edit meant for one version of a file is not applied to
    /// another.
    pub(crate) document_changes: bool,
}

impl Client {
    /// What a client with `capabilities` can do.
    pub(crate) fn of(capabilities: &ClientCapabilities) -> Client {
        let watches_files = capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files)
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        let item = capabilities
            .text_document
            .as_ref()
            .and_then(|t| t.completion.as_ref())
            .and_then(|c| c.completion_item.as_ref());
        let snippets = item.and_then(|i| i.snippet_support).unwrap_or(false);
        let markdown_completions = item
            .and_then(|i| i.documentation_format.as_ref())
            .is_some_and(|formats| formats.contains(&MarkupKind::Markdown));
        let definition_links = (capabilities.text_document.as_ref())
            .and_then(|t| t.definition)
            .and_then(|d| d.link_support)
            .unwrap_or(false);
        let document_changes = capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.workspace_edit.as_ref())
            .and_then(|e| e.document_changes)
            .unwrap_or(false);
        Client {
            watches_files,
            definition_links,
            snippets,
            markdown_completions,
            document_changes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn of(capabilities: serde_json::Value) -> Client {
        Client::of(&serde_json::from_value(capabilities).expect("capabilities"))
    }

    #[test]
    fn a_client_that_says_nothing_can_do_none_of_it() {
        assert_eq!(of(json!({})), Client::default());
    }

    #[test]
    fn what_a_client_declares_is_read_from_where_the_protocol_puts_it() {
        let client = of(json!({
            "workspace": {
                "didChangeWatchedFiles": { "dynamicRegistration": true },
                "workspaceEdit": { "documentChanges": true },
            },
            "textDocument": {
                "completion": { "completionItem": {
                    "snippetSupport": true,
                    "documentationFormat": ["markdown", "plaintext"],
                } },
                "definition": { "linkSupport": true },
            },
        }));
        assert_eq!(
            client,
            Client {
                watches_files: true,
                definition_links: true,
                snippets: true,
                markdown_completions: true,
                document_changes: true,
            }
        );
        let plain = of(
            json!({ "textDocument": { "completion": { "completionItem": {
            "snippetSupport": false,
            "documentationFormat": ["plaintext"],
        } } } }),
        );
        assert!(!plain.snippets && !plain.markdown_completions);
    }
}
