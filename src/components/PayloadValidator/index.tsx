/**
 * The payload validator: paste an event's data, or a whole message (the
 * envelope with the data under `data`), and see whether it matches the
 * event's JSON Schema, each problem on the field it concerns (linked to the
 * field's anchor), and whether it can be encoded with the event's Avro schema.
 * Everything happens in the browser: the schemas are fetched from the site's
 * own published URLs, the payload is sent nowhere. The checks (Ajv) load on
 * the first validation, so a page that shows the validator loads no more
 * JavaScript for it until it is used.
 */
import React, { useId, useState } from 'react';
import type { AvroSchema } from './avro-check';
import type { EventSchemas, Problem, Verdict } from './engine';
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
  // A verdict belongs to the text and the event it was computed for.
  const [result, setResult] = useState<{ verdict: Verdict; text: string; eventType: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const validate = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const [{ validatePayload }, schemas] = await Promise.all([import('./engine'), loadSchemas(target)]);
      setResult({ verdict: validatePayload(text, schemas), text, eventType: target.eventType });
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
        {current && <Results verdict={current.verdict} target={target} stale={current.text !== text} />}
      </div>
    </div>
  );
}

function Results({ verdict, target, stale }: { verdict: Verdict; target: ValidatorTarget; stale: boolean }): React.JSX.Element {
  const note = stale ? (
    <p className={styles.stale} data-stale="">
      The payload changed since: validate again.
    </p>
  ) : null;
  if (verdict.read === 'not-json') {
    return (
      <div className={styles.invalid}>
        {note}
        <p>
          <strong>Not JSON</strong>: {verdict.message}
        </p>
      </div>
    );
  }
  if (verdict.read === 'not-object') {
    return (
      <div className={styles.invalid}>
        {note}
        <p>
          <strong>Not an object</strong>: paste the event's data, or a whole message with the data under <code>data</code>.
        </p>
      </div>
    );
  }
  const readAs = verdict.read === 'message' ? 'a whole message: the envelope, and the data under data' : "the event's data";
  return (
    <div className={verdict.valid ? styles.valid : styles.invalid}>
      {note}
      <p>
        <strong data-verdict={verdict.valid ? 'valid' : 'invalid'}>
          {verdict.valid ? 'Valid' : `Invalid: ${plural(verdict.problems.length, 'problem')}`}
        </strong>
        {verdict.valid ? `: it matches the JSON Schema of ${target.signal}` : ''} (read as {readAs}).
      </p>
      {!verdict.valid && <ProblemList problems={verdict.problems} target={target} />}
      <AvroResult verdict={verdict} target={target} />
    </div>
  );
}

function AvroResult({ verdict, target }: { verdict: Extract<Verdict, { valid: boolean }>; target: ValidatorTarget }) {
  const { avro } = verdict;
  if ('unavailable' in avro) return <p>Avro: this event has no Avro schema (upstream cannot send it over the event bus).</p>;
  return (
    <>
      {avro.encodable ? (
        <p data-avro="encodable">Avro: the data can be encoded with the event's Avro schema.</p>
      ) : (
        <>
          <p data-avro="not-encodable">Avro: the data cannot be encoded with the event's Avro schema:</p>
          <ProblemList problems={avro.problems} target={target} />
        </>
      )}
      {verdict.avroNameProblems.length > 0 && (
        <p>
          Strict Avro parsers (avsc, Java's Avro) refuse this schema's names ({verdict.avroNameProblems.join(', ')}); the check above reads
          it as the event bus does.
        </p>
      )}
    </>
  );
}

function ProblemList({ problems, target }: { problems: Problem[]; target: ValidatorTarget }) {
  return (
    <ul className={styles.problems}>
      {problems.map((p, i) => (
        <li key={i}>
          {p.part === 'envelope' ? 'envelope ' : ''}
          {p.anchor ? (
            <a href={target.fieldHref(p.part, p.anchor)} data-field={p.anchor}>
              <code>{p.path}</code>
            </a>
          ) : (
            <code>{p.path || (p.part === 'envelope' ? '(the message)' : '(the data)')}</code>
          )}{' '}
          {p.message}
        </li>
      ))}
    </ul>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
