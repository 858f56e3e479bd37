// A page whose record is missing or not the viewer's to see shows SvelteKit's error page with
// the right status and the API's words, instead of "something went wrong".
import { error } from '@sveltejs/kit';
import { errorCode, errorMessage } from './errors';

export async function loaded<T>(call: Promise<T>, what: string): Promise<T> {
  try {
    return await call;
  } catch (e) {
    const code = errorCode(e);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') error(404, `${what} was not found.`);
    if (code === 'FORBIDDEN') error(403, errorMessage(e));
    throw e;
  }
}
