/**
 * Naming rules shared by the emitters. Wire names are snake_case; the TypeScript models use the
 * Azure JavaScript convention: camelCase, with a `_ms` or `_milliseconds` suffix spelled `InMs`
 * (`silence_duration_ms` → `silenceDurationInMs`, `offset_milliseconds` → `offsetInMs`).
 */
export function tsPropertyName(wireName: string): string {
  const camel = wireName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  for (const unit of ["Milliseconds", "Ms"]) if (camel.endsWith(unit)) return `${camel.slice(0, -unit.length)}InMs`;
  return camel;
}

/**
 * The member name of a known value in a `Known*` constant, from the spec's name for the value, as
 * Azure SDKs spell it: `pcm16_8000hz` → `Pcm168000Hz`, `session.update` → `SessionUpdate`,
 * `MAI-Voice-1` → `MAIVoice1`.
 */
export function knownMemberName(name: string): string {
  const words = name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap((w) => w.split(/(?<=[0-9])(?=[a-z])/));
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
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
