/** An image upload's body: its OpenAPI description and its bytes (JPEG, PNG or WebP, checked by its content later). */
import type { Context } from 'hono';
import { unsupportedMediaType } from '../../platform/errors.ts';
import type { HonoEnv } from '../../platform/http.ts';
import { z } from '../../platform/openapi.ts';

export const imageBody = {
  required: true,
  content: {
    'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) },
    'image/png': { schema: z.string().openapi({ format: 'binary' }) },
    'image/webp': { schema: z.string().openapi({ format: 'binary' }) },
  },
};

export async function imageBytes(c: Context<HonoEnv>): Promise<Uint8Array> {
  if (!/^image\//i.test(c.req.header('content-type') ?? '')) throw unsupportedMediaType('image/jpeg, image/png or image/webp');
  return new Uint8Array(await c.req.arrayBuffer());
}
