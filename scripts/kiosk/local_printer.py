"""The terminal's CUPS printer for serve-static.py: its state, a PDF job, and the jobs sent since a time (pycups).

pycups (Debian's python3-cups, `import cups`) is imported only when a printing request comes, so the server still
starts and serves the app on a terminal without it; the printing answers then say cups-unavailable. Nothing from a
request reaches a shell: the queue name is checked against a strict pattern and passed to CUPS over IPP.
Each request opens its own cups.Connection (a local socket, cheap): one shared between the server's threads is not safe.
"""
import calendar
import datetime
import os
import re
import tempfile
import time

PDF_LIMIT = 64 * 1024 * 1024  # a few hundred A4 sheets rendered at 150 dpi; anything larger is not the kiosk's
MAX_COPIES = 50
TITLE_LIMIT = 200
DEFAULT_TITLE = "Chayue"
# CUPS allows more in a queue name, but lpadmin's usual names fit this, and it keeps '/', '#', spaces and '%' out.
QUEUE_NAME = re.compile(r"[A-Za-z0-9_.-]{1,127}\Z")
CHUNK = 1 << 20

PRINTER_STATES = {3: "ready", 4: "printing", 5: "stopped"}
JOB_STATES = {3: "pending", 4: "pending", 5: "processing", 6: "stopped", 7: "cancelled", 8: "aborted", 9: "completed"}
FINISHED_JOB_STATES = (7, 8, 9)
OFFLINE_REASONS = ("offline", "shutdown")  # after the -report/-error/-warning ending is taken off
PRINTER_ATTRIBUTES = ["printer-name", "printer-state", "printer-state-reasons", "printer-is-accepting-jobs"]
JOB_ATTRIBUTES = [
    "job-id",
    "job-state",
    "job-printer-uri",
    "time-at-creation",
    "time-at-completed",
    "job-media-sheets-completed",
    "job-impressions-completed",
]
# The kiosk's PDF pages are exactly A4 and laid out for it: print them at 100 %. print-scaling=none stops pdftopdf's
# default "auto" from shrinking a page to the printer's imageable area; fit-to-page is the older CUPS name of the same.
JOB_OPTIONS = {"media": "iso_a4_210x297mm", "print-scaling": "none", "fit-to-page": "false"}

# "2026-12-03T12:19:04.123Z" (the page's Date.toISOString()) or with an offset; a time without a zone is ambiguous.
ISO_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})\Z"
)


class Refusal(Exception):
    """A request the printer endpoints answer with {error: code} and an HTTP status."""

    def __init__(self, status, code):
        super().__init__(code)
        self.status = status
        self.code = code


def iso_utc(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def parse_iso(text):
    """Seconds since the epoch of an ISO-8601 time with a zone, or None."""
    match = ISO_TIME.match(text or "")
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    offset = 0
    if zone != "Z":
        offset = (int(zone[1:3]) * 60 + int(zone[4:6])) * 60 * (1 if zone[0] == "+" else -1)
    # Whole seconds on purpose: CUPS keeps time-at-creation in whole seconds, so a job created 0.3 s after a `since`
    # taken just before it was sent has a time-at-creation before that `since`.
    return calendar.timegm(moment.timetuple()) - offset


def check_queue_name(name):
    """The queue named in a request, None for the default, or Refusal."""
    if name is None:
        return None
    if not QUEUE_NAME.match(name):
        raise Refusal(400, "bad-printer")
    return name


def check_copies(text):
    if text is None or not re.match(r"[0-9]{1,2}\Z", text) or not 1 <= int(text) <= MAX_COPIES:
        raise Refusal(400, "bad-copies")
    return int(text)


def check_title(text):
    if text is None or text == "":
        return DEFAULT_TITLE
    # isprintable: no control characters or line breaks (which would reach CUPS' logs and the printer's job list).
    if len(text) > TITLE_LIMIT or not text.isprintable():
        raise Refusal(400, "bad-title")
    return text


def connect():
    """(cups module, a new connection), or Refusal 503 cups-unavailable when pycups or cupsd is missing."""
    try:
        import cups  # here, not at the top: the server must start without python3-cups
    except ImportError:
        raise Refusal(503, "cups-unavailable")
    # A request that needs a password would otherwise ask for one on the terminal (libcups' default prompt).
    cups.setPasswordCB(lambda *args: "")
    try:
        return cups, cups.Connection()
    except RuntimeError:  # "failed to connect to server": cupsd is not running
        raise Refusal(503, "cups-unavailable")


def unavailable(cups, error):
    """Whether a pycups error means CUPS itself could not be reached (rather than an answer about the request)."""
    if isinstance(error, (RuntimeError, cups.HTTPError)):
        return True
    return isinstance(error, cups.IPPError) and error.args[0] in (
        cups.IPP_SERVICE_UNAVAILABLE,
        cups.IPP_INTERNAL_ERROR,
    )


def default_queue(conn):
    """The queue the terminal's user prints to by default, as `lpstat -d` shows it, or None.

    getDests, not getDefault: it also reads ~/.cups/lpoptions, where `lpoptions -d NAME` run as the kiosk user puts a
    default of that user only, and that is the one Chromium's --kiosk-printing prints to.
    """
    for (name, _instance), dest in conn.getDests().items():
        if name is not None and dest.is_default:
            return name
    return None


def queue_attributes(cups, conn, name):
    """The queue's printer attributes, or None when there is no such queue."""
    try:
        return conn.getPrinterAttributes(name, requested_attributes=PRINTER_ATTRIBUTES)
    except cups.IPPError as error:
        if error.args[0] == cups.IPP_NOT_FOUND:
            return None
        raise


def reasons_of(attributes):
    """printer-state-reasons without "none" and without their -error/-warning/-report ending, each once."""
    raw = attributes.get("printer-state-reasons") or []
    if isinstance(raw, str):
        raw = [raw]
    reasons = []
    for reason in raw:
        reason = re.sub(r"-(error|warning|report)\Z", "", reason)
        if reason != "none" and reason not in reasons:
            reasons.append(reason)
    return reasons


def printer_status(name):
    """GET /local/printer: {printer, state, reasons, checked} of the queue named, else the default queue."""
    checked = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    name = check_queue_name(name)
    try:
        cups, conn = connect()
    except Refusal:
        # Said as a state, not an error: for the page it is one more reason it cannot print now.
        return {"printer": name, "state": "offline", "reasons": ["cups-unavailable"], "checked": checked}
    try:
        queue = name or default_queue(conn)
        attributes = queue_attributes(cups, conn, queue) if queue else None
    except Exception as error:
        if not unavailable(cups, error):
            raise
        return {"printer": name, "state": "offline", "reasons": ["cups-unavailable"], "checked": checked}
    if attributes is None:
        return {"printer": None, "state": "none", "reasons": [], "checked": checked}
    state = PRINTER_STATES.get(attributes.get("printer-state"), "offline")
    reasons = reasons_of(attributes)
    if not attributes.get("printer-is-accepting-jobs", True):
        state = "stopped"
        if "not-accepting-jobs" not in reasons:
            reasons.append("not-accepting-jobs")
    if any(reason in OFFLINE_REASONS for reason in reasons):
        state = "offline"
    return {"printer": attributes.get("printer-name") or queue, "state": state, "reasons": reasons, "checked": checked}


def discard(source, length):
    """Reads and drops a body before a refusal is sent: a browser whose upload is cut short by the server closing the
    connection reports a network error instead of the answer."""
    while length > 0:
        chunk = source.read(min(CHUNK, length))
        if not chunk:
            return
        length -= len(chunk)


def receive_pdf(source, length):
    """Copies exactly `length` bytes of a request body into a new private temporary file; returns its path.

    The caller has already refused a length past PDF_LIMIT, so no more than that is read. Refusal 415 not-pdf when
    the bytes do not start as a PDF, 400 short-body when the page sent less than it announced.
    """
    # The socket's buffered reader returns fewer bytes than asked only at the end of the stream.
    head = source.read(min(5, length))
    if len(head) < min(5, length):
        raise Refusal(400, "short-body")
    if head != b"%PDF-":
        discard(source, length - len(head))
        raise Refusal(415, "not-pdf")
    handle, path = tempfile.mkstemp(prefix="chayue-print-", suffix=".pdf")  # mode 0600, owned by the server's user
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(head)
            left = length - len(head)
            while left > 0:
                chunk = source.read(min(CHUNK, left))
                if not chunk:
                    raise Refusal(400, "short-body")
                out.write(chunk)
                left -= len(chunk)
        return path
    except BaseException:
        os.unlink(path)
        raise


def submit_pdf(path, name, copies, title):
    """POST /local/print after the body is in `path`: {id} of the CUPS job, or Refusal."""
    cups, conn = connect()
    try:
        queue = name or default_queue(conn)
        attributes = queue_attributes(cups, conn, queue) if queue else None
        if attributes is None:
            raise Refusal(409, "no-printer")
        if not attributes.get("printer-is-accepting-jobs", True):
            raise Refusal(409, "not-accepting")
        options = dict(JOB_OPTIONS, copies=str(copies))
        return {"id": conn.printFile(queue, path, title, options)}
    except Refusal:
        raise
    except Exception as error:
        if unavailable(cups, error):
            raise Refusal(503, "cups-unavailable")
        if isinstance(error, cups.IPPError) and error.args[0] == cups.IPP_NOT_ACCEPTING:
            raise Refusal(409, "not-accepting")  # cupsreject between our look and the job
        if isinstance(error, cups.IPPError) and error.args[0] == cups.IPP_NOT_FOUND:
            raise Refusal(409, "no-printer")
        raise


def queue_of(job):
    # ipp://localhost/printers/NAME (or /classes/NAME): CUPS compares queue names without case.
    return (job.get("job-printer-uri") or "").rstrip("/").rsplit("/", 1)[-1].lower()


def print_jobs(name, since_text):
    """GET /local/print-jobs: {jobs} of the queue (named, else the default) created at or after `since`, oldest first."""
    since = parse_iso(since_text)
    if since is None:
        raise Refusal(400, "bad-since")
    name = check_queue_name(name)
    cups, conn = connect()
    try:
        queue = name or default_queue(conn)
        if not queue:
            return {"jobs": []}
        # All jobs, finished ones too: the page follows its job to "completed" (CUPS keeps their history).
        found = conn.getJobs(which_jobs="all", requested_attributes=JOB_ATTRIBUTES)
    except Exception as error:
        if unavailable(cups, error):
            raise Refusal(503, "cups-unavailable")
        raise
    jobs = []
    for job_id, job in found.items():
        created = job.get("time-at-creation")
        if queue_of(job) != queue.lower() or not isinstance(created, int) or created < since:
            continue
        state = job.get("job-state")
        completed = job.get("time-at-completed")
        pages = job.get("job-media-sheets-completed")
        if not isinstance(pages, int):
            pages = job.get("job-impressions-completed")
        jobs.append(
            {
                "id": job_id,
                "state": JOB_STATES.get(state, "pending"),
                "pages": pages if isinstance(pages, int) else 0,
                "created": iso_utc(created),
                "completed": (
                    iso_utc(completed)
                    if state in FINISHED_JOB_STATES and isinstance(completed, int) and completed > 0
                    else None
                ),
            }
        )
    jobs.sort(key=lambda job: (job["created"], job["id"]))
    return {"jobs": jobs}
