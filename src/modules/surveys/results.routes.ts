import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function resultsRoutes(_ctx: AppContext) {
  return createRouter();
}
