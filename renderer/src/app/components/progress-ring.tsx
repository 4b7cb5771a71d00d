/** A circular progress indicator with an optional label in the middle. */
import type { ReactNode } from 'react';

interface ProgressRingProps {
  /** From 0 to 1. */
  readonly value: number;
  readonly size?: number;
  readonly stroke?: number;
  /** What a screen reader hears, e.g. "3 of 4 topics done". */
  readonly label: string;
  readonly children?: ReactNode;
  readonly tone?: 'accent' | 'done';
  readonly className?: string;
}

export function ProgressRing({ value, size = 40, stroke = 4, label, children, tone = 'done', className }: ProgressRingProps) {
  const radius = (size - stroke) / 2;
  const circumference = 2 * Math.PI * radius;
  const clamped = Math.min(1, Math.max(0, value));
  return (
    <span
      className={`progress-ring progress-ring--${tone}${clamped >= 1 ? ' progress-ring--complete' : ''}${className ? ` ${className}` : ''}`}
      role="img"
      aria-label={label}
      style={{ width: size, height: size }}
    >
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
        <circle className="progress-ring__track" cx={size / 2} cy={size / 2} r={radius} strokeWidth={stroke} fill="none" />
        <circle
          className="progress-ring__value"
          cx={size / 2}
          cy={size / 2}
          r={radius}
          strokeWidth={stroke}
          fill="none"
          strokeLinecap="round"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - clamped)}
          transform={`rotate(-90 ${size / 2} ${size / 2})`}
          style={{ opacity: clamped === 0 ? 0 : 1 }}
        />
      </svg>
      {children !== undefined && <span className="progress-ring__label">{children}</span>}
    </span>
  );
}
