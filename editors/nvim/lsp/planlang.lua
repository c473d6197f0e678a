-- The language server of planlang for Neovim 0.11's vim.lsp.enable("planlang"), an
-- alternative to ftplugin/planlang.lua (set vim.g.planlang_lsp = false then). Data files and
-- the language go in init_options: vim.lsp.config("planlang", { init_options = { data = { ... },
-- lang = "vi" } }).
return {
  cmd = { "plan", "lsp" },
  filetypes = { "planlang" },
  root_markers = { ".git" },
  init_options = { data = {} },
}
