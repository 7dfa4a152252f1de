// Filled in by the tool-runner helper of the agent layer.
export {};
