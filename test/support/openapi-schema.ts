/**
 * A small checker of JSON values against the OpenAPI 3.0 schemas @nestjs/swagger writes: $ref,
 * type, nullable, required, properties (a property the schema does not declare is a problem
 * unless `additionalProperties` allows it), items, enum, the uuid/date/date-time formats, and
 * allOf/oneOf/anyOf. It answers the list of problems, each with the path of the value.
 */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  format?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
};

/** The JSON schema a document declares for an operation's response (the path as written in the document, without a global prefix). */
export function responseSchema(document: OpenApiDocument, method: string, path: string, status: number): Schema {
  const operations = document.paths[path] ?? document.paths[`/api${path}`];
  const response = operations?.[method.toLowerCase()]?.responses?.[String(status)];
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`The document declares no JSON body for ${method.toUpperCase()} ${path} ${status}`);
  return schema;
}

export function schemaProblems(document: OpenApiDocument, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    return target ? schemaProblems(document, target, value, at) : [`${at}: unknown schema ${schema.$ref}`];
  }
  // OpenAPI 3.0 puts `nullable` on a branch of oneOf/anyOf too (ErrorDto.details): null may match one of them.
  if (value === null && !schema.oneOf && !schema.anyOf) return schema.nullable ? [] : [`${at}: null, but not nullable`];
  if (schema.allOf) return schema.allOf.flatMap((s) => schemaProblems(document, s, value, at));
  for (const alternatives of [schema.oneOf, schema.anyOf]) {
    if (alternatives && !alternatives.some((s) => schemaProblems(document, s, value, at).length === 0)) {
      return [`${at}: matches none of the alternatives`];
    }
  }
  const problems: string[] = [];
  const actual = Array.isArray(value) ? 'array' : typeof value;
  switch (schema.type) {
    case 'integer':
      if (!Number.isInteger(value)) problems.push(`${at}: expected integer, got ${actual}`);
      break;
    case 'number':
    case 'string':
    case 'boolean':
      if (actual !== schema.type) problems.push(`${at}: expected ${schema.type}, got ${actual}`);
      break;
    case 'array':
      if (!Array.isArray(value)) problems.push(`${at}: expected array, got ${actual}`);
      else if (schema.items) value.forEach((item, i) => problems.push(...schemaProblems(document, schema.items!, item, `${at}[${i}]`)));
      break;
    case 'object':
    case undefined:
      if (schema.type === 'object' || schema.properties) {
        if (actual !== 'object') {
          problems.push(`${at}: expected object, got ${actual}`);
          break;
        }
        const record = value as Record<string, unknown>;
        const properties = schema.properties ?? {};
        for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${at}.${key}: required, missing`);
        for (const [key, item] of Object.entries(record)) {
          if (properties[key]) problems.push(...schemaProblems(document, properties[key], item, `${at}.${key}`));
          else if (typeof schema.additionalProperties === 'object')
            problems.push(...schemaProblems(document, schema.additionalProperties, item, `${at}.${key}`));
          else if (schema.additionalProperties !== true) problems.push(`${at}.${key}: not declared by the document`);
        }
      }
      break;
  }
  if (problems.length > 0) return problems;
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.format && FORMATS[schema.format] && typeof value === 'string' && !FORMATS[schema.format].test(value)) {
    problems.push(`${at}: ${JSON.stringify(value)} is not a ${schema.format}`);
  }
  return problems;
}
