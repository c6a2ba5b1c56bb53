// An attendant's print started at the attendant desk: the next print dialog opens in the attendant's role, once.

export interface AttendantPrint {
  /** Only this document's dialog takes it; undefined: the next document the attendant opens. */
  docId?: string;
  /** The pages of a logged job to print again, e.g. "3-5"; undefined: the dialog's usual choice. */
  pages?: string;
}

let pending: AttendantPrint | undefined;

/** Set from the desk, behind the attendant PIN. */
export function startAttendantPrint(print: AttendantPrint): void {
  pending = print;
}

/** Taken by the print dialog of `docId` as it opens: after that one job, printing is the resident's again. */
export function takeAttendantPrint(docId: string): AttendantPrint | undefined {
  if (!pending || (pending.docId !== undefined && pending.docId !== docId)) return undefined;
  const taken = pending;
  pending = undefined;
  return taken;
}

/** Whether a document's screen should open its print dialog at once (a re-print from the desk). */
export function attendantPrintWaiting(docId: string): boolean {
  return pending?.docId === docId;
}

/** The idle wipe: an attendant's unused permission never passes to the next resident. */
export function cancelAttendantPrint(): void {
  pending = undefined;
}
