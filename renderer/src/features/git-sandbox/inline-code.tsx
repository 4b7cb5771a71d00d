/** Short learner-facing text with `code` spans (goal checks, hints), without a markdown parser. */
export function InlineCode({ text }: { readonly text: string }) {
  const parts = text.split(/(`[^`]+`)/);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith('`') && part.endsWith('`') && part.length > 2 ? <code key={index}>{part.slice(1, -1)}</code> : part,
      )}
    </>
  );
}
