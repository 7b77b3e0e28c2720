/**
 * Uploading an import with XMLHttpRequest rather than fetch: only XHR reports upload progress
 * (upload.onprogress), which a 10 MB file over a slow line needs.
 */
import { API_BASE, ApiError, getCsrfToken, NetworkError, problemOf, retryAfterOf } from './api.ts';
import type { ImportResult } from './types.ts';

export interface Upload {
  done: Promise<ImportResult>;
  abort(): void;
}

export function uploadImport(
  csv: string,
  opts: { progressId: string; ignore: string[]; onProgress(sent: number, total: number): void },
): Upload {
  const xhr = new XMLHttpRequest();
  const params = new URLSearchParams({ progressId: opts.progressId });
  for (const name of opts.ignore) params.append('ignore', name);
  const done = new Promise<ImportResult>((resolve, reject) => {
    xhr.open('POST', `${API_BASE}/people/import?${params}`);
    xhr.setRequestHeader('content-type', 'text/csv; charset=utf-8');
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress(e.loaded, e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(JSON.parse(xhr.responseText) as ImportResult);
        return;
      }
      const problem = problemOf(xhr.status, xhr.responseText, xhr.getResponseHeader('content-type'));
      reject(new ApiError(xhr.status, problem, retryAfterOf(xhr.getResponseHeader('retry-after'))));
    };
    xhr.onerror = () => reject(new NetworkError('upload failed'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.send(new Blob([csv], { type: 'text/csv' }));
  });
  return { done, abort: () => xhr.abort() };
}
