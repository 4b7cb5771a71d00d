/** The roadmap: a pannable, zoomable map of sections and topics, with the open topic beside it. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Roadmap, TopicStatus } from '../../../../electron/shared/types';
import { useAppStore } from '../../app/app-store';
import { Icon, StatusIcon } from '../../app/components/icons';
import { Kbd } from '../../app/components/kbd';
import { ProgressRing } from '../../app/components/progress-ring';
import { ViewHeader } from '../../app/components/view-header';
import { navigate, openTopic } from '../../app/router';
import { useToast } from '../../app/toasts';
import { printToPdf } from '../../lib/api';
import { errorMessage, percent, STATUS_LABELS } from '../../lib/format';
import { isCustomTopic } from '../../lib/custom-topics';
import { ariaKeyShortcut } from '../../lib/platform';
import { countStatuses, orderedTopicIds, progressRatio, suggestNext, topicProgress, topicStatus } from '../../lib/progress-math';
import { TopicPanel } from '../topic/topic-panel';
import { columnsFor, layoutMap, MAP_METRICS, roadEnd } from './map-layout';
import { AddTopicDialog } from './add-topic-dialog';
import { MapViewport } from './map-viewport';
import { RoadmapToolbar, type StatusFilter } from './roadmap-toolbar';
import { SectionCard } from './section-card';
import { TopicNode } from './topic-node';
import './roadmap.css';
import './topic-node.css';

interface RoadmapViewProps {
  readonly topicId: string | undefined;
  readonly onOpenSearch: () => void;
}

const ZOOM_KEY = 'roadbook.map.zoom';

function initialZoom(): number {
  const saved = Number(sessionStorage.getItem(ZOOM_KEY));
  return Number.isFinite(saved) && saved > 0 ? saved : 1;
}

export function RoadmapView({ topicId, onOpenSearch }: RoadmapViewProps) {
  const { roadmap, reload } = useAppStore();

  if (roadmap.state !== 'ready') {
    return (
      <div className="roadmap-layout">
        <div className="roadmap-pane" data-testid="roadmap" aria-busy={roadmap.state === 'loading'}>
          <ViewHeader title="Roadmap" />
          <div className="view-scroll">
            {roadmap.state === 'loading' ? (
              <RoadmapSkeleton />
            ) : (
              <div className="load-error" role="alert" data-testid="roadmap-error">
                <Icon name="alert" className="load-error__icon" />
                <h2>The roadmap could not be loaded</h2>
                <p>{roadmap.message}</p>
                <button type="button" className="button button--primary" data-testid="roadmap-retry" onClick={reload}>
                  <Icon name="refresh" />
                  Try again
                </button>
              </div>
            )}
          </div>
        </div>
      </div>
    );
  }
  return <RoadmapReady map={roadmap.value} topicId={topicId} onOpenSearch={onOpenSearch} />;
}

function RoadmapReady({ map, topicId, onOpenSearch }: { map: Roadmap; topicId: string | undefined; onOpenSearch: () => void }) {
  const { progress, setTopicStatus } = useAppStore();
  const toast = useToast();
  const [zoom, setZoomState] = useState(initialZoom);
  const [viewport, setViewport] = useState({ width: 1000, height: 700 });
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all');
  const [sectionFilter, setSectionFilter] = useState<string>('all');
  const [addingTo, setAddingTo] = useState<string | undefined>(undefined);

  const topic = topicId ? map.topics[topicId] : undefined;
  const setZoom = useCallback((z: number) => {
    setZoomState(z);
    sessionStorage.setItem(ZOOM_KEY, String(z));
  }, []);
  const onResize = useCallback((size: { width: number; height: number }) => {
    setViewport((v) => (v.width === size.width && v.height === size.height ? v : size));
  }, []);

  const visibleSections = useMemo(
    () => (sectionFilter === 'all' ? map.sections : map.sections.filter((s) => s.id === sectionFilter)),
    [map, sectionFilter],
  );
  const layoutInput = useMemo(
    () => visibleSections.map((s) => ({ id: s.id, topicIds: s.topicIds.filter((id) => map.topics[id]) })),
    [visibleSections, map],
  );
  // Zoomed out, the map takes more columns, so more of it fits on screen.
  const columns = columnsFor(viewport.width / zoom, layoutInput.length);
  const layout = useMemo(() => layoutMap(layoutInput, columns, true), [layoutInput, columns]);

  // Bring the open topic into view when it changes (search, links, the keyboard).
  useEffect(() => {
    if (!topic) return;
    const node = document.querySelector<HTMLElement>(`[data-testid="topic-node"][data-topic-id="${topic.id}"]`);
    node?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
  }, [topic]);

  const quickStatus = useCallback(
    async (id: string, status: TopicStatus) => {
      const previous = topicStatus(progress, id);
      if (previous === status) return;
      const saved = await setTopicStatus(id, status);
      if (!saved) return;
      toast({
        tone: 'success',
        message: `“${map.topics[id]?.title ?? id}” marked ${STATUS_LABELS[status].toLowerCase()}.`,
        action: { label: 'Undo', run: () => void setTopicStatus(id, previous) },
      });
    },
    [map, progress, setTopicStatus, toast],
  );

  const printRoadmap = async () => {
    try {
      const path = await printToPdf();
      if (path) toast({ tone: 'success', message: `Roadmap saved as ${path}` });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(error) });
    }
  };

  const allIds = orderedTopicIds(map);
  const counts = countStatuses(allIds, progress);
  const overall = progressRatio(map, allIds, progress);
  const suggestions = suggestNext(map, progress, 3);
  const sectionsById = new Map(map.sections.map((s, i) => [s.id, { section: s, index: i }]));
  const end = roadEnd(layout);
  const nodesBySection = new Map<string, (typeof layout.nodes)[number][]>();
  for (const node of layout.nodes) nodesBySection.set(node.sectionId, [...(nodesBySection.get(node.sectionId) ?? []), node]);
  const m = MAP_METRICS;

  return (
    <div className={`roadmap-layout${topic ? ' roadmap-layout--with-panel' : ''}`}>
      <div className="roadmap-pane" data-testid="roadmap">
        <ViewHeader
          title="Roadmap"
          subtitle={map.title}
          actions={
            <>
              <button type="button" className="button button--ghost search-button" onClick={onOpenSearch} data-testid="open-search" aria-keyshortcuts={ariaKeyShortcut('mod+k')}>
                <Icon name="search" />
                <span className="search-button__label">Search</span>
                <Kbd shortcut="mod+k" decorative />
              </button>
              <button type="button" className="icon-button print-button" onClick={() => void printRoadmap()} aria-label="Print the roadmap or save it as PDF" title="Print or save as PDF" data-testid="print-roadmap">
                <Icon name="printer" />
              </button>
              <div className="overall-progress" data-testid="overall-progress">
                <ProgressRing value={overall} size={36} stroke={4} label={`${percent(overall)} of the roadmap covered, ${counts.done} of ${counts.total} topics done`} />
                <span className="overall-progress__text">
                  <strong>
                    {counts.done}/{counts.total}
                  </strong>
                  <span>{percent(overall)} covered</span>
                </span>
              </div>
            </>
          }
        />
        <RoadmapToolbar
          roadmap={map}
          counts={counts}
          statusFilter={statusFilter}
          onStatusFilter={setStatusFilter}
          sectionFilter={sectionFilter}
          onSectionFilter={setSectionFilter}
          suggestions={suggestions}
          progress={progress}
        />
        <MapViewport width={layout.width} height={layout.height} sections={layoutInput} zoom={zoom} onZoom={setZoom} onResize={onResize}>
          <svg className="map-lines" width={layout.width} height={layout.height} aria-hidden="true" focusable="false">
            <path className="map-road" d={layout.road} />
            <path className="map-road-dash" d={layout.road} />
            {layout.sections.map((box) => (
              <line key={box.id} className="map-stem" x1={box.stem.x} y1={box.stem.top} x2={box.stem.x} y2={box.stem.bottom} />
            ))}
            {layout.nodes.map((node) => (
              <line key={node.topicId} className="map-branch" x1={node.x - m.nodeIndent / 2} y1={node.y + node.height / 2} x2={node.x} y2={node.y + node.height / 2} />
            ))}
          </svg>
          {layout.sections.map((box) => {
            const entry = sectionsById.get(box.id)!;
            const ids = entry.section.topicIds.filter((id) => map.topics[id]);
            return (
              // One landmark per section, in reading order: its card, its topics, then "your own topic".
              <section key={box.id} className="map-section" aria-labelledby={`section-${box.id}-title`}>
                <SectionCard
                  section={entry.section}
                  index={entry.index}
                  counts={countStatuses(ids, progress)}
                  ratio={progressRatio(map, ids, progress)}
                  style={{ left: box.header.x, top: box.header.y, width: box.header.width, height: box.header.height }}
                />
                {(nodesBySection.get(box.id) ?? []).map((node) => {
                  const t = map.topics[node.topicId]!;
                  const status = topicStatus(progress, t.id);
                  return (
                    <TopicNode
                      key={node.topicId}
                      topicId={t.id}
                      title={t.title}
                      status={status}
                      progress={topicProgress(t.id, t.checklist.length, progress)}
                      selected={t.id === topic?.id}
                      dimmed={statusFilter !== 'all' && status !== statusFilter}
                      custom={isCustomTopic(t.id)}
                      style={{ left: node.x, top: node.y, width: node.width, height: node.height }}
                      onOpen={openTopic}
                      onQuickStatus={(id, s) => void quickStatus(id, s)}
                    />
                  );
                })}
                {box.addSlot && (
                  <button
                    type="button"
                    className="map-add"
                    style={{ left: box.addSlot.x, top: box.addSlot.y, width: box.addSlot.width, height: box.addSlot.height }}
                    onClick={() => setAddingTo(box.id)}
                    data-testid="add-custom-topic"
                    data-section-id={box.id}
                    aria-label={`Add your own topic to ${entry.section.title}`}
                  >
                    <Icon name="plus" />
                    Your own topic
                  </button>
                )}
              </section>
            );
          })}
          {end && (
            <span className="map-finish" style={{ left: end.x, top: end.y }} title="The end of the road" aria-hidden="true">
              <Icon name="flag" />
            </span>
          )}
        </MapViewport>
        <PrintRoadmap map={map} />
      </div>
      {addingTo && sectionsById.get(addingTo) && <AddTopicDialog section={sectionsById.get(addingTo)!.section} onClose={() => setAddingTo(undefined)} />}
      {topic && <TopicPanel key="topic-panel" topic={topic} roadmap={map} onClose={() => navigate({ view: 'roadmap' })} />}
    </div>
  );
}

/** What prints instead of the map: every section and topic with the learner's status. */
function PrintRoadmap({ map }: { map: Roadmap }) {
  const { progress } = useAppStore();
  return (
    <div className="print-roadmap" aria-hidden="true">
      {map.sections.map((section, i) => {
        const ids = section.topicIds.filter((id) => map.topics[id]);
        const c = countStatuses(ids, progress);
        return (
          <section key={section.id} className="print-roadmap__section">
            <h2>
              {i + 1}. {section.title} ({c.done}/{c.total} done)
            </h2>
            <p>{section.summary}</p>
            <ul>
              {ids.map((id) => {
                const status = topicStatus(progress, id);
                return (
                  <li key={id}>
                    <StatusIcon status={status} />
                    {map.topics[id]!.title}
                    {status !== 'not-started' && <span className="print-roadmap__status">({STATUS_LABELS[status].toLowerCase()})</span>}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function RoadmapSkeleton() {
  return (
    <div className="roadmap-skeleton" aria-label="Loading the roadmap">
      {[0, 1, 2].map((row) => (
        <div key={row} className="roadmap-skeleton__section">
          <div className="skeleton skeleton--card" />
          <div className="roadmap-skeleton__nodes">
            <div className="skeleton skeleton--node" />
            <div className="skeleton skeleton--node" />
            <div className="skeleton skeleton--node" />
            <div className="skeleton skeleton--node" />
          </div>
        </div>
      ))}
    </div>
  );
}
