/** scripts/upstream-check.ts: the facts it reads from upstream OpenAPI files and the differences it reports. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { compareFacts, schemaFacts, upstreamFacts } from "../../scripts/upstream-check.js";

/** A small OpenAPI 2.0 document in upstream's shape: a polymorphic base, a variant, an enum. */
function upstream(extra: { field?: boolean; value?: boolean; variant?: boolean; required?: boolean } = {}) {
  const definitions: Record<string, unknown> = {
    Tool: { type: "object", properties: { type: { $ref: "#/definitions/ToolType" } }, discriminator: "type", required: ["type"] },
    ToolType: { type: "string", enum: ["function", ...(extra.value ? ["mcp"] : [])] },
    FunctionTool: {
      type: "object",
      properties: { name: { type: "string" }, ...(extra.field ? { strict: { type: "boolean" } } : {}) },
      required: extra.required ? ["name", "strict"] : ["name"],
      allOf: [{ $ref: "#/definitions/Tool" }],
      "x-ms-discriminator-value": "function",
    },
  };
  if (extra.variant) definitions.MCPServer = { type: "object", properties: { server_url: { type: "string" } }, allOf: [{ $ref: "#/definitions/Tool" }], "x-ms-discriminator-value": "mcp" };
  return { swagger: "2.0", definitions };
}

describe("scripts/upstream-check", () => {
  it("reports nothing between a file and itself", () => {
    assert.deepEqual(compareFacts(upstreamFacts(upstream()), upstreamFacts(upstream())), []);
  });

  it("reports an added model, field, known value, variant and requiredness, and reads inherited fields", () => {
    const lines = compareFacts(upstreamFacts(upstream()), upstreamFacts(upstream({ field: true, value: true, variant: true })));
    assert.ok(lines.includes("+ MCPServer"), lines.join("\n"));
    assert.ok(lines.includes("+ FunctionTool.strict"), lines.join("\n"));
    assert.ok(lines.includes("~ ToolType values: +mcp"), lines.join("\n"));
    assert.ok(lines.includes("~ Tool subtype mcp: (none) → MCPServer"), lines.join("\n"));
    // A variant's discriminator is its own value, not the base's whole enum.
    assert.ok(!lines.some((l) => l.startsWith("~ FunctionTool.type")), lines.join("\n"));
    const required = compareFacts(upstreamFacts(upstream({ field: true })), upstreamFacts(upstream({ field: true, required: true })));
    assert.deepEqual(required, ["~ FunctionTool.strict required: false → true"]);
  });

  it("reads the same facts from a generated schema bundle", () => {
    const schema = JSON.parse(readFileSync(new URL("../../generated/schema/2025-10-01.json", import.meta.url), "utf8")) as Record<string, unknown>;
    const facts = schemaFacts(schema);
    assert.equal(facts.get("ClientEventConversationItemTruncate")?.fields.get("audio_end_ms")?.required, true);
    assert.equal(facts.get("Tool")?.subtypes.get("function"), "FunctionTool");
    assert.ok(!facts.get("RequestSession")?.fields.has("reasoning_effort"), "a field of another version is not a field of this one");
  });
});
