-- The language server of planlang, `plan lsp`, for the plan files Neovim opens: started by
-- ftplugin/planlang.lua for each plan buffer (one server per project folder, shared by its
-- buffers), told the data files that hover shows the status of and the language of its
-- messages. Works with Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start).

local M = {}

--- What `setup` may change: `cmd` (the server's command), `data` (data files, relative to
--- the working folder), `lang` ("en" or "vi"; nil lets the server choose by PLANLANG_LANG or
--- the locale), `enabled` (false: highlighting only, no server).
M.config = {
  cmd = { "plan", "lsp" },
  data = {},
  lang = nil,
  enabled = true,
}

local warned = false

function M.setup(options)
  for key, value in pairs(options or {}) do
    M.config[key] = value
  end
end

--- What the server is told at its start and when the settings change.
function M.settings()
  local data = {}
  for _, file in ipairs(M.config.data or {}) do
    table.insert(data, vim.fn.fnamemodify(vim.fn.expand(file), ":p"))
  end
  return { data = data, lang = M.config.lang }
end

--- The project folder of a file: the nearest folder above it holding .git, else its own.
local function root_dir(bufnr)
  local file = vim.api.nvim_buf_get_name(bufnr)
  local folder = file ~= "" and vim.fn.fnamemodify(file, ":p:h") or vim.fn.getcwd()
  -- .git is a folder in a clone, a file in a worktree; ":p" ends a folder's path with "/".
  local git = vim.fn.finddir(".git", folder .. ";")
  if git ~= "" then
    return vim.fn.fnamemodify(git, ":p:h:h")
  end
  git = vim.fn.findfile(".git", folder .. ";")
  if git ~= "" then
    return vim.fn.fnamemodify(git, ":p:h")
  end
  return folder
end

local function clients()
  local found = {}
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  for _, client in pairs(all) do
    if client.name == "planlang" then
      table.insert(found, client)
    end
  end
  return found
end

--- Starts the server for a buffer, or attaches the buffer to the one already serving its
--- folder; the client's id, or nil when the server is off or its program is missing.
function M.start(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if not M.config.enabled then
    return nil
  end
  local cmd = M.config.cmd
  if vim.fn.executable(cmd[1]) ~= 1 then
    if not warned then
      warned = true
      vim.notify(
        "planlang: `" .. cmd[1] .. "` was not found, so plan files get highlighting only."
          .. " Install planlang (cargo install --path .) or give its path:"
          .. ' require("planlang").setup({ cmd = { "/path/to/plan", "lsp" } })',
        vim.log.levels.WARN
      )
    end
    return nil
  end
  local settings = M.settings()
  local config = {
    name = "planlang",
    cmd = cmd,
    root_dir = root_dir(bufnr),
    init_options = settings,
    settings = settings,
  }
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  -- Neovim 0.7 has no vim.lsp.start: reuse the client of the same folder by hand.
  for _, client in ipairs(clients()) do
    if client.config.root_dir == config.root_dir and not client.is_stopped() then
      vim.lsp.buf_attach_client(bufnr, client.id)
      return client.id
    end
  end
  local id = vim.lsp.start_client(config)
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- Sends the settings to the running servers (after `setup` changed `data` or `lang`).
function M.notify_settings()
  local settings = M.settings()
  for _, client in ipairs(clients()) do
    client.notify("workspace/didChangeConfiguration", { settings = settings })
  end
end

--- Stops the servers and starts them again for every plan buffer.
function M.restart()
  for _, client in ipairs(clients()) do
    client.stop()
  end
  warned = false
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.bo[bufnr].filetype == "planlang" then
      M.start(bufnr)
    end
  end
end

return M
