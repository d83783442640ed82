import { decodePng, PngError, type DecodedPng } from './png/png-decode';

/**
 * Teams' icon rules (app package docs): the colour icon is a 192x192 PNG; the outline icon a
 * 32x32 PNG, white on a transparent background. Teams refuses or mangles anything else, and only
 * says so after the upload, so the package checks first.
 */
export type IconRole = 'color' | 'outline';

const sizeOf: Record<IconRole, number> = { color: 192, outline: 32 };

/** An outline pixel counts as white when every channel is at least this (anti-aliasing aside). */
const nearlyWhite = 0xf0;

export function checkIcon(role: IconRole, fileName: string, file: Buffer): string[] {
  let png: DecodedPng;
  try {
    png = decodePng(file);
  } catch (error) {
    if (error instanceof PngError) return [`${fileName} ${error.message}`];
    return [`${fileName} kan ikke læses som PNG (${error instanceof Error ? error.message : String(error)})`];
  }
  const size = sizeOf[role];
  const problems: string[] = [];
  if (png.width !== size || png.height !== size) {
    problems.push(
      `${fileName} er ${png.width}x${png.height} pixel; ${role === 'color' ? 'farveikonet' : 'omridsikonet'} ` +
        `skal være ${size}x${size}`,
    );
  }
  if (role === 'outline') problems.push(...outlineProblems(fileName, png));
  return problems;
}

function outlineProblems(fileName: string, png: DecodedPng): string[] {
  let transparent = 0;
  let coloured = 0;
  const { rgba } = png;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) transparent++;
    else if (rgba[i]! < nearlyWhite || rgba[i + 1]! < nearlyWhite || rgba[i + 2]! < nearlyWhite) coloured++;
  }
  const pixels = rgba.length / 4;
  if (!png.hasAlpha || transparent === 0) {
    return [`${fileName} har ingen gennemsigtig baggrund; omridsikonet skal være hvidt på gennemsigtigt`];
  }
  if (transparent < pixels / 4) {
    return [
      `${fileName} er for det meste uigennemsigtigt (${pixels - transparent} af ${pixels} pixel); ` +
        'omridsikonet skal være hvidt på gennemsigtig baggrund',
    ];
  }
  if (coloured > 0) {
    return [`${fileName} har ${coloured} synlige pixel, der ikke er hvide; omridsikonet må kun være hvidt`];
  }
  return [];
}
