/**
 * How a test declares an MCP server for the emulator (`EmulatorOptions.mcpServers`). In its own
 * module, so that the public declarations of `ai-voicelive/emulator` do not import "ws".
 */
import type { MCPTool } from "../../generated/models.js";

/** An MCP server the emulated service can reach, declared in `EmulatorOptions.mcpServers` under its `server_label`. */
export interface EmulatorMcpServer {
  /** The tools it lists (only those in the session tool's `allowed_tools`, when it has that list). */
  tools?: readonly MCPTool[];
  /**
   * Runs one of its tools on the parsed arguments (the raw text when it is not JSON) and returns the
   * output: a string as it is, anything else as JSON. A throw or a rejection fails the call, with the
   * error's message. Default: the output echoes the tool's name and arguments.
   */
  call?: (tool: string, args: unknown) => unknown;
  /** Listing its tools fails, as for a server that cannot be reached. */
  unreachable?: boolean;
}
