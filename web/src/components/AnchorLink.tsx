import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

type MantineAnchorProps = AnchorProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

const MantineAnchor = forwardRef<HTMLAnchorElement, MantineAnchorProps>((props, ref) => (
  <Anchor ref={ref} {...props} />
));
MantineAnchor.displayName = 'MantineAnchor';

const CreatedLink = createLink(MantineAnchor);

/** A Mantine anchor that is a typed router link (params and search checked against the routes). */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedLink preload="intent" {...props} />;

/** The small "← …" link at the top of a page, back to the list or overview it was reached from. */
const BackAnchor = forwardRef<HTMLAnchorElement, MantineAnchorProps>(({ children, ...props }, ref) => (
  <Anchor ref={ref} size="sm" {...props}>
    ← {children}
  </Anchor>
));
BackAnchor.displayName = 'BackAnchor';

const CreatedBackLink = createLink(BackAnchor);

export const BackLink: LinkComponent<typeof BackAnchor> = (props) => <CreatedBackLink preload="intent" {...props} />;
