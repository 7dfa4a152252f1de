// Filled in by the conversation helper of the agent layer.
export {};
