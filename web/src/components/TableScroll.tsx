import { Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider.js';

/**
 * A wide table scrolls inside its box instead of widening the page. When columns are hidden, the edge they are
 * behind is shaded and a line above the table says to scroll sideways, so a cut table never looks complete; the box
 * takes keyboard focus then, so arrow keys scroll it too.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const left = box.scrollLeft > 1;
      const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setMore((now) => (now.left === left && now.right === right ? now : { left, right }));
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, []);
  const cut = more.left || more.right;
  return (
    <div>
      {cut && (
        <Text size="xs" c="dimmed" ta="right" mb={4} aria-hidden>
          {t('common.scrollHint')}
        </Text>
      )}
      <div
        className="table-scroll-frame"
        data-more-left={more.left || undefined}
        data-more-right={more.right || undefined}
      >
        <div
          ref={ref}
          className="table-scroll"
          tabIndex={cut ? 0 : undefined}
          role={cut ? 'region' : undefined}
          aria-label={cut ? t('common.scrollTable') : undefined}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
