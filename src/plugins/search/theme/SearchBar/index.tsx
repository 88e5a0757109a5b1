/**
 * The navbar's search box. The first focus loads the Pagefind bundle; each
 * query shows the best pages of the version being read, as links (they open
 * in a new tab, can be copied, and keep their section anchors). Keys: Ctrl+K
 * or ⌘K focuses the box, ↓/↑ move through the results, Enter opens the first
 * one, Escape closes the list.
 */
import React, { useEffect, useId, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { loadPagefind, searchVersion, type SearchHit } from '../../client';
import { SEARCH_BOX_LABEL } from '../../contract';
import { excerptParts } from '../../excerpt';
import { useSearchVersion } from '../../useSearchVersion';
import styles from './styles.module.css';

type State = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; term: string; hits: SearchHit[] } | { kind: 'unavailable' };

function Excerpt({ html }: { html: string }): React.JSX.Element {
  return (
    <span className={styles.excerpt}>
      {excerptParts(html).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <React.Fragment key={i}>{part.text}</React.Fragment>,
      )}
    </span>
  );
}

function statusText(state: State): string {
  switch (state.kind) {
    case 'searching':
      return 'Searching…';
    case 'unavailable':
      return 'Search is not available here: its index is written by a production build (npm run build).';
    case 'done':
      return state.hits.length === 0
        ? `No results for “${state.term}”.`
        : `${state.hits.length === 1 ? '1 result' : `Top ${state.hits.length} results`} for “${state.term}”.`;
    default:
      return '';
  }
}

export default function SearchBar(): React.JSX.Element {
  const { siteConfig } = useDocusaurusContext();
  const version = useSearchVersion();
  const history = useHistory();
  const location = useLocation();
  const panelId = useId();
  const box = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });

  // A result was followed (the page or its anchor changed): close the list. Done while rendering,
  // as React advises for state that follows a change of props, so the list never shows on the new page.
  const page = location.pathname + location.hash;
  const [pageShown, setPageShown] = useState(page);
  if (page !== pageShown) {
    setPageShown(page);
    setOpen(false);
  }

  useEffect(() => {
    const query = term.trim();
    if (!query) return;
    let current = true;
    loadPagefind(siteConfig.baseUrl)
      .then((pagefind) => searchVersion(pagefind, query, version))
      .then(
        (hits) => current && hits && setState({ kind: 'done', term: query, hits }),
        () => current && setState({ kind: 'unavailable' }),
      );
    return () => {
      current = false;
    };
  }, [term, version, siteConfig.baseUrl]);

  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'k') {
        ev.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const links = (): HTMLAnchorElement[] => Array.from(box.current?.querySelectorAll<HTMLAnchorElement>(`#${CSS.escape(panelId)} a`) ?? []);

  const onKeyDown = (ev: React.KeyboardEvent) => {
    if (ev.key === 'Escape') {
      setOpen(false);
      input.current?.focus();
      return;
    }
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    ev.preventDefault();
    if (!open) {
      setOpen(true);
      return;
    }
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const next = ev.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.current?.focus();
    else all[Math.min(next, all.length - 1)].focus();
  };

  const onInputKeyDown = (ev: React.KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'Enter' && state.kind === 'done' && state.hits[0]) {
      ev.preventDefault();
      history.push(state.hits[0].route);
    }
  };

  const showPanel = open && term.trim() !== '';
  return (
    <div
      ref={box}
      className={styles.search}
      role="search"
      aria-label="Site search"
      onKeyDown={onKeyDown}
      onBlur={(ev) => {
        if (!box.current?.contains(ev.relatedTarget)) setOpen(false);
      }}>
      <input
        ref={input}
        type="search"
        className="navbar__search-input"
        placeholder="Search"
        aria-label={SEARCH_BOX_LABEL}
        aria-controls={panelId}
        autoComplete="off"
        spellCheck={false}
        value={term}
        onFocus={() => {
          loadPagefind(siteConfig.baseUrl).catch(() => setState({ kind: 'unavailable' }));
        }}
        onClick={() => setOpen(true)}
        onChange={(ev) => {
          const value = ev.target.value;
          setTerm(value);
          // The effect above runs the search; the results shown stay until the new ones come.
          if (!value.trim()) setState({ kind: 'idle' });
          else setState((s) => (s.kind === 'done' ? s : { kind: 'searching' }));
          setOpen(true);
        }}
        onKeyDown={onInputKeyDown}
      />
      <div id={panelId} className={styles.panel} hidden={!showPanel}>
        <p role="status" className={styles.status}>
          {showPanel ? statusText(state) : ''}
        </p>
        {showPanel && state.kind === 'done' && state.hits.length > 0 && (
          <ul className={styles.hits}>
            {state.hits.map((hit) => (
              <li key={hit.route}>
                <Link to={hit.route} className={styles.hit}>
                  <span className={styles.title}>{hit.title}</span>
                  <Excerpt html={hit.excerpt} />
                </Link>
                {hit.sections.length > 0 && (
                  <ul className={styles.sections}>
                    {hit.sections.map((section) => (
                      <li key={section.route}>
                        <Link to={section.route} className={styles.section}>
                          {section.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
