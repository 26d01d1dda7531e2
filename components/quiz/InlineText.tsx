/** Question text with `code` spans, the only Markdown quiz.yaml uses. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('`') && part.endsWith('`') && part.length > 2 ? (
          <code key={i} className="rounded border border-line bg-bg-subtle px-1 font-mono text-[0.88em] [overflow-wrap:anywhere]">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
