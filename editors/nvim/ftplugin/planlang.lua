-- Starts the language server `plan lsp` for this plan buffer (lua/planlang/init.lua), unless
-- `vim.g.planlang_lsp = false`; defines :PlanlangRestart and :PlanlangData FILE...
if vim.g.planlang_lsp == false or vim.g.planlang_lsp == 0 then
  return
end
local planlang = require("planlang")
planlang.start(vim.api.nvim_get_current_buf())

if vim.fn.exists(":PlanlangRestart") ~= 2 then
  vim.api.nvim_create_user_command("PlanlangRestart", function()
    planlang.restart()
  end, { desc = "Restart the planlang language server" })
  vim.api.nvim_create_user_command("PlanlangData", function(command)
    planlang.setup({ data = command.fargs })
    planlang.notify_settings()
  end, { nargs = "*", complete = "file", desc = "The data files hover shows the status of" })
end
