-- A second LSP client: Neovim (0.7+, headless) starts `newslens-language-server --stdio`, opens two articles,
-- waits for the diagnostics of one and asks for a hover in the other, writes what it saw as JSON, then quits.
-- Run by scripts/e2e/nvim.ts:  nvim --headless --clean -u test/nvim/init.lua
-- Environment: NEWSLENS_SERVER (bin/newslens-language-server.js), NEWSLENS_DIAGNOSTICS_FILE, NEWSLENS_HOVER_FILE,
--              NEWSLENS_NVIM_RESULT (output JSON), NEWSLENS_NVIM_TIMEOUT_MS (default 20000).
local server = assert(os.getenv('NEWSLENS_SERVER'), 'NEWSLENS_SERVER')
local diagnostics_file = assert(os.getenv('NEWSLENS_DIAGNOSTICS_FILE'), 'NEWSLENS_DIAGNOSTICS_FILE')
local hover_file = assert(os.getenv('NEWSLENS_HOVER_FILE'), 'NEWSLENS_HOVER_FILE')
local result_file = assert(os.getenv('NEWSLENS_NVIM_RESULT'), 'NEWSLENS_NVIM_RESULT')
local timeout = tonumber(os.getenv('NEWSLENS_NVIM_TIMEOUT_MS') or '20000')

local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, published = {}, errors = {} }

local function finish()
  local f = io.open(result_file, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local client_id = vim.lsp.start_client({
  name = 'newslens',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  get_language_id = function() return 'news-article' end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      local codes, sources = {}, {}
      for _, d in ipairs(params.diagnostics or {}) do
        table.insert(codes, d.code or '')
        sources[d.source or ''] = true
      end
      table.insert(result.published, { uri = params.uri, codes = codes, sources = vim.tbl_keys(sources) })
      return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
    end,
  },
  on_init = function(client, initialize_result)
    result.server = initialize_result.serverInfo
    result.hoverProvider = initialize_result.capabilities.hoverProvider and true or false
  end,
})
if not client_id then
  table.insert(result.errors, 'vim.lsp.start_client returned nil')
  finish()
end

vim.defer_fn(function()
  local ok, err = pcall(function()
    vim.cmd('edit ' .. vim.fn.fnameescape(diagnostics_file))
    vim.lsp.buf_attach_client(0, client_id)
    local uri = vim.uri_from_bufnr(0)
    result.diagnostics_uri = uri
    local arrived = vim.wait(timeout, function()
      for _, p in ipairs(result.published) do
        if p.uri == uri and #p.codes > 0 then return true end
      end
      return false
    end, 50)
    result.diagnostics_arrived = arrived
    result.diagnostics_in_buffer = #vim.diagnostic.get(0)

    vim.cmd('edit ' .. vim.fn.fnameescape(hover_file))
    vim.lsp.buf_attach_client(0, client_id)
    local line_nr, col
    for i, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
      local s = string.find(line, 'Emmanuel Macron', 1, true)
      if s then line_nr, col = i - 1, s - 1 + #'Emmanuel ' + 2 break end
    end
    if not line_nr then error('"Emmanuel Macron" not found in ' .. hover_file) end
    local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = line_nr, character = col } }
    -- The first request may come before the server has the document: ask again until the deadline.
    local deadline = vim.loop.now() + timeout
    repeat
      local responses = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 5000) or {}
      for _, r in pairs(responses) do
        if r.err then table.insert(result.errors, vim.inspect(r.err)) end
        local contents = r.result and r.result.contents
        if contents then
          result.hover = type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or tostring(contents)
        end
      end
      if result.hover then break end
      vim.wait(100)
    until vim.loop.now() > deadline
  end)
  if not ok then table.insert(result.errors, tostring(err)) end
  pcall(vim.lsp.stop_client, client_id)
  finish()
end, 0)
