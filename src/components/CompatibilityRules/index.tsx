/** The compatibility rules as a table, from the same data the checks use. */
import React from 'react';
import { CHANGE_KINDS } from '../../compatibility-rules';

export function CompatibilityRules(): React.JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Change</th>
          <th scope="col">Verdict</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(CHANGE_KINDS).map(([kind, { breaking, rule }]) => (
          <tr key={kind} id={`rule-${kind}`}>
            <td>
              <code>{kind}</code>
            </td>
            <td>{breaking ? <strong>breaking</strong> : 'compatible'}</td>
            <td>{rule}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
