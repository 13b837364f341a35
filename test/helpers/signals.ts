/**
 * Small hand-written categories for unit tests of matching and scoring, so those tests do not move
 * whenever the shipped catalogue is tuned.
 */
import type { Category, Signal } from '../../server/src/engine/types';

export function signal(partial: Partial<Signal> & Pick<Signal, 'id' | 'kind' | 'match'>): Signal {
  return { role: 'positive', weight: 0.5, label: partial.id, ...partial };
}

export function category(id: string, signals: Signal[], status: Category['status'] = 'restricted'): Category {
  return {
    id,
    itemNumber: '000000X',
    itemName: { en: 'Test item' },
    title: { en: `Title of ${id}` },
    status,
    revision: 'r1',
    description: { en: 'test' },
    guidance: { en: 'test' },
    verification: 'unverified',
    signals,
  };
}
