/**
 * The AudioWorkletGlobalScope, which TypeScript's DOM library leaves out: just what the two
 * processors use.
 */
declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options?: AudioWorkletNodeOptions);
  /** Called for each render quantum (128 frames); returning true keeps the processor alive. */
  abstract process(inputs: Float32Array[][], outputs: Float32Array[][], parameters: Record<string, Float32Array>): boolean;
}
declare function registerProcessor(name: string, processor: new (options?: AudioWorkletNodeOptions) => AudioWorkletProcessor): void;
/** The sample rate of the AudioContext the worklet runs in. */
declare const sampleRate: number;
