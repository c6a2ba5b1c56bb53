// An attendant's print started at the attendant desk: the next print dialog opens in the attendant's role, once.

export interface AttendantPrint {
  /** Only this document's dialog takes it; undefined: the next document the attendant opens. */
  docId?: string;
  /** The pages of a logged job to print again, e.g. "3-5"; undefined: the dialog's usual choice. */
  pages?: string;
}

/** The hand-off between the desk, the document screen and the print dialog; one per resident session. */
export class AttendantHandOff {
  private pending: AttendantPrint | undefined;

  /** Set from the desk, behind the attendant PIN. */
  start(print: AttendantPrint): void {
    this.pending = print;
  }

  /** Taken by the print dialog of `docId` as it opens: after that one job, printing is the resident's again. */
  take(docId: string): AttendantPrint | undefined {
    const pending = this.pending;
    if (!pending || (pending.docId !== undefined && pending.docId !== docId)) return undefined;
    this.pending = undefined;
    return pending;
  }

  /** Whether a document's screen should open its print dialog at once (a re-print from the desk). */
  waiting(docId: string): boolean {
    return this.pending?.docId === docId;
  }

  /** The idle wipe: an attendant's unused permission never passes to the next resident. */
  cancel(): void {
    this.pending = undefined;
  }
}
