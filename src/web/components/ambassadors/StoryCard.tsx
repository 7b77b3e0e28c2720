/** A story in a list: title, author, date, reach, and the first lines. */
import { formatDate } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { Avatar } from './Avatar.tsx';
import { plainExcerpt } from './markdown.ts';
import { fullName, SCOPE_KEYS } from './program.ts';
import type { Story } from './types.ts';

export function StoryCard({ story }: { story: Story }) {
  const { t, lang } = useI18n();
  const a = story.author;
  return (
    <article className="card amb-story-card" lang={story.language}>
      <h2 className="amb-story-title">
        <Link to={`/stories/${story.id}`}>{story.title}</Link>
      </h2>
      <div className="amb-byline" lang={lang}>
        <Avatar firstName={a.firstName} lastName={a.lastName} photoUrl={a.photoUrl} size={36} />
        <span>
          {fullName(a)}
          {a.jobTitle && <span className="hint"> · {a.jobTitle}</span>}
          <span className="hint">
            {' · '}
            <time dateTime={story.publishedAt}>{formatDate(story.publishedAt.slice(0, 10), lang)}</time>
          </span>
        </span>
        <span className={`amb-badge amb-badge-${story.scope}`}>{t(SCOPE_KEYS[story.scope])}</span>
        {story.hidden && <span className="amb-badge amb-badge-hidden">{t('story.hiddenBadge')}</span>}
      </div>
      <p className="amb-excerpt">{plainExcerpt(story.body)}</p>
    </article>
  );
}
