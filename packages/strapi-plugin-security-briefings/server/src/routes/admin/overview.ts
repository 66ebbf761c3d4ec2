/** Admin routes: overview. */
export default [] as Array<Record<string, unknown>>;
