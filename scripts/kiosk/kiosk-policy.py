#!/usr/bin/env python3
"""Prints the kiosk's Chromium policy (chayue-policy.json) for this terminal: its local server's port and any other origin it opens.

Used by install-terminal-packages.sh, which writes the result where the browser reads managed policies. The policy
blocks every web page but those it allows (the kiosk's own origin, a remote app's origin given with --allow), so a
port or an origin left out here means a blocked kiosk. A package's contentUrl needs no entry: the policy governs the
pages the browser opens, not the files the app fetches. Python 3.7+ standard library only.
"""
import argparse
import json
import os
import re
import sys

TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "chayue-policy.json")
# The template's entries for the default port, replaced by those for --port.
DEFAULT_APP_ORIGINS = ("http://localhost:4180", "http://127.0.0.1:4180")
ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")


def policy_for(port, allowed):
    with open(TEMPLATE, encoding="utf-8") as template:
        policy = json.load(template)
    others = [entry for entry in policy["URLAllowlist"] if entry not in DEFAULT_APP_ORIGINS]
    app = ["http://localhost:%d" % port, "http://127.0.0.1:%d" % port]
    extra = [origin for origin in allowed if origin not in app]
    policy["URLAllowlist"] = app + extra + others
    return policy


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=4180, help="the local server's port (CHAYUE_PORT; default 4180)")
    parser.add_argument(
        "--allow", action="append", default=[], metavar="ORIGIN", help="another origin the kiosk opens, e.g. https://kiosk.example.gov.cn"
    )
    args = parser.parse_args()
    if not 0 < args.port < 65536:
        parser.error("--port must be 1-65535")
    for origin in args.allow:
        # Only a plain origin: a path, a pattern or another scheme would open more than the kiosk's page.
        if not ORIGIN.match(origin):
            parser.error("--allow takes an origin such as https://kiosk.example.gov.cn, not %r" % origin)
    json.dump(policy_for(args.port, args.allow), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
