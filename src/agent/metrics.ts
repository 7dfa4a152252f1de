// Filled in by the metrics helper of the agent layer.
export {};
