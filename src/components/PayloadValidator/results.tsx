/**
 * The view of a verdict of the payload validator: valid, or each problem on its
 * field with a link to the field's anchor, then the Avro verdict. Loaded with
 * the checks, on the first validation.
 */
import React from 'react';
import type { Problem, Verdict } from './engine';
import type { ValidatorTarget } from '.';
import styles from './styles.module.css';

export default function Results({
  verdict,
  target,
  stale,
}: {
  verdict: Verdict;
  target: ValidatorTarget;
  stale: boolean;
}): React.JSX.Element {
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
        <p data-avro="encodable">Avro: avsc can encode the data with the event's Avro schema.</p>
      ) : (
        <>
          <p data-avro="not-encodable">Avro: avsc cannot encode the data with the event's Avro schema:</p>
          <ProblemList problems={avro.problems} target={target} />
        </>
      )}
      {verdict.avroRefused && (
        <p data-avro-refused="">
          avsc refuses this schema as published ({verdict.avroRefused}), as other strict Avro parsers do; the check above reads it with each
          character that Avro names may not hold replaced by <code>_</code>.
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
