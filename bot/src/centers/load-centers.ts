import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../shared/errors';
import type { Center } from './center';

const isoDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    ctx.addIssue({ code: 'custom', message: `not a date (YYYY-MM-DD): ${text}` });
  }
  return text;
});

const centersSchema = z.object({
  centers: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .regex(/^\p{Lu}{2,8}$/u, 'a center code is 2-8 capital letters (Æ, Ø and Å allowed)'),
        name: z.string().trim().min(1),
        handoverDate: isoDate,
        unitPhone: z.coerce.string().trim().min(8),
        deadlineWorkingDays: z.number().int().min(1).max(30),
      }),
    )
    .min(1),
});

/** Reads and validates the centers configuration; a bad file stops start-up with the reason. */
export function loadCenters(file: string): Center[] {
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('CONFIG_INVALID', `${file}: ${(e as Error).message}`, { setting: 'CENTERS_FILE' });
  }
  const result = centersSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AppError('CONFIG_INVALID', `${file}: ${issue.path.join('.')}: ${issue.message}`, {
      setting: 'CENTERS_FILE',
    });
  }
  const codes = result.data.centers.map((c) => c.code);
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate) {
    throw new AppError('CONFIG_INVALID', `${file}: center ${duplicate} is listed twice`, {
      setting: 'CENTERS_FILE',
    });
  }
  return result.data.centers;
}
