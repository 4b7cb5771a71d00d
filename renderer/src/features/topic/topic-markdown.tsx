/**
 * A topic's explanation (or a learner's notes), rendered from markdown with GitHub's tables and
 * task lists and coloured code. Raw HTML is dropped, links leave the app
 * through openExternal (or move within it for `#/…` links), and images are shown as their
 * alt text because the CSP allows no remote images.
 */
import apache from 'highlight.js/lib/languages/apache';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import http from 'highlight.js/lib/languages/http';
import nginx from 'highlight.js/lib/languages/nginx';
import protobuf from 'highlight.js/lib/languages/protobuf';
import Markdown, { type Components, type Options } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import { common } from 'lowlight';
import { Icon } from '../../app/components/icons';
import { openExternal } from '../../lib/api';

const COMPONENTS: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
  h4: ({ children }) => <h5>{children}</h5>,
  a: ({ href, children }) => {
    const url = href ?? '';
    if (url.startsWith('#/')) return <a href={url}>{children}</a>;
    return (
      <a
        href={url}
        title={url}
        className="md-external"
        onClick={(event) => {
          event.preventDefault();
          openExternal(url);
        }}
      >
        {children}
        <Icon name="external" className="md-external__icon" />
      </a>
    );
  },
  img: ({ alt }) => (alt ? <span className="md-image-alt">[{alt}]</span> : null),
  pre: ({ children }) => (
    <pre className="md-code" tabIndex={0}>
      {children}
    </pre>
  ),
};

// Syntax colouring for the languages the content uses; unknown fences stay plain text.
const HIGHLIGHT: NonNullable<Options['rehypePlugins']> = [[rehypeHighlight, { languages: { ...common, apache, dockerfile, http, nginx, protobuf }, detect: false }]];

export function TopicMarkdown({ source }: { source: string }) {
  return (
    <div className="markdown" data-testid="topic-body">
      <Markdown skipHtml components={COMPONENTS} remarkPlugins={[remarkGfm]} rehypePlugins={HIGHLIGHT}>
        {source}
      </Markdown>
    </div>
  );
}
