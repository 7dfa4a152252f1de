/**
 * What ajv's precompiled validators (generated/validators/<version>.ts) call at run time. ajv's
 * standalone output would `require("ajv/dist/runtime/...")`; the generator points those calls here
 * instead, so that the package carries no ajv.
 */

/** Deep equality of two JSON values, as `const` and `enum` checks of objects and arrays need it. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k) || !equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
    }
    return true;
  }
  // NaN equals NaN here, as in ajv's own helper.
  return a !== a && b !== b;
}
