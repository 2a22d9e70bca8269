// `sysd mcp`: a Model Context Protocol server over stdio, so an AI assistant can review a design with sysd's own rules.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { parseFlags } from './args';
import { EXIT_OK, type CommandResult, type Io } from './io';
import { TOOLS } from './mcpTools';
import { VERSION } from './version';

export const MCP_HELP = `Usage: sysd mcp [--stdio]

Starts a Model Context Protocol server on stdin/stdout for AI assistants (Claude Desktop,
VS Code, …). Its tools: ${TOOLS.map((tool) => tool.name).join(', ')}. Each takes a design as text ("design")
or as a file ("path", relative to the directory the server was started in) and answers
as the CLI command of the same name does. See docs/cli.md for a configuration snippet.

Options:
      --stdio  the transport (the default and only one; accepted like 'sysd lsp --stdio')
  -h, --help   show this help
`;

// `--stdio` is accepted for symmetry with `sysd lsp --stdio`: stdio is the only transport either way.
const FLAGS = { stdio: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function runMcp(args: string[], io: Io): Promise<CommandResult> {
  // Strict like every command: a stray argument is a usage error, not a server that ignores it.
  const { flags } = parseFlags(args, FLAGS, 0);
  if (flags.help) {
    io.out(MCP_HELP);
    return { exitCode: EXIT_OK };
  }
  const server = new McpServer({ name: 'sysd', version: VERSION });
  for (const tool of TOOLS) {
    server.registerTool(tool.name, { title: tool.title, description: tool.description, inputSchema: tool.inputSchema },
      (input: Record<string, unknown>) => tool.run(input as never, io.cwd));
  }
  await server.connect(new StdioServerTransport());
  // The server answers until the client closes its end of stdin.
  await new Promise<void>((done) => {
    process.stdin.once('end', done);
    process.stdin.once('close', done);
  });
  await server.close();
  return { exitCode: EXIT_OK };
}
