// Keeps what is typed in the page's forms across the reload into a new app version. Saved only
// when the user accepts the update, restored once on the same address, then deleted: drafts do
// not linger in storage (sessionStorage: this tab only).
const storageKey = 'zq-drafts';

type Draft = { path: string; forms: Array<Record<string, string>> };

function draftFields(form: HTMLFormElement) {
	return [...form.elements].filter(
		(element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
			(element instanceof HTMLTextAreaElement ||
				element instanceof HTMLSelectElement ||
				(element instanceof HTMLInputElement &&
					!['hidden', 'password', 'file', 'submit', 'checkbox', 'radio'].includes(element.type))) &&
			Boolean(element.name)
	);
}

export function saveDrafts(): void {
	const forms = [...document.querySelectorAll<HTMLFormElement>('main form')].map((form) =>
		Object.fromEntries(draftFields(form).map((field) => [field.name, field.value]))
	);
	const draft: Draft = { path: location.pathname + location.search, forms };
	sessionStorage.setItem(storageKey, JSON.stringify(draft));
}

export function restoreDrafts(): void {
	const saved = sessionStorage.getItem(storageKey);
	if (!saved) return;
	sessionStorage.removeItem(storageKey);
	const draft = JSON.parse(saved) as Draft;
	if (draft.path !== location.pathname + location.search) return;
	document.querySelectorAll<HTMLFormElement>('main form').forEach((form, index) => {
		const values = draft.forms[index] ?? {};
		for (const field of draftFields(form)) {
			if (values[field.name]) field.value = values[field.name];
		}
	});
}
