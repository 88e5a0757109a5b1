/**
 * The payload validator: paste an event's data, or a whole message (the
 * envelope with the data under `data`), and see whether it matches the
 * event's JSON Schema, each problem on the field it concerns (linked to the
 * field's anchor), and whether it can be encoded with the event's Avro schema.
 * Everything happens in the browser: the schemas are fetched from the site's
 * own published URLs, the payload is sent nowhere. The checks (Ajv) and the
 * view of their results load on the first validation, so a page that shows
 * the validator loads no more JavaScript for it than this form.
 */
import React, { useId, useState } from 'react';
import type { AvroSchema } from './avro-check';
import type { EventSchemas, Problem, Verdict } from './engine';
import type ResultsView from './results';
import styles from './styles.module.css';

export interface ValidatorTarget {
  signal: string;
  eventType: string;
  /** The published files of the event's schema set (site paths). */
  schemaUrl: string;
  envelopeUrl: string;
  avroUrl: string | null;
  /** Where a problem's field is documented: the anchor on the event page, or on the envelope page. */
  fieldHref: (part: Problem['part'], anchor: string) => string;
}

const fetched = new Map<string, Promise<unknown>>();

/** A published file, fetched once per page. */
function fetchJson(url: string): Promise<unknown> {
  let body = fetched.get(url);
  if (!body) {
    body = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url} answered ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    fetched.set(url, body);
  }
  return body;
}

async function loadSchemas(target: ValidatorTarget): Promise<EventSchemas> {
  const [data, envelope, avro] = await Promise.all([
    fetchJson(target.schemaUrl),
    fetchJson(target.envelopeUrl),
    target.avroUrl ? fetchJson(target.avroUrl) : Promise.resolve(null),
  ]);
  return {
    eventType: target.eventType,
    data: data as EventSchemas['data'],
    envelope: envelope as EventSchemas['envelope'],
    avro: avro as AvroSchema | null,
  };
}

export default function PayloadValidator({ target }: { target: ValidatorTarget }): React.JSX.Element {
  const id = useId();
  const [text, setText] = useState('');
  // A verdict belongs to the text and the event it was computed for; its view is loaded with the checks.
  const [result, setResult] = useState<{ verdict: Verdict; text: string; eventType: string; View: typeof ResultsView } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const validate = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const [{ validatePayload }, { default: View }, schemas] = await Promise.all([
        import('./engine'),
        import('./results'),
        loadSchemas(target),
      ]);
      setResult({ verdict: validatePayload(text, schemas), text, eventType: target.eventType, View });
    } catch (error) {
      setResult(null);
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const loadExample = async () => {
    const schema = (await fetchJson(target.schemaUrl)) as { examples?: unknown[] };
    if (schema.examples?.[0] !== undefined) setText(JSON.stringify(schema.examples[0], null, 2));
  };

  const current = result?.eventType === target.eventType ? result : null;
  return (
    <div className={styles.validator}>
      <label htmlFor={`${id}-payload`} className={styles.label}>
        Payload
      </label>
      <textarea
        id={`${id}-payload`}
        className={styles.payload}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={10}
        spellCheck={false}
        autoComplete="off"
        placeholder="Paste JSON here"
        aria-describedby={`${id}-privacy`}
      />
      <p id={`${id}-privacy`} className={styles.privacy}>
        Checked in your browser against the published schemas of {target.signal}; the payload is sent nowhere.
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={() => void validate()} disabled={busy}>
          Validate
        </button>
        <button type="button" className="button button--secondary" onClick={() => void loadExample()}>
          Use the example
        </button>
      </div>
      <div role="status" className={styles.results} data-validator-results="">
        {failure && <p>The schemas could not be loaded: {failure}</p>}
        {current && <current.View verdict={current.verdict} target={target} stale={current.text !== text} />}
      </div>
    </div>
  );
}
