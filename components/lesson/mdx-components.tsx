import Link from '@/components/ui/Link';
import type { ComponentProps } from 'react';
import { Callout } from './Callout';
import { CheckYourselfSlot } from './CheckYourselfSlot';
import { CodeBlock } from './CodeBlock';
import { Comparison } from './Comparison';
import { LessonDiagram } from '@/components/diagram/LessonDiagram';
import { KeyTakeaways } from './KeyTakeaways';
import { PlaygroundEmbed } from '@/components/playground/PlaygroundEmbed';

/** Internal links use the router; external ones open normally and say where they go. */
function Anchor({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}

/** The one map of what lesson MDX may use. Its type is derived from the object. */
export const mdxComponents = {
  a: Anchor,
  Callout,
  CodeBlock,
  KeyTakeaways,
  Comparison,
  Diagram: LessonDiagram,
  CheckYourself: CheckYourselfSlot,
  Playground: PlaygroundEmbed,
};

export type MdxComponents = typeof mdxComponents;
