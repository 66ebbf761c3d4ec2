/** Admin routes: draft. */
export default [] as Array<Record<string, unknown>>;
