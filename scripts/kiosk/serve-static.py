#!/usr/bin/env python3
"""Serves the built kiosk app on 127.0.0.1 for kiosk-launch.sh: exact MIME types, a 404 for anything absent, no listings.

Python 3.7+ standard library only, so it runs on every Debian-family terminal (Debian 10+, Ubuntu 20.04+, UOS, Kylin)
without Node or npm packages. `python3 -m http.server` alone is not enough: its MIME types come from /etc/mime.types,
which differs between systems (pdf.js needs .mjs as JavaScript and .wasm as application/wasm), it lists directories,
and it logs every request, which would flood the journal on a terminal that runs for months.
"""
import argparse
import functools
import http.server
import os
import sys
import threading
import time

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


class KioskHandler(http.server.SimpleHTTPRequestHandler):
    def guess_type(self, path):
        return TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")

    def list_directory(self, path):
        # A folder without index.html is absent, as on the static servers packages are published on.
        self.send_error(404, "File not found")
        return None

    def end_headers(self):
        # Revalidate every time (answered with 304 from Last-Modified): a new build must reach the service worker.
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
    parser.add_argument("--parent-pid", type=int, help="exit when this process is gone")
    args = parser.parse_args()

    handler = functools.partial(KioskHandler, directory=os.path.abspath(args.root))
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    except OSError as error:
        print("serve-static: cannot listen on 127.0.0.1:%d: %s" % (args.port, error.strerror), file=sys.stderr)
        return 1
    server.daemon_threads = True

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
