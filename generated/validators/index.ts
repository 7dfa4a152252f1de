// Generated from spec/ by npm run generate. Do not edit.
import type { ClientValidatorModule, ServerValidatorModule } from "../../src/runtime/validators.js";
import type { ApiVersion } from "../tables.js";

/** Each version's precompiled validators of each direction, imported when first needed. */
export const validatorModules: Record<ApiVersion, { client: () => Promise<ClientValidatorModule>; server: () => Promise<ServerValidatorModule> }> = {
  "2025-10-01": { client: () => import("./2025-10-01.client.js"), server: () => import("./2025-10-01.server.js") },
  "2026-04-10": { client: () => import("./2026-04-10.client.js"), server: () => import("./2026-04-10.server.js") },
  "2026-07-15": { client: () => import("./2026-07-15.client.js"), server: () => import("./2026-07-15.server.js") },
  "2026-07-31-preview": { client: () => import("./2026-07-31-preview.client.js"), server: () => import("./2026-07-31-preview.server.js") },
  "v1": { client: () => import("./v1.client.js"), server: () => import("./v1.server.js") },
};
