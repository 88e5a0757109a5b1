/**
 * The fields of a payload (an event's, a data type's or the envelope's), one
 * row each, nested fields indented, each row an anchor of the page.
 */
import React from 'react';
import type { EventPageData } from '../../reference-data';
import AnchorLink from '../AnchorLink';
import styles from './styles.module.css';

export default function FieldTable({ fields }: { fields: EventPageData['fields'] }): React.JSX.Element {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.fields}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Default</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.path} id={f.path} className={styles.fieldRow}>
              <th scope="row" style={{ paddingLeft: `${0.75 + f.depth * 1.1}rem` }}>
                <code>{f.path}</code>
                <AnchorLink id={f.path} label={`field ${f.path}`} />
              </th>
              <td>
                <code>{f.type}</code>
              </td>
              <td>{f.required ? 'required' : 'optional'}</td>
              <td>{f.default === undefined ? '' : <code>{f.default}</code>}</td>
              <td>{f.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
