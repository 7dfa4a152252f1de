/**
 * Inbound: one text frame → one event. The frame is parsed, its `bytes` fields shape-checked (a
 * cheap test that runs even with incoming validation off), optionally validated against the
 * schema, and turned into its typed model. Never throws: what cannot be read is reported, and a
 * frame of a known type that fails the shape check is handed on as unknown wire JSON.
 */
import type { ServerEvent } from "../../generated/models.js";
import { deserializeServerEvent } from "../../generated/serializers.js";
import { serverEventBytesFields } from "../../generated/tables.js";
import { VoiceLiveError } from "../errors.js";
import { isKnownServerEventType, markUnknown } from "../events.js";
import { logger } from "../internal/logger.js";
import { malformedBytesField } from "../runtime/bytes-check.js";
import type { WireObject } from "../runtime/convert.js";
import { validateWireEvent } from "../validation.js";
import { isLabelOnlyEventType, type ApiVersion } from "../versions.js";

export class Inbound {
  /** Schema mismatches reported already (`validateIncoming`), by event type and path: each is reported once. */
  private reported?: Set<string>;

  constructor(
    private readonly schemaVersion: ApiVersion,
    private readonly validateIncoming: boolean,
    /** Where the errors of reading go: the session's fan-out, until the connection takes them (to tell its trace too). */
    public sink: { report(error: VoiceLiveError): void },
    /** The session's api-version is another dated one, placed on `schemaVersion`: a label version's own event types pass as unknown. */
    private readonly placed = false,
  ) {}

  private report(error: VoiceLiveError): void {
    this.sink.report(error);
  }

  /** Whether the frame last read carries audio (so is not kept as the latest of its type): a field, not a result object per frame. */
  bulky = false;

  /** Reads one text frame, or reports why it cannot and returns undefined. */
  read(data: string): ServerEvent | undefined {
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch (e) {
      this.report(new VoiceLiveError("INVALID_FRAME", `the server sent a frame that is not JSON (${data.length} characters)`, { cause: e }));
      return undefined;
    }
    if (typeof frame !== "object" || frame === null || Array.isArray(frame) || typeof (frame as { type?: unknown }).type !== "string") {
      this.report(new VoiceLiveError("INVALID_FRAME", "the server sent a JSON frame without a string `type`"));
      return undefined;
    }
    const type = (frame as { type: string }).type;
    if (logger.verbose.enabled) logger.verbose(`receive ${type}`);
    // The bytes table is small and names known types only: looking it up is the cheap test, done first.
    const bulky = (this.bulky = Object.hasOwn(serverEventBytesFields, type));
    if (bulky) {
      const bad = malformedBytesField(frame as WireObject, type);
      if (bad !== undefined) {
        this.report(new VoiceLiveError("SCHEMA_MISMATCH", `${type} was delivered as unknown wire JSON: its ${bad} is not base64 text`));
        markUnknown(frame);
        return frame as ServerEvent;
      }
    }
    if (this.validateIncoming && isKnownServerEventType(type) && !(this.placed && isLabelOnlyEventType("server", type))) this.check(frame, type);
    try {
      // An event of a type this SDK does not know comes back as its wire JSON.
      return deserializeServerEvent(frame);
    } catch (e) {
      this.report(new VoiceLiveError("INVALID_FRAME", `the ${type} event could not be read: ${(e as Error).message}`, { cause: e }));
      markUnknown(frame);
      return frame as ServerEvent;
    }
  }

  private check(frame: unknown, type: string): void {
    for (const issue of validateWireEvent(frame, "server", this.schemaVersion)) {
      const key = `${type} ${issue.wirePath}`;
      this.reported ??= new Set();
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      this.report(new VoiceLiveError("SCHEMA_MISMATCH", `${type} does not match the ${this.schemaVersion} schema: ${issue.message}; it was delivered anyway`));
    }
  }
}
