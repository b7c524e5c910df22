#!/usr/bin/env python3
"""Cold start of `khabar serve`: seconds from launching the process until Bolt answers a
handshake and until Neo4j Browser's page is served. Usage:
  serve_probe.py KHABAR_LAUNCHER DATA_DIR RUNS OUT.tsv
The first run starts on an empty (new) store; the following ones on the store it created.
Every server started here is stopped here (SIGINT, then SIGKILL after 30 s)."""
import os, signal, socket, subprocess, sys, time, urllib.request

def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

def bolt_ready(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            # magic, then four proposed versions: 5.0..5.8 (range), 4.4, none, none
            s.sendall(b"\x60\x60\xb0\x17" + b"\x00\x08\x08\x05" + b"\x00\x00\x04\x04" + b"\x00" * 8)
            r = s.recv(4)
            return len(r) == 4 and r != b"\x00\x00\x00\x00"
    except OSError:
        return False

def browser_ready(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/browser/", timeout=1) as r:
            return r.status == 200 and len(r.read(200)) > 0
    except Exception:
        return False

def one(launcher, data, timeout=180):
    bolt, http = free_port(), free_port()
    t0 = time.monotonic()
    p = subprocess.Popen([launcher, "serve", "--data", data, "--bolt-port", str(bolt), "--http-port", str(http)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t_bolt = t_browser = None
    try:
        while time.monotonic() - t0 < timeout and (t_bolt is None or t_browser is None):
            if p.poll() is not None:
                raise SystemExit(f"bench: khabar serve exited with {p.returncode} before it was ready")
            now = time.monotonic() - t0
            if t_bolt is None and bolt_ready(bolt):
                t_bolt = time.monotonic() - t0
            if t_browser is None and browser_ready(http):
                t_browser = time.monotonic() - t0
            time.sleep(0.05)
    finally:
        p.send_signal(signal.SIGINT)
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill(); p.wait()
    return t_bolt, t_browser

def main():
    launcher, data, runs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    rows = []
    for i in range(runs):
        store = "new" if i == 0 and not os.path.exists(data) else "existing"
        b, w = one(launcher, data)
        rows.append((i + 1, store, b, w))
        print(f"bench: serve run {i + 1} ({store} store): Bolt ready {b:.2f} s, Browser ready {w:.2f} s", flush=True)
    with open(out, "w") as f:
        f.write("run\tstore\tbolt_s\tbrowser_s\n")
        for r in rows:
            f.write(f"{r[0]}\t{r[1]}\t{r[2]:.3f}\t{r[3]:.3f}\n")

if __name__ == "__main__":
    main()
