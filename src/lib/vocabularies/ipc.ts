import { m } from '../paraglide/messages.js';
import { defineVocabulary } from './define.ts';

// The eight sections of the International Patent Classification (WIPO), the first level of the
// patent navigation map. Classes and groups below them are shown by their codes.
export const ipcSections = /* @__PURE__ */ defineVocabulary({
	A: m.ipc_section_A,
	B: m.ipc_section_B,
	C: m.ipc_section_C,
	D: m.ipc_section_D,
	E: m.ipc_section_E,
	F: m.ipc_section_F,
	G: m.ipc_section_G,
	H: m.ipc_section_H
});

/** A node as the map names it: a section with its title ('H 电学'), anything deeper by its code. */
export function ipcNodeName(node: string): string {
	return ipcSections.has(node) ? `${node} ${ipcSections.label(node)}` : node;
}
