/**
 * Reads a handshake's URL as the service does, by the URL contract of the spec
 * (spec/connection.tsp): the realtime path, the api-version, and a model or an agent.
 */
import type { AgentSessionConfig } from "../../generated/models.js";
import { realtimeEndpoint } from "../../generated/tables.js";
import { apiVersions, placeApiVersion, type ApiVersion } from "../versions.js";

/** What a session is opened with. */
export type SessionTargetParams = { model: string } | { agent: AgentSessionConfig };

/** A handshake the emulator takes, or the HTTP refusal it gets. */
export type HandshakeReading =
  | { ok: true; apiVersion: string; version: ApiVersion; target: SessionTargetParams }
  | { ok: false; status: number; code: string; message: string };

const { path, query, agentQuery } = realtimeEndpoint;

/** Whether a request path is the realtime endpoint (under any gateway prefix). */
export function isRealtimePath(pathname: string): boolean {
  const trimmed = pathname.replace(/\/+$/, "");
  return trimmed.endsWith(path);
}

/** The api-version and the target of a handshake URL whose path and auth were accepted. */
export function readHandshake(url: URL): HandshakeReading {
  const refuse = (status: number, code: string, message: string): HandshakeReading => ({ ok: false, status, code, message });
  const apiVersion = url.searchParams.get(query.apiVersion);
  if (!apiVersion) return refuse(400, "MissingApiVersionParameter", `The ${query.apiVersion} query parameter (?${query.apiVersion}=) is required for all requests.`);
  let placed: ReturnType<typeof placeApiVersion> | undefined;
  try {
    placed = placeApiVersion(apiVersion);
  } catch {
    placed = undefined;
  }
  // A label the SDK does not model (v2) would have shapes of its own, which the emulator cannot know.
  if (!placed || placed.kind === "label") {
    return refuse(
      400,
      "UnsupportedApiVersion",
      `The api-version '${apiVersion}' is not supported by the emulator: use ${apiVersions.join(", ")}, or another dated version (YYYY-MM-DD, with an optional suffix such as -preview).`,
    );
  }
  const model = url.searchParams.get(query.model);
  const agentName = url.searchParams.get(agentQuery.agentName);
  const projectName = url.searchParams.get(agentQuery.projectName);
  if (model && !agentName && !projectName) return { ok: true, apiVersion, version: placed.schemaVersion, target: { model } };
  if (!model && agentName && projectName) {
    const agent: AgentSessionConfig = { agentName, projectName };
    for (const [key, param] of Object.entries(agentQuery) as [keyof AgentSessionConfig, string][]) {
      const value = url.searchParams.get(param);
      if (value !== null) agent[key] = value;
    }
    return { ok: true, apiVersion, version: placed.schemaVersion, target: { agent } };
  }
  const agentPair = `'${agentQuery.agentName}' and '${agentQuery.projectName}'`;
  const message = model
    ? `Give either '${query.model}' or the agent parameters (${agentPair}), not both.`
    : agentName || projectName
      ? `Missing required agent parameter: an agent session needs both ${agentPair}.`
      : `Missing required query parameter: '${query.model}' (or ${agentPair} for an agent).`;
  return refuse(400, "invalid_request_error", message);
}
