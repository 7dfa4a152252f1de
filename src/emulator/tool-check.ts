/**
 * Checks of tool declarations beyond the wire schema. The schema keeps tool kinds open (an unknown
 * `type` passes with only its `type` checked, spec/DECISIONS.md D8), so that the SDK can send kinds
 * it does not know yet; the service, though, runs only the kinds it has, and refuses the others
 * rather than keeping a tool it cannot use. The known kinds of a version come from the generated
 * tables.
 */
import { dispatchTable } from "../../generated/tables.js";
import { versionedNames } from "../../generated/versioned-names.js";
import type { ApiVersion } from "../versions.js";
import { isObject } from "./wire.js";

/** A refused declaration: what is wrong, and where (the service's `param`). */
export interface ToolProblem {
  message: string;
  param: string;
}

/** The tool kinds an API version has. */
export function toolTypes(version: ApiVersion): string[] {
  const gated = versionedNames as Readonly<Record<string, readonly string[]>>;
  return Object.keys(dispatchTable().Tool.cases).filter((type) => gated[`ToolType.${type}`]?.includes(version) ?? true);
}

/** The first problem with a list of tools (`param` names the list, such as `session.tools`), or undefined. */
export function checkTools(tools: unknown, param: string, version: ApiVersion): ToolProblem | undefined {
  if (!Array.isArray(tools)) return undefined;
  const known = toolTypes(version);
  for (const [i, tool] of tools.entries()) {
    if (!isObject(tool) || typeof tool.type !== "string" || known.includes(tool.type)) continue;
    return {
      message: `Unknown tool type ${JSON.stringify(tool.type)}: api-version ${version} has the tool types ${known.map((t) => JSON.stringify(t)).join(", ")}.`,
      param: `${param}[${i}].type`,
    };
  }
  return undefined;
}
