/** What Strapi answers when it refuses a request: `{ data: null, error: { status, name, message } }`. */
interface RefusedRequest {
  response?: { data?: { error?: { message?: unknown } } };
}

/** The server's own sentence for a refused request (a ValidationError names the field), when it gave one. */
export function serverMessage(error: unknown): string | undefined {
  const message = (error as RefusedRequest | null)?.response?.data?.error?.message;
  return typeof message === 'string' && message ? message : undefined;
}

/** What to tell the editor about a failed request: the server's sentence, else the error's own message. */
export function errorMessage(error: unknown): string {
  return serverMessage(error) ?? (error instanceof Error ? error.message : String(error));
}
