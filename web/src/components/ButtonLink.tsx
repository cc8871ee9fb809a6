import { Button, type ButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

type ButtonAnchorProps = ButtonProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

const ButtonAnchor = forwardRef<HTMLAnchorElement, ButtonAnchorProps>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
ButtonAnchor.displayName = 'ButtonAnchor';

const CreatedLink = createLink(ButtonAnchor);

/** A Mantine button that is a typed router link: navigation stays a link for the browser and assistive technology. */
export const ButtonLink: LinkComponent<typeof ButtonAnchor> = (props) => <CreatedLink preload="intent" {...props} />;
