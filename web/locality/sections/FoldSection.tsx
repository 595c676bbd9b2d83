import { useEffect, useRef, useState, type ReactNode } from 'react';

interface FoldSectionProps {
  id: string;
  title: string;
  /** A short line beside the title that says what is inside while it is closed. */
  hint?: ReactNode;
  /** Counts up each time something asks the section to open (e.g. a sparkline choosing the trend). */
  openRequests?: number;
  /** Render the content only once the section has been opened (it loads data nothing else needs). */
  lazy?: boolean;
  children: ReactNode;
}

/**
 * A detail section of the locality page, closed at first so the page stays within three screens; it opens on
 * its summary, when a link points at it (`#id`), and on request. Its content is rendered while closed, so its
 * data loads and the print brief and exports never depend on it being open; a `lazy` one waits for its first opening.
 */
export function FoldSection({ id, title, hint, openRequests = 0, lazy = false, children }: FoldSectionProps) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  if (open && !opened) setOpened(true);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const follow = () => {
      if (window.location.hash !== `#${id}`) return;
      setOpen(true);
      requestAnimationFrame(() => ref.current?.scrollIntoView({ block: 'start' }));
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [id]);
  useEffect(() => {
    if (openRequests === 0) return;
    setOpen(true);
    requestAnimationFrame(() => ref.current?.scrollIntoView({ block: 'start' }));
  }, [openRequests]);
  return (
    <section id={id} ref={ref} className="locality-section locality-fold" aria-labelledby={`${id}-heading`}>
      <details open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <h2 id={`${id}-heading`}>{title}</h2>
          {hint && <span className="card-hint fold-hint">{hint}</span>}
        </summary>
        {(!lazy || opened) && children}
      </details>
    </section>
  );
}
