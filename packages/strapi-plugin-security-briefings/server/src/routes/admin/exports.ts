/** Admin routes: exports. */
export default [] as Array<Record<string, unknown>>;
