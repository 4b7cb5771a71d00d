/** Links the learner collected for a topic: add with a title and URL, open in the browser, remove. */
import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../app/app-store';
import { Icon } from '../../app/components/icons';
import { client, openExternal } from '../../lib/api';
import { hostOf } from '../../lib/format';

function looksLikeUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function TopicLinks({ topicId }: { readonly topicId: string }) {
  const { progress, saveProgress } = useAppStore();
  const links = progress?.topics[topicId]?.links ?? [];
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cleanUrl = url.trim();
    if (!looksLikeUrl(cleanUrl)) {
      setProblem('Enter a full web address starting with https:// or http://');
      return;
    }
    const ok = await saveProgress(
      () => client.progress.addTopicLink({ topicId, title: title.trim() || hostOf(cleanUrl), url: cleanUrl }),
      'Could not add the link',
    );
    if (ok) {
      setTitle('');
      setUrl('');
      setProblem(undefined);
      setAdding(false);
    }
  };

  return (
    <div className="my-links">
      {links.length > 0 && (
        <ul className="my-links__list" data-testid="topic-links">
          {links.map((link) => (
            <li key={link.id} className="my-link">
              <button type="button" className="my-link__open" title={link.url} onClick={() => openExternal(link.url)} data-testid="topic-link">
                <Icon name="link" />
                <span className="my-link__text">
                  <span className="my-link__title">{link.title}</span>
                  <span className="my-link__host">{hostOf(link.url)}</span>
                </span>
              </button>
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={`Remove the link “${link.title}”`}
                title="Remove"
                onClick={() => void saveProgress(() => client.progress.removeTopicLink({ topicId, linkId: link.id }), 'Could not remove the link')}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form className="my-links__form" onSubmit={(event) => void submit(event)} noValidate>
          <input className="input" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" aria-label="Link address" data-testid="link-url" autoFocus />
          <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Title (optional)" aria-label="Link title" data-testid="link-title" />
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="my-links__actions">
            <button type="button" className="button button--ghost" onClick={() => setAdding(false)}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" data-testid="link-save">
              Add link
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--ghost add-button" onClick={() => setAdding(true)} data-testid="link-add">
          <Icon name="plus" />
          Add a link
        </button>
      )}
    </div>
  );
}
