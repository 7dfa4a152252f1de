import type { ValidationIssue } from "../validation.js";

/** The emulator built an event that does not match the wire schema: a bug in the emulator (or its responder). */
export class EmulatorSelfCheckError extends Error {
  constructor(
    /** The `type` of the event that broke the schema. */
    readonly eventType: string,
    /** What is wrong with it. */
    readonly issues: readonly ValidationIssue[],
    /** The API version whose schema it broke. */
    readonly apiVersion: string,
  ) {
    super(`the emulator built a ${eventType} event that breaks the ${apiVersion} schema: ${issues.map((i) => i.message).join("; ")}`);
    this.name = "EmulatorSelfCheckError";
  }
}
