/**
 * The example payload of an event, downloaded as a file: it is the first of
 * the `examples` of the published JSON Schema of the page's version, so every
 * page, frozen releases included, offers the one its schema carries.
 */
export async function downloadExample(schemaUrl: string, eventType: string): Promise<void> {
  const schema = (await (await fetch(schemaUrl)).json()) as { examples?: unknown[] };
  const example = schema.examples?.[0];
  if (example === undefined) return;
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(example, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${eventType}.example.json`;
  link.click();
  URL.revokeObjectURL(url);
}
