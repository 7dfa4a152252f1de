import { createClientLogger } from "@azure/logger";

/**
 * The SDK's logger (`AZURE_LOG_LEVEL=info`, or `setLogLevel` from `@azure/logger`). It logs state
 * changes and event types only: never keys, tokens, URLs with secrets, or audio.
 */
export const logger = createClientLogger("ai-voicelive");
