import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../src/lib/network-layout.ts';

describe('layoutNetwork', () => {
  const pairs = [
    { actors: ['a', 'b'] as const, weight: 4 },
    { actors: ['a', 'c'] as const, weight: 1 },
    { actors: ['c', 'd'] as const, weight: 1 },
  ];

  it('keeps the most connected actors and only edges between them', () => {
    const layout = layoutNetwork(pairs, { maxNodes: 3 });
    expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(layout.edges.map((e) => `${e.from.id}-${e.to.id}`)).toEqual(['a-c', 'a-b']);
  });

  it('places nodes on a circle inside the canvas and scales widths by weight', () => {
    const layout = layoutNetwork(pairs, { size: 400, radius: 100 });
    for (const node of layout.nodes) {
      expect(Math.hypot(node.x - 200, node.y - 200)).toBeCloseTo(100, 0);
    }
    expect(layout.nodes[0]).toMatchObject({ x: 200, y: 100, anchor: 'middle' });
    const [light, heavy] = [layout.edges.find((e) => e.weight === 1)!, layout.edges.find((e) => e.weight === 4)!];
    expect(heavy.width).toBeGreaterThan(light.width);
  });
});
