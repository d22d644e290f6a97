import type { ReactNode, Ref } from 'react';
import '../styles/back-office.css';

interface Props {
  /** The screen's name: the back button is `{screen}-back`, the heading `{screen}-title` (its aria-labelledby). */
  readonly screen: string;
  readonly title: string;
  readonly backLabel: string;
  readonly onBack: () => void;
  /** The screen focuses its title when it is ready, so a screen reader announces it and Tab starts at Kembali. */
  readonly titleRef: Ref<HTMLHeadingElement>;
  /** What the screen adds after its title (history's search, closing's tabs). */
  readonly children?: ReactNode;
}

/** The back button and title that History, Settings and Close-the-day share, so the three read and work alike. */
export function BackOfficeHeader({ screen, title, backLabel, onBack, titleRef, children }: Props) {
  return (
    <header className="back-office__head">
      <button type="button" className="back-office__back" data-testid={`${screen}-back`} onClick={onBack}>
        <span aria-hidden="true">← </span>
        {backLabel}
      </button>
      <h1 id={`${screen}-title`} className="back-office__title" tabIndex={-1} ref={titleRef}>
        {title}
      </h1>
      {children}
    </header>
  );
}
