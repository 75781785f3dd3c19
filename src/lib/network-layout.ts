/**
 * Positions for the co-appearance chart: the most connected actors on a circle, and the pairs
 * among them as lines whose width grows with their shared appearances. Pure geometry, drawn as
 * static SVG at build time.
 */
export interface NetworkNode {
  id: string;
  x: number;
  y: number;
  /** Label anchor so labels sit outside the circle. */
  anchor: 'start' | 'middle' | 'end';
  labelX: number;
  labelY: number;
}

export interface NetworkEdge {
  from: NetworkNode;
  to: NetworkNode;
  weight: number;
  width: number;
}

export interface NetworkLayout {
  size: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export function layoutNetwork(
  pairs: ReadonlyArray<{ actors: readonly [string, string]; weight: number }>,
  options: { maxNodes?: number; size?: number; radius?: number } = {},
): NetworkLayout {
  const size = options.size ?? 640;
  const radius = options.radius ?? size * 0.3;
  const degree = new Map<string, number>();
  for (const pair of pairs) for (const id of pair.actors) degree.set(id, (degree.get(id) ?? 0) + pair.weight);
  const chosen = [...degree]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, options.maxNodes ?? 14)
    .map(([id]) => id);
  const centre = size / 2;
  const nodes = chosen.map((id, i): NetworkNode => {
    const angle = (2 * Math.PI * i) / chosen.length - Math.PI / 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      id,
      x: round(centre + radius * cos),
      y: round(centre + radius * sin),
      anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
      labelX: round(centre + (radius + 14) * cos),
      labelY: round(centre + (radius + 14) * sin + (sin > 0.2 ? 12 : sin < -0.2 ? -4 : 4)),
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const maxWeight = Math.max(1, ...pairs.map((p) => p.weight));
  const edges = pairs
    .filter((p) => byId.has(p.actors[0]) && byId.has(p.actors[1]))
    .map((p) => ({ from: byId.get(p.actors[0])!, to: byId.get(p.actors[1])!, weight: p.weight, width: Math.round((1 + (5 * p.weight) / maxWeight) * 10) / 10 }))
    .sort((a, b) => a.weight - b.weight);
  return { size, nodes, edges };
}
