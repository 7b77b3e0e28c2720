/**
 * Uploaded images: decoded, auto-rotated, resized and re-encoded, which also drops every piece of
 * metadata (EXIF location, camera, names). What is stored is only the pixels we chose to keep.
 */
import sharp from 'sharp';
import { unprocessable } from './errors.ts';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface ProcessedImage {
  bytes: Buffer;
  contentType: 'image/webp';
  width: number;
  height: number;
}

export async function processImage(input: Uint8Array, purpose: 'photo' | 'story'): Promise<ProcessedImage> {
  if (input.byteLength > MAX_UPLOAD_BYTES)
    throw unprocessable('The image is too large.', [{ path: 'file', message: 'Use an image under 10 MB.' }], 'image-too-large');
  try {
    const pipeline = sharp(input, { failOn: 'error', limitInputPixels: 40_000_000 }).rotate();
    const resized =
      purpose === 'photo'
        ? pipeline.resize(480, 480, { fit: 'cover', position: 'attention' })
        : pipeline.resize(1600, 1600, { fit: 'inside', withoutEnlargement: true });
    const { data, info } = await resized.webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/webp', width: info.width, height: info.height };
  } catch {
    throw unprocessable(
      'This file is not an image we can read.',
      [{ path: 'file', message: 'Use a JPEG, PNG, WebP or GIF image.' }],
      'not-an-image',
    );
  }
}
