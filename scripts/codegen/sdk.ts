/**
 * Reads what the decorators of spec/sdk.tsp recorded (spec/sdk/decorators.js keeps it in the
 * program's state, under the same global symbols).
 */
import type { EnumMember, Model, ModelProperty, Program, Scalar, Type } from "@typespec/compiler";

const key = (name: string) => Symbol.for(`ai-voicelive/sdk/${name}`);

function args(program: Program, name: string, target: Type): unknown[] | undefined {
  return program.stateMap(key(name)).get(target) as unknown[] | undefined;
}

/** `@sendMethod(name, parameters)` of a client event model. */
export function sendMethodOf(program: Program, target: Type): { name: string; parameters: string[] } | undefined {
  const a = args(program, "sendMethod", target);
  return a ? { name: a[0] as string, parameters: (a[1] as string[] | undefined) ?? [] } : undefined;
}

/** Whether a scalar is marked `@binaryAudio`. */
export function isBinaryAudio(program: Program, target: Scalar): boolean {
  return args(program, "binaryAudio", target) !== undefined;
}

/** The path of a `@realtimeEndpoint` model. */
export function realtimeEndpointOf(program: Program, target: Type): string | undefined {
  return args(program, "realtimeEndpoint", target)?.[0] as string | undefined;
}

/** The query name of a `@queryParam` property. */
export function queryParamOf(program: Program, target: ModelProperty): string | undefined {
  return args(program, "queryParam", target)?.[0] as string | undefined;
}

/** Every `@audioFormatSetting(defaultFormat, sampleBytes)` property, with its arguments. */
export function audioFormatSettings(program: Program): { property: ModelProperty; defaultFormat: string; sampleBytes: Record<string, number> }[] {
  return [...program.stateMap(key("audioFormatSetting")).entries()].map(([target, a]) => {
    const [defaultFormat, sampleBytes] = a as [string, Record<string, number>];
    return { property: target as ModelProperty, defaultFormat, sampleBytes };
  });
}

/** Whether a member of `enum Versions` is marked `@labelVersion`. */
export function isLabelVersion(program: Program, target: EnumMember): boolean {
  return args(program, "labelVersion", target) !== undefined;
}

/** The dotted path of `@movedTo(path)` on a property, split into its keys. */
export function movedToOf(program: Program, target: ModelProperty): string[] | undefined {
  const path = args(program, "movedTo", target)?.[0] as string | undefined;
  return path?.split(".");
}

/** The event model that `@supersedes(predecessor)` names. */
export function supersedesOf(program: Program, target: Model): Model | undefined {
  return args(program, "supersedes", target)?.[0] as Model | undefined;
}
