/**
 * The Foundry agents the emulated service knows (`EmulatorOptions.agents`). Without a registry every
 * agent is taken, as before; with one, a session for an agent or project it does not list is
 * refused the way the service reports agent connection problems: the WebSocket opens, an `error`
 * event of type and code `invalid_request_error` says what is wrong (as for the service's "Missing
 * required agent connection string or project name", PROTOCOL.md §5.2), and the connection closes
 * without a `session.created`. The official SDK's live tests ("should handle invalid agent name
 * gracefully", agentSessionMode.spec.ts) accept either a refused connection or an error event.
 */
import type { AgentSessionConfig } from "../../generated/models.js";

/** An agent of a Foundry project that the emulator knows. */
export interface EmulatorAgent {
  /** The Foundry project that holds the agent (`agent-project-name`). */
  projectName: string;
  /** The agent's name (`agent-name`). */
  agentName: string;
  /** The versions that exist (`agent-version`); any version when omitted. */
  versions?: readonly string[];
  /** Reported as `session.agent.description`. */
  description?: string;
}

/** The agent a session asks for, or why it does not exist. */
export type AgentLookup = { ok: true; agent?: EmulatorAgent } | { ok: false; message: string };

/** Finds the agent of a session in the registry; without a registry, every agent exists. */
export function findAgent(registry: readonly EmulatorAgent[] | undefined, wanted: AgentSessionConfig): AgentLookup {
  if (!registry) return { ok: true };
  const inProject = registry.filter((a) => a.projectName === wanted.projectName);
  if (!inProject.length) return { ok: false, message: `The project ${JSON.stringify(wanted.projectName)} was not found.` };
  const agent = inProject.find((a) => a.agentName === wanted.agentName);
  if (!agent) return { ok: false, message: `The agent ${JSON.stringify(wanted.agentName)} was not found in the project ${JSON.stringify(wanted.projectName)}.` };
  if (wanted.agentVersion !== undefined && agent.versions && !agent.versions.includes(wanted.agentVersion)) {
    return { ok: false, message: `The agent ${JSON.stringify(wanted.agentName)} has no version ${JSON.stringify(wanted.agentVersion)}.` };
  }
  return { ok: true, agent };
}

/** Checks `EmulatorOptions.agents`; throws a `TypeError` that names the bad entry. */
export function checkAgents(agents: unknown): readonly EmulatorAgent[] | undefined {
  if (agents === undefined) return undefined;
  if (!Array.isArray(agents)) throw new TypeError("agents must be an array of { projectName, agentName }");
  for (const [i, a] of agents.entries()) {
    const entry = a as Partial<EmulatorAgent> | null;
    if (typeof entry?.projectName !== "string" || typeof entry.agentName !== "string") throw new TypeError(`agents[${i}] needs a projectName and an agentName (strings)`);
  }
  return agents as readonly EmulatorAgent[];
}
