/** The API client (../../lib/api.ts) plus PUT, which the program's endpoints use. */
import { api } from '../../lib/api.ts';

export { ApiError, del, post, query } from '../../lib/api.ts';
export const put = <T>(path: string, body?: unknown) => api<T>('PUT', path, body);
