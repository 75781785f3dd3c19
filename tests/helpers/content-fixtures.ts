/** A small, valid content set to break one piece at a time. */
import type { RawFile } from '../../src/checks/files.ts';

export const validContent: Record<string, string> = {
  'content/actors/claudia-sheinbaum.md': `---
name: Claudia Sheinbaum
kind: person
role: President of Mexico
country: MX
aliases: [Sheinbaum]
affiliations: [government-of-mexico]
---
Profile of the president, who leads the Government of Mexico.
`,
  'content/actors/government-of-mexico.md': `---
name: Government of Mexico
kind: organization
role: Federal executive
country: MX
---
Mexico's federal government.
`,
  'content/issues/fentanyl.md': `---
title: Fentanyl
summary: The drug at the centre of the talks.
order: 1
---
Explainer.
`,
  'content/events/meeting.md': `---
title: The meeting
date: 2025-09-03
actors: [claudia-sheinbaum]
issues: [fentanyl]
sources:
  - title: Report
    publisher: A paper
    date: 2025-09-03
    url: https://example.com/report
---
`,
  'content/articles/analysis.md': `---
title: Analysis
summary: What happened.
published: 2025-09-04
issues: [fentanyl]
actors: [claudia-sheinbaum]
events: [meeting]
sources:
  - title: Report
    publisher: A paper
---
Sheinbaum spoke.

:::quote{actor="claudia-sheinbaum" source="1"}
Words.
:::
`,
};

export function toFiles(content: Record<string, string | Uint8Array>): RawFile[] {
  const encoder = new TextEncoder();
  return Object.entries(content).map(([path, value]) => ({ path, bytes: typeof value === 'string' ? encoder.encode(value) : value }));
}

export function withChanges(changes: Record<string, string | Uint8Array | null>): RawFile[] {
  const merged: Record<string, string | Uint8Array> = { ...validContent };
  for (const [path, value] of Object.entries(changes)) {
    if (value === null) delete merged[path];
    else merged[path] = value;
  }
  return toFiles(merged);
}
