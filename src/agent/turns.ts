// Filled in by the turns helper of the agent layer.
export {};
