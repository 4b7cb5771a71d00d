/**
 * A scrollable, zoomable viewport for the roadmap map.
 *
 * The map is laid out at zoom 1 and scaled with a CSS transform inside a sizer that has the
 * scaled size, so native scrolling (wheel, trackpad, scrollbars, scrollIntoView) keeps working.
 * On top of that: drag the background to pan, Ctrl/⌘+wheel or pinch to zoom around the pointer,
 * the zoom buttons, and + / − / 0 / F while the map has focus.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Icon } from '../../app/components/icons';
import { ALT_LABEL, isMac, SHIFT_LABEL } from '../../lib/platform';
import { clampZoom, fitZoom, stepZoom, type LayoutSectionInput } from './map-layout';

interface MapViewportProps {
  readonly width: number;
  readonly height: number;
  /** What "fit" fits: the sections as laid out now. */
  readonly sections: readonly LayoutSectionInput[];
  readonly zoom: number;
  readonly onZoom: (zoom: number) => void;
  /** Reports the visible size, so the layout can choose its columns. */
  readonly onResize: (size: { width: number; height: number }) => void;
  readonly children: ReactNode;
}

export function MapViewport({ width, height, sections, zoom, onZoom, onResize, children }: MapViewportProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  // After a zoom, keep the point under the pointer (or the centre) where it was.
  const anchor = useRef<{ x: number; y: number; px: number; py: number; zoom: number } | null>(null);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const a = anchor.current;
    if (!el || !a || a.zoom === zoom) return;
    el.scrollLeft = a.x * zoom - a.px;
    el.scrollTop = a.y * zoom - a.py;
    anchor.current = null;
  }, [zoom]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => onResize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [onResize]);

  const zoomAround = useCallback(
    (next: number, px?: number, py?: number) => {
      const el = scrollRef.current;
      const target = clampZoom(next);
      if (!el || target === zoom) return;
      const pointX = px ?? el.clientWidth / 2;
      const pointY = py ?? el.clientHeight / 2;
      anchor.current = { x: (el.scrollLeft + pointX) / zoom, y: (el.scrollTop + pointY) / zoom, px: pointX, py: pointY, zoom };
      onZoom(target);
    },
    [zoom, onZoom],
  );

  // Ctrl/⌘+wheel (and trackpad pinch, which arrives as ctrl+wheel) zooms; a plain wheel scrolls.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const rect = el.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * 0.0025);
      zoomAround(zoom * factor, event.clientX - rect.left, event.clientY - rect.top);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoom, zoomAround]);

  const fit = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    onZoom(fitZoom(sections, { width: el.clientWidth, height: el.clientHeight }, true));
    el.scrollTo({ left: 0, top: 0 });
  }, [sections, onZoom]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.target !== event.currentTarget && (event.target as HTMLElement).closest('input, textarea, select')) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') zoomAround(stepZoom(zoom, 1));
    else if (event.key === '-' || event.key === '_') zoomAround(stepZoom(zoom, -1));
    else if (event.key === '0') zoomAround(1);
    else if (event.key === 'f' || event.key === 'F') fit();
    else return;
    event.preventDefault();
  };

  // Drag on the background to pan; clicks on nodes and buttons are left alone.
  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || (event.target as HTMLElement).closest('button, a, input, select, textarea')) return;
    const el = scrollRef.current;
    if (!el) return;
    const start = { x: event.clientX, y: event.clientY, left: el.scrollLeft, top: el.scrollTop };
    let moved = false;
    const move = (e: PointerEvent) => {
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!moved && Math.hypot(dx, dy) < 4) return;
      if (!moved) {
        moved = true;
        setDragging(true);
      }
      el.scrollLeft = start.left - dx;
      el.scrollTop = start.top - dy;
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      setDragging(false);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  };

  const join = isMac ? '' : '+';
  return (
    <div className="map-viewport">
      <div
        ref={scrollRef}
        className={`map-scroll${dragging ? ' map-scroll--dragging' : ''}${zoom < 0.6 ? ' map-scroll--far' : ''}`}
        data-testid="map-scroll"
        data-zoom={zoom}
        tabIndex={0}
        role="region"
        aria-label="Roadmap map. Drag to pan; plus and minus zoom, 0 resets, F fits the whole map."
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
      >
        <div className="map-sizer" style={{ width: width * zoom, height: height * zoom }}>
          <div className="map-canvas" style={{ width, height, transform: `scale(${zoom})` }}>
            {children}
          </div>
        </div>
      </div>
      <p className="map-hints" aria-hidden="true">
        <span>
          <kbd className="kbd">{SHIFT_LABEL}</kbd>
          {join}click: learning
        </span>
        <span>
          <kbd className="kbd">{ALT_LABEL}</kbd>
          {join}click: done
        </span>
        <span>Drag to pan</span>
      </p>
      <div className="map-zoom" role="toolbar" aria-label="Zoom">
        <button type="button" className="icon-button" onClick={() => zoomAround(stepZoom(zoom, -1))} aria-label="Zoom out" title="Zoom out (−)" data-testid="zoom-out">
          <Icon name="minus" />
        </button>
        <button type="button" className="map-zoom__level" onClick={() => zoomAround(1)} title="Actual size (0)" data-testid="zoom-level">
          {Math.round(zoom * 100)}%
        </button>
        <button type="button" className="icon-button" onClick={() => zoomAround(stepZoom(zoom, 1))} aria-label="Zoom in" title="Zoom in (+)" data-testid="zoom-in">
          <Icon name="plus" />
        </button>
        <span className="map-zoom__divider" aria-hidden="true" />
        <button type="button" className="icon-button" onClick={fit} aria-label="Fit the whole map" title="Fit the whole map (F)" data-testid="zoom-fit">
          <Icon name="maximize" />
        </button>
      </div>
    </div>
  );
}
