// The outline and icon of each component kind, as SVG fragments in the node's own coordinates.
import type { ComponentKind } from '../language/ast';

const n = (value: number) => String(Math.round(value * 10) / 10);

/** Outline elements (class `shape` fills; `shape-detail` draws extra strokes such as a cylinder's lid). */
export function shapeOf(kind: ComponentKind, w: number, h: number, cls: string): string {
  const shape = `class="shape ${cls}"`;
  const detail = `class="shape-detail ${cls}"`;
  switch (kind) {
    case 'client':
      return `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="14"/>`;
    case 'service':
      return `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="6"/>`;
    case 'cdn': {
      const c = 10;
      return `<path ${shape} d="M${c},0 H${n(w - c)} L${n(w)},${c} V${n(h - c)} L${n(w - c)},${n(h)} H${c} L0,${n(h - c)} V${c} Z"/>`;
    }
    case 'loadbalancer': {
      const r = Math.min(h / 2, 22);
      return `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="${n(r)}"/>`;
    }
    case 'gateway': {
      const s = 14;
      return `<path ${shape} d="M${s},0 H${n(w - s)} L${n(w)},${n(h / 2)} L${n(w - s)},${n(h)} H${s} L0,${n(h / 2)} Z"/>`;
    }
    case 'worker':
      return `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="3"/>`
        + `<path ${detail} d="M8,0 V${n(h)} M${n(w - 8)},0 V${n(h)}"/>`;
    case 'function': {
      const s = 10;
      return `<path ${shape} d="M${s},0 H${n(w)} L${n(w - s)},${n(h)} H0 Z"/>`;
    }
    case 'database': {
      const ry = 8;
      return `<path ${shape} d="M0,${ry} A${n(w / 2)},${ry} 0 0 1 ${n(w)},${ry} V${n(h - ry)} A${n(w / 2)},${ry} 0 0 1 0,${n(h - ry)} Z"/>`
        + `<path ${detail} d="M0,${ry} A${n(w / 2)},${ry} 0 0 0 ${n(w)},${ry}"/>`;
    }
    case 'cache':
      return `<rect ${shape} x="0" y="0" width="${n(w)}" height="${n(h)}" rx="6"/>`
        + `<path ${detail} d="M0,6 H${n(w)}"/>`;
    case 'queue': {
      const o = 4;
      return `<rect ${shape} x="${2 * o}" y="0" width="${n(w - 2 * o)}" height="${n(h - 2 * o)}" rx="4"/>`
        + `<rect ${shape} x="${o}" y="${o}" width="${n(w - 2 * o)}" height="${n(h - 2 * o)}" rx="4"/>`
        + `<rect ${shape} x="0" y="${2 * o}" width="${n(w - 2 * o)}" height="${n(h - 2 * o)}" rx="4"/>`;
    }
    case 'topic': {
      const s = 16;
      return `<path ${shape} d="M0,0 H${n(w - s)} L${n(w)},${n(h / 2)} L${n(w - s)},${n(h)} H0 Z"/>`;
    }
    case 'storage':
      return `<path ${shape} d="M0,4 H${n(w)} L${n(w - 6)},${n(h)} H6 Z"/>`
        + `<path ${detail} d="M0,4 H${n(w)}"/>`;
    case 'search':
      return `<path ${shape} d="M0,0 H${n(w)} V${n(h - 8)} Q${n(w * 0.75)},${n(h - 16)} ${n(w / 2)},${n(h - 8)} T0,${n(h - 8)} Z"/>`;
    case 'external':
      return `<path ${shape} d="M${n(w * 0.16)},${n(h)} A${n(w * 0.16)},${n(h * 0.26)} 0 0 1 ${n(w * 0.06)},${n(h * 0.48)}`
        + ` A${n(w * 0.2)},${n(h * 0.34)} 0 0 1 ${n(w * 0.34)},${n(h * 0.12)}`
        + ` A${n(w * 0.22)},${n(h * 0.36)} 0 0 1 ${n(w * 0.72)},${n(h * 0.1)}`
        + ` A${n(w * 0.2)},${n(h * 0.34)} 0 0 1 ${n(w * 0.95)},${n(h * 0.52)}`
        + ` A${n(w * 0.14)},${n(h * 0.26)} 0 0 1 ${n(w * 0.84)},${n(h)} Z"/>`;
  }
}

/** A 20×20 line icon per kind (clients pick a monitor, a phone, a chip, or a person by `type`). */
export function iconOf(kind: ComponentKind, clientType?: string): string {
  switch (kind) {
    case 'client':
      if (clientType === 'mobile') return '<rect x="6" y="2" width="8" height="16" rx="2"/><path d="M9.5,15 H10.5"/>';
      if (clientType === 'web' || clientType === 'desktop') return '<rect x="2" y="3" width="16" height="11" rx="1.5"/><path d="M7,18 H13 M10,14 V18"/>';
      if (clientType === 'iot') return '<rect x="5" y="5" width="10" height="10" rx="1"/><path d="M8,2 V5 M12,2 V5 M8,15 V18 M12,15 V18 M2,8 H5 M2,12 H5 M15,8 H18 M15,12 H18"/>';
      return '<circle cx="10" cy="6" r="3.5"/><path d="M3,18 C3,12 17,12 17,18"/>';
    case 'cdn':
      return '<circle cx="10" cy="10" r="8"/><ellipse cx="10" cy="10" rx="3.5" ry="8"/><path d="M2,10 H18"/>';
    case 'loadbalancer':
      return '<circle cx="4" cy="10" r="2"/><path d="M6,10 H9 L15,4 M9,10 H15 M9,10 L15,16"/><circle cx="16.5" cy="4" r="1.5"/><circle cx="16.5" cy="10" r="1.5"/><circle cx="16.5" cy="16" r="1.5"/>';
    case 'gateway':
      return '<path d="M10,2 L17,5 V10 C17,14 14,17 10,18 C6,17 3,14 3,10 V5 Z"/><path d="M7,10 L9.5,12.5 L13.5,7.5"/>';
    case 'service':
      return '<path d="M10,2 L17,6 V14 L10,18 L3,14 V6 Z M3,6 L10,10 L17,6 M10,10 V18"/>';
    case 'worker':
      return '<circle cx="10" cy="10" r="3"/><path d="M10,2 V5 M10,15 V18 M2,10 H5 M15,10 H18 M4.3,4.3 L6.5,6.5 M13.5,13.5 L15.7,15.7 M4.3,15.7 L6.5,13.5 M13.5,6.5 L15.7,4.3"/>';
    case 'function':
      return '<path d="M5,3 H8 L15,17 M10.5,9 L5,17"/>';
    case 'database':
      return '<ellipse cx="10" cy="5" rx="6" ry="2.5"/><path d="M4,5 V15 A6,2.5 0 0 0 16,15 V5 M4,10 A6,2.5 0 0 0 16,10"/>';
    case 'cache':
      return '<path d="M11,2 L5,11 H10 L9,18 L15,8 H10 Z"/>';
    case 'queue':
      return '<rect x="2" y="6" width="4" height="8" rx="1"/><rect x="8" y="6" width="4" height="8" rx="1"/><path d="M14,10 H18 M16,8 L18,10 L16,12"/>';
    case 'topic':
      return '<circle cx="10" cy="10" r="2"/><path d="M6,6 A5.5,5.5 0 0 0 6,14 M14,6 A5.5,5.5 0 0 1 14,14 M3.5,3.5 A9,9 0 0 0 3.5,16.5 M16.5,3.5 A9,9 0 0 1 16.5,16.5"/>';
    case 'storage':
      return '<ellipse cx="10" cy="5" rx="7" ry="2.5"/><path d="M3,5 L5,17 H15 L17,5"/>';
    case 'search':
      return '<circle cx="8.5" cy="8.5" r="5.5"/><path d="M12.5,12.5 L17.5,17.5"/>';
    case 'external':
      return '<path d="M9,4 H4 V16 H16 V11 M11,3 H17 V9 M17,3 L9,11"/>';
  }
}
