/**
 * Cut-off text, read in the page (pass `cutOffText` to `page.evaluate`).
 *
 * Every run of text whose box reaches past the viewport's sides (unless it sits in a region that
 * scrolls sideways, where the reader can reach it) or past an ancestor that clips it (overflow
 * hidden or clip, which includes an SVG's own box). Visually hidden text is left out: it is cut
 * on purpose. Also the page itself wider than the screen.
 */
export function cutOffText(): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('script, style, noscript, template')) continue;
    const ancestors: Element[] = [];
    for (let el: Element | null = parent; el; el = el.parentElement) ancestors.push(el);
    if (ancestors.some((el) => { const s = getComputedStyle(el); return s.clipPath !== 'none' || !['', 'auto'].includes(s.getPropertyValue('clip')) || s.visibility === 'hidden'; })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1) continue;
      let scrolls = false;
      for (const el of ancestors) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
          scrolls = true;
          break;
        }
        if (el !== document.documentElement && el !== document.body && (style.overflowX === 'hidden' || style.overflowX === 'clip' || el instanceof SVGSVGElement)) {
          const box = el.getBoundingClientRect();
          if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`“${text.slice(0, 40)}” is cut off by ${name(el)}`);
        }
      }
      if (!scrolls && (rect.left < -1 || rect.right > width + 1)) problems.push(`“${text.slice(0, 40)}” in ${name(parent)} runs off the screen (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width} px)`);
    }
  }
  return [...new Set(problems)];
}
