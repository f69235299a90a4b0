#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A strict little Learning Record Store for tests (standard library only).

Accepts xAPI statements at POST/PUT {prefix}/statements on the loopback
address and checks what a real LRS checks before it stores anything: the
X-Experience-API-Version header, HTTP Basic credentials, a JSON body, an id
on every statement. It can misbehave on purpose:

  fail_first=N    answer the first N requests with HTTP 500
  lose_answers=N  store the first N batches, then drop the connection
                  without answering (the client cannot know they arrived)
  conflict=True   answer 409 Conflict to a POST holding an id already stored
                  (what xAPI allows); a PUT of a stored id gets 204, as the
                  spec asks for an identical statement
  reject={ids}    answer 400 Bad Request to any request holding one of these
                  statement ids, storing nothing from it (a statement the LRS
                  will never take); a set the test may change later
  held={id: st}   statements the LRS holds already under these ids (another
                  program's, different from ours): a request holding one of
                  them gets 409 Conflict
  put_conflict=True  answer 409 Conflict (not 204) to a PUT of a statement
                  stored already, as an LRS may; the client must GET it
  portal=True     be a captive portal: "200 OK" and a login page in HTML for
                  every request, storing nothing
  html_put=True   answer "200 OK" with an HTML page to every PUT

GET {prefix}/statements?statementId=ID returns the statement held (404 when
none), with "stored", "authority" and "version" added and the timestamp
rewritten in another time zone, as an LRS may.

Everything received is kept in .stored (id -> statement), .received (every
statement id in every request, in order) and .log (method, status).

Run alone: lrs_receiver.py [--port N] [--fail-first N] [--user U --password P]
"""
import argparse
import base64
import datetime
import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver:
    def __init__(self, user="kiosk", password="s3cret", prefix="/xapi", fail_first=0,
                 lose_answers=0, conflict=True, reject=(), held=None, put_conflict=False,
                 portal=False, html_put=False):
        self.user, self.password, self.prefix = user, password, prefix.rstrip("/")
        self.fail_first, self.lose_answers, self.conflict = fail_first, lose_answers, conflict
        self.reject = set(reject)
        self.held = dict(held or {})
        self.put_conflict, self.portal, self.html_put = put_conflict, portal, html_put
        self.stored, self.received, self.log, self.problems = {}, [], [], []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                receiver.handle(self, "POST")

            def do_PUT(self):
                receiver.handle(self, "PUT")

            def do_GET(self):
                receiver.handle(self, "GET")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}{self.prefix}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def answer(self, h, status, body=None):
        data = json.dumps(body).encode() if body is not None else b""
        h.send_response(status)
        h.send_header("X-Experience-API-Version", "1.0.3")
        if data:
            h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def html(self, h, method):
        page = b"<!DOCTYPE html><html><head><title>Guest Wi-Fi</title></head><body>" \
               b"<form action=/login>Accept the terms to continue</form></body></html>"
        self.log.append((method, "html"))
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(page)))
        h.end_headers()
        h.wfile.write(page)

    def get(self, h, url):
        qs = urllib.parse.parse_qs(url.query)
        sid = (qs.get("statementId") or [None])[0]
        st = self.held.get(sid) or self.stored.get(sid)
        self.log.append(("GET", 200 if st else 404))
        if not st:
            return self.answer(h, 404, {"error": f"no statement {sid}"})
        copy = json.loads(json.dumps(st))
        copy["stored"] = "2030-01-01T00:00:00.000Z"
        copy["authority"] = {"objectType": "Agent", "account": {"homePage": "https://lrs.test",
                                                                "name": "kiosk"}}
        copy["version"] = "1.0.3"
        copy["id"] = copy["id"].upper()
        ts = copy.get("timestamp")
        if ts and ts.endswith("Z"):  # the same moment, one hour east
            t = datetime.datetime.fromisoformat(ts[:-1]) + datetime.timedelta(hours=1)
            copy["timestamp"] = t.isoformat(timespec="milliseconds") + "+01:00"
        self.answer(h, 200, copy)

    def refuse(self, h, method, status, why):
        self.problems.append(f"{method} {h.path}: {why}")
        self.log.append((method, status))
        self.answer(h, status, {"error": why})

    def handle(self, h, method):
        with self.lock:
            self._handle(h, method)

    def _handle(self, h, method):
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length)
        url = urllib.parse.urlsplit(h.path)
        if self.portal or (self.html_put and method == "PUT"):
            return self.html(h, method)
        if url.path != self.prefix + "/statements":
            return self.refuse(h, method, 404, f"no such resource {url.path}")
        if h.headers.get("X-Experience-API-Version") != "1.0.3":
            return self.refuse(h, method, 400, "missing or wrong X-Experience-API-Version")
        want = "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        if h.headers.get("Authorization") != want:
            return self.refuse(h, method, 401, "bad credentials")
        if method == "GET":
            return self.get(h, url)
        if not (h.headers.get("Content-Type") or "").startswith("application/json"):
            return self.refuse(h, method, 400, "Content-Type is not application/json")
        try:
            body = json.loads(raw)
        except ValueError:
            return self.refuse(h, method, 400, "body is not JSON")
        statements = body if isinstance(body, list) else [body]
        ids = [s.get("id") if isinstance(s, dict) else None for s in statements]
        if None in ids or len(set(ids)) != len(ids):
            return self.refuse(h, method, 400, "a statement without an id, or an id twice in a batch")
        if method == "PUT":
            qs = urllib.parse.parse_qs(url.query)
            if qs.get("statementId") != ids or len(ids) != 1:
                return self.refuse(h, method, 400, "PUT needs ?statementId= matching one statement")
        self.received.extend(ids)
        if self.fail_first > 0:
            self.fail_first -= 1
            self.log.append((method, 500))
            return self.answer(h, 500, {"error": "the LRS is having a bad day"})
        bad = [i for i in ids if i in self.reject]
        if bad:
            self.log.append((method, 400))
            return self.answer(h, 400, {"error": f"statement {bad[0]}: verb.id is not an IRI"})
        theirs = [i for i in ids if i in self.held]
        if theirs:
            self.log.append((method, 409))
            return self.answer(h, 409, {"error": f"statement {theirs[0]} exists"})
        known = [i for i in ids if i in self.stored]
        for i in known:
            if self.stored[i] != statements[ids.index(i)]:
                return self.refuse(h, method, 409, f"statement {i} differs from the one stored")
        if known and method == "PUT" and self.put_conflict:
            self.log.append((method, 409))
            return self.answer(h, 409, {"error": f"statement {known[0]} exists"})
        if known and method == "POST" and self.conflict:
            self.log.append((method, 409))
            return self.answer(h, 409, {"error": f"{len(known)} statement(s) already stored"})
        for i, s in zip(ids, statements):
            self.stored.setdefault(i, s)
        if self.lose_answers > 0:
            self.lose_answers -= 1
            self.log.append((method, "lost"))
            h.close_connection = True
            h.connection.shutdown(2)
            return
        self.log.append((method, 200 if method == "POST" else 204))
        if method == "POST":
            self.answer(h, 200, ids)
        else:
            self.answer(h, 204)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="A test LRS on 127.0.0.1")
    ap.add_argument("--fail-first", type=int, default=0)
    ap.add_argument("--lose-answers", type=int, default=0)
    ap.add_argument("--user", default="kiosk")
    ap.add_argument("--password", default="s3cret")
    ap.add_argument("--seconds", type=float, default=300, help="stop after this long")
    a = ap.parse_args()
    with Receiver(a.user, a.password, fail_first=a.fail_first, lose_answers=a.lose_answers) as r:
        print(r.url, flush=True)
        threading.Event().wait(a.seconds)
        print(f"{len(r.stored)} statements stored; problems: {r.problems}")
