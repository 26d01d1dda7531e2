/** Plain, serialisable deck data the server hands the presenter island. */
export interface DeckMeta {
  slug: string;
  title: string;
  minutes: number;
  lessonHref: string;
  slides: { title: string; fragments: number }[];
}

/** Every deck, for composing and moving through a class. */
export interface DeckListItem {
  slug: string;
  title: string;
  minutes: number;
  slideCount: number;
  /** Reveals on the last slide: where "previous" lands when it steps back into this deck. */
  lastFragments: number;
}
