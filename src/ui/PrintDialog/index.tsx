// The print dialog over the document screen: which pages, how many copies, a preview, the limit and the attendant PIN, then the job.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { printerUsable, type PrinterLink } from '../../print/local-printer.ts';
import type { FollowState } from '../../print/print-follow.ts';
import { trackPrint } from '../../print/print-tracking.ts';
import { originalUrl } from '../../print/follow-up-urls.ts';
import { describePages, selectPages } from '../../print/page-range.ts';
import { sheetsOf, type PrintRole } from '../../print/print-allowance.ts';
import type { CatalogueDocument, DocumentFile } from '../../shared/package-format.ts';
import { useStrings } from '../i18n/index.ts';
import { PinPad } from '../PinPad/index.tsx';
import type { SheetContext } from '../PrintSheets/index.tsx';
import { useServices } from '../services.ts';
import { TouchButton } from '../TouchButton/index.tsx';
import { useModalFocus } from '../use-modal-focus.ts';
import { Outcome, PrinterUnavailable } from './Outcome.tsx';
import { Preview } from './Preview.tsx';
import { startPrint } from './print-run.tsx';
import { Stepper } from './Stepper.tsx';
import styles from './style.module.css';
import { usePrintable } from './use-print-source.ts';

interface Props {
  doc: CatalogueDocument;
  file: DocumentFile;
  currentPage: number;
  onClose: () => void;
}

type Choice = 'all' | 'current' | 'range';
type Phase =
  | { kind: 'checking' }
  | { kind: 'unavailable' }
  | { kind: 'choose' }
  | { kind: 'pin' }
  | { kind: 'preparing'; done: number; total: number }
  /** `follow`: what CUPS did with it, on a terminal; null where the browser printed and nobody can tell. */
  | { kind: 'sent'; pages: number; copies: number; what: string; follow: FollowState | null; refunded?: boolean }
  | { kind: 'failed' };

const MAX_COPIES = 50;

export function PrintDialog({ doc, file, currentPage, onClose }: Props) {
  const t = useStrings();
  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef);
  const { config, session, printer } = useServices();
  const printable = usePrintable(file);
  const allowance = session.printAllowance;
  // A job the attendant started at the desk (#/attendant) opens in the attendant's role, with a logged job's pages.
  const [desk] = useState(() => session.attendantPrint.take(doc.id));
  const deskRange = desk?.pages && /^(\d+)(?:-(\d+))?$/.exec(desk.pages);
  // Undefined until someone chooses: then the dialog opens on a choice within the allowance (below).
  const [chosen, setChoice] = useState<Choice | undefined>(deskRange ? 'range' : desk ? 'all' : undefined);
  const [from, setFrom] = useState(deskRange ? Number(deskRange[1]) : 1);
  const [to, setTo] = useState(deskRange ? Number(deskRange[2] ?? deskRange[1]) : 1);
  const [copies, setCopies] = useState(1);
  const [role, setRole] = useState<PrintRole>(desk ? 'attendant' : 'resident');
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  // The job's follow outlives the dialog (the log and the allowance still learn its end); the screen stops listening.
  const shown = useRef(true);
  useEffect(() => () => void (shown.current = false), []);

  // A printer out of paper, jammed or stopped is said before anything is chosen, and nothing is counted.
  const [link, setLink] = useState<PrinterLink | null>(null);
  useEffect(() => {
    void printer().then(async (found) => {
      const status = await found.status();
      if (!shown.current) return;
      setLink(found);
      setPhase({ kind: status && !printerUsable(status) ? 'unavailable' : 'choose' });
    });
  }, [printer]);

  const context = useMemo<SheetContext>(() => {
    const fields = { indexNo: doc.indexNo, title: doc.title, site: config.siteName };
    const url = originalUrl({ onlineUrl: doc.onlineUrl, portalUrl: config.portalUrl }, fields);
    return { doc, site: config.siteName, originalUrl: url, printedAt: new Date() };
  }, [doc, config]);

  const total =
    printable.kind === 'pages' ? printable.source.pageCount : printable.kind === 'text' ? printable.estimate : 0;
  // The whole document when it fits what is left, else the page being read: never a choice over the limit to start.
  const choice: Choice = chosen ?? (allowance.check(role, total).ok ? 'all' : 'current');
  const selection =
    printable.kind === 'text'
      ? { ok: true as const, pages: [] }
      : selectPages(
          choice === 'all'
            ? { kind: 'all' }
            : choice === 'current'
              ? { kind: 'current', page: currentPage }
              : { kind: 'range', text: `${from}-${to}` },
          total,
        );
  const pageCount = printable.kind === 'text' ? total : selection.ok ? selection.pages.length : 0;
  const sheets = sheetsOf(pageCount, copies);
  const fits = allowance.check(role, sheets);
  // Past the limit the resident's way on is the explicit step to the attendant, never 确认打印.
  const canConfirm = selection.ok && fits.ok && phase.kind !== 'preparing';

  const confirm = async () => {
    // A second tap while a job is being prepared does nothing.
    if (
      session.printJobs.running ||
      phase.kind !== 'choose' ||
      !selection.ok ||
      (printable.kind !== 'pages' && printable.kind !== 'text') ||
      !link
    )
      return;
    if (!fits.ok) return setPhase({ kind: 'pin' });
    setPhase({ kind: 'preparing', done: 0, total: pageCount });
    const outcome = await startPrint(
      {
        spec: {
          docId: doc.id,
          indexNo: doc.indexNo,
          pages: printable.kind === 'text' ? 'text' : describePages(selection.pages),
          pageCount,
          copies,
          role,
        },
        pages: selection.pages,
        printable,
        context: { ...context, printedAt: new Date() },
        strings: t,
        link,
        onProgress: (done) => setPhase({ kind: 'preparing', done, total: pageCount }),
      },
      session,
    );
    if (outcome.ok) {
      const sent = outcome.sent;
      const what =
        printable.kind === 'text'
          ? t.print.sentText(doc.title)
          : t.print.sentWhat(doc.title, describePages(selection.pages).replace(/,/g, t.listSeparator));
      // Reflowed text was counted into sheets while it was prepared: the outcome knows how many.
      const result = { kind: 'sent' as const, pages: outcome.sheets / copies, copies, what };
      setPhase({ ...result, follow: sent.via === 'local' ? 'processing' : null });
      if (sent.via === 'local') {
        const end = await trackPrint(
          { jobs: sent.jobs, since: sent.since, charge: outcome.charge, logId: outcome.logId },
          {
            link,
            allowance,
            countFailed: () => session.usage.record({ kind: 'print-failed' }),
            onState: (follow) => shown.current && setPhase({ ...result, follow }),
          },
        );
        if (shown.current && end.outcome === 'failed') setPhase({ ...result, follow: 'failed', refunded: end.refund });
      }
    } else if (outcome.reason === 'limit') setPhase({ kind: 'pin' });
    else if (outcome.reason === 'failed') setPhase({ kind: 'failed' });
  };

  return (
    <div class={styles.overlay}>
      <div
        ref={dialogRef}
        class={styles.dialog}
        role="dialog"
        aria-modal="true"
        aria-label={t.print.title}
        data-testid="print-dialog"
        data-state={phase.kind}
      >
        {phase.kind === 'pin' ? (
          <div class={styles.pin}>
            <div class={styles.pinTop}>
              {!fits.ok && <p class={styles.notice}>{t.print.overLimit(allowance.remaining)}</p>}
              <TouchButton onClick={() => setPhase({ kind: 'choose' })}>{t.print.cancel}</TouchButton>
            </div>
            <PinPad
              role="attendant"
              expected={config.attendantPin}
              title={t.print.attendantPin}
              onSuccess={() => {
                setRole('attendant');
                setPhase({ kind: 'choose' });
              }}
            />
          </div>
        ) : phase.kind === 'checking' ? (
          <p role="status" class={styles.outcomeTitle}>
            {t.print.checking}
          </p>
        ) : phase.kind === 'unavailable' ? (
          <PrinterUnavailable originalUrl={context.originalUrl} onClose={onClose} />
        ) : phase.kind === 'sent' && phase.follow === 'failed' ? (
          <Outcome
            title={t.print.notPrinted}
            lines={[
              phase.what,
              t.print.notPrintedHelp,
              config.helpText,
              phase.refunded ? t.print.notPrintedRefund : '',
            ]}
            onClose={onClose}
            state="failed"
          />
        ) : phase.kind === 'sent' && phase.follow === 'processing' ? (
          <Outcome title={t.print.printing} lines={[phase.what]} onClose={onClose} state="printing" />
        ) : phase.kind === 'sent' && phase.follow === 'completed' ? (
          <Outcome
            title={t.print.printed}
            lines={[phase.what, t.print.takeSheets]}
            onClose={onClose}
            state="completed"
          />
        ) : phase.kind === 'sent' ? (
          <Outcome
            title={t.print.sent(phase.pages, phase.copies)}
            lines={[phase.what, t.print.pickup, config.helpText ? t.print.pickupHelp(config.helpText) : '']}
            onClose={onClose}
            state="sent"
          />
        ) : phase.kind === 'failed' ? (
          <Outcome title={t.print.failed} lines={[]} onClose={onClose} onRetry={() => setPhase({ kind: 'choose' })} />
        ) : printable.kind === 'failed' ? (
          <Outcome title={t.print.failed} lines={[]} onClose={onClose} />
        ) : printable.kind === 'loading' ? (
          <p role="status">{t.doc.opening}</p>
        ) : (
          <div class={styles.layout}>
            <div class={styles.options}>
              <h1 class={styles.heading}>{t.print.whichPages}</h1>
              {printable.kind === 'text' ? (
                <p class={styles.chosen}>{t.print.allText(total)}</p>
              ) : (
                <div class={styles.choices} role="radiogroup" aria-label={t.print.whichPages}>
                  {(['all', 'current', 'range'] as const).map((c) => (
                    <button
                      key={c}
                      type="button"
                      role="radio"
                      aria-checked={choice === c}
                      class={`${styles.choice} ${choice === c ? styles.chosenChoice : ''}`}
                      data-choice={c}
                      onClick={() => {
                        setChoice(c);
                        if (c === 'range') {
                          setFrom(currentPage);
                          setTo(currentPage);
                        }
                      }}
                    >
                      {c === 'all'
                        ? t.print.all(total)
                        : c === 'current'
                          ? t.print.current(currentPage)
                          : t.print.range}
                    </button>
                  ))}
                  {choice === 'range' && (
                    <div class={styles.range}>
                      <Stepper
                        label={t.print.from}
                        unit={t.print.pageUnit}
                        value={from}
                        min={1}
                        max={total}
                        onChange={setFrom}
                        testId="print-from"
                      />
                      <Stepper
                        label={t.print.to}
                        unit={t.print.pageUnit}
                        value={to}
                        min={1}
                        max={total}
                        onChange={setTo}
                        testId="print-to"
                      />
                    </div>
                  )}
                </div>
              )}
              {!selection.ok && (
                <p class={styles.notice} role="alert">
                  {t.print.pageErrors[selection.error]}
                </p>
              )}
              <h2 class={styles.heading}>{t.print.copies}</h2>
              {role === 'attendant' ? (
                <>
                  <p class={styles.attendant}>{t.print.attendantMode}</p>
                  <Stepper
                    label={t.print.copiesLabel}
                    unit={t.print.copiesUnit}
                    value={copies}
                    min={1}
                    max={MAX_COPIES}
                    onChange={setCopies}
                    testId="print-copies"
                  />
                </>
              ) : (
                <p>{t.print.residentCopies}</p>
              )}
              <p class={styles.summary} data-testid="print-summary" data-sheets={sheets}>
                {t.print.summary(pageCount, copies)}
              </p>
              {role === 'resident' && (
                <p>{fits.ok ? t.print.remaining(allowance.remaining) : t.print.overLimit(allowance.remaining)}</p>
              )}
              {phase.kind === 'preparing' && (
                <p class={styles.preparing} role="status" data-testid="print-progress">
                  {t.print.preparing(phase.done, phase.total)}
                </p>
              )}
              <div class={styles.actions}>
                <TouchButton onClick={onClose} disabled={phase.kind === 'preparing'}>
                  {t.print.cancel}
                </TouchButton>
                {role === 'resident' && (
                  <TouchButton onClick={() => setPhase({ kind: 'pin' })} disabled={phase.kind === 'preparing'}>
                    {t.print.askAttendant}
                  </TouchButton>
                )}
                <TouchButton
                  variant="primary"
                  testId="print-confirm"
                  onClick={() => void confirm()}
                  disabled={!canConfirm}
                >
                  {t.print.confirm}
                </TouchButton>
              </div>
            </div>
            <Preview
              printable={printable}
              firstPage={selection.ok ? selection.pages[0] : undefined}
              context={context}
            />
          </div>
        )}
      </div>
    </div>
  );
}
