import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Validates the manifest and its language files against Microsoft's JSON schemas, offline: the
 * schemas ship inside @microsoft/app-manifest (v1.0-v1.30, no v1.18). The schema version is the
 * manifest's own `manifestVersion`, so the template is the one place that names it.
 *
 * The validator is the one @microsoft/app-manifest itself uses (Ajv for draft-04 with its
 * options), loaded from that package's dependencies: the package's own entry point loads an
 * ES-module-only dependency that Jest on Node 20 cannot require.
 */
export type SchemaKind = 'manifest' | 'localization';

interface SchemaError {
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}
interface CompiledSchema {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
interface Ajv {
  compile(schema: object): CompiledSchema;
}
type Module<T> = T & { default?: T };

const appManifestRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const fromAppManifest = createRequire(path.join(appManifestRoot, 'package.json'));

const schemaFiles: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

function schemaPath(kind: SchemaKind, manifestVersion: string): string {
  return path.join(
    appManifestRoot,
    'build',
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    schemaFiles[kind],
  );
}

/** Compiling the manifest schema takes most of a second: once per file per process. */
const compiled = new Map<string, CompiledSchema>();

function compile(file: string): CompiledSchema {
  let validate = compiled.get(file);
  if (!validate) {
    const AjvDraft04 = fromAppManifest('ajv-draft-04') as Module<new (options: object) => Ajv>;
    const addFormats = fromAppManifest('ajv-formats') as Module<(ajv: Ajv, formats: string[]) => Ajv>;
    const ajv = new (AjvDraft04.default ?? AjvDraft04)({ allErrors: true, strictTypes: false });
    (addFormats.default ?? addFormats)(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(repairPatterns(JSON.parse(fs.readFileSync(file, 'utf8'))) as object);
    compiled.set(file, validate);
  }
  return validate;
}

/** Problems as `file: /json/path message`, empty when the file conforms. */
export function validateAgainstSchema(
  kind: SchemaKind,
  fileName: string,
  json: unknown,
  manifestVersion: string,
): string[] {
  const file = schemaPath(kind, manifestVersion);
  if (!fs.existsSync(file)) {
    return [
      `${fileName}: manifestVersion ${JSON.stringify(manifestVersion)} har intet skema i @microsoft/app-manifest ` +
        `(findes ikke: ${path.relative(process.cwd(), file)})`,
    ];
  }
  const validate = compile(file);
  if (validate(JSON.parse(JSON.stringify(json)))) return [];
  return (validate.errors ?? []).map((error) => `${fileName}: ${readable(error)}`);
}

/** "/name/short must NOT have more than 30 characters", with the extra property or allowed values. */
function readable(error: SchemaError): string {
  const { additionalProperty, allowedValues } = error.params;
  const extra =
    typeof additionalProperty === 'string'
      ? `: ${JSON.stringify(additionalProperty)}`
      : Array.isArray(allowedValues)
        ? `: ${allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : '';
  return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${extra}`;
}

/**
 * Ajv compiles patterns with the `u` flag, and some of Microsoft's patterns are not valid
 * Unicode regular expressions (the v1.25 localization schema has an unescaped `]`). Escape
 * brackets that close no character class, so that the schema compiles and means the same.
 */
function repairPatterns(schema: unknown): unknown {
  const fix = (pattern: string): string => {
    if (isUnicodeRegExp(pattern)) return pattern;
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i]!;
      if (ch === '\\') {
        out += ch + (pattern[++i] ?? '');
        continue;
      }
      if (ch === '[') inClass = true;
      else if (ch === ']' && inClass) inClass = false;
      else if (ch === ']') {
        out += `\\${ch}`;
        continue;
      }
      out += ch;
    }
    return isUnicodeRegExp(out) ? out : pattern;
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        if (key === 'pattern' && typeof v === 'string') return [key, fix(v)];
        if (key === 'patternProperties' && v !== null && typeof v === 'object') {
          return [key, Object.fromEntries(Object.entries(v).map(([p, s]) => [fix(p), walk(s)]))];
        }
        return [key, walk(v)];
      }),
    );
  };
  return walk(schema);
}

function isUnicodeRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
