/** ai-voicelive: a TypeScript SDK for Azure AI Voice Live. */
export * from "./models.js";
