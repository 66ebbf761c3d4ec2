/**
 * The Content Manager's form holds a relation as the change to make (`{ connect, disconnect }`), not as
 * its value; the saved document says what is linked now. This puts the two together, for the fields the
 * publish checklist looks at, so the checklist judges what the briefing would be once saved.
 */
type Row = Record<string, unknown>;

const asRow = (value: unknown): Row => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {});

/** The link as it would be after saving: the form's change if it makes one, else what is saved. */
export function effectiveLink(formValue: unknown, savedValue: unknown): unknown {
  if (formValue && typeof formValue === 'object' && !Array.isArray(formValue) && ('connect' in formValue || 'disconnect' in formValue)) {
    const change = formValue as { connect?: unknown[]; disconnect?: unknown[] };
    if ((change.connect ?? []).length > 0) return formValue;
    if ((change.disconnect ?? []).length > 0) return null;
    return savedValue ?? null;
  }
  return formValue ?? null;
}

export function withSavedLinks(values: unknown, saved: unknown): Row {
  const form = asRow(values);
  const stored = asRow(saved);
  const incident = form.incident == null ? form.incident : { ...asRow(form.incident), place: effectiveLink(asRow(form.incident).place, asRow(stored.incident).place) };
  const savedQuotes = Array.isArray(stored.quotes) ? (stored.quotes as unknown[]).map(asRow) : [];
  const quotes = Array.isArray(form.quotes)
    ? (form.quotes as unknown[]).map((quote) => {
        const row = asRow(quote);
        const savedRow = row.id == null ? undefined : savedQuotes.find((q) => q.id === row.id);
        return { ...row, speaker: effectiveLink(row.speaker, savedRow?.speaker) };
      })
    : form.quotes;
  return { ...form, incident, quotes };
}
