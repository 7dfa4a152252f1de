// Filled in by the barge-in helper of the agent layer.
export {};
