/**
 * Naming rules shared by the emitters. Wire names are snake_case; the TypeScript models use the
 * Azure JavaScript convention: camelCase, with a `_ms` suffix spelled `InMs`
 * (`silence_duration_ms` → `silenceDurationInMs`).
 */
export function tsPropertyName(wireName: string): string {
  const camel = wireName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return camel.endsWith("Ms") ? `${camel.slice(0, -2)}InMs` : camel;
}

/** `response.audio.delta` → `ResponseAudioDelta`. */
export function pascalFromWire(value: string): string {
  return value
    .split(/[._\-\s]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

/**
 * The subscriber handler for a server event type: `response.audio.delta` → `onResponseAudioDelta`.
 * `error` becomes `onServerError`, because `onError` is kept for the SDK's own errors.
 */
export function handlerName(eventType: string): string {
  return eventType === "error" ? "onServerError" : `on${pascalFromWire(eventType)}`;
}

/** The camelCase key of a versions table entry: `2025-10-01` → `v2025_10_01`. */
export function versionKey(version: string): string {
  return `v${version.replace(/[^0-9a-zA-Z]/g, "_")}`;
}
