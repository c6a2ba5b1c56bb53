#!/usr/bin/env python3
"""Serves the built kiosk app on 127.0.0.1 for kiosk-launch.sh: exact MIME types, content ETags, no way out of the folder.

Python 3.7+ standard library only, so it runs on every Debian-family terminal (Debian 10+, Ubuntu 20.04+, UOS, Kylin)
without Node or npm packages. `python3 -m http.server` alone is not enough: its MIME types come from /etc/mime.types,
which differs between systems (pdf.js needs .mjs as JavaScript and .wasm as application/wasm), it lists directories,
follows symlinks out of the folder, answers 304 from a 1-second Last-Modified (a manifest rewritten within the same
second looked unchanged), and logs every request, which would flood the journal on a terminal that runs for months.

Besides files it answers POST /local/alive, the page's sign of life that the launcher watches to restart a hung page,
and the printing endpoints (GET /local/printer, POST /local/print, GET /local/print-jobs), whose CUPS side is
local_printer.py beside this file. The server starts without python3-cups; printing then answers cups-unavailable.
"""
import argparse
import email.utils
import hashlib
import http.server
import json
import os
import re
import socket
import stat
import sys
import threading
import time
import traceback
import urllib.parse

# Beside this file, whatever the working folder (the launcher starts us by full path).
sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import local_printer  # noqa: E402
from local_printer import Refusal  # noqa: E402

# Every kind of file the build and the demo package hold (dist/: Vite, pdf.js data, kiosk-config, demo-package).
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".map": "application/json",
    ".txt": "text/plain; charset=utf-8",
    ".sig": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".wasm": "application/wasm",
    ".pdf": "application/pdf",
    ".zip": "application/zip",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".pfb": "application/x-font-type1",
    ".bcmap": "application/octet-stream",
    ".icc": "application/vnd.iccprofile",
}

ALIVE_PATH = "/local/alive"
PRINTER_PATH = "/local/printer"
PRINT_JOBS_PATH = "/local/print-jobs"
PRINT_PATH = "/local/print"
ALIVE_BODY_LIMIT = 4096  # the page sends nothing that matters; anything large is not the page
CHUNK = 1 << 20
BODY_TIMEOUT = 30  # seconds without a byte of a print request's body


class BadPath(Exception):
    """A request path that is not a clean file name: answered 400."""


def decode_path(raw):
    """The request path as a list of folder and file names, or BadPath. '..' is kept for the caller to refuse."""
    path = raw.split("?", 1)[0].split("#", 1)[0]
    # http.server reads the request line as Latin-1: anything outside printable ASCII was sent unescaped.
    if not path.startswith("/") or any(ord(c) < 0x21 or ord(c) > 0x7E for c in path):
        raise BadPath()
    try:
        text = urllib.parse.unquote_to_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise BadPath()
    # NUL made open() raise (an unhandled error); other control characters are never in the build's names.
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        raise BadPath()
    return [part for part in text.split("/") if part not in ("", ".")]


def query_of(raw):
    """The request's query parameters, each named once (a repeated one is ambiguous): a dict, or Refusal 400."""
    query = raw.split("#", 1)[0].partition("?")[2]
    try:
        pairs = urllib.parse.parse_qsl(query, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise Refusal(400, "bad-query")
    names = [name for name, _ in pairs]
    if len(set(names)) != len(names):
        raise Refusal(400, "bad-query")
    return dict(pairs)


def inside(root, real):
    return real == root or real.startswith(root + os.sep)


class ContentTags:
    """sha256 of a file's bytes as its ETag, remembered while the file is unchanged.

    Keyed by inode, size, mtime and ctime in nanoseconds: ctime cannot be set back by a writer, so a rewrite with the same
    size and mtime still misses. A file changed in the last seconds is hashed afresh every time, because coarse
    filesystem clocks can give two quick writes the same stamps.
    """

    RECENT_NS = 2 * 10**9
    LIMIT = 4096

    def __init__(self):
        self.lock = threading.Lock()
        self.known = {}

    def tag(self, real, handle):
        info = os.fstat(handle.fileno())
        key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        with self.lock:
            cached = self.known.get(real)
        if cached and cached[0] == key:
            return cached[1]
        digest = hashlib.sha256()
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
        handle.seek(0)
        tag = '"%s"' % digest.hexdigest()
        if time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) > self.RECENT_NS:
            with self.lock:
                if len(self.known) >= self.LIMIT:
                    self.known.clear()
                self.known[real] = (key, tag)
        return tag


def tag_matches(header, tag):
    # If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".
    if header.strip() == "*":
        return True
    for part in header.split(","):
        part = part.strip()
        if (part[2:] if part.startswith("W/") else part) == tag:
            return True
    return False


class KioskHandler(http.server.BaseHTTPRequestHandler):
    server_version = "chayue-serve-static"
    protocol_version = "HTTP/1.0"  # one request per connection: nothing to get wrong about keep-alive

    def do_GET(self):
        self.serve(send_body=True)

    def do_HEAD(self):
        self.serve(send_body=False)

    def do_POST(self):
        try:
            parts = decode_path(self.path)
        except BadPath:
            return self.send_error(400, "Bad path")
        path = "/" + "/".join(parts)
        if path == PRINT_PATH:
            return self.answer_json(self.receive_print)
        if path != ALIVE_PATH:
            return self.send_error(404 if parts[:1] == ["local"] else 405, "Not here")
        if not self.from_own_origin():
            return self.send_error(403, "Only the kiosk page on this terminal")
        length = self.content_length()
        if length is None or length > ALIVE_BODY_LIMIT:
            return self.send_error(413, "Too large")
        self.rfile.read(length)
        self.server.record_alive()
        self.send_response(204)
        self.end_headers()

    def content_length(self):
        # A regex, not str.isdigit: that accepts "²", which int() then refuses. Chunked bodies are not taken.
        length = self.headers.get("Content-Length", "0")
        if self.headers.get("Transfer-Encoding") is not None or not re.match(r"[0-9]{1,18}\Z", length):
            return None
        return int(length)

    def from_own_origin(self):
        # Only the kiosk page: this machine, under a name of this machine (not a rebound DNS name), and no other origin.
        port = self.server.server_address[1]
        hosts = ("localhost:%d" % port, "127.0.0.1:%d" % port)
        if self.client_address[0] not in ("127.0.0.1", "::1") or self.headers.get("Host") not in hosts:
            return False
        origin = self.headers.get("Origin")
        return origin is None or origin == "http://" + self.headers["Host"]

    def serve(self, send_body):
        try:
            parts = decode_path(self.path)
        except BadPath:
            return self.send_error(400, "Bad path")
        path = "/" + "/".join(parts)
        if path == ALIVE_PATH:
            # The page's probe: a plain static server has no such file, so 204 means "the terminal's own server".
            self.send_response(204)
            return self.end_headers()
        if path in (PRINTER_PATH, PRINT_JOBS_PATH):
            if not send_body:
                return self.send_error(405, "GET only")
            return self.answer_json(lambda: self.printer_answer(path))
        # Browsers resolve ".." before sending: one that arrives is a probe, refused rather than resolved.
        if ".." in parts:
            return self.send_error(404, "File not found")
        root = self.server.root
        real = os.path.realpath(os.path.join(root, *parts))
        if not inside(root, real):
            return self.send_error(404, "File not found")  # a symlink out of the folder
        if os.path.isdir(real):
            if not self.path.split("?", 1)[0].endswith("/"):
                return self.redirect_to_folder()
            real = os.path.realpath(os.path.join(real, "index.html"))
            if not inside(root, real):
                return self.send_error(404, "File not found")
        self.send_file(real, send_body)

    def answer_json(self, make_answer):
        """Sends make_answer()'s value as JSON with 200, a Refusal as {error: code}; only to the kiosk page."""
        if not self.from_own_origin():
            return self.send_json(403, {"error": "not-local"})
        try:
            answer = make_answer()
        except Refusal as refusal:
            return self.send_json(refusal.status, {"error": refusal.code})
        except Exception:
            # An answer from CUPS we did not expect: say so to the page and leave the details in the journal.
            self.log_error("printing request failed: %s", traceback.format_exc())
            return self.send_json(500, {"error": "internal"})
        self.send_json(200, answer)

    def printer_answer(self, path):
        query = query_of(self.path)
        if path == PRINTER_PATH:
            return local_printer.printer_status(query.get("printer"))
        return local_printer.print_jobs(query.get("printer"), query.get("since"))

    def receive_print(self):
        """POST /local/print: the page's PDF into a private temporary file, then to CUPS; the file is deleted after."""
        length = self.content_length()
        if length is None:
            raise Refusal(411, "length-required")
        if length > local_printer.PDF_LIMIT:
            raise Refusal(413, "too-large")  # answered before reading any of the body
        # A page that stops sending halfway must not hold this thread (and the temporary file) for ever.
        self.connection.settimeout(BODY_TIMEOUT)
        try:
            query = query_of(self.path)
            copies = local_printer.check_copies(query.get("copies"))
            name = local_printer.check_queue_name(query.get("printer"))
            title = local_printer.check_title(query.get("title"))
            if (self.headers.get("Content-Type") or "").split(";")[0].strip().lower() != "application/pdf":
                raise Refusal(415, "not-pdf")
        except Refusal:
            local_printer.discard(self.rfile, length)
            raise
        try:
            pdf = local_printer.receive_pdf(self.rfile, length)
        except (socket.timeout, ConnectionError):
            raise Refusal(400, "short-body")
        try:
            return local_printer.submit_pdf(pdf, name, copies, title)
        finally:
            os.unlink(pdf)

    def send_json(self, status, value):
        body = json.dumps(value, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect_to_folder(self):
        path, _, query = self.path.partition("?")
        self.send_response(301)
        self.send_header("Location", path + "/" + ("?" + query if query else ""))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def send_file(self, real, send_body):
        try:
            handle = open(real, "rb")
        except OSError:
            # A folder without index.html is absent too, as on the static servers packages are published on.
            return self.send_error(404, "File not found")
        with handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return self.send_error(404, "File not found")
            tag = self.server.tags.tag(real, handle)
            # Only the content decides "unchanged"; If-Modified-Since is ignored on purpose (1-second resolution).
            match = self.headers.get("If-None-Match")
            if match is not None and tag_matches(match, tag):
                self.send_response(304)
                self.send_header("ETag", tag)
                return self.end_headers()
            self.send_response(200)
            self.send_header("Content-Type", TYPES.get(os.path.splitext(real)[1].lower(), "application/octet-stream"))
            self.send_header("Content-Length", str(info.st_size))
            self.send_header("Last-Modified", email.utils.formatdate(info.st_mtime, usegmt=True))
            self.send_header("ETag", tag)
            self.end_headers()
            if not send_body:
                return
            try:
                for chunk in iter(lambda: handle.read(CHUNK), b""):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the page stopped reading (a fetch aborted as the screen changed): nothing to do

    def end_headers(self):
        # Revalidate every time (answered with 304 from the ETag): a new build must reach the service worker.
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_request(self, code="-", size="-"):
        pass  # one line per request would fill the journal; errors are still logged below

    def log_error(self, format, *args):
        # The app probes for files that may be absent (manifest.sig of an unsigned package): not an error.
        if args and args[0] == 404:
            return
        super().log_error(format, *args)


class KioskServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, root, alive_file):
        super().__init__(address, KioskHandler)
        self.root = os.path.realpath(root)
        self.tags = ContentTags()
        self.alive_file = alive_file
        self.alive_count = 0
        self.alive_lock = threading.Lock()

    def record_alive(self):
        # A count, not a time: the launcher times the gaps on its own clock, so a wall-clock jump proves nothing.
        if not self.alive_file:
            return
        with self.alive_lock:
            self.alive_count += 1
            partial = self.alive_file + ".tmp"
            with open(partial, "w") as out:
                out.write("%d\n" % self.alive_count)
            os.replace(partial, self.alive_file)


def exit_when_orphaned(parent_pid):
    # If the launcher is killed outright (SIGKILL), its trap never runs: leave by ourselves so the port is free again.
    # Checked by pid, not getppid(): interpreter wrappers (pyenv shims) may stand between the launcher and us.
    while True:
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:
            pass  # exists, owned by another user: treat as alive
        time.sleep(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, help="folder to serve (the build, dist/)")
    parser.add_argument("--port", type=int, required=True, help="port on 127.0.0.1; 0 picks a free one")
    parser.add_argument("--ready-file", help="written with the port once the server accepts connections")
    parser.add_argument("--alive-file", help="rewritten with a growing count at each POST /local/alive")
    parser.add_argument("--parent-pid", type=int, help="exit when this process is gone")
    args = parser.parse_args()

    try:
        server = KioskServer(("127.0.0.1", args.port), args.root, args.alive_file)
    except OSError as error:
        print("serve-static: cannot listen on 127.0.0.1:%d: %s" % (args.port, error.strerror), file=sys.stderr)
        return 1

    if args.parent_pid:
        threading.Thread(target=exit_when_orphaned, args=(args.parent_pid,), daemon=True).start()
    if args.ready_file:
        # Written whole, then renamed: the launcher never reads half a port number.
        partial = args.ready_file + ".tmp"
        with open(partial, "w") as ready:
            ready.write("%d\n" % server.server_address[1])
        os.replace(partial, args.ready_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
