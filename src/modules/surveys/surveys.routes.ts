import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function surveysRoutes(_ctx: AppContext) {
  return createRouter();
}
